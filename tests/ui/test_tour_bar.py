"""The tour bar: one height from step to step, and never wider than its window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication

from sco_app.core.packs import load_pack
from sco_app.core.resources import default_pack
from tests.ui.projection import open_window, present


@pytest.fixture
def win(qtbot, monkeypatch):
    return open_window(qtbot, monkeypatch)


@pytest.mark.parametrize("presenting", [False, True])
def test_the_tour_bar_keeps_one_height_from_step_to_step(win, qtbot, presenting):
    """The bar is as tall at every step of the tour (the timeline under it never jumps), with or without presenter
    mode, however long each step's narrative is."""
    if presenting:
        present(win, qtbot, "1024x768", step=0)
    else:
        win.tours.player.start("three-findings", 0)
    bar, heights, tops = win.tours.bar, set(), set()
    for index in range(len(win.tours.player.tour.steps)):
        win.tours.player.go(index)
        QApplication.processEvents()
        heights.add(bar.height())
        tops.add(win.timeline.mapTo(win, QPoint(0, 0)).y())
    assert len(heights) == 1 and len(tops) == 1


def test_the_tour_bar_takes_its_short_captions_where_the_whole_ones_do_not_fit(qtbot):
    """Outside presenter mode too, a narrow bar (a small window, a large zoom) shows its short captions rather than
    cut buttons, and can be as narrow as those; with room again it shows the whole captions."""
    from sco_app.ui.state import AppState
    from sco_app.ui.tour_bar import TourBar
    from sco_app.ui.tour_player import TourPlayer

    state = AppState()
    state.load(load_pack(default_pack()))
    player = TourPlayer(state)
    bar = TourBar(state, player)
    qtbot.addWidget(bar)
    player.start("three-findings", 2)
    bar.resize(1400, bar.sizeHint().height())
    qtbot.waitUntil(lambda: bar.width() == 1400)
    assert bar.next_button.text() == "&Next ▶" and bar.end_button.text() == "End tour"
    bar.resize(bar.minimumWidth(), bar.height())
    qtbot.waitUntil(lambda: bar.next_button.text() == "▶")
    assert bar.minimumWidth() < 700 and bar.end_button.accessibleName() == "End tour"
    for button in (bar.previous_button, bar.next_button, bar.question_button, bar.presenter_button, bar.end_button):
        assert QRect(button.mapTo(bar, QPoint(0, 0)), button.size()).right() <= bar.width(), button.accessibleName()
    bar.resize(1400, bar.height())
    qtbot.waitUntil(lambda: bar.next_button.text() == "&Next ▶")
