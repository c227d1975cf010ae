"""The timeline: events in lanes on a real date axis, eras as bands, causes as arrows, a date cursor.

One pyqtgraph item per visual layer, fed with numpy arrays (thousands of events stay fast); labels
are drawn by :class:`~sco_app.ui.timeline_labels.LabelLayer` only where they do not overlap.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from sco_app.core.dates import PartialDate
from sco_app.core.model import Basis
from sco_app.ui import theme
from sco_app.ui.date_axis import DateAxis
from sco_app.ui.state import AppState
from sco_app.ui.text_fit import fit
from sco_app.ui.timeline_labels import ArrowHeads, LabelLayer, ThinnedScatter

EPOCH = dt.date(1970, 1, 1).toordinal()
LANE_CHARS = 24  # a lane's title gets this many average characters' width (a quarter of the timeline at most)
ERA_LINES = 2  # an era's title wraps onto this many lines under the lanes before it is cut
SYMBOL, HALO, HOVER, SPAN = 13, 24, 16, 5  # pixels at the OS's text size: they grow with the zoom like the text
MOST_LINKS = 2500  # cause lines drawn at most at once (level of detail)
DAY = 86400.0


def to_x(day: dt.date) -> float:
    """Seconds since 1970-01-01 (UTC) at the start of ``day``, as the date axis wants."""
    return (day.toordinal() - EPOCH) * DAY


def to_date(x: float) -> PartialDate:
    day = dt.date.fromordinal(int(np.clip(x // DAY + EPOCH, 1, dt.date.max.toordinal())))
    return PartialDate(day.year, day.month, day.day)


class TimelinePlot(pg.PlotWidget):
    """The plot itself, with the keyboard: +/- zoom, Ctrl+arrows pan, Home fits everything."""

    def __init__(self) -> None:
        super().__init__(axisItems={"bottom": DateAxis()})
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        box = self.getPlotItem().getViewBox()
        key, mods = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            box.scaleBy(x=0.7, y=1)
        elif key == Qt.Key.Key_Minus:
            box.scaleBy(x=1 / 0.7, y=1)
        elif key == Qt.Key.Key_Home:
            box.autoRange(padding=0.02)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and mods & Qt.KeyboardModifier.ControlModifier:
            (x0, x1), _ = box.viewRange()
            box.translateBy(x=(x1 - x0) * (0.2 if key == Qt.Key.Key_Right else -0.2))
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class TimelineView(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None, show_later: bool = True,
                 plot: TimelinePlot | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.plot = plot if plot is not None else TimelinePlot()  # (made ahead at a start-up step of its own)
        self.plot.setAccessibleName(self.tr("Timeline"))
        self.plot.setAccessibleDescription(self.tr(
            "Events by date in lanes. Plus and minus zoom, Control with arrows pans, Home shows all; "
            "the events list holds the same events as text."))
        self.plot.setBackground(None)
        self.scheme = s = theme.scheme()
        item = self.plot.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        self.box = item.getViewBox()
        self.box.setMouseEnabled(x=True, y=False)
        self.box.invertY(True)
        self.era_items: list = []  # bands and titles of the eras
        self.links = pg.PlotCurveItem(pen=pg.mkPen(s.muted, width=s.line_width))
        self.heads = ArrowHeads(self.box, s.muted)
        span = QColor(s.muted)
        span.setAlpha(110)
        self.span_colour = span
        self.spans = pg.PlotCurveItem(pen=pg.mkPen(span, width=SPAN))
        self.points = ThinnedScatter(pxMode=True, hoverable=True, tip=self._tip, hoverSize=HOVER)
        self.points.sigClicked.connect(self._clicked)
        self.halo = pg.ScatterPlotItem(pxMode=True, size=HALO, brush=None, pen=pg.mkPen(s.selected, width=3))
        self.found = pg.ScatterPlotItem(pxMode=True, size=HALO - 3, brush=None,  # what the events list's search found
                                        pen=pg.mkPen(s.ink, width=2 * s.line_width, style=Qt.PenStyle.DashLine))
        self.symbol_size = SYMBOL
        self.labels = LabelLayer(self.box, s.ink, s.selected if s.dark else QColor("#A03A00"))
        for side in ("left", "bottom"):  # lane names and dates in the scheme's ink
            axis = item.getAxis(side)
            axis.setTextPen(s.ink)
            axis.setPen(pg.mkPen(s.ink, width=s.line_width))
        for layer in (self.spans, self.links, self.points, self.found, self.halo):
            self.plot.addItem(layer)
        self.plot.addItem(self.heads, ignoreBounds=True)
        self.box.sigRangeChanged.connect(self._links_by_detail)
        self.box.sigResized.connect(self._fit_rows)
        self.box.sigRangeChanged.connect(self._fit_era_titles)
        self.plot.addItem(self.labels, ignoreBounds=True)
        self.cursor = pg.InfiniteLine(angle=90, movable=True, pen=pg.mkPen(s.selected, width=2),
                                      hoverPen=pg.mkPen(s.selected, width=4),
                                      label="", labelOpts={"position": 0.13, "color": s.selected, "fill": s.label_bg,
                                                                 "anchors": [(1.05, 0.5), (1.05, 0.5)]})  # left of the line
        for marker, where in (("<|>", 0.03), ("<|>", 0.97)):  # handles: easy to see and to grab (wider hit area)
            self.cursor.addMarker(marker, position=where, size=14)
        self.cursor.sigPositionChanged.connect(self._cursor_moved)
        self.plot.addItem(self.cursor, ignoreBounds=True)
        self.labels.clear_of.append(self.cursor.label)  # the date stays readable: no title under it
        self.cursor.sigPositionChanged.connect(lambda _line: self.labels.update())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.ids: list[str] = []
        self.position: dict[str, int] = {}  # event id -> its index in ids and xy
        self.xy = np.zeros((0, 2))
        self._pack_shown = None  # the pack the lanes, eras and events are drawn for
        self._apply_font()
        state.pack_loaded.connect(self._rebuild)
        state.filters_changed.connect(self._redraw)
        state.lens_changed.connect(lambda _lens: self._redraw())
        state.exam_mode_changed.connect(lambda _exam: self._redraw())
        state.selection_changed.connect(self._show_selection)
        state.date_changed.connect(self._show_date)
        state.found_changed.connect(lambda _found: self._show_found())
        if state.pack is not None and show_later:  # built after the pack was loaded: shown at the next turn of the
            # event loop (two short waits rather than one long one)
            QTimer.singleShot(0, self, self.show_pack)

    def show_pack(self) -> None:
        """Show the state's pack now, if it is not shown yet."""
        if self.state.pack is not None and self._pack_shown is None:
            self._rebuild(self.state.pack)

    # -- building --------------------------------------------------------------------------------

    def _rebuild(self, pack) -> None:
        self._pack_shown = pack
        self.theory_ids = [t.id for t in pack.theories]
        self.lane_row = {lane.id: row for row, lane in enumerate(pack.lanes)}
        self._lanes_fitted = None
        self._fit_lane_titles()
        self._build_eras(pack)
        self._redraw()
        self.fit()
        self._show_date(self.state.date)

    def _fit_lane_titles(self) -> None:
        """The lanes' names at the left, in the timeline's label font (it follows the zoom): on two lines where
        the lanes are two lines of text apart, else on one, within a quarter of the timeline's width; cut with
        "…" only where that is not enough (the axis's tooltip then names them whole)."""
        if self.state.pack is None:
            return
        font = theme.role_font(self.font(), "label")
        metrics, (top, bottom) = QFontMetrics(font), self.box.viewRange()[1]
        spacing = self.box.height() / (bottom - top) if bottom > top else 0.0
        lines = 2 if spacing >= 2 * metrics.lineSpacing() else 1
        width = min(LANE_CHARS * metrics.averageCharWidth(), max(self.width() // 4, 8 * metrics.averageCharWidth()))
        names = [self.state.text(lane.title) for lane in self.state.pack.lanes]
        key = (lines, width, metrics.lineSpacing(), tuple(names))
        if key == getattr(self, "_lanes_fitted", None):
            return  # a resize that changes nothing here (most of them)
        self._lanes_fitted = key
        fitted = [fit(metrics, name, width, lines) for name in names]
        self.lane_titles = [f.text for f in fitted]  # as shown: wrapped, cut only if still too long
        left = self.plot.getPlotItem().getAxis("left")
        left.setTicks([list(enumerate(self.lane_titles)), []])
        shown = [line for f in fitted for line in f.lines]
        left.setWidth(max((metrics.horizontalAdvance(line) for line in shown), default=40)
                      + int(18 * theme.ui_scale(font)))
        left.setToolTip("\n".join(name for name, f in zip(names, fitted) if f.cut))

    def _apply_font(self) -> None:
        """Every text and symbol of the timeline in the size of the view's font (the zoom, or presenter mode's)."""
        base = self.font()
        scale = theme.ui_scale(base)
        item = self.plot.getPlotItem()
        item.getAxis("left").setTickFont(theme.role_font(base, "label"))
        item.getAxis("bottom").setTickFont(theme.role_font(base, "label"))
        item.getAxis("bottom").set_scale(scale)
        self.labels.set_font(theme.role_font(base, "label"), scale)
        self.heads.set_scale(scale)
        self.cursor.label.setFont(theme.role_font(base, "label"))
        self.symbol_size = round(SYMBOL * scale)
        self.points.opts["hoverSize"] = round(HOVER * scale)
        self.halo.setSize(round(HALO * scale))
        self.found.setSize(round((HALO - 3) * scale))
        self.spans.setPen(pg.mkPen(self.span_colour, width=SPAN * scale))
        if self.state.pack is not None and self._pack_shown is not None:
            self._lanes_fitted = None
            self._build_eras(self.state.pack)
            self._redraw()
            self._fit_rows()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_lane_titles()  # a quarter of the new width

    def _build_eras(self, pack) -> None:
        for item in self.era_items:
            self.plot.removeItem(item)
        self.era_items, self.era_titles = [], []
        for k, era in enumerate(pack.eras):
            x0, x1 = to_x(era.start.first_day), to_x(era.end.last_day) + DAY
            band = pg.QtWidgets.QGraphicsRectItem(x0, -1000, x1 - x0, 2000)  # the whole height of any view
            shade = QColor(self.scheme.band)
            shade.setAlpha(shade.alpha() * (1 if k % 2 else 2))
            band.setBrush(pg.mkBrush(shade))
            band.setPen(pg.mkPen(None))
            band.setZValue(-10)
            title = pg.TextItem("", color=self.scheme.ink, anchor=(0, 1))
            title.setFont(self._era_font())
            name = self.state.text(era.title)
            title.setToolTip(f"{name}\n{self.state.text(era.description)}" if era.description else name)
            self.era_titles.append((title, name, x0, x1, QFontMetrics(title.textItem.font())))
            for item in (band, title):
                self.plot.addItem(item, ignoreBounds=True)
                self.era_items.append(item)
        self._fit_era_titles()

    def _era_font(self) -> QFont:
        return theme.role_font(self.font(), "era", bold=True)

    def _fit_era_titles(self, *_args) -> None:
        """Each era's title at the foot of its band, wrapped to fit the part of the band in view (never over the
        next one) and cut with "…" only where even two lines cannot hold it (the tooltip has it whole)."""
        if not getattr(self, "era_titles", None):
            return
        (left, right), (_top, bottom) = self.box.viewRange()
        px, py = self.box.viewPixelSize()
        y = bottom - 3 * (py or 0.0)  # just above the timeline's foot
        for title, text, x0, x1, metrics in self.era_titles:
            start, end = max(x0, left), min(x1, right)
            width = (end - start) / (px or 1.0) - 8
            shown = fit(metrics, text, width, ERA_LINES).text if width > 24 else ""
            if title.textItem.toPlainText() != shown:  # a pan or zoom moves most titles without changing them
                title.setText(shown)
            title.setPos(start, y)

    def _redraw(self) -> None:
        pack, state = self.state.pack, self.state
        if pack is None or self._pack_shown is None:
            return
        events = state.shown_events()
        table, rows = state.event_columns()
        self.ids = [e.id for e in events]
        self.position = index = {event_id: k for k, event_id in enumerate(self.ids)}
        x = (table.first[rows] - EPOCH) * DAY  # (to_x of each first day)
        y = np.fromiter((self.lane_row.get(e.lane, 0) for e in events), float, len(events))
        self.xy = np.column_stack([x, y])
        styles = {}  # one brush, pen and symbol per (theory, paper?, faded?): shared, not one per event
        exam = state.exam_mode  # one neutral symbol for every event: nothing tells its reading
        keys = [("", False, False) if exam else
                (e.reading.theory, e.reading.basis is Basis.PAPER, bool(state.lens) and e.reading.theory != state.lens)
                for e in events]
        for key in set(keys):
            styles[key] = self._style(*key)
        brushes, pens, symbols = zip(*(styles[key] for key in keys)) if keys else ((), (), ())
        self.points.setData(pos=self.xy, data=np.array(self.ids, dtype=object), brush=list(brushes),
                            symbol=list(symbols), pen=list(pens), size=self.symbol_size)
        self._draw_spans(table, rows, y)
        self._draw_links(events, index)
        self.labels.set_events(self.xy, [state.text(e.title) for e in events],
                               [not exam and e.reading.basis is Basis.PAPER for e in events])
        self._show_selection(state.selected)
        self._show_found()

    def _style(self, theory_id: str, paper: bool, faded: bool) -> tuple:
        """Brush, pen and symbol of an event: its theory's colour and shape, a bold edge (ink colour) for the
        paper's own readings (white on a dark scheme), faded outside the theory lens."""
        colour, symbol = (theme.theory_style(self.theory_ids, theory_id) if theory_id in self.theory_ids
                          else (theme.neutral_colour(), "o"))
        fill = QColor(colour)
        fill.setAlpha(45 if faded else 255)
        edge = QColor(self.scheme.ink) if paper else QColor(self.scheme.sea if self.scheme.dark else "white")
        edge.setAlpha(60 if faded else 255)
        return pg.mkBrush(fill), pg.mkPen(edge, width=1.5 if paper else 1), symbol

    def _draw_spans(self, table, rows: np.ndarray, lanes: np.ndarray) -> None:
        """A bar from the first to the last day an event covers: its end date, or its precision; an
        event that has not ended reaches the last day any event covers (of those shown)."""
        until = table.until[rows]
        if len(until):
            until = np.where(table.open_end[rows], until.max(), until)
        start, end = (table.first[rows] - EPOCH) * DAY, (until - EPOCH) * DAY + DAY
        long = end - start > DAY
        if not long.any():
            self.spans.setData([], [])
            return
        xs = np.column_stack([start[long], end[long]]).ravel()
        ys = np.repeat(lanes[long], 2).astype(float)
        self.spans.setData(xs, ys, connect="pairs")

    def _draw_links(self, events, index: dict[str, int]) -> None:
        pairs = [(index[c.event], index[e.id]) for e in events for c in e.causes if c.event in index]
        if not pairs:
            self._link_x = np.zeros((0, 2))
            self.links.setData([], [])
            self.heads.set_links(np.zeros((0, 2)), np.zeros((0, 2)))
            return
        a, b = np.array(pairs).T
        xs = np.column_stack([self.xy[a, 0], self.xy[b, 0]]).ravel()
        ys = np.column_stack([self.xy[a, 1], self.xy[b, 1]]).ravel()
        self.links.setData(xs, ys, connect="pairs")
        self.heads.set_links(self.xy[a], self.xy[b])
        self._link_x = np.sort(np.column_stack([self.xy[a, 0], self.xy[b, 0]]), axis=1)
        self._links_by_detail()

    def _links_by_detail(self, *_args) -> None:
        """Hide the cause lines while more than MOST_LINKS of them cross the view: a mesh of thousands
        of lines says nothing and costs a third of a repaint; zooming in brings them back."""
        if not hasattr(self, "_link_x"):
            return
        (x0, x1), _ = self.box.viewRange()
        crossing = np.count_nonzero((self._link_x[:, 1] >= x0) & (self._link_x[:, 0] <= x1))
        self.links.setVisible(bool(crossing <= MOST_LINKS))

    # -- following the state -------------------------------------------------------------------------

    def _show_selection(self, event_id: str) -> None:
        k = self.position.get(event_id, -1)
        if k >= 0:
            self.halo.setData(pos=self.xy[k:k + 1])
            (x0, x1), _ = self.box.viewRange()
            if not x0 <= self.xy[k, 0] <= x1:
                self.box.translateBy(x=self.xy[k, 0] - (x0 + x1) / 2)
        else:
            self.halo.setData([])
        self.labels.set_selected(k)

    def _show_found(self) -> None:
        """Ring the events the search found (among those shown), so that the student sees where they are."""
        found = [self.position[event_id] for event_id in self.state.found if event_id in self.position]
        self.found.setData(pos=self.xy[sorted(found)] if found else np.zeros((0, 2)))

    def _show_date(self, date: PartialDate | None) -> None:
        if date is None:
            return
        self._moving = True
        self.cursor.setValue(to_x(date.first_day))
        self.cursor.label.setFormat(date.display())
        self._moving = False

    def _cursor_moved(self) -> None:
        if getattr(self, "_moving", False):
            return
        date = to_date(self.cursor.value())
        self.cursor.label.setFormat(date.display())
        self.state.set_date(date)

    def _clicked(self, _item, points, event) -> None:
        """Select the clicked symbol; where symbols overlap, the one nearest the pointer."""
        if not len(points):
            return
        click = event.scenePos()
        nearest = min(points, key=lambda p: (self.box.mapViewToScene(p.pos()) - click).manhattanLength())
        self.state.select(nearest.data())

    def _tip(self, x: float, y: float, data) -> str:
        event = self.state.pack.event(data)
        if self.state.exam_mode:  # no theory named during an exam
            return f"{self.state.text(event.title)}\n{event.date.display()}"
        theory = self.state.pack.theory(event.reading.theory)
        return f"{self.state.text(event.title)}\n{event.date.display()} · {self.state.text(theory.name)}"

    def fit(self) -> None:
        """Show every event, with a little room around."""
        if len(self.xy):
            span = self.xy[:, 0].max() - self.xy[:, 0].min()
            pad = max(span * 0.02, 180 * DAY)
            self.box.setXRange(self.xy[:, 0].min() - pad, self.xy[:, 0].max() + max(span * 0.1, 3 * pad), padding=0)
        self._fit_rows()

    def _fit_rows(self, *_args) -> None:
        """Every lane in view, with room above the top lane for its titles and below the last one for the eras'
        titles (two lines), however short the timeline is."""
        rows = max(len(self.state.pack.lanes), 1) if self.state.pack else 1
        above, below = self._rooms()
        gaps = max(rows - 1, 1)
        spacing = max(self.box.height() - above - below, 4.0 * gaps) / gaps  # pixels from one lane to the next
        self.box.setYRange(-above / spacing, rows - 1 + below / spacing, padding=0)
        self._fit_era_titles()
        self._fit_lane_titles()  # two lines each only where the lanes are far enough apart

    def height_needed(self) -> int:
        """Pixels the timeline needs in its font for every lane, its titles and the eras' titles, none overlapping."""
        rows = max(len(self.state.pack.lanes), 1) if self.state.pack else 1
        above, below = self._rooms()
        axis = 1.8 * QFontMetrics(theme.role_font(self.font(), "label")).height()  # dates and ticks
        return int(above + below + (rows - 1) * self.labels.metrics.height() * 1.3 + axis)

    def show_period(self, first_day, last_day) -> None:
        """Frame the dates from ``first_day`` to ``last_day`` (a tour step's period), gliding there."""
        x0, x1 = to_x(first_day), to_x(last_day) + DAY
        pad = (x1 - x0) * 0.03
        (left, right), (top, bottom) = self.box.viewRange()
        if not hasattr(self, "_glide"):
            from sco_app.ui.motion import Glide

            self._glide = Glide(lambda r: self.box.setXRange(r.left(), r.right(), padding=0), self)
        self._glide.to(QRectF(left, top, right - left, bottom - top), QRectF(x0 - pad, top, x1 - x0 + 2 * pad, bottom - top))

    def _rooms(self) -> tuple[float, float]:
        """Pixels kept above the top lane (for its titles, which sit above their symbols) and below the last one
        (for the eras' titles), in the text size now in use."""
        scale = theme.ui_scale(self.font())
        above = self.labels.metrics.height() + 14.0 * scale
        below = ERA_LINES * QFontMetrics(self._era_font()).lineSpacing() + 18.0 * scale
        return above, below

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Tall enough for the lanes a line of text apart, with the titles above them and the eras and the dates
        below: with large text the panes below give way before the lanes run into each other."""
        rows = max(len(self.state.pack.lanes), 1) if self.state.pack else 1
        above, below = self._rooms()
        dates = self.plot.getPlotItem().getAxis("bottom").height()
        height = above + below + (rows - 1) * self.labels.metrics.lineSpacing() + dates + 8
        return QSize(super().minimumSizeHint().width(), int(height))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FontChange:  # Ctrl+= / Ctrl+- or presenter mode: every text and symbol, the
            self._apply_font()  # least height and the titles follow
            self.updateGeometry()
        super().changeEvent(event)

    def screen_pos(self, event_id: str) -> QPoint:
        """Where the event's symbol is, in the plot widget's coordinates (for tests and tours)."""
        k = self.position[event_id]
        scene = self.box.mapViewToScene(QPointF(*self.xy[k]))
        return self.plot.mapFromScene(scene)
