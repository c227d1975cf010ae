"""Pack checks that several kinds share: answers, feedback and credit keyed by option, event sets."""

from __future__ import annotations

from typing import Any, Iterator

from sco_app.core.dates import DateError, parse_date
from sco_app.core.packs.crossref import Finding, _list, _ref
from sco_app.core.packs.problems import Severity

ORDER_SIZES = (3, 6)
SORT_SIZES = (2, 12)


def answer_list(question: dict) -> list:
    answer = question.get("answer")
    return [answer] if isinstance(answer, str) else _list(answer)


def answers(path: tuple, question: dict, known: set | frozenset, what: str,
            within: set | frozenset = frozenset()) -> Iterator[Finding]:
    """Each id of ``answer`` is one of ``known`` (the question's options); one of ``within`` (say, every passage)
    that the question does not offer is named as such."""
    answer = question.get("answer")
    yield from answer_form(path, question, what)
    for a_index, value in enumerate(answer_list(question)):
        where = path + ("answer", a_index) if isinstance(answer, list) else path + ("answer",)
        if isinstance(value, str) and value in within and value not in known:
            yield Finding(where, f"the answer {value!r} is not among this question's options "
                          f"({', '.join(sorted(known))})", f"add {value!r} to 'options', or correct 'answer'")
        else:
            yield from _ref(where, value, known, what)


def answer_form(path: tuple, question: dict, what: str) -> Iterator[Finding]:
    """An ``answer`` that is one id or a list of them (true/false and maps are for other kinds)."""
    answer = question.get("answer")
    if answer is not None and not isinstance(answer, (str, list)):
        yield Finding(path + ("answer",), f"the answer here is one {what} or a list of them",
                      "write answer: an-id, or answer: [an-id, another-id]")


def feedback_keys(path: tuple, question: dict, known: set | frozenset, what: str) -> Iterator[Finding]:
    feedback = question.get("feedback")
    for key in feedback if isinstance(feedback, dict) else ():
        if key not in known:
            yield Finding(path + ("feedback", key), f"feedback for {key!r}, which is not a {what} of this question",
                          f"give feedback for: {', '.join(sorted(known))}", at_key=True)


def credit_keys(path: tuple, question: dict, offered: set | frozenset, right: set, what: str,
                why: set | frozenset = frozenset(), elsewhere: str = "") -> Iterator[Finding]:
    """``credit: {option: 0.5}``: each key an offered option that is not a right one, and a reason given
    (its ``feedback``, or one of ``why``: options whose reason is written ``elsewhere``)."""
    credit = question.get("credit")
    feedback = question.get("feedback") if isinstance(question.get("feedback"), dict) else {}
    for key, value in credit.items() if isinstance(credit, dict) else ():
        if key not in offered:
            yield Finding(path + ("credit", key), f"credit for {key!r}, which is not a {what} of this question",
                          f"give credit to one of: {', '.join(sorted(offered))}", at_key=True)
        elif key in right:
            yield Finding(path + ("credit", key), f"{key!r} is the right answer, which earns the whole credit",
                          "give partial credit only to a defensible alternative", at_key=True)
        elif not isinstance(value, (int, float)) or isinstance(value, bool):
            continue  # the schema has reported it
        elif key not in feedback and key not in why:
            yield Finding(path + ("credit", key), f"{key!r} earns partial credit but no feedback says why it is "
                          "defensible", f"add feedback for {key!r}{elsewhere}", at_key=True)


def event_set(path: tuple, question: dict, kind: str, events: dict, languages: tuple[str, ...] = ()) -> Iterator[Finding]:
    """An order or sort question's ``events``: how many, none twice, and (order) no two on the same day; its
    answer comes from its events, never from an ``answer``."""
    chosen = [e for e in _list(question.get("events")) if isinstance(e, str)]
    low, high = ORDER_SIZES if kind == "order" else SORT_SIZES
    if not low <= len(chosen) <= high:
        yield Finding(path + ("events",), f"an {kind} question takes {low} to {high} events, not {len(chosen)}")
    if len(set(chosen)) != len(chosen):
        yield Finding(path + ("events",), "an event is listed twice")
    if "answer" in question:
        source = "dates" if kind == "order" else "readings"
        yield Finding(path + ("answer",), f"an {kind} question takes its answer from its events (their {source}), "
                      "not from 'answer'", f"remove 'answer', or change the events' {source}")
    if kind != "order":
        return
    days: dict[Any, str] = {}
    for event_id in chosen:
        event = events.get(event_id)
        try:
            day = parse_date(event.get("date"), languages or None).first_day if isinstance(event, dict) else None
        except DateError:
            day = None
        if day is not None and day in days and days[day] != event_id:
            yield Finding(path + ("events",), f"{days[day]!r} and {event_id!r} begin on the same day, so their "
                          "order is ambiguous", "choose events with different dates", Severity.ERROR)
        if day is not None:
            days[day] = event_id


def needs_prompt(path: tuple, question: dict, kind: str) -> Iterator[Finding]:
    if question.get("prompt") is None:
        yield Finding(path + ("type",), f"a {kind} question needs a 'prompt': the question itself")


def needs_event(path: tuple, question: dict, kind: str) -> Iterator[Finding]:
    if question.get("event") is None:
        yield Finding(path + ("type",), f"a {kind} question needs an 'event'", "name the event it asks about")
