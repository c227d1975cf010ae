"""Every control of the main window can be reached by keyboard and named by a screen reader."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QTextEdit, QWidget

from sco_app import app


def _interactive(window) -> list[QWidget]:
    kinds = (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView, QTextEdit)
    found = [w for w in window.findChildren(QWidget)
             if isinstance(w, kinds) and w.isVisible() and w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    return found + [window.timeline.plot, window.map]


@pytest.fixture
def win(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    _state, window = app.build()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_every_interactive_widget_has_an_accessible_name(win):
    """Buttons, boxes, lists, the text panel and both plots all carry an accessible name."""
    unnamed = [f"{type(w).__name__} {w.objectName()!r} {getattr(w, 'text', lambda: '')()!r}"
               for w in _interactive(win)
               if not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text()))]
    assert unnamed == []


def test_tab_reaches_timeline_map_list_and_panel(win):
    """Tabbing through the window visits the timeline, the tabs and the argument panel."""
    win.activateWindow()
    visited = set()
    widget = win.filters.theory_buttons["balance-of-power"]
    widget.setFocus()
    for _ in range(40):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisible():
            widget = widget.nextInFocusChain()
        visited.add(widget)
    assert win.timeline.plot in visited and win.argument in visited and win.tabs.tabBar() in visited
    assert win.map in visited
