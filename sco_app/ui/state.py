"""What the student is looking at, in one object: the pack, the selected event, the date.

Every view listens to these signals and writes back through the setters; a setter that is given the
current value emits nothing, so views may echo freely without loops.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from sco_app.core.dates import PartialDate
from sco_app.core.model import LessonPack


class AppState(QObject):
    pack_loaded = Signal(object)  # LessonPack
    selection_changed = Signal(str)  # event id, "" for none
    date_changed = Signal(object)  # PartialDate

    def __init__(self, language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.pack: LessonPack | None = None
        self.selected: str = ""
        self.date: PartialDate | None = None

    def fallbacks(self) -> tuple[str, ...]:
        return self.pack.languages if self.pack else ()

    def text(self, text) -> str:
        """A pack text in the student's language, falling back to the pack's languages."""
        return "" if text is None else text.get(self.language, self.fallbacks())

    def load(self, pack: LessonPack) -> None:
        self.pack = pack
        self.selected = ""
        self.date = pack.events[-1].date if pack.events else None
        self.pack_loaded.emit(pack)

    def select(self, event_id: str) -> None:
        if event_id == self.selected or self.pack is None:
            return
        self.selected = event_id
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
