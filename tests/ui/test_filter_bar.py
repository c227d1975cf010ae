"""The filter bar: its choice boxes never cut a choice silently, and its controls wrap rather than widen the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect

from sco_app import app


@pytest.fixture
def window(qtbot):
    state, win = app.build()
    qtbot.addWidget(win)
    win.resize(1366, 740)
    win.show()
    qtbot.waitExposed(win)
    return state, win


def test_a_theory_lens_is_shown_whole(qtbot, window):
    """"Balance of interests" in the lens box is drawn whole (it used to read "Balance of intere")."""
    _state, win = window
    lens = win.filters.lens
    lens.setCurrentIndex(lens.findData("balance-of-interests"))
    assert lens.shown_text() == lens.currentText() == "Balance of interests"
    assert "Balance of interests" not in lens.toolTip()  # nothing cut, nothing to add


def test_a_long_lane_ends_in_an_ellipsis_and_its_tooltip_names_it(qtbot, window):
    """A lane too long for its box ends in "…" and the box's tooltip gives the lane whole; the list shows it whole."""
    _state, win = window
    lane = win.filters.lane
    lane.setCurrentIndex(lane.findData("alignment"))
    shown = lane.shown_text()
    assert shown.endswith("…") and shown.startswith("Alignment: the")
    assert lane.toolTip().startswith("Alignment: the CSTO and foreign bases")
    assert lane.fontMetrics().horizontalAdvance(shown) < lane.width()


def _row_of(widget, bar) -> int:
    return widget.parentWidget().mapTo(bar, QPoint(0, 0)).y()


def test_the_controls_wrap_in_a_narrow_window_and_stay_whole(qtbot, window):
    """In one row at 1366 pixels; at 600 pixels the choices move to further rows, every one inside the bar."""
    _state, win = window
    bar = win.filters
    controls = [bar.theory_label, bar.lane, bar.country, bar.lens]
    assert len({_row_of(w, bar) for w in controls}) == 1
    win.resize(600, 740)
    qtbot.waitUntil(lambda: bar.width() <= 600)
    assert len({_row_of(w, bar) for w in controls}) > 1
    for widget in controls:
        where = QRect(widget.mapTo(bar, QPoint(0, 0)), widget.size())
        assert bar.rect().contains(where) and widget.width() >= widget.minimumSizeHint().width()
