"""The map: each state's status on the chosen date (in the pack's own kinds), the places of events, the pack's seas
and regions, and disputed areas.

Shapes from :mod:`sco_app.core.geo` are projected once per projection (the pack's opening view chooses it:
:mod:`sco_app.core.map_frame`) and made into paths once per pack; a new date only swaps brushes and pens.
``python -m sco_app.ui.map_view`` shows the map alone.
"""

from __future__ import annotations

import html
import sys
from functools import lru_cache, reduce

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QPainterPath
from PySide6.QtWidgets import (QApplication, QToolTip,
                               QVBoxLayout, QWidget)

from sco_app.core import geo
from sco_app.core.map_frame import EURASIAN_FRAME, MapFrame, frame_for
from sco_app.core.projected_map import projected_map
from sco_app.core.projection import label_point
from sco_app.ui import theme
from sco_app.ui.map_items import PathLayer, cosmetic_pen, rings_path
from sco_app.ui.map_legends import MapLegends
from sco_app.ui.map_quiz_layer import QuizLayer
from sco_app.ui.map_regions import RegionsLayer
from sco_app.ui.state import AppState
from sco_app.ui.status_names import status_name

NONE = "none"  # the group of a state with no status on the date
FRAME_MIN = (4500.0, 3000.0)  # km: the least a tour step frames, so that a small state keeps its surroundings
MARGIN, ZOOM_STEP = 0.04, 0.8  # around the framed states (a fraction of the frame); view scale per + key
MARKER, CHOSEN = 10, 18  # pixels at the OS's text size: markers grow with the zoom like the text
PLUS = ((0, 0), (1, 0), (0, 1), (-1, 0), (0, -1))  # 1-px passes that make a line ~3 px wide, and the ring
CASING = ((2, 0), (-2, 0), (0, 2), (0, -2), (1, 1), (-1, -1), (1, -1), (-1, 1))  # around it (under it: 5 px)


@lru_cache(maxsize=2)
def _world(frame: MapFrame) -> tuple[dict[str, list[np.ndarray]], tuple]:
    """Every country's projected rings, and the hatched areas with theirs (the same for every pack of a projection;
    kept from one start to the next: :mod:`sco_app.core.projected_map`)."""
    world = projected_map(frame)
    return world.countries(), world.contested()


@lru_cache(maxsize=2)
def _world_paths(frame: MapFrame) -> tuple[dict[str, QPainterPath], dict[str, tuple[float, float]], list, QPainterPath]:
    """Every country's path and the place for its name, each hatched area with its path, and all of those in one
    path (the same for every pack of a projection: made once, ~60 ms)."""
    countries, disputed = _world(frame)
    return ({code: rings_path(rings) for code, rings in countries.items()},
            {code: label_point(rings) for code, rings in countries.items()},
            [(area, rings_path(rings)) for area, rings in disputed],
            rings_path([r for _, rings in disputed for r in rings]))


@lru_cache(maxsize=4)
def _land_paths(frame: MapFrame, actors: tuple[str, ...]) -> tuple[QPainterPath, QPainterPath]:
    """The land of the states a pack does not name, and under those it does, each in one path (~40 ms)."""
    countries, _ = _world(frame)
    chosen = set(actors)
    return (rings_path([r for code, rings in countries.items() if code not in chosen for r in rings]),
            rings_path([r for code in actors for r in countries[code]]))


def prepare(pack) -> None:
    """Make the map's paths for ``pack`` ahead (they are kept): safe in a worker thread, which then spares the GUI
    thread about a tenth of a second when the map shows the pack."""
    frame = frame_for(pack.opening_view)
    _world_paths(frame)
    _land_paths(frame, _actor_codes(pack, frame))


def _actor_codes(pack, frame: MapFrame) -> tuple[str, ...]:
    """The pack's states that the map has a shape for (an organisation has none)."""
    countries, _ = _world(frame)
    return tuple(a.code for a in pack.actors if a.is_state and a.code in countries)


