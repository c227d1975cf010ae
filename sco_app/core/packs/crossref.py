"""Checks the schema cannot make: ids, references between parts of a pack, dates and languages.

Works on the merged pack data (pack.yaml plus its included files) even when the schema found
problems, so that every problem is reported at once; anything of the wrong shape is skipped here
because the schema has already reported it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterator

from sco_app.core.dates import DATE_FORMS_HINT, DateError, PartialDate, is_open_end, parse_date
from sco_app.core.packs.country_hints import GENERIC_HINT, country_hint
from sco_app.core.packs.problems import Names, Severity, did_you_mean
from sco_app.core.status_kinds import raw_kinds

LANG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
ISO3 = re.compile(r"^[A-Z]{3}$")
ACTOR_CODE_PATTERN = "^[A-Z][A-Z0-9-]{1,15}$"  # a state's ISO alpha-3 code or an organisation's own (the schema's)
_ACTOR_CODE = re.compile(ACTOR_CODE_PATTERN)  # a code of another form the schema reports, with a country hint

# Which fields of each kind of item hold text for people ("*" is every item of a list).
TEXT_FIELDS: dict[str, tuple[tuple, ...]] = {
    "theories": (("name",), ("short",), ("claim",), ("indicators", "*")),
    "lanes": (("title",),),
    "actors": (("name",), ("role",), ("statuses", "*", "note")),
    "eras": (("title",), ("description",)),
    "events": (
        ("title",), ("date_note",), ("note",), ("description",), ("place", "name"), ("reading", "explanation"),
        ("alternatives", "*", "explanation"), ("causes", "*", "how"), ("image", "alt"), ("image", "caption"),
    ),
    "glossary": (("term",), ("definition",)),
    "questions": (("prompt",), ("explanation",), ("options", "*", "text"), ("options", "*", "feedback"), ("feedback", "*")),
    "tours": (("title",), ("description",), ("steps", "*", "title"), ("steps", "*", "text"), ("steps", "*", "image", "alt"),
              ("steps", "*", "image", "caption")),
}
_WORK_TEXTS = (("title",), ("passages", "*", "label"), ("passages", "*", "text"), ("wording", "*"))
TOP_TEXT_FIELDS = (("title",), ("summary",), *(("source", *f) for f in _WORK_TEXTS),
                   *(("works", "*", *f) for f in _WORK_TEXTS), ("status_kinds", "*", "name"),
                   ("status_kinds", "*", "legend"), ("regions", "*", "name"), ("regions", "*", "description"))


@dataclass(frozen=True)
class Finding:
    """A problem at a key path of the merged pack data. ``also``: the path of a second place the
    message names (its ``{also}`` becomes that place's file:line); ``reference``: the problem is a
    name the pack does not define, which is not reported while a file of the pack cannot be read."""

    path: tuple
    message: str
    hint: str | None = None
    severity: Severity = Severity.ERROR
    at_key: bool = False
    also: tuple | None = None
    reference: bool = False


def _items(data: dict, section: str) -> Iterator[tuple[int, dict]]:
    items = data.get(section)
    if isinstance(items, list):
        for index, item in enumerate(items):
            if isinstance(item, dict):
                yield index, item


def _list(value: Any) -> list:
    """``value`` if it is a list, else nothing to iterate (the schema reports the wrong type)."""
    return value if isinstance(value, list) else []


def _ids(data: dict, section: str, key: str = "id") -> Iterator[Finding]:
    first: dict[str, int] = {}
    for index, item in _items(data, section):
        value = item.get(key)
        if not isinstance(value, str):
            continue
        if value in first:
            yield Finding((section, index, key), f"duplicate {key} {value!r}: the first is at {{also}}",
                          "every item needs its own id", also=(section, first[value], key))
        else:
            first[value] = index


def raw_works(data: dict) -> list[tuple[tuple, dict]]:
    """(key path, raw work) of each source work of the pack: its ``works``, else its one ``source``."""
    works = data.get("works")
    if isinstance(works, list):
        return [(("works", index), work) for index, work in enumerate(works) if isinstance(work, dict)]
    source = data.get("source")
    return [(("source",), source)] if isinstance(source, dict) else []


def _raw_passages(data: dict) -> Iterator[tuple[tuple, dict]]:
    """(key path, raw passage) of every passage of every work."""
    for path, work in raw_works(data):
        for index, passage in enumerate(_list(work.get("passages"))):
            if isinstance(passage, dict):
                yield path + ("passages", index), passage


def _passage_ids(data: dict) -> Names:
    return Names(p["id"] for _, p in _raw_passages(data) if isinstance(p.get("id"), str))


def organisation_codes(data: dict) -> Names:
    """The codes of the actors the pack declares as organisations."""
    return Names(a["code"] for _, a in _items(data, "actors")
                 if a.get("kind") == "organisation" and isinstance(a.get("code"), str))


def check_actor_ref(path: tuple, code: Any, countries: dict[str, str], organisations: set[str]) -> Iterator[Finding]:
    """A state or organisation named by an event or a tour step: a country the map knows, or an organisation the
    pack declares (an unknown one is not reported while a file of the pack cannot be read)."""
    if not isinstance(code, str) or code in countries or code in organisations or not _ACTOR_CODE.match(code):
        return
    if (close := did_you_mean(code, organisations)) is not None:
        yield Finding(path, f"unknown actor {code!r}", close, reference=True)
        return
    hint = country_hint(code, countries)
    if hint == GENERIC_HINT and not ISO3.match(code):
        yield Finding(path, f"unknown actor {code!r}", "a state is named by its three-letter ISO code; an "
                      "organisation must be listed under 'actors' with 'kind: organisation'", reference=True)
        return
    yield Finding(path, f"unknown country code {code!r}", hint)


def _check_passage_ids(data: dict) -> Iterator[Finding]:
    """Passage ids are unique across all the works (readings name a passage by its id alone)."""
    first: dict[str, tuple] = {}
    for path, passage in _raw_passages(data):
        value = passage.get("id")
        if not isinstance(value, str):
            continue
        if value in first:
            yield Finding(path + ("id",), f"duplicate id {value!r}: the first is at {{also}}",
                          "every passage needs its own id, across all the works", also=first[value])
        else:
            first[value] = path + ("id",)


def known_ids(data: dict, section: str) -> Names:
    """The ids of the items of ``section``, ready for "did you mean" hints."""
    return Names(item["id"] for _, item in _items(data, section) if isinstance(item.get("id"), str))


_PLURAL = {"theory": "theories", "status kind": "status kinds"}


def _ref(path: tuple, value: Any, known: set[str] | dict, what: str) -> Iterator[Finding]:
    if isinstance(value, str) and value not in known:
        plural = _PLURAL.get(what, what + "s")
        listed = f"known {plural}: {', '.join(sorted(known))}" if 0 < len(known) <= 12 else None
        hint = did_you_mean(value, known) or listed
        yield Finding(path, f"unknown {what} {value!r}", hint, reference=True)


def pack_languages(data: dict) -> tuple[str, ...]:
    """The pack's languages as far as they can be read (for month names in dates)."""
    languages = data.get("languages")
    return tuple(x for x in languages if isinstance(x, str)) if isinstance(languages, list) else ()


class _Dates:
    """Parses each date (in the pack's languages) and reports the impossible ones."""

    def __init__(self, languages: tuple[str, ...] = ()) -> None:
        self.findings: list[Finding] = []
        self.languages = languages

    def get(self, item: dict, key: str, path: tuple, open_end: bool = False) -> PartialDate | None:
        """The date at ``item[key]``; None when it is missing, of the wrong type, impossible (reported)
        or, where ``open_end`` allows it, the end of a range that has not ended."""
        value = item.get(key)
        if value is None or isinstance(value, (bool, dict, list)) or (isinstance(value, float) and not value.is_integer()):
            return None  # (the schema reports these; a whole number written 2005.0 is read as 2005)
        if open_end and is_open_end(value, self.languages):
            return None
        try:
            return parse_date(value, self.languages)
        except DateError as exc:
            self.findings.append(Finding(path + (key,), f"impossible date: {exc}", DATE_FORMS_HINT))
            return None


def check_references(data: dict, country_names: dict[str, str]) -> list[Finding]:
    """Every cross-reference, date and language problem of the merged pack ``data``."""
    findings: list[Finding] = []
    for section in ("theories", "lanes", "eras", "events", "glossary", "questions"):
        findings += _ids(data, section)
    findings += _ids(data, "actors", "code")
    findings += _check_passage_ids(data)

    theories, lanes = known_ids(data, "theories"), known_ids(data, "lanes")
    passages = _passage_ids(data)
    dates = _Dates(pack_languages(data))
    findings += _check_actors(data, country_names, dates)
    era_dates = {i: (dates.get(era, "start", ("eras", i)), dates.get(era, "end", ("eras", i))) for i, era in _items(data, "eras")}
    eras: dict[str, tuple] = {}  # id -> (start, end); its keys are the known eras
    for i, era in _items(data, "eras"):
        if isinstance(era.get("id"), str):
            eras.setdefault(era["id"], era_dates[i])
    findings += _check_eras(era_dates)
    findings += _check_events(data, theories, lanes, passages, eras, country_names, organisation_codes(data), dates)
    findings += dates.findings
    findings += _check_languages(data)
    for section in ("theories", "lanes", "events"):
        if not any(True for _ in _items(data, section)) and not isinstance(data.get(section), (dict, str, int, float)):
            findings.append(Finding((), f"the pack has no {section}",
                                    f"list at least one under '{section}:' in pack.yaml or in an included file",
                                    reference=True))
    return findings


def _check_actors(data: dict, countries: dict[str, str], dates: _Dates) -> Iterator[Finding]:
    kinds = Names(kind["id"] for kind in raw_kinds(data))
    for index, actor in _items(data, "actors"):
        path = ("actors", index)
        yield from _check_code(path + ("code",), actor, countries)
        periods = []
        for s_index, status in enumerate(_list(actor.get("statuses"))):
            if not isinstance(status, dict):
                continue
            s_path = path + ("statuses", s_index)
            yield from _ref(s_path + ("status",), status.get("status"), kinds, "status kind")
            start, end = dates.get(status, "from", s_path), dates.get(status, "to", s_path, open_end=True)
            if start and end and end.last_day < start.first_day:
                yield Finding(s_path + ("to",), f"this period ends ({end}) before it begins ({start})",
                              "swap 'from' and 'to', or correct one of them")
            elif start:
                periods.append((start, end, s_path))
        periods.sort(key=lambda p: p[0].first_day)
        for (start_a, end_a, path_a), (start_b, _, path_b) in zip(periods, periods[1:]):
            if end_a is None or end_a.last_day >= start_b.first_day:
                until = f"to {end_a}" if end_a else "with no end"
                yield Finding(path_b + ("from",), f"this status period overlaps the one from {start_a} {until} "
                              f"(status {path_a[-1] + 1} of this actor)", "end the earlier period the day before this one begins")


def _check_code(path: tuple, actor: dict, countries: dict[str, str]) -> Iterator[Finding]:
    """A state's code is a country the map knows; an organisation's is none."""
    code = actor.get("code")
    if not isinstance(code, str) or not _ACTOR_CODE.match(code):
        return
    if actor.get("kind") == "organisation":
        if code in countries:
            yield Finding(path, f"{code!r} is the code of a state ({countries[code]}); an organisation needs a code of "
                          "its own", "give it a code no state has, such as CSTO or ASEAN")
    elif code not in countries:
        hint = country_hint(code, countries)
        if hint == GENERIC_HINT and not ISO3.match(code):
            hint = "a state is named by its three-letter ISO code; for an organisation, add 'kind: organisation'"
        yield Finding(path, f"unknown country code {code!r}", hint)


def _check_eras(era_dates: dict[int, tuple]) -> Iterator[Finding]:
    for index, (start, end) in era_dates.items():
        if start and end and end.last_day < start.first_day:
            yield Finding(("eras", index, "end"), f"this era ends ({end}) before it begins ({start})", "swap 'start' and 'end'")


def _check_events(data: dict, theories: set, lanes: set, passages: set, eras: dict, countries: dict,
                  organisations: set, dates: _Dates) -> Iterator[Finding]:
    events = dict(_items(data, "events"))
    era_names = Names(eras)
    starts = {index: dates.get(event, "date", ("events", index)) for index, event in events.items()}
    when: dict[str, PartialDate] = {}
    all_ids = Names(event["id"] for event in events.values() if isinstance(event.get("id"), str))
    for index, event in events.items():
        if starts[index] and isinstance(event.get("id"), str):
            when.setdefault(event["id"], starts[index])
    for index, event in events.items():
        path = ("events", index)
        start = starts[index]
        end = dates.get(event, "end", path, open_end=True)
        if start and end and end.last_day < start.first_day:
            yield Finding(path + ("end",), f"the event ends ({end}) before it begins ({start})", "swap 'date' and 'end'")
        yield from _ref(path + ("lane",), event.get("lane"), lanes, "lane")
        era = event.get("era")
        yield from _ref(path + ("era",), era, era_names, "era")
        era_start, era_end = eras.get(era, (None, None)) if isinstance(era, str) else (None, None)
        if start and era_start and era_end and not (era_start.first_day <= start.first_day <= era_end.last_day):
            yield Finding(path + ("era",), f"the event ({start}) lies outside its era {era!r} ({era_start} to {era_end})",
                          "name the era its date falls in, or leave 'era' out", Severity.WARNING)
        for c_index, code in enumerate(_list(event.get("actors"))):
            yield from check_actor_ref(path + ("actors", c_index), code, countries, organisations)
        readings = [(path + ("reading",), event.get("reading"))]
        readings += [(path + ("alternatives", i), r) for i, r in enumerate(_list(event.get("alternatives")))]
        for r_path, reading in readings:
            if not isinstance(reading, dict):
                continue
            yield from _ref(r_path + ("theory",), reading.get("theory"), theories, "theory")
            for p_index, passage in enumerate(_list(reading.get("passages"))):
                yield from _ref(r_path + ("passages", p_index), passage, passages, "passage")
            if reading.get("basis") in ("paper", "source") and not reading.get("passages"):
                yield Finding(r_path + ("basis",), "a reading that is the source's own should name the passages it rests on",
                              "add 'passages: [...]' with ids of the work's passages", Severity.WARNING)
        for c_index, cause in enumerate(_list(event.get("causes"))):
            if isinstance(cause, dict):
                yield from _check_cause(path + ("causes", c_index), cause.get("event"), event, start, when, all_ids)
        if not event.get("sources"):
            yield Finding(path + ("id",), "this event names no source", "add 'sources:' with a citation and a url",
                          Severity.WARNING)


def _check_cause(path: tuple, cause_id: Any, event: dict, start: PartialDate | None, when: dict,
                 all_ids: set[str]) -> Iterator[Finding]:
    if not isinstance(cause_id, str):
        return
    if cause_id == event.get("id"):
        yield Finding(path + ("event",), "an event cannot be its own cause")
    elif cause_id not in all_ids:
        yield from _ref(path + ("event",), cause_id, all_ids, "event")
    elif start and cause_id in when and when[cause_id].first_day > start.first_day:
        yield Finding(path + ("event",), f"the cause {cause_id!r} ({when[cause_id]}) is dated after this event ({start})",
                      "a cause should come before its effect; check both dates", Severity.WARNING)


def _texts_at(node: Any, field: tuple, path: tuple) -> Iterator[tuple[tuple, Any]]:
    if not field:
        yield path, node
        return
    head, rest = field[0], field[1:]
    if head == "*" and isinstance(node, dict):  # every value of a map keyed by ids (feedback per option)
        for key, item in node.items():
            yield from _texts_at(item, rest, path + (key,))
    elif head == "*":
        for index, item in enumerate(node if isinstance(node, list) else ()):
            yield from _texts_at(item, rest, path + (index,))
    elif isinstance(node, dict) and head in node:
        yield from _texts_at(node[head], rest, path + (head,))


def _check_languages(data: dict) -> Iterator[Finding]:
    languages = data.get("languages")
    if not isinstance(languages, list) or not languages or not all(isinstance(x, str) for x in languages):
        return
    declared, first = set(languages), languages[0]

    def check(path: tuple, text: Any) -> Iterator[Finding]:
        if isinstance(text, dict) and "kind" in text and "text" in text:  # a date note of a kind
            path, text = path + ("text",), text["text"]
        if not isinstance(text, dict):
            return
        for lang in text:
            if isinstance(lang, str) and LANG.match(lang) and lang not in declared:
                yield Finding(path + (lang,), f"language {lang!r} is not among the pack's languages ({', '.join(languages)})",
                              f"add {lang!r} to 'languages', or correct the code", at_key=True)
        if first not in text:
            yield Finding(path, f"no text in the pack's first language {first!r}",
                          f"every text should have an '{first}:' version", Severity.WARNING)

    for field in TOP_TEXT_FIELDS:
        for path, text in _texts_at(data, field, ()):
            yield from check(path, text)
    fine = declared.issuperset  # most texts: a string, or a map in declared languages with the first one
    for section, fields in TEXT_FIELDS.items():
        keys = [field[0] for field in fields if len(field) == 1]
        deeper = [field for field in fields if len(field) > 1]
        for index, item in _items(data, section):
            for key in keys:
                text = item.get(key)
                if text is None or type(text) is str or (type(text) is dict and first in text and fine(text)):
                    continue
                yield from check((section, index, key), text)
            for field in deeper:
                for path, text in _texts_at(item, field, (section, index)):
                    yield from check(path, text)

