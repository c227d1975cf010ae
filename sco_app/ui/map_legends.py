"""The map's two legends, the states' statuses and the events' readings, each under a heading that folds it.

In the window they list everything; in presenter mode they are compact: only what the map shows now, and the events'
legend in one line when the map is wide enough for it. Either way they fold to their headings while open they would
hide more of the map than they may (``MOST_COVERED`` in presenter mode, ``MOST_COVERED_IN_WINDOW`` in the window, where
the map pane is smaller: on a 1024x768 projector they covered Central Asia). In the window the events' legend folds
alone where the states' one alone covers little (``STATES_ALONE_IN_WINDOW``): the theory buttons over the timeline
name its symbols too. Projected, both fold together (the lecturer opens them with L). A click opens a legend, and
that choice holds.
While a map question is up the states' legend stays folded (``hold_states``): it hides no state that may be the answer.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QPen

from sco_app.ui.map_items import Swatch

MOST_COVERED = 1 / 3
MOST_COVERED_IN_WINDOW = 1 / 4
STATES_ALONE_IN_WINDOW = 1 / 6  # the states' legend open alone: on a 1366x768 lab screen in either language, not on a
# 1024x768 projector's map pane (there it covered Kazakhstan)
Rows = list[tuple[dict, str]]  # (swatch options, label HTML) of each row


class FoldingLegend(pg.LegendItem):
    """A legend under a heading row; a click on it folds it to that row or opens it again (``fold``).

    Its rows are given as ``(swatch options, label HTML)``, so that it can build them again in a new size."""

    folded_changed = Signal(bool)
    clicked = Signal(bool)  # folded (True) or opened by a click

    def __init__(self, heading: str, **style) -> None:
        super().__init__(**style)
        self.heading, self.rows, self.folded, self.scale_, self.across = heading, [], False, 1.0, False
        self.chosen: bool | None = None  # folded or opened by the user (None: as the view sees fit)
        self._open_size = None

    def set_rows(self, rows: list[tuple[dict, str]], scale: float, text_size: str, across: bool = False) -> None:
        """Show ``rows`` under the heading, or (``across``) beside it in one line."""
        self.rows, self.scale_, self.across = rows, scale, across
        self.opts["labelTextSize"] = text_size
        self._open_size = None
        self._fill()

    def fold(self, folded: bool) -> None:
        self.folded = folded
        self._fill()
        self.folded_changed.emit(folded)

    def open_size(self):
        """The legend's size with its rows open (folded or not now)."""
        return self._open_size if self._open_size is not None else self.boundingRect().size()

    def _fill(self) -> None:
        """Lay the rows out open (to know how large the legend is open, unless known for these rows), then fold it if
        it is folded."""
        for folded in (True,) if self.folded and self._open_size is not None else \
                (False, True) if self.folded else (False,):
            self._filling = True  # pyqtgraph sizes the legend after each row: here once, after the last
            try:
                self.clear()
                self.setColumnCount(len(self.rows) + 1 if self.across and not folded else 1)
                heading = f"<b>{'▸' if self.folded else '▾'} {self.heading}</b>"
                self.addItem(Swatch(pen=QPen(Qt.PenStyle.NoPen), line=True, scale=self.scale_, width=1), heading)
                for options, label in [] if folded else self.rows:
                    self.addItem(Swatch(scale=self.scale_, **options), label)
            finally:
                self._filling = False
            self.updateSize()
            if not folded:
                self._open_size = self.boundingRect().size()

    def updateSize(self) -> None:  # noqa: N802 - pyqtgraph override
        """As large as the rows want to be: pyqtgraph measures the items' current sizes, which the grid has not
        laid out yet after a fold (a folded legend kept its open width)."""
        if getattr(self, "_filling", False):
            return
        width = height = 0.0
        preferred = Qt.SizeHint.PreferredSize
        for row in range(self.layout.rowCount()):
            items = [self.layout.itemAt(row, col) for col in range(self.layout.columnCount())]
            hints = [item.effectiveSizeHint(preferred) for item in items if item is not None]
            width = max(width, sum(hint.width() + 3 for hint in hints))
            height += max((hint.height() for hint in hints), default=0)
        self.setGeometry(0, 0, width, height)

    def mouseClickEvent(self, event):  # noqa: N802 - pyqtgraph override
        if event.button() == Qt.MouseButton.LeftButton:
            self.fold(not self.folded)
            self.clicked.emit(self.folded)
            event.accept()


