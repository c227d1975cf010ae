"""Finding events by the words a student types, and the filters that show some events and hide others.

The events list and the timeline only show what these rules decide: which events pass the filters, which match a
search, and, when the filters hide every match, which filters do.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Sequence

from sco_app.core.model import Event

HIDDEN = "-"  # a theory id no pack has (ids never start with "-"): the theory filter then shows no event


@dataclass(frozen=True)
class EventFilters:
    """The events shown: of these theories, in these lanes, involving any of these actors (empty: all)."""

    theories: frozenset[str] = frozenset()
    lanes: frozenset[str] = frozenset()
    actors: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        object.__setattr__(self, "_active", any(getattr(self, name) for name in _NAMES))  # (asked for every event)

    def shows(self, event: Event) -> bool:
        """Whether ``event`` passes every filter."""
        return not self._active or not self.hiding(event)

    def hiding(self, event: Event) -> tuple[str, ...]:
        """The names of the filters (fields of this class) that hide ``event``; empty if it is shown."""
        tests = {"theories": event.reading.theory in self.theories, "lanes": event.lane in self.lanes,
                 "actors": not self.actors.isdisjoint(event.actors)}
        return tuple(name for name in self.names() if getattr(self, name) and not tests[name])

    @property
    def active(self) -> bool:
        """Whether any filter hides anything."""
        return self._active

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return _NAMES


_NAMES = tuple(f.name for f in fields(EventFilters))


def words(query: str) -> list[str]:
    """The words of a search, in the form they are compared in (case and accents as typed, case folded)."""
    return query.casefold().split()


def search_text(event: Event, language: str, fallbacks: tuple[str, ...] = ()) -> str:
    """What a search looks in: the event's title and description in the student's language, and its actors' codes."""
    return " ".join((event.title.get(language, fallbacks), event.description.get(language, fallbacks),
                     *event.actors)).casefold()


@dataclass(frozen=True)
class Found:
    """The result of a search: the matching events that are shown, those the filters hide, and which filters."""

    shown: tuple[str, ...]  # ids, in the pack's order
    hidden: tuple[str, ...]
    hiding: tuple[str, ...]  # names of the EventFilters fields that hide the hidden ones, in field order


class EventIndex:
    """The searchable text of every event of a pack in one language, made once so that each keystroke is cheap."""

    def __init__(self, events: Sequence[Event], language: str, fallbacks: tuple[str, ...] = ()) -> None:
        self.events = tuple(events)
        self.texts = [search_text(event, language, fallbacks) for event in self.events]

    def matching(self, query: str) -> list[int]:
        """Positions of the events whose text holds every word of ``query`` (all of them for an empty query)."""
        wanted = words(query)
        return [k for k, text in enumerate(self.texts) if all(word in text for word in wanted)]

    def find(self, query: str, filters: EventFilters) -> Found:
        """The events matching ``query``, split into those ``filters`` show and those they hide."""
        shown, hidden, hiding = [], [], set()
        for k in self.matching(query):
            event = self.events[k]
            blocking = filters.hiding(event)
            (hidden if blocking else shown).append(event.id)
            hiding.update(blocking)
        return Found(tuple(shown), tuple(hidden), tuple(n for n in EventFilters.names() if n in hiding))
