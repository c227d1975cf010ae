"""Turn checked pack data (plain dicts and lists) into the frozen lesson model.

Only data that passed the schema and the cross-reference checks reaches this module, so it converts
without re-checking; raw dicts never leave it.
"""

from __future__ import annotations

import dataclasses
from types import MappingProxyType
from typing import Any

from sco_app.core import question_kinds
from sco_app.core.dates import is_open_end, parse_date
from sco_app.core.exam_settings import settings_from_pack_data
from sco_app.core.model import (
    ANY, Actor, Basis, Cause, DateNote, DateNoteKind, Era, Event, GlossaryEntry, Image, Lane, LessonPack, Membership,
    Passage, Place, Reading, Source, SourceWork, Status, Text, Theory, Tour, TourStep,
)


_BASES = {basis.value: basis for basis in Basis}


class _Builder:
    def __init__(self, languages: tuple[str, ...]) -> None:
        self.first = languages[0]
        self.languages = languages
        self._texts: dict[str, Text] = {}

    def date(self, value: Any):
        return parse_date(value, self.languages)

    def opt_date(self, value: Any):
        return None if value is None or is_open_end(value, self.languages) else parse_date(value, self.languages)

    def date_note(self, raw: Any) -> DateNote | None:
        """A note on a date: plain text is a note; ``{kind: disagreement, text: ...}`` says its kind."""
        if raw is None:
            return None
        if isinstance(raw, dict) and "kind" in raw:
            return DateNote(DateNoteKind(raw["kind"]), self.text(raw["text"]))
        return DateNote(DateNoteKind.NOTE, self.text(raw))

    def text(self, value: Any) -> Text:
        if isinstance(value, str):  # a plain string is the same in every language
            cached = self._texts.get(value)
            if cached is None:
                cached = self._texts[value] = Text(MappingProxyType({ANY: value}))
            return cached
        return Text(MappingProxyType(value))  # the parsed dict is owned by the model from here on

    def opt_text(self, value: Any) -> Text | None:
        return None if value is None else self.text(value)

    def texts(self, values: Any) -> tuple[Text, ...]:
        return tuple(self.text(v) for v in values or ())

    def reading(self, raw: dict) -> Reading:
        return Reading(
            theory=raw["theory"],
            basis=_BASES[raw["basis"]],
            explanation=self.text(raw["explanation"]),
            passages=tuple(raw.get("passages") or ()),
        )

    def theory(self, raw: dict) -> Theory:
        name = self.text(raw["name"])
        return Theory(
            id=raw["id"], name=name, short=self.text(raw["short"]) if "short" in raw else name,
            thinker=raw["thinker"], work=raw["work"], claim=self.text(raw["claim"]),
            indicators=self.texts(raw.get("indicators")),
        )

    def actor(self, raw: dict, country_names: dict[str, str]) -> Actor:
        memberships = sorted(
            (
                Membership(
                    status=Status(s["status"]),
                    start=self.date(s["from"]),
                    end=self.opt_date(s.get("to")),
                    note=self.opt_text(s.get("note")),
                )
                for s in raw.get("statuses") or ()
            ),
            key=lambda m: m.start.first_day,
        )
        name = raw.get("name") or country_names.get(raw["code"], raw["code"])
        return Actor(code=raw["code"], name=self.text(name), memberships=tuple(memberships),
                     role=self.opt_text(raw.get("role")))

    def event(self, raw: dict) -> Event:
        place = raw.get("place")
        image = raw.get("image")
        return Event(
            id=raw["id"],
            title=self.text(raw["title"]),
            date=self.date(raw["date"]),
            end=self.opt_date(raw.get("end")),
            open_end=is_open_end(raw.get("end"), self.languages),
            date_note=self.date_note(raw.get("date_note")),
            note=self.opt_text(raw.get("note")),
            place=Place(self.text(place["name"]), float(place["lon"]), float(place["lat"])) if place else None,
            actors=tuple(raw.get("actors") or ()),
            lane=raw["lane"],
            era=raw.get("era"),
            description=self.text(raw["description"]),
            reading=self.reading(raw["reading"]),
            alternatives=tuple(self.reading(r) for r in raw.get("alternatives") or ()),
            causes=tuple(Cause(c["event"], self.text(c["how"])) for c in raw.get("causes") or ()),
            sources=tuple(Source(s["citation"], s.get("url")) for s in raw.get("sources") or ()),
            image=self.image(image),
        )

    def image(self, raw: dict | None) -> Image | None:
        if not raw:
            return None
        return Image(raw["file"], self.text(raw["alt"]), self.opt_text(raw.get("caption")), raw.get("credit"))

    def tour(self, raw: dict) -> Tour:
        return Tour(raw["id"], self.text(raw["title"]), tuple(self.tour_step(s) for s in raw["steps"]),
                    self.opt_text(raw.get("description")))

    def tour_step(self, raw: dict) -> TourStep:
        period = raw.get("period")
        return TourStep(
            text=self.text(raw["text"]),
            title=self.opt_text(raw.get("title")),
            event=raw.get("event"),
            date=self.opt_date(raw.get("date")),
            period=(self.date(period["start"]), self.date(period["end"])) if period else None,
            actors=tuple(raw.get("actors") or ()),
            passages=tuple(raw.get("passages") or ()),
            lens=raw.get("lens") or "",
            question=raw.get("question"),
            image=self.image(raw.get("image")),
        )


