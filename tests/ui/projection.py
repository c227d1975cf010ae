"""Helpers for the tests of presenter mode: a window on the test screens (tests/screens.json: a laptop and two
projectors), projecting on one of them, and what the back row can read and reach there."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontInfo, QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractSlider, QApplication, QComboBox, QGraphicsTextItem, QLabel, QTextEdit, QWidget,
)

from sco_app import app
from sco_app.ui import presenter
from sco_app.ui.timeline_labels import LabelLayer

PROJECTORS = {"1024x768": "projector-1024x768", "1280x720": "projector-1280x720"}  # screens of tests/screens.json


def open_window(qtbot, monkeypatch):
    """The main window on the built-in pack, shown, active, with steps that land at once."""
    monkeypatch.setenv("SCO_APP_REDUCED_MOTION", "1")
    _state, window = app.build()
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def screen_named(name: str):
    """The test screen called ``name``."""
    return next(s for s in QGuiApplication.screens() if s.name() == name)


def present(win, qtbot, projector: str, step: int = 2):
    """Project the tour at ``step`` (0-based) full screen on the projector ``projector``, with F5."""
    presenter.choose_screen(PROJECTORS[projector])
    win.tours.player.start("three-findings", step)
    qtbot.keyClick(win, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: win.tours.presenting and win.geometry() == screen_named(PROJECTORS[projector]).geometry())
    bar = win.tours.bar  # the layout settles once the views have their type
    qtbot.waitUntil(lambda: bar.height() == bar.sizeHint().height() and not win.tours.presenter.layout.again.isActive())
    return win.tours.presenter


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key, where the keyboard is now (the focused widget, else the active window)."""
    qtbot.keyClick(QApplication.focusWidget() or QApplication.activeWindow(), key, modifier)


def document_sizes(document: QTextDocument) -> list[int]:
    """The pixel size of every run of visible text in a rich-text document."""
    sizes, block = [], document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.text().strip():
                sizes.append(QFontInfo(fragment.charFormat().font()).pixelSize())
            fragments += 1
        block = block.next()
    return sizes


def widget_sizes(widget: QWidget) -> list[int]:
    if isinstance(widget, QTextEdit):
        return document_sizes(widget.document())
    if isinstance(widget, QLabel) and widget.text():
        document = QTextDocument()
        document.setDefaultFont(widget.font())
        document.setHtml(widget.text()) if widget.textFormat() != Qt.TextFormat.PlainText else document.setPlainText(widget.text())
        return document_sizes(document)
    if isinstance(widget, QAbstractButton) and widget.text() or isinstance(widget, QComboBox):
        return [QFontInfo(widget.font()).pixelSize()]
    return []


def scene_sizes(view: pg.GraphicsView) -> list[int]:
    """Every text a pyqtgraph view draws: text items (titles, legends, names, the cursor's date), axes, labels."""
    sizes = []
    for item in view.scene().items():
        if not item.isVisible() or not item.sceneBoundingRect().intersects(view.sceneRect()):
            continue
        if isinstance(item, QGraphicsTextItem) and item.toPlainText().strip():
            sizes += document_sizes(item.document())
        elif isinstance(item, pg.AxisItem) and item.isVisible() and item.style["showValues"]:
            sizes.append(QFontInfo(item.style["tickFont"]).pixelSize())
        elif isinstance(item, LabelLayer) and item.shown:
            sizes.append(QFontInfo(item.font).pixelSize())
    return sizes


def text_sizes(window: QWidget) -> list[tuple[int, str]]:
    """(pixel size, what) of every visible text in the window: widgets' and the pyqtgraph views' own."""
    found = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() or widget.window() is not window:
            continue
        found += [(size, type(widget).__name__) for size in widget_sizes(widget)]
        if isinstance(widget, pg.GraphicsView):
            found += [(size, f"{type(widget).__name__} item") for size in scene_sizes(widget)]
    return found


def cut_off(widget: QWidget) -> bool:
    """Whether any part of ``widget`` lies outside one of its parents (up to its window): cut off, out of sight."""
    parent = widget.parentWidget()
    while parent is not None:
        if not parent.rect().contains(QRect(widget.mapTo(parent, QPoint(0, 0)), widget.size())):
            return True
        if parent.isWindow():
            return False
        parent = parent.parentWidget()
    return False


def controls_outside(window: QWidget) -> list[str]:
    """Every visible control (button, list, scroll bar, anything taking the focus) not wholly inside the window."""
    outside = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if isinstance(widget, (QAbstractButton, QComboBox, QAbstractSlider)) or widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            if cut_off(widget):
                outside.append(f"{type(widget).__name__} {widget.accessibleName()!r} at "
                               f"{QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())}")
    return outside
