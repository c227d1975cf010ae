"""Find it on the map: the student clicks a state; any of the question's country codes is right.
The quiz makes one for each day on which states took up a status (member, observer, partner)."""

from __future__ import annotations

import datetime as dt
from types import MappingProxyType
from typing import Iterator
from xml.etree import ElementTree as ET

from sco_app.core import quiz_text
from sco_app.core.dates import Precision, month_abbr
from sco_app.core.model import LessonPack, Question, QuestionType, Text
from sco_app.core.packs.country_hints import country_hint
from sco_app.core.packs.crossref import Finding
from sco_app.core.question_kinds import checks
from sco_app.core.question_kinds.base import (
    BuildContext, Grade, PackRefs, ResponseError, TextResponseKind, Unexportable, Verdict,
)
from sco_app.core.question_kinds.items import MAP, QuizItem
from sco_app.core.question_kinds.options import explanation


class MapKind(TextResponseKind):
    type = QuestionType.MAP
    xapi_type = "other"  # a click on a map: its response is the code of the state clicked

    def check(self, path: tuple, raw: dict, refs: PackRefs) -> Iterator[Finding]:
        yield from checks.needs_prompt(path, raw, "map")
        yield from checks.answer_form(path, raw, "country code")
        codes = checks.answer_list(raw)
        if not codes and (raw.get("answer") is None or isinstance(raw.get("answer"), (str, list))):
            yield Finding(path + ("type",), "a map question needs an 'answer': the country code(s) to click")
        for a_index, code in enumerate(codes):
            if isinstance(code, str) and code not in refs.countries:
                where = path + ("answer", a_index) if isinstance(raw.get("answer"), list) else path + ("answer",)
                if code in refs.organisations:
                    yield Finding(where, f"{code!r} is an organisation, which has no shape on the map to click",
                                  "a map question's answer is a state: name the states to click, such as its members")
                else:
                    yield Finding(where, f"unknown country code {code!r}", country_hint(code, refs.countries))

    def build(self, raw: dict, context: BuildContext) -> Question:
        return Question(raw["id"], self.type, context.text(raw["prompt"]), tuple(checks.answer_list(raw)),
                        event=raw.get("event"), events=tuple(raw.get("events") or ()),
                        explanation=context.opt_text(raw.get("explanation")))

    def generate(self, pack: LessonPack, authored: tuple[Question, ...]) -> list[Question]:
        """One question for each day on which states took up a status, given to the day."""
        changes: dict[tuple[str, dt.date], list[str]] = {}
        for actor in pack.actors:
            for membership in actor.memberships if actor.is_state else ():  # an organisation has no shape to click
                group = membership.status.group
                if group in quiz_text.STATUS_WORDS and membership.start.precision is Precision.DAY:
                    changes.setdefault((group, membership.start.first_day), []).append(actor.code)
        out = []
        for (group, day), codes in sorted(changes.items(), key=lambda item: item[0][1]):
            when = Text(MappingProxyType({lang: f"{day.day} {month_abbr(day.month, lang)} {day.year}"
                                          for lang in (*pack.languages, "en")}))
            prompt = quiz_text.prompt("map", pack.languages, what=quiz_text.status_words(group, pack.languages),
                                      date=when)
            out.append(Question(f"gen-map-{group}-{day.isoformat()}", self.type, prompt, tuple(sorted(codes)),
                                generated=True))
        return out

    def validate(self, question: Question, response) -> str | None:
        if response is None:
            return None
        if not isinstance(response, str):
            raise ResponseError(f"{question.id}: a country code, not {response!r}")
        return response.strip() or None

    def grade(self, question: Question, response) -> Grade:
        correct = response in question.answer
        return Grade(correct, float(correct), explanation(question), question.answer,
                     Verdict.RIGHT if correct else Verdict.WRONG)

    def answer_parts(self, question: Question, answer, words, dates: bool = False) -> list[str]:
        codes = [answer] if isinstance(answer, str) else list(answer or ())
        return [words.state_name(code) for code in codes]

    def item(self, question: Question, words) -> QuizItem:
        return QuizItem(question.id, self.type, MAP, words.t(question.prompt), words.context(question),
                        answers=tuple(words.state_name(code) for code in question.answer),
                        explanation=words.t(question.explanation), theory=self.theory(question, words.pack) or "",
                        language=words.language)

    def gift(self, item: QuizItem) -> list[str]:
        raise Unexportable("map questions need the app's map")

    def moodle(self, item: QuizItem, question: ET.Element) -> str:
        raise Unexportable("map questions need the app's map")

    def xapi_interaction(self, question: Question, words_by_language) -> dict:
        """An "other" interaction: the response is the code of the state clicked; any right code is correct."""
        return {"interactionType": self.xapi_type, "correctResponsesPattern": list(question.answer)}

    def xapi_response(self, response) -> str:
        return response


KIND = MapKind()