def build_pack(data: dict, country_names: dict[str, str], root: str = "") -> LessonPack:
    """Build the :class:`LessonPack` from merged, checked pack data."""
    b = _Builder(tuple(data["languages"]))
    raw_source = data["source"]
    source = SourceWork(
        citation=raw_source["citation"],
        title=b.opt_text(raw_source.get("title")),
        authors=tuple(raw_source.get("authors") or ()),
        doi=raw_source.get("doi"),
        url=raw_source.get("url"),
        passages=tuple(
            Passage(p["id"], b.text(p.get("label") or p["id"]), b.text(p["text"])) for p in raw_source.get("passages") or ()
        ),
    )
    events = sorted((b.event(e) for e in data.get("events") or ()), key=lambda e: (e.date.first_day, e.date.last_day))
    theories = tuple(b.theory(t) for t in data.get("theories") or ())
    languages = tuple(data["languages"])
    context = question_kinds.BuildContext(b.text, theories, source.passages, {e.id: e for e in events}, languages)
    questions = tuple(dataclasses.replace(question_kinds.kind_of(q["type"]).build(q, context),
                                          show_event=q.get("show_event") is True)
                      for q in data.get("questions") or ())
    quiz = data.get("quiz") or {}
    return LessonPack(
        id=data["id"],
        version=str(data["version"]),
        title=b.text(data["title"]),
        summary=b.opt_text(data.get("summary")),
        languages=tuple(data["languages"]),
        authors=tuple(data.get("authors") or ()),
        licence=data.get("licence", ""),
        source=source,
        theories=theories,
        lanes=tuple(Lane(lane["id"], b.text(lane["title"])) for lane in data.get("lanes") or ()),
        actors=tuple(b.actor(a, country_names) for a in data.get("actors") or ()),
        eras=tuple(
            sorted(
                (Era(e["id"], b.text(e["title"]), b.date(e["start"]), b.date(e["end"]),
                     b.opt_text(e.get("description"))) for e in data.get("eras") or ()),
                key=lambda era: era.start.first_day,
            )
        ),
        events=tuple(events),
        glossary=tuple(GlossaryEntry(g["id"], b.text(g["term"]), b.text(g["definition"])) for g in data.get("glossary") or ()),
        questions=questions,
        generate_questions=quiz.get("generate", True),
        exam=settings_from_pack_data(quiz.get("exam")),
        lrs_endpoint=quiz.get("lrs"),
        tours=tuple(b.tour(t) for t in data.get("tours") or ()),
        root=root,
    )
