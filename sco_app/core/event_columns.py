"""A pack's events as columns: the days and places of every event in numpy arrays, made once per pack.

The timeline and the map draw thousands of events; asking each event for its first day, last day and place, view by
view and redraw by redraw, is most of what they do in Python. These arrays hold it once, in the pack's order, and a
view takes the rows of the events it shows (:func:`positions`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from sco_app.core.model import Event


@dataclass(frozen=True)
class EventColumns:
    """Each event's first day and the last day it covers (day numbers, ``date.toordinal``), whether it has not
    ended, and its place (NaN where it has none), in the pack's order."""

    first: np.ndarray  # int64: the first day its date can mean
    until: np.ndarray  # int64: the last day of its end date, else of its date
    open_end: np.ndarray  # bool: it has not ended (it reaches the last day any event covers)
    lon: np.ndarray  # float64
    lat: np.ndarray  # float64
    row: dict[str, int]  # event id -> its row

    @property
    def placed(self) -> np.ndarray:
        """Whether each event has a place."""
        return ~np.isnan(self.lon)


def columns(events: Sequence[Event]) -> EventColumns:
    """The columns of ``events``."""
    first = [event.date.first_day.toordinal() for event in events]
    until = [(event.end or event.date).last_day.toordinal() for event in events]
    places = [(p.lon, p.lat) if (p := event.place) is not None else (np.nan, np.nan) for event in events]
    lonlat = np.array(places, dtype=float).reshape(-1, 2)
    return EventColumns(np.array(first, dtype=np.int64), np.array(until, dtype=np.int64),
                        np.array([event.open_end for event in events], dtype=bool), lonlat[:, 0], lonlat[:, 1],
                        {event.id: k for k, event in enumerate(events)})


_KEPT: list[tuple[object, EventColumns]] = []  # the latest packs' columns (a pack is compared by identity)


def columns_of(pack) -> EventColumns:
    """The columns of ``pack``'s events, made once (the start makes them off the GUI thread, with the map's paths)."""
    for kept, table in _KEPT:
        if kept is pack:
            return table
    table = columns(pack.events)
    _KEPT[:] = [(pack, table), *_KEPT[:1]]
    return table


def positions(table: EventColumns, shown: Sequence[Event]) -> np.ndarray:
    """The rows of the ``shown`` events (a subset of the pack's, in its order)."""
    if len(shown) == len(table.first):
        return np.arange(len(shown))  # (all of them)
    return np.fromiter((table.row[event.id] for event in shown), dtype=np.int64, count=len(shown))
