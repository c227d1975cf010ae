"""The keyboard focus is ringed on every control and view, in the light, dark and high-contrast themes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from sco_app import app
from sco_app.ui import focus_ring, theme


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def _contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#202124"), (QPalette.ColorRole.WindowText, "#E8EAED"),
                         (QPalette.ColorRole.Base, "#17181A"), (QPalette.ColorRole.Text, "#E8EAED")):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture(params=["light", "dark", "contrast"])
def themed(request, qtbot):
    application = QApplication.instance()
    before = QPalette(application.palette())
    if request.param == "dark":
        application.setPalette(_dark_palette())
    elif request.param == "contrast":
        theme.set_high_contrast(application, True)
    try:
        state, win = app.build()
        qtbot.addWidget(win)
        win.resize(1200, 720)
        win.show()
        qtbot.waitExposed(win)
        win.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
        yield request.param, win
    finally:
        theme.set_high_contrast(application, False)
        application.setPalette(before)


def _ring(win) -> QRect | None:
    ring = focus_ring.ring_of(win)
    return ring.geometry() if ring is not None and ring.isVisible() else None


def _rect_in(win, widget) -> QRect:
    return QRect(widget.mapTo(win, QPoint(0, 0)), widget.size())


def test_tab_rings_every_control_it_reaches(qtbot, themed):
    """Tabbing through the window rings each control it lands on, the timeline and the map among them."""
    _name, win = themed
    win.filters.theory_buttons["balance-of-power"].setFocus(Qt.FocusReason.TabFocusReason)
    reached = set()
    for _ in range(30):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        reached.add(widget)
        assert _ring(win) == _rect_in(win, widget), type(widget).__name__
    assert win.timeline.plot in reached and win.map in reached and win.argument in reached


def test_the_ring_stands_out_in_every_theme(qtbot, themed):
    """The ring's colour has at least 3:1 contrast with the window's background (WCAG's for focus marks)."""
    name, win = themed
    win.timeline.plot.setFocus(Qt.FocusReason.TabFocusReason)
    assert _ring(win) == _rect_in(win, win.timeline.plot)
    background = win.palette().color(QPalette.ColorRole.Window)
    assert theme.scheme().name == name
    assert _contrast(theme.scheme().focus, background) >= 3.0
    image = win.grab().toImage()
    ring = _ring(win)
    assert QColor(image.pixel(ring.center().x(), ring.top() + 1)) == theme.scheme().focus


def test_a_click_gives_focus_without_a_ring_and_tab_brings_it_back(qtbot, themed):
    """Clicking the search box focuses it with no ring; the next Tab rings the control it reaches."""
    _name, win = themed
    win.tabs.setCurrentWidget(win.events)
    box = win.events.filter_box
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert box.hasFocus() and _ring(win) is None
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert _ring(win) == _rect_in(win, QApplication.focusWidget())


def test_the_ring_follows_its_control_when_the_panes_move(qtbot, themed):
    """Dragging the splitter moves the ringed argument panel; the ring moves with it."""
    _name, win = themed
    win.argument.setFocus(Qt.FocusReason.TabFocusReason)
    before = _ring(win)
    sizes = win.bottom.sizes()
    win.bottom.setSizes([sizes[0] - 150, sizes[1] + 150])
    QApplication.processEvents()
    assert _ring(win) == _rect_in(win, win.argument) != before
