"""The timeline, driven as a student would: click symbols, drag the date cursor, zoom with keys, filter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtWidgets import QApplication

from sco_app import app
from sco_app.core.dates import parse_date
from sco_app.ui.timeline_view import to_x


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    state, win = app.build()
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return state, win


def test_clicking_a_symbol_opens_its_argument(qtbot, window):
    """A click on the Tulip Revolution's symbol selects it and the panel shows the paper's reading."""
    state, win = window
    timeline = win.timeline
    pos = timeline.screen_pos("tulip-revolution")
    qtbot.mouseClick(timeline.plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert state.selected == "tulip-revolution"
    text = win.argument.toPlainText()
    assert "Tulip Revolution" in text and "Balance of power" in text and "The paper's own argument" in text


def test_selection_moves_the_date_cursor(qtbot, window):
    """Selecting an event elsewhere moves the timeline's date cursor to its date."""
    state, win = window
    state.select("india-pakistan-join-2017")
    assert win.timeline.cursor.value() == to_x(parse_date("2017-06-09").first_day)


def _drag_cursor(qtbot, timeline, day: str) -> None:
    box = timeline.box
    start = timeline.plot.mapFromScene(box.mapViewToScene(QPointF(timeline.cursor.value(), 1.5)))
    end = timeline.plot.mapFromScene(box.mapViewToScene(QPointF(to_x(parse_date(day).first_day), 1.5)))
    viewport = timeline.plot.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 11):
        qtbot.wait(12)  # pyqtgraph drops mouse moves that come faster than 100 a second
        qtbot.mouseMove(viewport, QPoint(start.x() + (end.x() - start.x()) * step // 10, start.y()))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def test_dragging_the_cursor_changes_the_date_and_the_map(qtbot, window):
    """Dragging the date cursor sets the shared date; India's fill turns from observer to member."""
    state, win = window
    _drag_cursor(qtbot, win.timeline, "2016-06-01")
    assert abs(state.date.ordinal() - parse_date("2016-06-01").ordinal()) < 60
    assert win.map.status_fill("IND") == "observer"
    qtbot.wait(QApplication.doubleClickInterval() + 50)  # a second press at once would be a double-click
    _drag_cursor(qtbot, win.timeline, "2017-09-01")
    assert abs(state.date.ordinal() - parse_date("2017-09-01").ordinal()) < 60
    assert win.map.status_fill("IND") == "member" and win.map.status_fill("PAK") == "member"


def test_keys_zoom_and_fit(qtbot, window):
    """Plus zooms in, minus out, Home fits everything again."""
    _state, win = window
    plot = win.timeline.plot
    plot.setFocus()
    (x0, x1), _ = win.timeline.box.viewRange()
    qtbot.keyClick(plot, Qt.Key.Key_Plus)
    (a0, a1), _ = win.timeline.box.viewRange()
    assert a1 - a0 < (x1 - x0) * 0.8
    qtbot.keyClick(plot, Qt.Key.Key_Minus)
    qtbot.keyClick(plot, Qt.Key.Key_Minus)
    (b0, b1), _ = win.timeline.box.viewRange()
    assert b1 - b0 > a1 - a0
    qtbot.keyClick(plot, Qt.Key.Key_Home)
    (c0, c1), _ = win.timeline.box.viewRange()
    assert c0 <= win.timeline.xy[:, 0].min() and c1 >= win.timeline.xy[:, 0].max()


def test_ctrl_arrows_pan(qtbot, window):
    """Control with an arrow key pans the timeline."""
    _state, win = window
    plot = win.timeline.plot
    (x0, _x1), _ = win.timeline.box.viewRange()
    qtbot.keyClick(plot, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    (y0, _y1), _ = win.timeline.box.viewRange()
    assert y0 > x0


def test_theory_filter_hides_events(qtbot, window):
    """Unticking a theory removes its events from the timeline and the events list."""
    state, win = window
    total = len(win.timeline.ids)
    button = win.filters.theory_buttons["balance-of-threat"]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    bot = [e.id for e in state.pack.events if e.reading.theory == "balance-of-threat"]
    assert len(win.timeline.ids) == total - len(bot)
    assert not set(bot) & set(win.timeline.ids)
    assert win.events.proxy.rowCount() == total - len(bot)


def test_country_filter(qtbot, window):
    """Choosing a country keeps only the events that involve it."""
    state, win = window
    combo = win.filters.country
    combo.setCurrentIndex(combo.findData("UZB"))
    assert win.timeline.ids and all("UZB" in state.pack.event(i).actors for i in win.timeline.ids)


def test_lens_fades_other_theories(qtbot, window):
    """The theory lens keeps one theory's symbols opaque and fades the rest."""
    state, win = window
    combo = win.filters.lens
    combo.setCurrentIndex(combo.findData("balance-of-power"))
    assert state.lens == "balance-of-power"
    brushes = win.timeline.points.data["brush"]
    for event_id, brush in zip(win.timeline.ids, brushes):
        faded = state.pack.event(event_id).reading.theory != "balance-of-power"
        assert (brush.color().alpha() < 100) == faded


def test_labels_never_overlap(qtbot, window):
    """Titles are shown by level of detail: no two drawn labels in a lane overlap, and zooming in shows more."""
    _state, win = window
    win.timeline.plot.grab()
    layer = win.timeline.labels
    first = list(layer.shown)
    assert first
    win.timeline.box.scaleBy(x=0.25, y=1)
    win.timeline.plot.grab()
    visible = [k for k in range(len(layer.xy)) if win.timeline.box.viewRange()[0][0] <= layer.xy[k, 0] <= win.timeline.box.viewRange()[0][1]]
    assert len(layer.shown) >= min(len(first), len(visible)) or len(layer.shown) == len(visible)


def test_search_enter_jumps_to_first_result(qtbot, window):
    """Ctrl+F focuses the search box; typing and Enter selects the first matching event."""
    state, win = window
    qtbot.keyClick(win, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    box = win.events.filter_box
    assert win.tabs.currentWidget() is win.events and box.hasFocus()
    qtbot.keyClicks(box, "andijan")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert state.selected == "andijan-unrest"


def test_a_short_timeline_keeps_room_for_the_top_lane_titles(qtbot, window):
    """However short the timeline, the space above the top lane holds a title (drawn above its symbol)."""
    _state, win = window
    timeline = win.timeline
    for height in (450, 190):
        win.splitter.setSizes([height, 800 - height])
        QApplication.processEvents()
        (top, _bottom) = timeline.box.viewRange()[1]
        row_px = timeline.box.height() / (_bottom - top)
        assert -top * row_px >= timeline.labels.metrics.height() + 11
    assert timeline.box.height() < 150  # the last one was short indeed


def test_era_titles_never_overlap_and_follow_the_view(qtbot, window):
    """Era titles share the foot, each wrapped or cut to its band in view; zoomed in on an era, its title is whole."""
    state, win = window
    timeline = win.timeline
    win.resize(900, 700)
    QApplication.processEvents()

    def boxes():
        return [(t.mapRectToScene(t.boundingRect()), t) for t, *_ in timeline.era_titles if t.textItem.toPlainText()]

    shown = boxes()
    assert shown
    for (a, _), (b, _) in zip(shown, shown[1:]):
        assert a.right() <= b.left() + 1
    title, text, x0, x1, _metrics = timeline.era_titles[2]
    timeline.box.setXRange(x0, x1, padding=0)
    QApplication.processEvents()
    assert title.textItem.toPlainText() == text == state.text(state.pack.eras[2].title)


@pytest.mark.parametrize("language", ["en", "id"])
def test_lane_names_are_whole_on_a_lab_screen(qtbot, language):
    """At 1366x768 every lane's name is shown whole, on at most two lines, never cut with "…"."""
    state, win = app.build(language=language)
    qtbot.addWidget(win)
    win.resize(1366, 700)
    win.show()
    qtbot.waitExposed(win)
    shown = win.timeline.lane_titles
    names = [state.text(lane.title) for lane in state.pack.lanes]
    assert [" ".join(t.split("\n")) for t in shown] == names
    assert all(t.count("\n") <= 1 and "…" not in t for t in shown)
    axis = win.timeline.plot.getPlotItem().getAxis("left")
    metrics = win.timeline.fontMetrics()
    assert all(metrics.horizontalAdvance(line) < axis.width() for t in shown for line in t.split("\n"))


def _plot_area(timeline):
    from PySide6.QtCore import QRectF

    scene = timeline.box.mapRectToScene(timeline.box.boundingRect())
    return QRectF(timeline.plot.mapFromScene(scene).boundingRect())


@pytest.mark.parametrize("size", [(1366, 700), (1024, 700)])
def test_event_titles_cover_no_symbol_and_stay_inside_the_plot(qtbot, window, size):
    """No drawn title covers an event's symbol, and every title lies inside the plot, right edge included."""
    from PySide6.QtCore import QRectF

    state, win = window
    win.resize(*size)
    timeline = win.timeline
    for first, last in ((None, None), ("2004-06-01", "2009-01-01"), ("2018-01-01", "2026-01-01")):
        if first:
            timeline.box.setXRange(to_x(parse_date(first).first_day), to_x(parse_date(last).first_day), padding=0)
        timeline.plot.grab()
        area = _plot_area(timeline)
        boxes = timeline.labels.boxes
        assert boxes
        symbols = [QRectF(timeline.screen_pos(i).x() - 6, timeline.screen_pos(i).y() - 6, 12, 12) for i in timeline.ids]
        symbols = [r for r in symbols if area.contains(r.center())]
        for box in boxes:
            assert area.adjusted(-1, -1, 1, 1).contains(box), (box, area)
            assert not any(box.intersects(symbol) for symbol in symbols), box
        assert not any(a.intersects(b) for k, a in enumerate(boxes) for b in boxes[k + 1:])


@pytest.mark.parametrize("date", ["2001-09-01", "2008-10-01", "2014-12-01", "2024-06-01"])
def test_no_title_is_under_the_date_cursors_label(qtbot, window, date):
    """Wherever the date is (the cursor's label sits over the top lanes), the label is readable: no event title is
    drawn under it; a title it would cover is left out, as one that would cover another title is."""
    state, win = window
    win.resize(1024, 700)
    timeline = win.timeline
    state.set_date(parse_date(date))
    timeline.plot.grab()
    label = timeline.cursor.label
    kept = QRectF(timeline.plot.mapFromScene(label.sceneBoundingRect()).boundingRect())
    assert label.isVisible() and timeline.labels.boxes
    assert not any(box.intersects(kept.adjusted(1, 1, -1, -1)) for box in timeline.labels.boxes), date
