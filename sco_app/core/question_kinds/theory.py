"""Which theory best explains this episode? The options are the pack's theories; the right one is the
event's reading (or the question's ``answer``). A theory of one of the event's alternative readings
may be credited in part: by ``credit:`` in an authored question, at :data:`ALTERNATIVE_CREDIT` in a
question the quiz makes from an event."""

from __future__ import annotations

from typing import Iterator

from sco_app.core import quiz_text
from sco_app.core.model import LessonPack, Option, Question, QuestionType
from sco_app.core.question_kinds import checks
from sco_app.core.question_kinds.base import BuildContext, PackRefs
from sco_app.core.question_kinds.options import OptionsKind

ALTERNATIVE_CREDIT = 0.5  # what an event's alternative reading earns in a question made from the event


class TheoryKind(OptionsKind):
    type = QuestionType.THEORY

    def check(self, path: tuple, raw: dict, refs: PackRefs) -> Iterator:
        yield from checks.needs_event(path, raw, "theory")
        yield from checks.answers(path, raw, refs.theories, "theory")
        yield from checks.feedback_keys(path, raw, refs.theories, "theory")
        event = refs.events.get(raw.get("event")) if isinstance(raw.get("event"), str) else None
        reading = event.get("reading") if isinstance(event, dict) else None
        right = set(checks.answer_list(raw)) or ({reading.get("theory")} if isinstance(reading, dict) else set())
        alternatives = event.get("alternatives") if isinstance(event, dict) else None
        why = {a.get("theory") for a in alternatives if isinstance(a, dict)} if isinstance(alternatives, list) else set()
        yield from checks.credit_keys(path, raw, refs.theories, right, "theory", frozenset(why),
                                      ", or give the event an alternative reading with this theory")

    def build(self, raw: dict, context: BuildContext) -> Question:
        event = context.events[raw["event"]]
        answer = tuple(checks.answer_list(raw)) or (event.reading.theory,)
        feedback, credit = raw.get("feedback") or {}, raw.get("credit") or {}
        alternatives = {r.theory: r.explanation for r in event.alternatives}
        options = tuple(
            Option(t.id, t.name, t.id in answer,
                   context.opt_text(feedback.get(t.id)) or (alternatives.get(t.id) if t.id in credit else None),
                   float(credit.get(t.id, 0.0)))
            for t in context.theories)
        prompt = (context.text(raw["prompt"]) if raw.get("prompt") is not None
                  else quiz_text.prompt("theory", context.languages, title=event.title))
        return Question(raw["id"], self.type, prompt, answer, options, event=event.id,
                        events=tuple(raw.get("events") or ()), explanation=context.opt_text(raw.get("explanation")))

    def generate(self, pack: LessonPack, authored: tuple[Question, ...]) -> list[Question]:
        """One question for each event no authored theory question asks about; the event's alternative
        readings earn part of the credit, and their explanation says why."""
        asked = {q.event for q in authored if q.type is self.type}
        out = []
        for event in pack.events:
            if event.id in asked:
                continue
            right = event.reading.theory
            alternatives = {r.theory: r.explanation for r in event.alternatives if r.theory != right}
            options = tuple(
                Option(t.id, t.name, t.id == right,
                       event.reading.explanation if t.id == right else alternatives.get(t.id),
                       ALTERNATIVE_CREDIT if t.id in alternatives else 0.0)
                for t in pack.theories)
            out.append(Question(f"gen-theory-{event.id}", self.type,
                                quiz_text.prompt("theory", pack.languages, title=event.title), (right,),
                                options, event=event.id, generated=True))
        return out

    def theory(self, question: Question, pack: LessonPack) -> str | None:
        return question.answer[0] if question.answer else None


KIND = TheoryKind()
