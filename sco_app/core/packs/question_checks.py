"""Checks of the quiz questions that the schema cannot make: what each type needs, and references."""

from __future__ import annotations

from typing import Any, Iterator

from sco_app.core.dates import DateError, parse_date
from sco_app.core.packs.country_hints import country_hint
from sco_app.core.packs.crossref import Finding, _items, _list, _passage_ids, _ref, organisation_codes
from sco_app.core.packs.problems import Severity

ORDER_SIZES = (3, 6)
SORT_SIZES = (2, 12)


def check_questions(data: dict, countries: dict[str, str]) -> Iterator[Finding]:
    """Every problem of the merged pack's ``questions``."""
    events = {e["id"]: e for _, e in _items(data, "events") if isinstance(e.get("id"), str)}
    theories = {t["id"] for _, t in _items(data, "theories") if isinstance(t.get("id"), str)}
    passages = _passage_ids(data)
    for index, question in _items(data, "questions"):
        path = ("questions", index)
        kind = question.get("type")
        event = question.get("event")
        yield from _ref(path + ("event",), event, events, "event")
        for e_index, event_id in enumerate(_list(question.get("events"))):
            yield from _ref(path + ("events", e_index), event_id, events, "event")
        if kind in ("choice", "map") and question.get("prompt") is None:
            yield Finding(path + ("type",), f"a {kind} question needs a 'prompt': the question itself")
        if kind in ("theory", "finding") and event is None:
            yield Finding(path + ("type",), f"a {kind} question needs an 'event'", "name the event it asks about")
        if kind == "theory":
            yield from _answers(path, question, theories, "theory")
            yield from _feedback_keys(path, question, theories, "theory")
        elif kind == "finding":
            yield from _check_finding(path, question, events.get(event) if isinstance(event, str) else None, passages)
        elif kind == "choice":
            yield from _check_choice(path, question)
        elif kind == "map":
            answers = _answer_list(question)
            if not answers:
                yield Finding(path + ("type",), "a map question needs an 'answer': the country code(s) to click")
            organisations = organisation_codes(data)
            for a_index, code in enumerate(answers):
                if isinstance(code, str) and code not in countries:
                    where = path + ("answer", a_index) if isinstance(question.get("answer"), list) else path + ("answer",)
                    if code in organisations:
                        yield Finding(where, f"{code!r} is an organisation, which has no shape on the map to click",
                                      "a map question's answer is a state: name the states to click, such as its members")
                    else:
                        yield Finding(where, f"unknown country code {code!r}", country_hint(code, countries))
        elif kind in ("order", "sort"):
            yield from _check_event_set(path, question, kind, events)
            if "answer" in question:
                yield Finding(path + ("answer",), f"an {kind} question takes its answer from its events "
                              f"({'their dates' if kind == 'order' else 'their readings'}), not from 'answer'",
                              "remove 'answer', or change the events' " + ("dates" if kind == "order" else "readings"))


def _answer_list(question: dict) -> list:
    answer = question.get("answer")
    return [answer] if isinstance(answer, str) else _list(answer)


def _answers(path: tuple, question: dict, known: set, what: str) -> Iterator[Finding]:
    answer = question.get("answer")
    for a_index, value in enumerate(_answer_list(question)):
        where = path + ("answer", a_index) if isinstance(answer, list) else path + ("answer",)
        yield from _ref(where, value, known, what)


def _feedback_keys(path: tuple, question: dict, known: set, what: str) -> Iterator[Finding]:
    feedback = question.get("feedback")
    for key in feedback if isinstance(feedback, dict) else ():
        if key not in known:
            yield Finding(path + ("feedback", key), f"feedback for {key!r}, which is not a {what} of this question",
                          f"give feedback for: {', '.join(sorted(known))}", at_key=True)


