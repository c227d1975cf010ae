"""A pack's quiz questions as self-contained items, in one language, for places outside the app.

In the app a student sees the event a question is about on the timeline; on paper or in a learning
management system the question must carry that context itself. An item is one of three kinds:

* ``choice``: options, each right or wrong with its feedback (theory, choice and finding questions);
* ``matching``: left-hand items each matched to a right-hand answer (order questions match each
  event to its place in time, sort questions each event to its theory);
* ``map``: find a state; it has no options, only the states that are right.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from sco_app.core import quiz
from sco_app.core.model import LessonPack, Question, QuestionType, Text

CHOICE, MATCHING, MAP = "choice", "matching", "map"


@dataclass(frozen=True)
class Choice:
    text: str
    correct: bool
    feedback: str = ""
    credit: float = 0.0  # the share of the credit a defensible option that is not right earns


@dataclass(frozen=True)
class QuizItem:
    """One question ready to print or export; every text already in the chosen language."""

    id: str
    type: QuestionType
    kind: str  # CHOICE, MATCHING or MAP
    prompt: str
    context: str = ""  # the event asked about: "title (date). description"
    choices: tuple[Choice, ...] = ()
    pairs: tuple[tuple[str, str], ...] = ()  # (left, right): the right matches
    distractors: tuple[str, ...] = ()  # right-hand answers that match nothing here
    answers: tuple[str, ...] = ()  # map: the names of the states that are right
    explanation: str = ""


def quiz_questions(pack: LessonPack, generated: bool = True) -> list[Question]:
    """The questions the app asks from ``pack``: its own, and (unless turned off, by the pack or
    here) those made from its events."""
    return quiz.questions_of(pack) if generated else list(pack.questions)


def quiz_items(pack: LessonPack, language: str, questions: Iterable[Question] | None = None) -> list[QuizItem]:
    """Each question of ``questions`` (default: :func:`quiz_questions`) as a :class:`QuizItem`."""
    words = _Words(pack, language)
    return [words.item(q) for q in (quiz_questions(pack) if questions is None else questions)]


class _Words:
    def __init__(self, pack: LessonPack, language: str) -> None:
        self.pack, self.language = pack, language
        self.fallbacks = tuple(lang for lang in pack.languages if lang != language)

    def t(self, text: Text | None) -> str:
        return " ".join(text.get(self.language, self.fallbacks).split()) if text else ""

    def context(self, event_id: str | None) -> str:
        if not event_id:
            return ""
        event = self.pack.event(event_id)
        when = event.date.display(self.language)
        if event.end is not None and event.end != event.date:
            when = f"{when} – {event.end.display(self.language)}"
        return f"{self.t(event.title)} ({when}). {self.t(event.description)}"

    def option_text(self, question: Question, option) -> str:
        if question.type is QuestionType.FINDING:
            passage = self.pack.passage(option.id)
            return f"{self.t(passage.label) or passage.id}: {self.t(passage.text)}"
        return self.t(option.text)

    def item(self, question: Question) -> QuizItem:
        kind, explanation = question.type, self.t(question.explanation)
        prompt, context = self.t(question.prompt), self.context(question.event)
        if kind in (QuestionType.THEORY, QuestionType.CHOICE, QuestionType.FINDING):
            if kind is QuestionType.CHOICE and not question.event:
                context = ""
            choices = tuple(Choice(self.option_text(question, o), o.correct, self.t(o.feedback), o.credit)
                            for o in question.options)
            return QuizItem(question.id, kind, CHOICE, prompt, context, choices=choices, explanation=explanation)
        if kind is QuestionType.MAP:
            from sco_app.core.geo import country_names  # here: it loads numpy, which the parser need not

            names = country_names()
            answers = tuple(self._actor_name(code, names) for code in question.answer)
            return QuizItem(question.id, kind, MAP, prompt, context, answers=answers, explanation=explanation)
        if kind is QuestionType.ORDER:
            place = {event_id: i for i, event_id in enumerate(question.answer, 1)}
            pairs = tuple((self.t(self.pack.event(e).title), str(place[e])) for e in question.events)
            return QuizItem(question.id, kind, MATCHING, prompt, pairs=pairs, explanation=explanation)
        if kind is not QuestionType.SORT:
            from sco_app.core.question_kinds import UnknownKind

            raise UnknownKind(kind.value)  # no printed form yet: never another kind's
        pairs = tuple((self.t(self.pack.event(e).title), self.t(self.pack.theory(theory).name))
                      for e, theory in zip(question.events, question.answer))
        used = {theory for theory in question.answer}
        distractors = tuple(self.t(t.name) for t in self.pack.theories if t.id not in used)
        return QuizItem(question.id, kind, MATCHING, prompt, pairs=pairs, distractors=distractors,
                        explanation=explanation)

    def _actor_name(self, code: str, names) -> str:
        try:
            return self.t(self.pack.actor(code).name)
        except KeyError:
            return names.get(code, code)
