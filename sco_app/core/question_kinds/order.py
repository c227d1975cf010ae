"""Put events in order, earliest first. The right order is by date; each event in its right place
earns its share. The order shown at first is a response too, so checking it untouched needs a
"keep this order"."""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Iterator
from xml.etree import ElementTree as ET

from sco_app.core import quiz_text
from sco_app.core.model import LessonPack, Question, QuestionType
from sco_app.core.packs.crossref import Finding
from sco_app.core.question_kinds import checks, lms
from sco_app.core.question_kinds.base import BuildContext, Grade, PackRefs, QuestionKind, ResponseError, Verdict
from sco_app.core.question_kinds.items import MATCHING, QuizItem
from sco_app.core.question_kinds.options import explanation

ORDER_SIZE = 4  # events in an order question the quiz makes
MADE_AT_MOST = 12  # order questions the quiz makes from one pack


class OrderKind(QuestionKind):
    type = QuestionType.ORDER
    xapi_type = "sequencing"

    def check(self, path: tuple, raw: dict, refs: PackRefs) -> Iterator[Finding]:
        yield from checks.event_set(path, raw, "order", dict(refs.events), refs.languages)

    def build(self, raw: dict, context: BuildContext) -> Question:
        events = context.events
        answer = tuple(sorted(raw["events"], key=lambda e: (events[e].date.first_day, events[e].date.last_day)))
        prompt = context.text(raw["prompt"]) if raw.get("prompt") is not None else quiz_text.prompt("order", context.languages)
        return Question(raw["id"], self.type, prompt, answer, event=raw.get("event"), events=tuple(raw["events"]),
                        explanation=context.opt_text(raw.get("explanation")))

    def generate(self, pack: LessonPack, authored: tuple[Question, ...]) -> list[Question]:
        """Questions of up to four events spread over the whole period, none two on one day."""
        events = list(pack.events)
        step = max(1, len(events) // ORDER_SIZE)
        out = []
        for start in range(min(step, MADE_AT_MOST)):
            group, days = [], set()
            for event in events[start::step]:
                if event.date.first_day not in days:
                    group.append(event)
                    days.add(event.date.first_day)
            group = group[:ORDER_SIZE]
            if len(group) >= 3:
                shown = tuple(e.id for e in group[1::2] + group[0::2])  # not already in order
                out.append(Question(f"gen-order-{start + 1}", self.type, quiz_text.prompt("order", pack.languages),
                                    tuple(e.id for e in group), events=shown, generated=True))
        return out

    def arrange(self, question: Question, rng: random.Random | None) -> tuple[str, ...]:
        """The events shuffled, never already in the right order (then turned by one)."""
        ids = list(question.events)
        if rng is not None:
            rng.shuffle(ids)
            if tuple(ids) == question.answer and len(ids) > 1:
                ids = ids[1:] + ids[:1]
        return tuple(ids)

    def initial_response(self, question: Question, arrangement: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(arrangement)

    def left_out(self, question: Question, response) -> int:
        return 0

    def validate(self, question: Question, response) -> tuple[str, ...] | None:
        if response is None:
            return None
        if isinstance(response, str) or not isinstance(response, Sequence) or sorted(response) != sorted(question.events):
            raise ResponseError(f"{question.id}: the question's events in some order, not {response!r}")
        return tuple(response)

    def grade(self, question: Question, response) -> Grade:
        given = tuple(response)
        right = sum(a == b for a, b in zip(given, question.answer))
        correct = given == question.answer
        verdict = Verdict.RIGHT if correct else Verdict.PARTLY_RIGHT if right else Verdict.WRONG
        return Grade(correct, right / len(question.answer), explanation(question), question.answer, verdict)

    def right_response(self, question: Question) -> tuple[str, ...]:
        return tuple(question.answer)

    def encode(self, response) -> list[str]:
        return list(response)

    def decode(self, data) -> tuple[str, ...]:
        return tuple(data)

    def theory(self, question: Question, pack: LessonPack) -> str | None:
        return pack.event(question.event).reading.theory if question.event else None

    def answer_parts(self, question: Question, answer, words, dates: bool = False) -> list[str]:
        return [words.event_title(e, dates) for e in answer or ()]

    def item(self, question: Question, words) -> QuizItem:
        """Each event matched to its place in time (1 earliest), listed as the question lists them."""
        place = {event_id: n for n, event_id in enumerate(question.answer, 1)}
        return QuizItem(question.id, self.type, MATCHING, words.t(question.prompt),
                        pairs=tuple((words.event_title(e), str(place[e])) for e in question.events),
                        explanation=words.t(question.explanation), theory=self.theory(question, words.pack) or "",
                        language=words.language)

    def gift(self, item: QuizItem) -> list[str]:
        return lms.gift_matching(item)  # GIFT has no ordering question: events matched to their places

    def moodle(self, item: QuizItem, question: ET.Element) -> str:
        return lms.moodle_ordering(item, question)

    def xapi_interaction(self, question: Question, words_by_language) -> dict:
        return {"interactionType": self.xapi_type, "correctResponsesPattern": ["[,]".join(question.answer)],
                "choices": [{"id": e, "description": {lang: w.event_title(e) for lang, w in words_by_language.items()}}
                            for e in question.events]}

    def xapi_response(self, response) -> str:
        return "[,]".join(response)


KIND = OrderKind()