class MapView(QWidget):
    """States coloured by status on the state's date; click a marker for its event, a state for its story."""

    country_clicked = Signal(str)  # ISO code of any country clicked (the quiz's map questions listen)

    def __init__(self, state: AppState, parent: QWidget | None = None, show_later: bool = True) -> None:
        super().__init__(parent)
        self.state = state
        self.vb = pg.ViewBox(lockAspect=True, enableMenu=False)
        self.scheme = scheme = theme.scheme()
        self.plot = pg.PlotWidget(background=scheme.sea, viewBox=self.vb, enableMenu=False)
        self.plot.useOpenGL(False)
        self.plot.setAntialiasing(True)
        self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys and focus go to the MapView
        self.plot.setAccessibleName(self.tr("Map"))
        self.plot.setAccessibleDescription(self.tr("The map's drawing; the map view around it and the States list say what it shows."))
        self.plot.getPlotItem().showAxes(False)
        self.plot.getPlotItem().hideButtons()
        QVBoxLayout(self).addWidget(self.plot)
        self.layout().setContentsMargins(0, 0, 0, 0)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Map of statuses on the chosen date"))
        self._help = self.tr("Plus and minus zoom, 0 frames the lesson's states again, drag to pan; "
                             "L folds or opens the legends.")
        self.projection = EURASIAN_FRAME  # the pack's projection and window (its opening view chooses them)
        self._kinds: dict = {NONE: None}  # group -> the status kind drawn for it (its fill, colour and legend), in order
        style = dict(brush=pg.mkBrush(scheme.label_bg), pen=cosmetic_pen(scheme.border, scheme.line_width),
                     labelTextColor=scheme.ink, verSpacing=-6)
        self.legends = MapLegends(self.vb, style, html.escape(self.tr("States")), self)
        self.legend, self.marker_legend = self.legends.both  # the statuses' and the events' legends
        self._home, self._groups, self._outlined, self._events, self._framed = QRectF(), {}, {}, [], True
        self._used = {NONE}  # the status groups the pack's actors ever have: the legend shows those
        self._paths, self._hits = {}, []  # code -> path; (code, box) in hit-testing order, pack actors (on top) first
        self._disputed_paths, self._labels, self._reads, self._legend_key, self._styles, self._actor_items = [], {}, None, None, {}, {}
        self._marker_theories, self._past = set(), None
        self._build_layers()
        self._apply_font()
        self.plot.viewport().installEventFilter(self)
        scene = self.plot.scene()
        for signal, slot in ((scene.sigMouseMoved, self._mouse_moved), (scene.sigMouseClicked, self._mouse_clicked),
                             (self.vb.sigRangeChanged, self._show_labels), (state.pack_loaded, self._pack_loaded),
                             (self.vb.sigResized, lambda *_: self._framed and self.reset_view()),  # stays framed ...
                             (self.vb.sigRangeChangedManually, lambda *_: setattr(self, "_framed", False)),  # ... till moved
                             (state.date_changed, self._date_changed), (state.lens_changed, self._filters_changed),
                             (state.selection_changed, self._selection_changed),
                             (state.filters_changed, self._filters_changed),
                             (state.exam_mode_changed, self._filters_changed)):
            signal.connect(slot)
        self._states_drawn: dict | None = None  # the states' paths, drawn while the events' markers are not yet
        self._legends_later = False  # (while show_pack leaves the legends to show_legends)
        if state.pack is not None and show_later:  # built after the pack was loaded: the states are drawn at the next
            # turn of the event loop and the events at the one after, so that the window answers between these waits
            QTimer.singleShot(0, self, self._show_pack_in_turns)

    def show_pack(self, legends_later: bool = False) -> None:
        """Show the state's pack now, if it is not shown yet; with ``legends_later`` all but the legends, which
        :meth:`show_legends` then draws (their rows are the dearest part: a step of their own at start-up)."""
        if self.state.pack is not None and not self._paths:
            self._legends_later = legends_later
            try:
                if self._states_drawn is None:
                    self._draw_states(self.state.pack)
                self._draw_events()
            finally:
                self._legends_later = False

    def show_legends(self) -> None:
        self._update_legend()

    def draw_states(self) -> None:
        """Draw the states of the state's pack now, if it is not shown yet (:meth:`show_pack` then adds the events)."""
        if self.state.pack is not None and not self._paths and self._states_drawn is None:
            self._draw_states(self.state.pack)

    def _show_pack_in_turns(self) -> None:
        self.draw_states()
        QTimer.singleShot(0, self, self._draw_events)

    def _build_layers(self) -> None:
        """The map's layers, bottom to top (states' fills go at z 1.5, their names at z 8.5)."""
        s = self.scheme
        self._hollow = QBrush(s.sea if s.dark else QColor("white"))
        self._land = PathLayer(cosmetic_pen(s.border, 0.5 * s.line_width), QBrush(s.land), aliased=True, cached=True)
        self._underlay = PathLayer(brush=QBrush(s.land), aliased=True)  # under the states' fills (an aliased fill is
        # quick to draw again: a pixmap kept for it would cost megabytes)
        self._disputed = PathLayer(cosmetic_pen(s.hatch, 0.7 * s.line_width, Qt.PenStyle.DashLine), QBrush(s.hatch, Qt.BrushStyle.BDiagPattern))
        self._neutral = PathLayer(brush=QBrush(s.land), aliased=True)  # hides a claimant's fill under the hatch
        casing = cosmetic_pen(s.sea, 1)  # under a line, so it shows on any fill
        self._outlines = {"lens": (PathLayer(casing, passes=CASING), PathLayer(cosmetic_pen(s.ink, 1, Qt.PenStyle.DashLine), passes=PLUS)),
                          "selection": (PathLayer(casing, passes=CASING), PathLayer(cosmetic_pen(s.selected, 1), passes=PLUS)),
                          "hover": (PathLayer(cosmetic_pen(s.ink, 1), passes=PLUS[:3]),)}
        self._markers = pg.ScatterPlotItem(size=MARKER, pen=pg.mkPen(s.ink, width=s.line_width))
        self._chosen = pg.ScatterPlotItem(size=CHOSEN, pen=pg.mkPen(s.sea, width=2), brush=s.selected)
        for z, layer in enumerate((self._land, self._underlay, self._disputed, *sum(self._outlines.values(), ()),
                                   self._markers, self._chosen)):
            layer.setZValue(z)
            self.vb.addItem(layer, ignoreBounds=True)
        self._neutral.setZValue(1.75)  # above the states' fills (1.5), under the hatching (2)
        self.vb.addItem(self._neutral, ignoreBounds=True)
        self.regions = RegionsLayer(self.vb, s)  # the pack's seas (under the land) and regions (outlined over it)
        self.quiz = QuizLayer(self.vb, s, z + 1)  # a map question's chosen state, over everything

    def _pack_loaded(self, pack) -> None:
        self._draw_states(pack)
        self._draw_events()

    def _draw_states(self, pack) -> None:
        """The states, the pack's regions and the hatched areas, framed on the pack; the map shows neither the states'
        names nor the events until :meth:`_draw_events` (until then the map's other slots find no pack shown)."""
        self.projection = frame_for(pack.opening_view)
        paths, _places, disputed, hatched = _world_paths(self.projection)
        for item in [*self._actor_items.values(), *self._labels.values()]:
            self.vb.removeItem(item)
        self._paths = {}
        actors = list(_actor_codes(pack, self.projection))
        land, underlay = _land_paths(self.projection, tuple(actors))
        self._land.setPath(land)
        self._underlay.setPath(underlay)
        self._actor_items, self._labels, self._groups = {}, {}, {}
        for code in actors:
            self._actor_items[code] = item = PathLayer(path=paths[code], aliased=True)
            item.setZValue(1.5)
            self.vb.addItem(item, ignoreBounds=True)
        self._disputed.setPath(hatched)
        self._neutral.setPath(hatched)
        self._kinds = {kind.id: kind for kind in pack.status_kinds if kind.shown_as is None} | {NONE: None}  # legend order
        self._used = {m.status.group for actor in pack.actors for m in actor.memberships} | {NONE}
        self.regions.show(pack, self.projection, self.state.text, theme.role_font(self.font(), "place"))
        self._disputed_paths = disputed
        self._hits = [(code, paths[code].boundingRect()) for code in actors + sorted(set(paths) - set(actors))]
        self.quiz.set_shapes(paths, self._hits)
        framed = [c for c in actors if pack.actor(c).memberships] or actors  # not outsiders
        view = self.projection.view_box()  # the pack's opening view, else its states
        self._home = (QRectF(view[0], view[1], view[2] - view[0], view[3] - view[1]) if view is not None else
                      reduce(QRectF.united, [paths[c].boundingRect() for c in framed] or [self._land.path().boundingRect()]))
        w = self._land.path().boundingRect().united(self._underlay.path().boundingRect())  # room to pan, not to get lost
        self.vb.setLimits(xMin=w.left() - w.width(), xMax=w.right() + w.width(), yMin=w.top() - w.height(),
                          yMax=w.bottom() + w.height(), minXRange=200.0, maxXRange=2 * w.width())
        self._states_drawn = paths
        self.reset_view()  # framed now: the map is drawn once in its frame, the events then added to it

    def _draw_events(self) -> None:
        """The states' names, the events' markers, the statuses of the date, the selection and the legends, on the
        states drawn."""
        if self._states_drawn is None:
            return  # (a pack loaded since drew itself whole)
        self._paths, self._states_drawn = self._states_drawn, None
        self._make_names()
        self._filters_changed()
        self._show_labels()

    def make_names(self) -> None:
        """Make the states' names ahead of :meth:`show_pack`, on the states drawn (a start-up step of their own)."""
        if self._states_drawn is not None:
            self._make_names()

    def _make_names(self) -> None:
        """The states' names, once per pack drawn, hidden until :meth:`_show_labels` finds room for each."""
        if self._labels:
            return
        places = _world_paths(self.projection)[1]
        font = theme.role_font(self.font(), "place")
        for code in self._actor_items:
            self._labels[code] = label = pg.TextItem(self._name(code), anchor=(0.5, 0.5))  # plain text: shown as written
            label.setFont(font)
            label.setPos(*places[code])
            label.setZValue(8.5)
            label.hide()
            self.vb.addItem(label, ignoreBounds=True)

    def _date_changed(self, _date=None) -> None:
        """A new date changes brushes, pens and label colours, the title, the marker fills and the lens."""
        pack, date = self.state.pack, self.state.date
        if pack is None or not self._paths:  # (no pack shown yet)
            return
        for code, item in self._actor_items.items():
            status = pack.actor(code).status_on(date) if date else None
            if (group := status.group if status else NONE) != self._groups.get(code):  # redraw only what changed
                self._groups[code] = group
                kind = self._kinds[group]
                item.setBrush(theme.status_brush(kind))
                item.setPen(cosmetic_pen(theme.status_line(kind), (0.5 if kind is None else 0.9) * self.scheme.line_width))
                self._labels[code].setColor(theme.name_ink(kind))
        title = self.tr("Status on {date}").format(date=date.display()) if date else self.tr("No date chosen")
        self.plot.setTitle(html.escape(title), color=self.scheme.ink,
                           size=f"{theme.point_size(theme.role_font(self.font(), 'heading')):.1f}pt")
        past = self._days <= (date.last_day.toordinal() if date else np.inf)
        changed = np.flatnonzero(past != self._past) if self._past is not None else np.arange(len(past))
        if changed.size:  # refill only the span of markers that crossed the date (events come in date order)
            a, b = changed[0], changed[-1] + 1
            later = self._hollow  # a hollow marker: the event is later than the date
            self._markers.setBrush(np.where(past[a:b], self._fills[a:b], later), dataSet=self._markers.data[a:b])
            self._past = past
        self._outline_lens()
        if self.legends.compact:
            self._update_legend()  # it shows the statuses of this date
        summary = ". ".join(f"{self._legend_words(g)}: {', '.join(self._name(c) for c, v in self._groups.items() if v == g)}"
                            for g in self._kinds if g in self._groups.values())
        self.setAccessibleDescription(f"{title}. {summary}. {self._help}")

    def _filters_changed(self, *_args) -> None:
        """One marker per shown event with a place, in its theory's colour and shape (and the lens follows)."""
        pack, neutral = self.state.pack, (theme.neutral_colour(), "o")  # in exam mode no colour or shape tells a theory
        if not self._paths:
            return  # (no pack shown yet)
        self._styles = styles = {t.id: neutral if self.state.exam_mode else
                                 theme.theory_style([t.id for t in pack.theories], t.id) for t in pack.theories}
        if self.state.lens in styles:
            self._outlines["lens"][1].setPen(cosmetic_pen(styles[self.state.lens][0], 1, Qt.PenStyle.DashLine))
        shown = self.state.shown_events()
        table, rows = self.state.event_columns()
        self._reads = None  # (made when a lens is on: _outline_lens)
        placed = rows[table.placed[rows]]
        events = [e for e in shown if e.place is not None]
        self._events, self._past = [e.id for e in events], None
        self._days = table.first[placed].astype(float)
        brushes = {t: QBrush(colour) for t, (colour, _) in styles.items()}
        self._fills = np.array([brushes[e.reading.theory] for e in events], dtype=object)
        pos = (self.projection.forward(np.column_stack([table.lon[placed], table.lat[placed]])) if events
               else np.zeros((0, 2)))
        self._markers.setData(pos=pos, data=self._events, symbol=[styles[e.reading.theory][1] for e in events])
        self._marker_theories = {e.reading.theory for e in events}
        self._date_changed()  # sets the lens colour, which the legend shows
        self._selection_changed(self.state.selected)

    def _selection_changed(self, event_id: str) -> None:
        pack = self.state.pack
        if not self._paths:
            return  # (no pack shown yet)
        event = pack.event(event_id) if event_id and pack else None
        self._set_outline("selection", event.actors if event else ())
        if event is not None and event.place is not None:
            self._chosen.setData(pos=self.projection.forward([[event.place.lon, event.place.lat]]),
                                 symbol=[self._styles[event.reading.theory][1]])
        else:
            self._chosen.clear()
        self._update_legend()

    def _outline_lens(self) -> None:
        """Outline, in the theory's colour, the states in shown events the lens theory reads, up to the date."""
        lens, day = self.state.lens, self.state.date.last_day.toordinal() if self.state.date else 0
        if not lens:
            self._set_outline("lens", ())
            return
        if self._reads is None:  # the shown events' first days, readings and actors
            self._reads = [(e.date.first_day.toordinal(), e.reading.theory, e.actors) for e in self.state.shown_events()]
        self._set_outline("lens", {c for first, theory, actors in self._reads if theory == lens and first <= day for c in actors})

    def _set_outline(self, name: str, codes) -> None:
        if (codes := frozenset(codes)) == self._outlined.get(name):  # unchanged: keep the cached drawing
            return
        self._outlined[name] = codes
        path = QPainterPath()
        for code in codes:
            path.addPath(self._paths.get(code, QPainterPath()))
        for item in self._outlines[name]:
            item.setPath(path)

    def _update_legend(self) -> None:
        """The legends, rebuilt only when their rows change (not on every selection). Compact legends (presenter
        mode) have a row only for the statuses and theories the map shows now, theories by their short names."""
        pack, compact = self.state.pack, self.legends.compact
        if pack is None or self._legends_later:
            return
        shown = (frozenset(self._groups.values()), frozenset(self._marker_theories))
        font = theme.role_font(self.font(), "legend")
        size = (theme.ui_scale(self.font()), f"{theme.point_size(font):.1f}pt")
        exam = self.state.exam_mode  # no reading shown: one neutral row for every event
        key = (bool(self.state.selected), self.state.lens, pack, compact, shown if compact else None, size, exam)
        if key == self._legend_key:
            return
        self._legend_key = key
        groups, theories = shown
        text = self.state.text
        markers = []
        if exam:
            markers.append(({"brush": QBrush(theme.neutral_colour()), "pen": cosmetic_pen(self.scheme.ink, 1),
                             "symbol": "o"}, html.escape(self.tr("Event"))))
        for theory in () if exam else pack.theories:
            if not compact or theory.id in theories:
                colour, symbol = self._styles[theory.id]
                name = text(theory.short) if compact and theory.short else text(theory.name)
                markers.append(({"brush": QBrush(colour), "pen": cosmetic_pen(self.scheme.ink, 1), "symbol": symbol},
                                html.escape(name)))
        states = [({"brush": theme.status_brush(kind)}, html.escape(self._legend_words(group)))
                  for group, kind in self._kinds.items()
                  if (group in groups if compact else group in self._used)]  # what the map shows now, or ever, in order
        if not compact:
            markers.append(({"brush": self._hollow, "pen": cosmetic_pen(self.scheme.ink, 1), "symbol": "o"},
                            html.escape(self.tr("Later than the date"))))
            states.append(({"brush": self._disputed.brush(), "pen": self._disputed.pen()},
                           html.escape(self.tr("Disputed area (Natural Earth), no status"))))
            if self.state.selected:
                states.append(({"pen": cosmetic_pen(self.scheme.selected, 2.5), "line": True},
                               html.escape(self.tr("States in the chosen event"))))
            if self.state.lens:
                name = self.tr("Lens: {theory}").format(theory=text(pack.theory(self.state.lens).name))
                pen = cosmetic_pen(self._outlines["lens"][1].pen().color(), 3, Qt.PenStyle.DashLine)
                states.append(({"pen": pen, "line": True}, html.escape(name)))
        heading = self.tr("Events") if compact or exam else self.tr("Events, by reading")
        self.legends.show(states, markers, html.escape(heading), *size)

    def _legend_words(self, group: str) -> str:
        """A status group's row in the legend: its kind's legend in the student's language, or "No status"."""
        kind = self._kinds.get(group)
        return self.state.text(kind.legend) if kind is not None else self.tr("No status")

    def set_compact_legends(self, compact: bool) -> None:
        """Legends of only what the map shows now (presenter mode), or of everything."""
        self.legends.set_compact(compact)
        self._update_legend()

    def _apply_font(self) -> None:
        """Names, title, legends and markers in the size of the map's font (the zoom, or presenter mode's)."""
        scale = theme.ui_scale(self.font())
        self._markers.setSize(round(MARKER * scale))
        self._chosen.setSize(round(CHOSEN * scale))
        for label in self._labels.values():
            label.setFont(theme.role_font(self.font(), "place"))
        self.regions.set_font(theme.role_font(self.font(), "place"))
        if self.state.pack is not None and self._paths:  # (with a pack shown)
            self._date_changed()  # the title
            self._update_legend()
            self._show_labels()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FontChange:
            self._apply_font()
        super().changeEvent(event)

    def _show_labels(self, *_args) -> None:
        """Name a state only where its name fits inside its shape at this zoom (level of detail); no state while a
        map question is up, nor before the map is framed on the pack."""
        px, py = self.vb.viewPixelSize()
        for code, label in self._labels.items():
            box, at = label.boundingRect(), label.pos()
            w, h = 0.85 * box.width() * px, 0.4 * box.height() * py  # the core of the name, without padding
            path = self._paths.get(code)
            label.setVisible(path is not None and not self.quiz.active and
                             path.contains(QRectF(at.x() - w / 2, at.y() - h / 2, w, h)))
        self.regions.show_labels(px, py, not self.quiz.active)

    def set_question(self, active: bool, names_shown: bool = False) -> None:
        """A map question is up (or no more): the event markers, their legend and the outlines make way, no state is
        named (but on hover if ``names_shown``, in practice), and a click chooses a state (:class:`QuizLayer`)."""
        self.quiz.active, self.quiz.names_shown = active, names_shown
        for item in (self._markers, self._chosen, self.marker_legend, *self._outlines["selection"], *self._outlines["lens"]):
            item.setVisible(not active)
        self.legends.hold_states = active  # the states' legend folds to its heading: it covers no possible answer
        self.legends.fit()
        self.quiz.set_choice(None)
        self._show_labels()

    def states_box(self, codes) -> QRectF | None:
        """The projected box around these states (None if the map has none of them)."""
        boxes = [self._paths[c].boundingRect() for c in codes if c in self._paths]
        return reduce(QRectF.united, boxes) if boxes else None

    def _name(self, code: str) -> str:
        actor = self.state.pack.actor(code) if code in self._actor_items else None
        return self.state.text(actor.name) if actor is not None and actor.name else geo.country_names().get(code, code)

    def _country_at(self, pt: QPointF) -> str | None:
        return next((code for code, rect in self._hits if rect.contains(pt) and self._paths[code].contains(pt)), None)

    def _tooltip_text(self, pt: QPointF) -> str:
        if self.quiz.active:  # a map question: only the state's name, and only in practice
            code = self.quiz.pick(pt) if self.quiz.names_shown else None
            return f"<b>{html.escape(self._name(code))}</b>" if code else ""
        pack, date = self.state.pack, self.state.date
        parts = [f"<b>{html.escape(self.state.text(e.title))}</b> ({e.date.display()})"
                 for e in map(pack.event, [spot.data() for spot in self._markers.pointsAt(pt)])]
        if (code := self._country_at(pt)) is not None:
            kind = pack.actor(code).status_on(date) if code in self._actor_items and date else None
            line = self.tr("Status on {date}: {status}").format(date=date.display() if date else "–",
                                                                 status=status_name(kind, self.state.text))
            parts.append(f"<b>{html.escape(self._name(code))}</b><br>{html.escape(line)}")
        parts += self.regions.tooltip_parts(pt, sea=code is None)
        for area, path in self._disputed_paths:
            if path.boundingRect().contains(pt) and path.contains(pt):
                claimants = self.tr("Claimants: {names}").format(names=", ".join(map(self._name, area.claimants)))
                parts.append(f"<b>{html.escape(area.name)}</b><br>{html.escape(self.tr('Natural Earth:'))} "
                             f"{html.escape(area.note or area.kind)}<br>{html.escape(claimants)}")
        return "<hr>".join(parts)

    def tooltip_at(self, lon: float, lat: float) -> str:
        """The tooltip the map shows at a geographic point ("" for none)."""
        return self._tooltip_text(QPointF(*self.projection.forward([lon, lat])))

    def status_fill(self, code: str) -> str:
        """The status group a pack actor is filled with: the id of the status kind drawn for it, or "none"."""
        return self._groups.get(code, NONE)

    def frame(self, codes) -> None:
        """Frame these states (a tour step's), gliding there; no known state frames the lesson's states."""
        target = self.states_box(codes)
        if target is None:
            self.reset_view()
            return
        grow_x, grow_y = max(0.0, FRAME_MIN[0] - target.width()) / 2, max(0.0, FRAME_MIN[1] - target.height()) / 2
        self.show_area(target.adjusted(-grow_x, -grow_y, grow_x, grow_y))  # a small state among its neighbours

    def show_area(self, target: QRectF) -> None:
        """Glide to ``target`` (projected km), with a margin; it stays as the student leaves it."""
        self._framed = False
        if not hasattr(self, "_glide"):
            from sco_app.ui.motion import Glide

            self._glide = Glide(lambda r: self.vb.setRange(r, padding=MARGIN), self)
        self._glide.to(self.vb.viewRect(), target)

    def reset_view(self) -> None:
        """Frame the pack's states, with a margin; they stay framed as the map is resized, until moved."""
        self._framed = True
        if not self._home.isEmpty():
            self.vb.setRange(self._home, padding=MARGIN)

    def _mouse_moved(self, scene_pos) -> None:
        pt = self.vb.mapSceneToView(scene_pos)
        code = (self.quiz.pick(pt) if self.quiz.active else self._country_at(pt)) if self.state.pack else None
        self._set_outline("hover", [code] if code else ())

    def _mouse_clicked(self, event) -> None:
        """A marker selects its event (a stack steps through); a pack state is chosen; any state is announced."""
        if event.button() != Qt.MouseButton.LeftButton or event.double() or not self.state.pack:
            return
        if self.legends.contains(event.scenePos()):
            return  # a click on a legend folds or opens it, and chooses nothing under it
        pt = self.vb.mapSceneToView(event.scenePos())
        if self.quiz.active:  # a map question: the click chooses a state, and does nothing else
            if (code := self.quiz.pick(pt)) is not None:
                self.country_clicked.emit(code)
            return
        code = self._country_at(pt)
        if events := [spot.data() for spot in self._markers.pointsAt(pt)]:
            at = events.index(self.state.selected) + 1 if self.state.selected in events else 0
            self.state.select(events[at % len(events)])
        elif code in self._actor_items:
            self.state.choose_actor(code)
        if code is not None:  # after the existing behaviour, for the quiz's map questions
            self.country_clicked.emit(code)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.plot.viewport() and event.type() == QEvent.Type.ToolTip and self.state.pack:
            text = self._tooltip_text(self.vb.mapSceneToView(self.plot.mapToScene(event.pos())))
            QToolTip.showText(event.globalPos(), text, watched) if text else QToolTip.hideText()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event) -> None:
        if event.text().lower() == "l":
            self.legends.fold()
        elif event.text() in ("+", "=", "-"):
            self._framed = False
            self.vb.scaleBy((ZOOM_STEP, ZOOM_STEP) if event.text() != "-" else (1 / ZOOM_STEP, 1 / ZOOM_STEP))
        elif event.text() == "0":
            self.reset_view()
        else:
            super().keyPressEvent(event)


if __name__ == "__main__":
    from sco_app.core.packs import PackError, load_pack
    from sco_app.core.resources import lessons_dir

    app = QApplication(sys.argv[:1])
    try:
        lesson = load_pack(lessons_dir() / "sco-balancing")
    except PackError:  # the built-in lesson may be mid-edit: the template is always valid
        lesson = load_pack(lessons_dir() / "template")
    view = MapView(AppState())
    view.state.load(lesson)
    view.resize(1100, 750)
    view.show()
    sys.exit(app.exec())
