"""The map's legends in presenter mode: compact, folding at a click or L, folded when they would hide the map."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.projection import open_window, present


@pytest.fixture
def win(qtbot, monkeypatch):
    return open_window(qtbot, monkeypatch)


def test_the_map_legends_are_compact_in_presenter_mode_and_fold(win, qtbot):
    """In presenter mode the legends list only what the map shows and cover little of it; a click on a legend, or L,
    folds it to its heading and opens it again."""
    present(win, qtbot, "1024x768", step=4)
    view = win.map.vb
    map_area = view.width() * view.height()
    legends = (win.map.legend, win.map.marker_legend)
    covered = sum(legend.boundingRect().width() * legend.boundingRect().height() for legend in legends)
    assert covered < 0.25 * map_area  # about half of the 45 % that the full legends covered
    labels = [label.text for legend in legends for _sample, label in legend.items]
    assert not any("Disputed" in text for text in labels)
    rows = len(win.map.legend.items)
    qtbot.mouseClick(win.map.plot.viewport(), Qt.MouseButton.LeftButton,
                     pos=win.map.plot.mapFromScene(win.map.legend.sceneBoundingRect().center()))
    assert win.map.legend.folded and len(win.map.legend.items) == 1 < rows
    win.map.setFocus()
    qtbot.keyClick(win.map, Qt.Key.Key_L)
    assert not win.map.legend.folded and len(win.map.legend.items) == rows


def test_compact_legends_fold_when_they_would_hide_the_map_and_a_click_opens_them(win, qtbot):
    """At the largest zoom on a 1024x768 projector the legends start folded to their headings (open they would hide
    more than a third of the map); a click opens one, and it stays open."""
    from sco_app.ui.map_legends import MOST_COVERED

    for _ in range(3):
        win.zoom(1)
    present(win, qtbot, "1024x768", step=4)
    legend, view = win.map.legend, win.map.vb
    assert legend.folded and win.map.marker_legend.folded
    opened = sum(it.open_size().width() * it.open_size().height() for it in (legend, win.map.marker_legend))
    assert opened > MOST_COVERED * view.width() * view.height()
    qtbot.mouseClick(win.map.plot.viewport(), Qt.MouseButton.LeftButton,
                     pos=win.map.plot.mapFromScene(legend.sceneBoundingRect().center()))
    assert not legend.folded
    win.tours.player.next()  # a new step rebuilds the legends: the class's choice holds
    QApplication.processEvents()
    assert not legend.folded


def _lab_window(qtbot):
    """The main window on a 1366x768 lab screen, its legends shown open."""
    from sco_app import app

    _state, win = app.build()
    qtbot.addWidget(win)
    win.resize(1366, 740)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.map.legend.rows and not win.map.legends.states.folded)
    return win


def test_in_the_window_the_legends_fold_on_a_small_map_and_stay_open_on_a_large_one(qtbot):
    """On a lab screen the legends are open; on a 1024x768 projector's small map pane they fold to their headings,
    so that Central Asia is not under them; a click opens them again and that holds."""
    win = _lab_window(qtbot)
    legends = win.map.legends
    win.map.resize(560, 300)
    legends.fit()
    assert legends.states.folded and legends.events.folded
    legends.fold(False)  # as a click on a heading does
    legends.fit()
    assert not legends.states.folded


def test_the_events_legend_folds_first(qtbot, monkeypatch):
    """Where both legends open would hide too much of the map but the states' alone would not (Indonesian on a lab
    screen: its rows are longer), the events' legend folds and the states' stays open; where even the states' alone
    would (a projector's small map pane), both fold; where both fit, both are open."""
    from sco_app.ui import map_legends

    win = _lab_window(qtbot)
    legends = win.map.legends
    states, events = (it.open_size().width() * it.open_size().height() for it in (legends.states, legends.events))
    area = legends.box.width() * legends.box.height()
    monkeypatch.setattr(map_legends, "MOST_COVERED_IN_WINDOW", (states + events / 2) / area)
    monkeypatch.setattr(map_legends, "STATES_ALONE_IN_WINDOW", 1.5 * states / area)
    legends.fit()
    assert not legends.states.folded and legends.events.folded
    monkeypatch.setattr(map_legends, "STATES_ALONE_IN_WINDOW", states / 2 / area)  # (a projector's small map pane)
    legends.fit()
    assert legends.states.folded and legends.events.folded
    monkeypatch.setattr(map_legends, "MOST_COVERED_IN_WINDOW", 2 * (states + events) / area)  # (a large screen)
    legends.fit()
    assert not legends.states.folded and not legends.events.folded
