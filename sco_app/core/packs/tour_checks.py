"""Checks of the guided tours that the schema cannot make: every step points at things the pack has."""

from __future__ import annotations

from typing import Iterator

from sco_app.core.packs.crossref import (
    Finding, _Dates, _ids, _items, _list, _passage_ids, _ref, check_actor_ref, known_ids, organisation_codes, pack_languages,
)
from sco_app.core.packs.problems import Severity


def check_tours(data: dict, countries: dict[str, str]) -> Iterator[Finding]:
    """Every problem of the merged pack's ``tours``: duplicate ids, unknown events, questions, passages,
    theories and states, impossible or reversed dates."""
    yield from _ids(data, "tours")
    events, questions, theories = known_ids(data, "events"), known_ids(data, "questions"), known_ids(data, "theories")
    passages = _passage_ids(data)
    dates = _Dates(pack_languages(data))
    organisations = organisation_codes(data)
    for index, tour in _items(data, "tours"):
        for s_index, step in enumerate(_list(tour.get("steps"))):
            if isinstance(step, dict):
                yield from _check_step(("tours", index, "steps", s_index), step, events, questions, theories,
                                       passages, countries, organisations, dates)
    yield from dates.findings


def _check_step(path: tuple, step: dict, events: set, questions: set, theories: set, passages: set,
                countries: dict[str, str], organisations: set, dates: _Dates) -> Iterator[Finding]:
    yield from _ref(path + ("event",), step.get("event"), events, "event")
    yield from _ref(path + ("question",), step.get("question"), questions, "question")
    yield from _ref(path + ("lens",), step.get("lens"), theories, "theory")
    for p_index, passage in enumerate(_list(step.get("passages"))):
        yield from _ref(path + ("passages", p_index), passage, passages, "passage")
    for c_index, code in enumerate(_list(step.get("actors"))):
        yield from check_actor_ref(path + ("actors", c_index), code, countries, organisations)
    dates.get(step, "date", path)
    period = step.get("period")
    if isinstance(period, dict):
        start, end = dates.get(period, "start", path + ("period",)), dates.get(period, "end", path + ("period",))
        if start and end and end.last_day < start.first_day:
            yield Finding(path + ("period", "end"), f"the period ends ({end}) before it begins ({start})",
                          "swap 'start' and 'end'")
    if not any(step.get(key) for key in ("event", "date", "period", "actors", "passages", "lens", "question")):
        yield Finding(path + ("text",), "this step only talks: it shows no event, date, period, states or passages",
                      "add 'event:' (or 'date:', 'period:', 'actors:') so the views follow the story", Severity.WARNING)

