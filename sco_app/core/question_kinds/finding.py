"""Which finding of the source does this episode illustrate? The options are passages of the source
(all of them, or those the question lists); the right ones are those the event's reading rests on
(or the question's ``answer``). Another passage may earn part of the credit (``credit:``)."""

from __future__ import annotations

from typing import Iterator

from sco_app.core import quiz_text
from sco_app.core.model import LessonPack, Option, Question, QuestionType
from sco_app.core.packs.crossref import Finding, _list, _ref
from sco_app.core.question_kinds import checks
from sco_app.core.question_kinds.base import BuildContext, PackRefs
from sco_app.core.question_kinds.options import OptionsKind


class FindingKind(OptionsKind):
    type = QuestionType.FINDING

    def check(self, path: tuple, raw: dict, refs: PackRefs) -> Iterator[Finding]:
        yield from checks.needs_event(path, raw, "finding")
        for o_index, option in enumerate(_list(raw.get("options"))):
            if not isinstance(option, str):
                yield Finding(path + ("options", o_index), "a finding question's options are passage ids",
                              "list them as [finding-1, finding-2]")
        options = [o for o in _list(raw.get("options")) if isinstance(o, str)]
        for o_index, option in enumerate(options):
            yield from _ref(path + ("options", o_index), option, refs.passages, "passage")
        offered = set(options) or set(refs.passages)
        yield from checks.answers(path, raw, offered, "passage", within=set(refs.passages))
        yield from checks.feedback_keys(path, raw, offered, "passage")
        event = refs.events.get(raw.get("event")) if isinstance(raw.get("event"), str) else None
        reading = event.get("reading") if isinstance(event, dict) else None
        rests_on = {p for p in _list(reading.get("passages")) if isinstance(p, str)} if isinstance(reading, dict) else set()
        right = set(checks.answer_list(raw)) or (rests_on & offered)
        if not checks.answer_list(raw) and isinstance(event, dict) and not rests_on & offered:
            yield Finding(path + ("event",), "the event's reading names none of the offered passages, so the "
                          "answer is unknown", "give 'answer' with the passage id")
        yield from checks.credit_keys(path, raw, offered, right, "passage")

    def build(self, raw: dict, context: BuildContext) -> Question:
        event = context.events[raw["event"]]
        listed = raw.get("options") or [p.id for p in context.passages]
        offered = [p for p in context.passages if p.id in listed]
        answer = tuple(checks.answer_list(raw)) or tuple(p for p in event.reading.passages if p in {o.id for o in offered})
        feedback, credit = raw.get("feedback") or {}, raw.get("credit") or {}
        options = tuple(Option(p.id, p.label, p.id in answer, context.opt_text(feedback.get(p.id)),
                               float(credit.get(p.id, 0.0))) for p in offered)
        prompt = (context.text(raw["prompt"]) if raw.get("prompt") is not None
                  else quiz_text.prompt("finding", context.languages, title=event.title))
        return Question(raw["id"], self.type, prompt, answer, options, event=event.id,
                        events=tuple(raw.get("events") or ()), explanation=context.opt_text(raw.get("explanation")))

    def generate(self, pack: LessonPack, authored: tuple[Question, ...]) -> list[Question]:
        return []  # which passage an event illustrates is the pack author's question to ask

    def option_text(self, option: Option, words) -> str:
        """A passage by its label and its text, as paper needs it."""
        try:
            passage = words.pack.passage(option.id)
        except KeyError:
            return words.t(option.text)
        return f"{words.t(passage.label) or passage.id}: {words.t(passage.text)}"


KIND = FindingKind()
