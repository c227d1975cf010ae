"""Multiple choice: the pack writes the options, marks the right one(s) ``correct: true``, and may give
a defensible option ``credit:`` (part of the credit) with feedback that says why."""

from __future__ import annotations

from typing import Iterator

from sco_app.core.model import LessonPack, Option, Question, QuestionType
from sco_app.core.packs.crossref import Finding, _list
from sco_app.core.question_kinds import checks
from sco_app.core.question_kinds.base import BuildContext, PackRefs
from sco_app.core.question_kinds.options import OptionsKind


class ChoiceKind(OptionsKind):
    type = QuestionType.CHOICE

    def check(self, path: tuple, raw: dict, refs: PackRefs) -> Iterator[Finding]:
        yield from checks.needs_prompt(path, raw, "choice")
        for o_index, option in enumerate(_list(raw.get("options"))):
            if not isinstance(option, dict):
                yield Finding(path + ("options", o_index), "a choice option needs keys: id, text (and correct, "
                              "feedback)", "write it as {id: a, text: ..., correct: true}")
        options = [o for o in _list(raw.get("options")) if isinstance(o, dict)]
        if len(options) < 2:
            yield Finding(path + ("options",), "a choice question needs at least two options", None)
            return
        right = [o for o in options if o.get("correct") is True]
        if not right:
            yield Finding(path + ("options",), "no option is marked 'correct: true'", "mark the right option(s)")
        if "answer" in raw:
            yield from _check_answer(path, raw, options, [o.get("id") for o in right])
        seen: set[str] = set()
        for o_index, option in enumerate(options):
            option_id = option.get("id")
            if isinstance(option_id, str) and option_id in seen:
                yield Finding(path + ("options", o_index, "id"), f"two options have the id {option_id!r}")
            if isinstance(option_id, str):  # (an id of another type is the schema's finding)
                seen.add(option_id)
            if "credit" in option:
                yield from _check_credit(path + ("options", o_index), option, len(right))

    def build(self, raw: dict, context: BuildContext) -> Question:
        options = tuple(Option(o["id"], context.text(o["text"]), bool(o.get("correct")),
                               context.opt_text(o.get("feedback")), float(o.get("credit", 0.0)))
                        for o in raw["options"])
        return Question(raw["id"], self.type, context.text(raw["prompt"]), tuple(o.id for o in options if o.correct),
                        options, event=raw.get("event"), events=tuple(raw.get("events") or ()),
                        explanation=context.opt_text(raw.get("explanation")))

    def generate(self, pack: LessonPack, authored: tuple[Question, ...]) -> list[Question]:
        return []  # choice questions are only ever written by hand


def _check_answer(path: tuple, raw: dict, options: list[dict], marked: list) -> Iterator[Finding]:
    """A choice question's ``answer`` must name exactly the options marked ``correct: true``."""
    ids = [o.get("id") for o in options]
    named = checks.answer_list(raw)
    for a_index, value in enumerate(named):
        where = path + ("answer", a_index) if isinstance(raw.get("answer"), list) else path + ("answer",)
        if isinstance(value, str) and value not in ids:
            yield Finding(where, f"the answer {value!r} is not an option of this question",
                          f"name options by their ids: {', '.join(str(i) for i in ids)}")
    if marked and set(named) & set(ids) and set(named) != set(marked):
        yield Finding(path + ("answer",), f"'answer' says {', '.join(map(str, named))} but the options marked "
                      f"'correct: true' are {', '.join(map(str, marked))}",
                      "mark the right options with 'correct: true' and remove 'answer', or make them agree")


def _check_credit(path: tuple, option: dict, rights: int) -> Iterator[Finding]:
    if option.get("correct") is True:
        yield Finding(path + ("credit",), "a right option earns the whole credit; 'credit' is for a defensible "
                      "alternative", "remove 'credit' here, or 'correct: true'", at_key=True)
    elif rights > 1:
        yield Finding(path + ("credit",), "partial credit needs a question with one right option",
                      "with several right options each right one already earns a share", at_key=True)
    elif option.get("feedback") is None:
        yield Finding(path + ("credit",), "this option earns partial credit but no feedback says why it is "
                      "defensible", "add 'feedback' to the option", at_key=True)


KIND = ChoiceKind()
