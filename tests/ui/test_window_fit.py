"""The main window fits the screen: a first start fills the available area, a restored size is brought back inside
it and grown to a usable size, the panes keep usable shares, and every view is in the window down to 1024x768."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QSplitter, QTextEdit

from sco_app import app
from sco_app.core.preferences import BOTTOM_SPLIT, Preferences
from sco_app.ui import theme, window_fit
from sco_app.ui.private_settings import preferences
from sco_app.ui.window_fit import FRAME, ROOMY, USABLE, clamped_geometry, first_geometry, usable_shares

LAB = QRect(0, 0, 1366, 768 - 32)  # a 1366x768 lab screen with a panel at the bottom


def _inside(geometry: QRect, available: QRect) -> bool:
    return available.contains(geometry.marginsAdded(FRAME))


def _window_inside(win, available: QRect) -> bool:
    """The window's frame is inside the available area, with room for a real frame around the window's inside."""
    return (available.contains(win.frameGeometry())
            and win.width() + FRAME.left() + FRAME.right() <= available.width()
            and win.height() + FRAME.top() + FRAME.bottom() <= available.height())


@pytest.mark.parametrize("available", [LAB, QRect(0, 0, 1024, 768), QRect(1366, 0, 1024, 738), QRect(0, 0, 640, 480)])
def test_a_first_start_fills_the_available_area_frame_included(available):
    """On a lab screen, a projector, a second screen or a tiny one, the window and its title bar are on screen."""
    geometry = first_geometry(available)
    assert _inside(geometry, available)
    assert geometry.width() >= available.width() - 8 and geometry.height() >= available.height() - 44


def test_a_first_start_on_a_4k_screen_is_roomy_not_huge():
    """On a 3840x2160 screen the window is a comfortable size, centred."""
    available = QRect(0, 0, 3840, 2160)
    geometry = first_geometry(available)
    assert geometry.size() == ROOMY and _inside(geometry, available)
    assert abs(geometry.center().x() - available.center().x()) <= 1


def test_a_tiny_saved_size_comes_back_usable():
    """A window left at 300x200 is given back at the usable size, where it was."""
    geometry = clamped_geometry(QRect(100, 100, 300, 200), LAB)
    assert geometry.size() == USABLE and geometry.topLeft() == QRect(100, 100, 1, 1).topLeft()


def test_a_saved_size_larger_than_the_screen_is_brought_inside():
    """A 1900x1050 window from a larger screen, and one left off the screen's edge, fit a lab screen."""
    assert _inside(clamped_geometry(QRect(0, 0, 1900, 1050), LAB), LAB)
    assert _inside(clamped_geometry(QRect(1300, 700, 900, 600), LAB), LAB)
    assert _inside(clamped_geometry(QRect(-5000, -300, 900, 600), LAB), LAB)


def test_a_screen_smaller_than_usable_gets_the_whole_screen():
    """On a screen smaller than the usable size the window takes what there is, and no more."""
    small = QRect(0, 0, 700, 500)
    assert _inside(clamped_geometry(QRect(0, 0, 300, 200), small), small)


def test_pane_shares_are_kept_or_made_usable():
    """Usable pane sizes keep their shares; a collapsed pane gets the least share; no length gives the defaults."""
    assert usable_shares([300, 700], [0.5, 0.5]) == pytest.approx([0.3, 0.7])
    assert usable_shares([1000, 0], [0.6, 0.4]) == pytest.approx([0.8, 0.2])
    assert usable_shares([0, 0], [0.6, 0.4]) == [0.6, 0.4]


def _settings() -> Preferences:
    return preferences()


def test_a_first_start_on_this_screen_gives_a_window_inside_it(qtbot):
    """With no saved geometry, the window built for this (small, 800x800) screen lies inside its available area."""
    _state, win = app.build()
    qtbot.addWidget(win)
    available = win.screen().availableGeometry()
    assert available.width() < 1280  # smaller than the fixed size the window used to open at
    assert _window_inside(win, available)


def test_a_tiny_window_saved_comes_back_usable(qtbot):
    """A window made tiny and closed opens next time at a usable size inside the screen."""
    _state, first = app.build()
    qtbot.addWidget(first)
    first.show()
    first.resize(260, 180)
    first.save_geometry(_settings())
    _state, second = app.build()
    qtbot.addWidget(second)
    available = second.screen().availableGeometry()
    assert second.size() == USABLE.boundedTo(available.marginsRemoved(FRAME).size())
    assert _window_inside(second, available)


