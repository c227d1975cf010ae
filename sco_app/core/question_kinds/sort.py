"""Sort episodes into theories: each event belongs in its reading's theory and earns its share there.
A theory of one of the event's alternative readings may earn part of that share (``credit:``), and
the reading's explanation says why."""

from __future__ import annotations

import random
from collections.abc import Mapping
from types import MappingProxyType
from typing import Iterator
from xml.etree import ElementTree as ET

from sco_app.core import quiz_text
from sco_app.core.model import Credit, LessonPack, Question, QuestionType
from sco_app.core.packs.crossref import Finding, _list
from sco_app.core.question_kinds import checks, lms
from sco_app.core.question_kinds.base import BuildContext, Grade, PackRefs, QuestionKind, ResponseError, Verdict
from sco_app.core.question_kinds.items import MATCHING, QuizItem
from sco_app.core.question_kinds.options import explanation


class SortKind(QuestionKind):
    type = QuestionType.SORT
    xapi_type = "matching"

    def check(self, path: tuple, raw: dict, refs: PackRefs) -> Iterator[Finding]:
        yield from checks.event_set(path, raw, "sort", dict(refs.events))
        credit = raw.get("credit")
        listed = {e for e in _list(raw.get("events")) if isinstance(e, str)}  # (the schema reports the others)
        for event_id, theories in credit.items() if isinstance(credit, dict) else ():
            if event_id not in listed:
                yield Finding(path + ("credit", event_id), f"credit for {event_id!r}, which is not an event of this "
                              "question", "give credit for one of its events", at_key=True)
                continue
            event = refs.events.get(event_id) or {}
            alternatives = {a.get("theory") for a in _list(event.get("alternatives"))
                            if isinstance(a, dict) and isinstance(a.get("theory"), str)}
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

    def left_out(self, question: Question, response) -> int:
        """Events in no theory's box."""
        return sum(event not in response for event in question.events)

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

    def item(self, question: Question, words) -> QuizItem:
        """Each event matched to its reading's theory; the pack's other theories as answers that match nothing.
        (A defensible placement earns its share in the app only: a matching question has one right answer.)"""
        used = set(question.answer)
        return QuizItem(question.id, self.type, MATCHING, words.t(question.prompt),
                        pairs=tuple((words.event_title(e), words.theory_name(t))
                                    for e, t in zip(question.events, question.answer)),
                        distractors=tuple(words.theory_name(t.id) for t in words.pack.theories if t.id not in used),
                        explanation=words.t(question.explanation), theory=self.theory(question, words.pack) or "",
                        language=words.language)

    def gift(self, item: QuizItem) -> list[str]:
        return lms.gift_matching(item)

    def moodle(self, item: QuizItem, question: ET.Element) -> str:
        return lms.moodle_matching(item, question)

    def xapi_interaction(self, question: Question, words_by_language) -> dict:
        """A matching interaction: events as ``source``, the pack's theories as ``target``."""
        pack = next(iter(words_by_language.values())).pack
        return {"interactionType": self.xapi_type,
                "correctResponsesPattern": ["[,]".join(f"{e}[.]{t}" for e, t in zip(question.events, question.answer))],
                "source": [{"id": e, "description": {lang: w.event_title(e) for lang, w in words_by_language.items()}}
                           for e in question.events],
                "target": [{"id": t.id, "description": {lang: w.theory_name(t.id) for lang, w in words_by_language.items()}}
                           for t in pack.theories]}

    def xapi_response(self, response) -> str:
        return "[,]".join(f"{event}[.]{theory}" for event, theory in response.items())

    def answer_parts(self, question: Question, answer, words, dates: bool = False) -> list[str]:
        placed = answer if isinstance(answer, Mapping) else dict(zip(question.events, answer or ()))
        return [f"{words.event_title(e, dates)}: "
                f"{words.theory_name(placed[e]) if placed.get(e) else words.word('not-sorted')}"
                for e in question.events]


KIND = SortKind()
