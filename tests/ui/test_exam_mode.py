"""Exam mode: while an exam runs nothing on screen tells a reading, and what would end the exam is closed;
descriptions, dates and places stay. It ends with the exam."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtGui import QColor

from sco_app import app
from sco_app.core import progress
from sco_app.core.model import QuestionType
from sco_app.ui import theme
from sco_app.ui.state import AppState

TEMPLATE = Path(app.lessons_dir()) / "template"


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv(progress.DATA_DIR_VARIABLE, str(tmp_path / "data"))
    state, win = app.build(TEMPLATE)
    qtbot.addWidget(win)
    win.resize(1366, 740)
    win.show()
    qtbot.waitExposed(win)
    win.quiz.set_profile(win.quiz.store.create_profile("Ana"))
    win.quiz.exam_settings = dataclasses.replace(state.pack.exam, types=(QuestionType.THEORY,), questions=2)
    yield state, win
    win.quiz.shutdown()


def _symbol_styles(win) -> set:
    """The distinct (fill colour, symbol) pairs of the events on the timeline."""
    points = win.timeline.points
    return {(QColor(p.brush().color()).name(), p.symbol()) for p in points.points()}


def test_the_state_refuses_a_lens_and_theory_filter_in_exam_mode(qtbot):
    """Entering exam mode clears the lens, the theory filter and a tour's marked passages; they stay refused."""
    state = AppState()
    from sco_app.core.packs import load_pack

    state.load(load_pack(TEMPLATE))
    theory = state.pack.theories[0].id
    state.set_lens(theory)
    state.set_filters(theories=[theory])
    state.set_highlight(["p1"])
    with qtbot.waitSignal(state.exam_mode_changed) as told:
        state.set_exam_mode(True)
    assert told.args == [True] and (state.lens, state.theories, state.highlight) == ("", frozenset(), frozenset())
    state.set_lens(theory)
    state.set_filters(theories=[theory], lanes=[state.pack.lanes[0].id])
    assert state.lens == "" and state.theories == frozenset() and state.lanes == {state.pack.lanes[0].id}
    state.set_exam_mode(False)
    state.set_lens(theory)
    assert state.lens == theory


def test_an_exam_hides_every_reading_and_the_end_brings_them_back(qtbot, window):
    """Theory column, theory buttons, lens and legend, theory colours and shapes on the timeline and the map,
    readings and the source text: gone during the exam; the event's description, date and place stay."""
    state, win = window
    state.select("sco-founded")
    before = _symbol_styles(win)
    state.set_lens(state.pack.theories[0].id)
    assert len(before) > 1 and "Reading" in win.argument.toPlainText() and "The source text" in win.argument.toPlainText()
    win.quiz.start_exam(seed=2)
    assert state.exam_mode and state.lens == ""
    assert win.events.view.isColumnHidden(3) and win.events.view.isColumnHidden(4)
    assert not win.events.view.isColumnHidden(0) and not win.events.view.isColumnHidden(1)
    filters = win.filters
    assert not filters.lens.isVisible() and not any(b.isVisible() for b in filters.theory_buttons.values())
    assert filters.lane.isVisible() and filters.country.isVisible()
    assert "Balance" not in filters.key.text() and "paper" not in filters.key.text()
    assert len(_symbol_styles(win)) == 1
    fills = {QColor(b.color()).name() for b in win.map._markers.data["brush"]}
    assert fills <= {theme.neutral_colour().name(), win.map._hollow.color().name()}  # (hollow: later than the date)
    legend = " ".join(label.text for _sample, label in win.map.marker_legend.items)
    assert not any(state.text(t.name) in legend for t in state.pack.theories)
    text = win.argument.toPlainText()
    event = state.pack.event("sco-founded")
    assert state.text(event.description)[:40] in text and event.date.display() in text
    assert "Reading" not in text and "The source text" not in text
    assert state.text(event.reading.explanation)[:30] not in text
    assert not any(state.text(t.name) in text for t in state.pack.theories)
    assert "Balance" not in win.timeline._tip(0, 0, "sco-founded")
    win.quiz.finish_exam()
    assert not state.exam_mode and not win.events.view.isColumnHidden(3) and filters.lens.isVisible()
    assert _symbol_styles(win) == before
    assert "Reading" in win.argument.toPlainText()


def test_an_exam_stops_a_tour_and_closes_what_would_end_it(qtbot, tmp_path, monkeypatch):
    """A tour stops and cannot start; Open, the library, the handout, Practice and the class results are off."""
    monkeypatch.setenv(progress.DATA_DIR_VARIABLE, str(tmp_path / "data"))
    state, win = app.build()  # the SCO lesson, which has a tour
    qtbot.addWidget(win)
    win.quiz.set_profile(win.quiz.store.create_profile("Ana"))
    win.tours.player.start(state.pack.tours[0].id)
    assert win.tours.player.playing
    win.quiz.start_exam(seed=2)
    assert not win.tours.player.playing
    win.tours.player.start(state.pack.tours[0].id)
    assert not win.tours.player.playing
    starts = [a for a in win.tours.menu.menu().actions() if a.shortcut().toString() == "Ctrl+T"]
    assert starts and not any(a.isEnabled() for a in starts)
    assert win.exam_closed and not any(action.isEnabled() for action in win.exam_closed)
    assert not win.handout_action.isEnabled()
    win.quiz.start_practice()
    assert win.quiz.exam_running()  # the Practice button does not end the exam
    win.quiz.finish_exam()
    assert all(action.isEnabled() for action in win.exam_closed if action is not win.instructor_action)
    win.quiz.shutdown()
