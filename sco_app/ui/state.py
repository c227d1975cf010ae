"""What the student is looking at, in one object: the pack, the selected event, the date.

Every view listens to these signals and writes back through the setters; a setter that is given the
current value emits nothing, so views may echo freely without loops.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from sco_app.core.dates import PartialDate
from sco_app.core.model import LessonPack
from sco_app.core.search import EventFilters


class AppState(QObject):
    pack_loaded = Signal(object)  # LessonPack
    selection_changed = Signal(str)  # event id, "" for none
    date_changed = Signal(object)  # PartialDate
    lens_changed = Signal(str)  # theory id, "" for no lens
    filters_changed = Signal()  # see .theories, .lanes, .actors
    actor_chosen = Signal(str)  # ISO code of a country the student asked about
    highlight_changed = Signal(object)  # frozenset of passage ids a tour step marks; empty: the reading's own
    found_changed = Signal(object)  # frozenset of the ids of the events a search found; empty: no search
    exam_mode_changed = Signal(bool)  # an exam began (True) or ended: every view hides or shows the readings

    def __init__(self, language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.pack: LessonPack | None = None
        self.selected: str = ""
        self.date: PartialDate | None = None
        self.lens: str = ""
        self.theories: frozenset[str] = frozenset()  # shown theories; empty means all
        self.lanes: frozenset[str] = frozenset()  # shown lanes; empty means all
        self.actors: frozenset[str] = frozenset()  # events involving any of these; empty means all
        self.highlight: frozenset[str] = frozenset()  # passages marked by a tour step (empty: the reading's own)
        self.found: frozenset[str] = frozenset()  # events a search in the events list found (marked, not selected)
        self.exam_mode = False  # while an exam runs nothing may reveal a reading (see set_exam_mode)

    def fallbacks(self) -> tuple[str, ...]:
        return self.pack.languages if self.pack else ()

    def text(self, text) -> str:
        """A pack text in the student's language, falling back to the pack's languages."""
        return "" if text is None else text.get(self.language, self.fallbacks())

    def load(self, pack: LessonPack) -> None:
        self.pack = pack
        self.selected = ""
        self.lens = ""
        self.theories = self.lanes = self.actors = frozenset()
        self.found = frozenset()
        self.date = pack.events[-1].date if pack.events else None
        self.pack_loaded.emit(pack)

    def select(self, event_id: str) -> None:
        if event_id == self.selected or self.pack is None:
            return
        self.selected = event_id
        self.highlight = frozenset()  # a new event shows its own reading's passages
        self.selection_changed.emit(event_id)
        if event_id:
            self.set_date(self.pack.event(event_id).date)

    def set_date(self, date: PartialDate) -> None:
        if date == self.date:
            return
        self.date = date
        self.date_changed.emit(date)

    def step(self, offset: int) -> None:
        """Select the event ``offset`` places after the selected one, in date order."""
        if not self.pack or not self.pack.events:
            return
        ids = [e.id for e in self.pack.events]
        index = ids.index(self.selected) + offset if self.selected in ids else (0 if offset > 0 else len(ids) - 1)
        self.select(ids[max(0, min(index, len(ids) - 1))])

    def set_exam_mode(self, on: bool) -> None:
        """Enter or leave exam mode. In it no view shows a reading: no theory column, filter, lens, colour or shape,
        no readings, passages or findings, no tour; descriptions, dates and places stay. The lens and the theory
        filter are cleared, and refused until the exam ends."""
        if bool(on) == self.exam_mode:
            return
        if on:
            self.set_lens("")
            self.set_filters(theories=())
            self.set_highlight(())
        self.exam_mode = bool(on)
        self.exam_mode_changed.emit(self.exam_mode)

    def set_lens(self, theory_id: str) -> None:
        if self.exam_mode and theory_id:
            return
        if theory_id != self.lens:
            self.lens = theory_id
            self.lens_changed.emit(theory_id)

    def set_filters(self, theories=None, lanes=None, actors=None) -> None:
        """Change the shown theories, lanes or actors (None leaves one as it is; empty shows all)."""
        new = (
            self.theories if theories is None or self.exam_mode else frozenset(theories),
            self.lanes if lanes is None else frozenset(lanes),
            self.actors if actors is None else frozenset(actors),
        )
        if new != (self.theories, self.lanes, self.actors):
            self.theories, self.lanes, self.actors = new
            self.filters_changed.emit()

    @property
    def filters(self) -> EventFilters:
        """The filters now on, as the core's rules take them (made again only when they change)."""
        key = (self.theories, self.lanes, self.actors)
        if getattr(self, "_filters", (None, None))[0] != key:
            self._filters = (key, EventFilters(*key))
        return self._filters[1]

    def shown(self, event) -> bool:
        """Whether ``event`` passes the current filters."""
        return self.filters.shows(event)

    def event_columns(self):
        """The days and places of the pack's events as arrays (:mod:`sco_app.core.event_columns`), made once per
        pack; and the rows of the events the filters show."""
        from sco_app.core.event_columns import columns, columns_of, positions

        made = getattr(self, "_event_columns", None)
        if made is None or made[0] is not self.pack:
            made = self._event_columns = [self.pack, columns_of(self.pack) if self.pack else columns(()), None, None]
        shown = self.shown_events()
        if made[2] is not shown:
            made[2:] = [shown, positions(made[1], shown)]
        return made[1], made[3]

    def shown_events(self) -> tuple:
        """The pack's events that pass the current filters, in the pack's order (the timeline and the map both ask:
        made again only when the pack or the filters change)."""
        pack, filters = self.pack, self.filters
        made = getattr(self, "_shown_events", None)
        if made is None or made[0] is not pack or made[1] is not filters:
            made = self._shown_events = (pack, filters, tuple(e for e in pack.events if filters.shows(e)) if pack else ())
        return made[2]

    def set_found(self, event_ids) -> None:
        """Mark the events a search found (the selection and the date stay as they are); empty: no search."""
        new = frozenset(event_ids)
        if new != self.found:
            self.found = new
            self.found_changed.emit(new)

    def set_highlight(self, passages) -> None:
        """Mark these source passages in the argument panel (a tour step's); empty goes back to the reading's."""
        new = frozenset() if self.exam_mode else frozenset(passages)
        if new != self.highlight:
            self.highlight = new
            self.highlight_changed.emit(new)

    def choose_actor(self, code: str) -> None:
        self.actor_chosen.emit(code)
