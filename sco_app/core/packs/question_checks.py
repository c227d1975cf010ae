"""Checks of the quiz questions that the schema cannot make: the references every question may hold,
then what its kind needs (each kind's ``check``, in :mod:`sco_app.core.question_kinds`)."""

from __future__ import annotations

from typing import Iterator

from sco_app.core import question_kinds
from sco_app.core.packs.crossref import Finding, _items, _list, _passage_ids, _ref


def check_questions(data: dict, countries: dict[str, str]) -> Iterator[Finding]:
    """Every problem of the merged pack's ``questions``."""
    events = {e["id"]: e for _, e in _items(data, "events") if isinstance(e.get("id"), str)}
    theories = frozenset(t["id"] for _, t in _items(data, "theories") if isinstance(t.get("id"), str))
    languages = tuple(lang for lang in _list(data.get("languages")) if isinstance(lang, str))
    refs = question_kinds.PackRefs(events, theories, frozenset(_passage_ids(data)), countries, languages)
    for index, question in _items(data, "questions"):
        path = ("questions", index)
        yield from _ref(path + ("event",), question.get("event"), events, "event")
        for e_index, event_id in enumerate(_list(question.get("events"))):
            yield from _ref(path + ("events", e_index), event_id, events, "event")
        try:
            kind = question_kinds.kind_of(question.get("type"))
        except question_kinds.UnknownKind:
            continue  # the schema has reported the unknown type, with the known ones as a hint
        yield from kind.check(path, question, refs)