def test_a_collapsed_pane_saved_comes_back_usable(qtbot):
    """A splitter state saved with the argument panel dragged to nothing restores with the panel a fifth wide."""
    old = QSplitter(Qt.Orientation.Horizontal)
    old.addWidget(QTextEdit())
    old.addWidget(QTextEdit())
    old.resize(1000, 400)
    old.setSizes([1000, 0])
    _settings().set(BOTTOM_SPLIT, old.saveState().data())
    _state, win = app.build()
    qtbot.addWidget(win)
    win.resize(1200, 700)
    win.show()
    qtbot.waitExposed(win)
    tabs, argument = win.bottom.sizes()
    assert argument >= 0.19 * (tabs + argument)
    assert not win.bottom.childrenCollapsible() and not win.splitter.childrenCollapsible()


def _on_screen(win, widget) -> QRect:
    return QRect(widget.mapTo(win, widget.rect().topLeft()), widget.size())


@pytest.mark.parametrize("screen, zoom", [(QSize(1366, 768), 1.0), (QSize(1024, 768), 1.0), (QSize(1366, 768), 2.0),
                                          (QSize(1024, 768), 2.0)])
def test_every_main_view_is_inside_the_window(qtbot, screen, zoom):
    """At 1366x768 and 1024x768, text at 100 % and 200 %: the window fits and every main view is inside it, usable."""
    application = QApplication.instance()
    theme.apply_zoom(application, zoom)
    try:
        _state, win = app.build()
        qtbot.addWidget(win)
        available = QRect(0, 0, screen.width(), screen.height())
        window_fit.place(win, first_geometry(available))
        win.show()
        qtbot.waitExposed(win)
        QApplication.processEvents()
        assert _window_inside(win, available), (win.geometry(), win.minimumSizeHint())
        inner = win.rect()
        for name in ("filters", "timeline", "tabs", "map", "argument"):
            widget = getattr(win, name)
            where = _on_screen(win, widget)
            assert widget.isVisible() and inner.contains(where), (name, where, inner)
            assert where.width() >= 200 and where.height() >= 120 or name == "filters", (name, where)
        assert inner.contains(_on_screen(win, win.statusBar()))
        assert win.argument.width() >= 0.25 * win.width()
        box, lanes = win.timeline.box, len(win.state.pack.lanes)
        (top, bottom) = box.viewRange()[1]
        assert box.height() / (bottom - top) >= win.timeline.labels.metrics.lineSpacing()  # lanes a line of their titles apart
    finally:
        theme.apply_zoom(application, 1.0)


@pytest.mark.parametrize("current", [0, 2])
def test_a_page_replaced_keeps_its_tab_and_the_page_in_sight(qtbot, current):
    """A page put in place of another keeps its tab's text, the tabs' order and the tab shown; no tab change is
    signalled; the new page shows only if its tab is the one shown. The page in sight is not repainted for a page
    replaced behind its tab, even one that asks for more room."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QLabel

    tabs = window_fit.PageTabs()
    qtbot.addWidget(tabs)
    pages = [QLabel(f"page {k}") for k in range(3)]
    for k, page in enumerate(pages):
        tabs.addTab(page, f"Tab {k}")
    tabs.setCurrentIndex(current)
    tabs.resize(600, 400)
    tabs.show()
    qtbot.waitExposed(tabs)
    QApplication.processEvents()

    class Paints(QObject):
        seen: list = []

        def eventFilter(self, obj, event):  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint:
                self.seen.append(obj)
            return False

    spy = Paints()
    shown = tabs.widget(current)
    shown.installEventFilter(spy)
    changes = []
    tabs.currentChanged.connect(changes.append)
    new = QLabel("new page")
    new.setMinimumSize(900, 700)  # (larger than the tabs: it asks them to lay out again)
    tabs.replace_page(1, new)
    for _ in range(3):
        QApplication.processEvents()
    assert [tabs.tabText(k) for k in range(tabs.count())] == ["Tab 0", "Tab 1", "Tab 2"]
    assert tabs.widget(1) is new and tabs.indexOf(pages[1]) == -1 and tabs.currentIndex() == current
    assert changes == [] and not new.isVisible() and tabs.currentWidget() is shown and shown.isVisible()
    assert spy.seen == []
    tabs.setCurrentIndex(1)
    assert tabs.currentWidget() is new and new.isVisible()
    latest = QLabel("latest")
    tabs.replace_page(1, latest)  # the page in sight
    assert tabs.currentWidget() is latest and latest.isVisible() and tabs.count() == 3 and changes == [1]