class MapLegends(QObject):
    """The statuses' legend in the top left corner, the events' one under it (or top right when both do not fit)."""

    def __init__(self, box: pg.ViewBox, style: dict, heading: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.box, self.compact, self.hold_states = box, False, False
        self.states = FoldingLegend(heading, offset=(8, 8), **style)
        self.events = FoldingLegend("", offset=(8, -8), **style)
        for legend in self.both:
            legend.setParentItem(box)
            legend.folded_changed.connect(self.place)
            legend.clicked.connect(lambda folded, it=legend: setattr(it, "chosen", folded))  # kept over the default
        box.sigResized.connect(self.fit)

    @property
    def both(self) -> tuple[FoldingLegend, FoldingLegend]:
        return self.states, self.events

    def show(self, states: Rows, events: Rows, events_heading: str, scale: float, text_size: str) -> None:
        """These rows, with samples ``scale`` times their normal size and text of ``text_size`` (CSS)."""
        self.events.heading = events_heading
        self.states.set_rows(states, scale, text_size)
        self.events.set_rows(events, scale, text_size, across=self.compact)
        self.fit()

    def set_compact(self, compact: bool) -> None:
        """Compact (presenter mode) or full legends; either way they start open and as the map sees fit."""
        self.compact = compact
        for legend in self.both:
            legend.chosen = None
            if legend.folded:
                legend.fold(False)

    def fold(self, folded: bool | None = None) -> None:
        """Fold both legends to their headings (or open them; None: the other way round from the statuses' one)."""
        folded = not self.states.folded if folded is None else folded
        for legend in self.both:
            legend.chosen = folded
            legend.fold(folded)

    def contains(self, scene_pos) -> bool:
        return any(legend.sceneBoundingRect().contains(scene_pos) for legend in self.both)

    def fit(self, *_args) -> None:
        """The events' one in a single line if compact and the map is wide enough for it, and folded (the events' one
        first) while open they would hide too much of the map (unless a click opened or folded them)."""
        box, events = self.box, self.events
        if box.width() <= 0:
            return
        if self.compact and events.rows:
            events.set_rows(events.rows, events.scale_, events.opts["labelTextSize"], across=True)
            if events.open_size().width() > 0.9 * box.width():
                events.set_rows(events.rows, events.scale_, events.opts["labelTextSize"], across=False)
        area = box.width() * box.height()
        covered = {it: it.open_size().width() * it.open_size().height() if it.rows and it.chosen is not True else 0
                   for it in self.both}
        folding = set()
        if sum(covered.values()) > (MOST_COVERED if self.compact else MOST_COVERED_IN_WINDOW) * area:
            if self.compact or covered[self.states] > STATES_ALONE_IN_WINDOW * area:
                folding = set(self.both)  # (projected: both, till L opens them)
            else:  # the events' legend folds: the theory buttons over the timeline name its symbols too
                folding = {self.events}
        for legend in self.both:
            folded = legend in folding if legend.chosen is None else legend.chosen
            folded = folded or (self.hold_states and legend is self.states)
            if folded != legend.folded:
                legend.fold(folded)
        self.place()

    def place(self, *_args) -> None:
        """The events' legend sits under the statuses' one, or in the top right corner when both will not fit."""
        needed = self.states.boundingRect().height() + self.events.boundingRect().height() + 24
        self.events.setOffset((8, -8) if needed <= self.box.height() else (-8, 8))
