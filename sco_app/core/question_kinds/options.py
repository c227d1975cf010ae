"""The family of kinds a student answers by choosing options: theory, choice, finding, true/false.

A response is the set of option ids chosen. A question with one right option takes one choice, and
an option may be an accepted alternative that earns part of the credit (``Option.partial``); a
question with several right options asks for every one of them, each right one earning an equal
share and each wrong one taking a whole away (so ticking everything earns nothing).
"""

from __future__ import annotations

import random
from collections.abc import Collection

from xml.etree import ElementTree as ET

from sco_app.core import quiz_text
from sco_app.core.model import LessonPack, Option, Question, Text
from sco_app.core.question_kinds import lms
from sco_app.core.question_kinds.base import Grade, QuestionKind, ResponseError, Verdict
from sco_app.core.question_kinds.items import QuizItem, choice_item


def asks_several(question: Question) -> bool:
    """Whether the question asks for every one of several right options (check boxes, not one choice)."""
    return len(question.answer) > 1


def explanation(question: Question) -> tuple[Text, ...]:
    return (question.explanation,) if question.explanation else ()


class OptionsKind(QuestionKind):
    """The parts the option kinds share; each kind adds how it is checked, built and generated."""

    xapi_type = "choice"

    shuffled = True  # whether an exam's seed shuffles the options (true/false keeps its two in order)

    def arrange(self, question: Question, rng: random.Random | None) -> tuple[str, ...]:
        ids = [o.id for o in question.options]
        if rng is not None and self.shuffled:
            rng.shuffle(ids)
        return tuple(ids)

    def initial_response(self, question: Question, arrangement: tuple[str, ...]):
        return None

    def left_out(self, question: Question, response) -> int:
        return 0

    def validate(self, question: Question, response) -> frozenset[str] | None:
        if response is None:
            return None
        if isinstance(response, str) or not isinstance(response, Collection):
            raise ResponseError(f"{question.id}: a set of option ids, not {response!r}")
        chosen = frozenset(response)
        unknown = chosen - {o.id for o in question.options}
        if unknown:
            raise ResponseError(f"{question.id}: no option {', '.join(sorted(map(str, unknown)))}")
        return chosen or None

    def grade(self, question: Question, response) -> Grade:
        chosen = frozenset(response)
        right = frozenset(question.answer)
        if asks_several(question) or len(chosen) > 1:  # several chosen where one is right: graded the same way
            score = max(0.0, len(chosen & right) / len(right) - len(chosen - right))
            correct = chosen == right
            verdict = Verdict.RIGHT if correct else Verdict.PARTLY_RIGHT if score > 0 else Verdict.WRONG
            told = tuple(o.feedback for o in question.options if o.id in chosen and o.feedback)
            return Grade(correct, score, told + explanation(question), question.answer, verdict)
        option = next(o for o in question.options if o.id in chosen)
        if option.correct:
            told = (option.feedback,) if option.feedback else ()
            return Grade(True, 1.0, told + explanation(question), question.answer, Verdict.RIGHT)
        if option.partial > 0:
            return Grade(False, option.partial, defensible_note(question, option.feedback) + explanation(question),
                         question.answer, Verdict.DEFENSIBLE)
        told = (option.feedback,) if option.feedback else ()
        return Grade(False, 0.0, told + explanation(question), question.answer, Verdict.WRONG)

    def right_response(self, question: Question) -> frozenset[str]:
        return frozenset(question.answer)

    def encode(self, response) -> list[str]:
        return sorted(response)

    def decode(self, data) -> frozenset[str]:
        return frozenset(data)

    def theory(self, question: Question, pack: LessonPack) -> str | None:
        return pack.event(question.event).reading.theory if question.event else None

    def answer_parts(self, question: Question, answer, words, dates: bool = False) -> list[str]:
        chosen = set(answer or ())
        return [words.t(o.text) for o in question.options if o.id in chosen]

    def option_text(self, option: Option, words) -> str:
        """An option as a place with no app shows it (a finding's: its label and the passage)."""
        return words.t(option.text)

    def item(self, question: Question, words) -> QuizItem:
        return choice_item(question, words, [self.option_text(o, words) for o in question.options],
                           words.context(question), self.theory(question, words.pack))

    def gift(self, item: QuizItem) -> list[str]:
        return lms.gift_choices(item)

    def moodle(self, item: QuizItem, question: ET.Element) -> str:
        return lms.moodle_choices(item, question)

    def xapi_interaction(self, question: Question, words_by_language) -> dict:
        """A choice interaction: the options as ``choices``, the right set as the one correct response."""
        return {"interactionType": self.xapi_type, "correctResponsesPattern": ["[,]".join(sorted(question.answer))],
                "choices": [{"id": o.id, "description": {lang: self.option_text(o, w)
                                                         for lang, w in words_by_language.items()}}
                            for o in question.options]}

    def xapi_response(self, response) -> str:
        return "[,]".join(sorted(response))


def defensible_note(question: Question, why: Text | None) -> tuple[Text, ...]:
    """"The paper's reading is …. Yours is defensible: …" for an option of partial credit."""
    if why is None:
        return ()
    right = next((o.text for o in question.options if o.correct), None)
    return (quiz_text.word("defensible", right=right, why=why),) if right is not None else (why,)
