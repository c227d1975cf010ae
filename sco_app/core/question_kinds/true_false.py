"""True or false: the pack writes a statement as the prompt and ``answer: true`` or ``answer: false``;
the two options, True and False, keep that order (numbered 1 and 2) and may each have feedback."""

from __future__ import annotations

from typing import Iterator
from xml.etree import ElementTree as ET

from sco_app.core import quiz_text
from sco_app.core.model import LessonPack, Option, Question, QuestionType
from sco_app.core.packs.crossref import Finding
from sco_app.core.question_kinds import checks, lms
from sco_app.core.question_kinds.base import BuildContext, PackRefs, ResponseError
from sco_app.core.question_kinds.items import QuizItem
from sco_app.core.question_kinds.options import OptionsKind

ANSWERS = ("true", "false")


class TrueFalseKind(OptionsKind):
    type = QuestionType.TRUE_FALSE
    xapi_type = "true-false"
    shuffled = False  # True comes first, False second, whatever the seed

    def check(self, path: tuple, raw: dict, refs: PackRefs) -> Iterator[Finding]:
        yield from checks.needs_prompt(path, raw, "true-false")
        if not isinstance(raw.get("answer"), bool):
            yield Finding(path + (("answer",) if "answer" in raw else ("type",)),
                          "a true-false question needs 'answer: true' or 'answer: false'",
                          "write the statement as the prompt and whether it is true as the answer")
        yield from checks.feedback_keys(path, raw, frozenset(ANSWERS), "true-false option")
        if raw.get("options") is not None:
            yield Finding(path + ("options",), "a true-false question has its two options already: true and false",
                          "remove 'options'", at_key=True)

    def build(self, raw: dict, context: BuildContext) -> Question:
        right = "true" if raw["answer"] else "false"
        feedback = raw.get("feedback") or {}
        options = tuple(Option(value, quiz_text.word(value, context.languages), value == right,
                               context.opt_text(feedback.get(value))) for value in ANSWERS)
        return Question(raw["id"], self.type, context.text(raw["prompt"]), (right,), options, event=raw.get("event"),
                        events=tuple(raw.get("events") or ()), explanation=context.opt_text(raw.get("explanation")))

    def generate(self, pack: LessonPack, authored: tuple[Question, ...]) -> list[Question]:
        return []  # a statement to judge is the pack author's to write

    def validate(self, question: Question, response) -> frozenset[str] | None:
        chosen = super().validate(question, response)
        if chosen is not None and len(chosen) > 1:
            raise ResponseError(f"{question.id}: true or false, not both")
        return chosen

    def gift(self, item: QuizItem) -> list[str]:
        return lms.gift_true_false(item)

    def moodle(self, item: QuizItem, question: ET.Element) -> str:
        return lms.moodle_true_false(item, question)

    def xapi_interaction(self, question: Question, words_by_language) -> dict:
        return {"interactionType": self.xapi_type, "correctResponsesPattern": [question.answer[0]]}

    def xapi_response(self, response) -> str:
        [value] = response
        return value


KIND = TrueFalseKind()
