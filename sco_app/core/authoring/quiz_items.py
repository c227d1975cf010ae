"""A pack's quiz questions as self-contained items, in one language, for places outside the app.

In the app a student sees the event a question is about on the timeline. On paper or in a learning
management system a question carries that event (title, date, description) only when the pack asks
for it with ``show_event: true``: the description often gives the answer away, and an exported quiz
should test, not tell (:meth:`Words.context`).

Each question kind makes its own item (:meth:`QuestionKind.item`); the shapes an item takes are
described in :mod:`sco_app.core.question_kinds.items`.
"""

from __future__ import annotations

from typing import Iterable

from sco_app.core import quiz
from sco_app.core.model import LessonPack, Question
from sco_app.core.question_kinds import kind_of
from sco_app.core.question_kinds.items import CHOICE, MAP, MATCHING, WRITE_IN, Choice, QuizItem
from sco_app.core.question_kinds.words import Words

__all__ = ["CHOICE", "MAP", "MATCHING", "WRITE_IN", "Choice", "QuizItem", "quiz_items", "quiz_questions"]


def quiz_questions(pack: LessonPack, generated: bool = True) -> list[Question]:
    """The questions the app asks from ``pack``: its own, and (unless turned off, by the pack or
    here) those made from its events."""
    return quiz.questions_of(pack) if generated else list(pack.questions)


def quiz_items(pack: LessonPack, language: str, questions: Iterable[Question] | None = None) -> list[QuizItem]:
    """Each question of ``questions`` (default: :func:`quiz_questions`) as a :class:`QuizItem`."""
    words = Words(pack, language)
    return [kind_of(q).item(q, words) for q in (quiz_questions(pack) if questions is None else questions)]