def _check_finding(path: tuple, question: dict, event: dict | None, passages: set) -> Iterator[Finding]:
    for o_index, option in enumerate(_list(question.get("options"))):
        if not isinstance(option, str):
            yield Finding(path + ("options", o_index), "a finding question's options are passage ids",
                          "list them as [finding-1, finding-2]")
    options = [o for o in _list(question.get("options")) if isinstance(o, str)]
    for o_index, option in enumerate(options):
        yield from _ref(path + ("options", o_index), option, passages, "passage")
    offered = set(options) or passages
    answer = question.get("answer")
    for a_index, value in enumerate(_answer_list(question)):
        where = path + ("answer", a_index) if isinstance(answer, list) else path + ("answer",)
        if isinstance(value, str) and value in passages and value not in offered:
            yield Finding(where, f"the answer {value!r} is not among this question's options ({', '.join(options)})",
                          f"add {value!r} to 'options', or correct 'answer'")
        else:
            yield from _ref(where, value, passages, "passage")
    yield from _feedback_keys(path, question, offered, "passage")
    if not _answer_list(question) and isinstance(event, dict):
        reading = event.get("reading")
        rests_on = {p for p in _list(reading.get("passages")) if isinstance(p, str)} if isinstance(reading, dict) else set()
        if not rests_on & offered:
            yield Finding(path + ("event",), "the event's reading names none of the offered passages, so the "
                          "answer is unknown", "give 'answer' with the passage id")


def _check_choice(path: tuple, question: dict) -> Iterator[Finding]:
    for o_index, option in enumerate(_list(question.get("options"))):
        if not isinstance(option, dict):
            yield Finding(path + ("options", o_index), "a choice option needs keys: id, text (and correct, feedback)",
                          "write it as {id: a, text: ..., correct: true}")
    options = [o for o in _list(question.get("options")) if isinstance(o, dict)]
    if len(options) < 2:
        yield Finding(path + ("options",), "a choice question needs at least two options", None)
        return
    marked = [o.get("id") for o in options if o.get("correct") is True]
    if not marked:
        yield Finding(path + ("options",), "no option is marked 'correct: true'", "mark the right option(s)")
    if "answer" in question:
        yield from _check_choice_answer(path, question, options, marked)
    seen: set[str] = set()
    for o_index, option in enumerate(options):
        option_id = option.get("id")
        if not isinstance(option_id, str):
            continue  # the schema has reported it
        if option_id in seen:
            yield Finding(path + ("options", o_index, "id"), f"two options have the id {option_id!r}")
        seen.add(option_id)


def _check_choice_answer(path: tuple, question: dict, options: list[dict], marked: list) -> Iterator[Finding]:
    """A choice question's ``answer`` must name exactly the options marked ``correct: true``."""
    ids = [o.get("id") for o in options]
    answer = question.get("answer")
    named = _answer_list(question)
    for a_index, value in enumerate(named):
        where = path + ("answer", a_index) if isinstance(answer, list) else path + ("answer",)
        if isinstance(value, str) and value not in ids:
            yield Finding(where, f"the answer {value!r} is not an option of this question",
                          f"name options by their ids: {', '.join(str(i) for i in ids)}")
    if marked and set(named) & set(ids) and set(named) != set(marked):
        yield Finding(path + ("answer",), f"'answer' says {', '.join(map(str, named))} but the options marked "
                      f"'correct: true' are {', '.join(map(str, marked))}",
                      "mark the right options with 'correct: true' and remove 'answer', or make them agree")


def _check_event_set(path: tuple, question: dict, kind: str, events: dict) -> Iterator[Finding]:
    chosen = [e for e in _list(question.get("events")) if isinstance(e, str)]
    low, high = ORDER_SIZES if kind == "order" else SORT_SIZES
    if not low <= len(chosen) <= high:
        yield Finding(path + ("events",), f"an {kind} question takes {low} to {high} events, not {len(chosen)}")
    if len(set(chosen)) != len(chosen):
        yield Finding(path + ("events",), "an event is listed twice")
    if kind != "order":
        return
    days: dict[Any, str] = {}
    for event_id in chosen:
        event = events.get(event_id)
        try:
            day = parse_date(event.get("date")).first_day if isinstance(event, dict) else None
        except DateError:
            day = None
        if day is not None and day in days and days[day] != event_id:
            yield Finding(path + ("events",), f"{days[day]!r} and {event_id!r} begin on the same day, so their "
                          "order is ambiguous", "choose events with different dates", Severity.ERROR)
        if day is not None:
            days[day] = event_id
