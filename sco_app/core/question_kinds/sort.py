"""Sort episodes into theories: each event belongs in its reading's theory and earns its share there.
A theory of one of the event's alternative readings may earn part of that share (``credit:``), and
the reading's explanation says why."""

from __future__ import annotations

import random
from collections.abc import Mapping
from types import MappingProxyType
from typing import Iterator

from sco_app.core import quiz_text
from sco_app.core.model import Credit, LessonPack, Question, QuestionType
from sco_app.core.packs.crossref import Finding, _list
from sco_app.core.question_kinds import checks
from sco_app.core.question_kinds.base import BuildContext, Grade, PackRefs, QuestionKind, ResponseError, Verdict
from sco_app.core.question_kinds.options import explanation


class SortKind(QuestionKind):
    type = QuestionType.SORT

    def check(self, path: tuple, raw: dict, refs: PackRefs) -> Iterator[Finding]:
        yield from checks.event_set(path, raw, "sort", dict(refs.events))
        credit = raw.get("credit")
        listed = set(_list(raw.get("events")))
        for event_id, theories in credit.items() if isinstance(credit, dict) else ():
            if event_id not in listed:
                yield Finding(path + ("credit", event_id), f"credit for {event_id!r}, which is not an event of this "
                              "question", "give credit for one of its events", at_key=True)
                continue
            event = refs.events.get(event_id) or {}
            alternatives = {a.get("theory") for a in _list(event.get("alternatives")) if isinstance(a, dict)}
            for theory in theories if isinstance(theories, dict) else ():
                if theory not in alternatives:
                    yield Finding(path + ("credit", event_id, theory), f"{theory!r} is not one of the alternative "
                                  f"readings of {event_id!r}, so nothing says why it is defensible",
                                  "give the event an alternative reading with this theory", at_key=True)

    def build(self, raw: dict, context: BuildContext) -> Question:
        events = context.events
        names = {t.id: t.name for t in context.theories}
        credit = {}
        for event_id, theories in (raw.get("credit") or {}).items():
            event = events[event_id]
            why = {r.theory: r.explanation for r in event.alternatives}
            credit[event_id] = MappingProxyType({
                theory: Credit(float(share), quiz_text.word(
                    "defensible-placement", context.languages, event=event.title, right=names[event.reading.theory],
                    yours=names[theory], why=why[theory]))
                for theory, share in theories.items()})
        prompt = context.text(raw["prompt"]) if raw.get("prompt") is not None else quiz_text.prompt("sort", context.languages)
        return Question(raw["id"], self.type, prompt, tuple(events[e].reading.theory for e in raw["events"]),
                        event=raw.get("event"), events=tuple(raw["events"]),
                        explanation=context.opt_text(raw.get("explanation")), credit=MappingProxyType(credit))

    def generate(self, pack: LessonPack, authored: tuple[Question, ...]) -> list[Question]:
        return []  # which episodes to set side by side is the pack author's choice

    def arrange(self, question: Question, rng: random.Random | None) -> tuple[str, ...]:
        ids = list(question.events)
        if rng is not None:
            rng.shuffle(ids)
        return tuple(ids)

    def initial_response(self, question: Question, arrangement: tuple[str, ...]):
        return None  # nothing is sorted yet

    def validate(self, question: Question, response) -> dict[str, str] | None:
        if response is None:
            return None
        if not isinstance(response, Mapping) or not set(response) <= set(question.events) \
                or not all(isinstance(t, str) for t in response.values()):
            raise ResponseError(f"{question.id}: a mapping of its events to theory ids, not {response!r}")
        return dict(response) or None

    def grade(self, question: Question, response) -> Grade:
        placed, shares, notes = dict(response), [], []
        for event_id, theory in zip(question.events, question.answer):
            chosen = placed.get(event_id)
            credit = question.credit.get(event_id, {}).get(chosen) if chosen is not None else None
            if chosen == theory:
                shares.append(1.0)
            elif credit is not None:
                shares.append(credit.share)
                notes.append(credit.note)
            else:
                shares.append(0.0)
        score = sum(shares) / len(shares)
        correct = all(share == 1.0 for share in shares)
        if correct:
            verdict = Verdict.RIGHT
        elif all(share > 0 for share in shares):
            verdict = Verdict.DEFENSIBLE
        else:
            verdict = Verdict.PARTLY_RIGHT if score > 0 else Verdict.WRONG
        return Grade(correct, score, tuple(notes) + explanation(question), question.answer, verdict)

    def right_response(self, question: Question) -> dict[str, str]:
        return dict(zip(question.events, question.answer))

    def encode(self, response) -> dict[str, str]:
        return dict(response)

    def decode(self, data) -> dict[str, str]:
        return dict(data)

    def theory(self, question: Question, pack: LessonPack) -> str | None:
        return pack.event(question.event).reading.theory if question.event else None

    def answer_parts(self, question: Question, answer, words, dates: bool = False) -> list[str]:
        placed = answer if isinstance(answer, Mapping) else dict(zip(question.events, answer or ()))
        return [f"{words.event_title(e, dates)}: "
                f"{words.theory_name(placed[e]) if placed.get(e) else words.word('not-sorted')}"
                for e in question.events]


KIND = SortKind()
