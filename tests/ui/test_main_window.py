"""The first window, driven as a student would: pick events in the list, step with the keys, follow links."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl, Qt

from sco_app import app
from sco_app.ui.events_table import ID_ROLE

TEMPLATE = Path(app.lessons_dir()) / "template"


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    state, win = app.build(TEMPLATE)
    qtbot.addWidget(win)
    win.resize(1100, 700)
    win.show()
    qtbot.waitExposed(win)
    return state, win


def _click_row(qtbot, win, row: int) -> None:
    view = win.events.view
    rect = view.visualRect(view.model().index(row, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_clicking_an_event_shows_its_reading(qtbot, window):
    """Clicking a row selects that event and the panel shows its title, reading and basis."""
    state, win = window
    _click_row(qtbot, win, 2)
    assert state.selected == "india-pakistan-join"
    text = win.argument.toPlainText()
    assert "India and Pakistan become members" in text
    assert "Balance of interests" in text and "A teaching interpretation" in text


def test_arrow_keys_step_through_events(qtbot, window):
    """Right selects the next event in date order, Left the previous one."""
    state, win = window
    _click_row(qtbot, win, 0)
    win.argument.setFocus()
    qtbot.keyClick(win, Qt.Key.Key_Right)
    assert state.selected == "sco-founded"
    assert win.events.view.currentIndex().data(ID_ROLE) == "sco-founded"
    qtbot.keyClick(win, Qt.Key.Key_Left)
    assert state.selected == "border-agreement-1996"


def test_cause_link_selects_the_cause(qtbot, window):
    """Following a 'Caused by' link selects the earlier event everywhere."""
    state, win = window
    state.select("sco-founded")
    assert "Caused by" in win.argument.toPlainText()
    win.argument.anchorClicked.emit(QUrl("event:border-agreement-1996"))
    assert state.selected == "border-agreement-1996"
    assert "confidence-building" in win.argument.toPlainText()


def test_paper_reading_highlights_its_passage(qtbot, window):
    """A reading that is the paper's own says so and highlights the passage it rests on."""
    state, win = window
    state.select("sco-founded")
    html = win.argument.toHtml()
    assert "The paper" in win.argument.toPlainText() and "#fff3b0" in html


def test_filter_box_narrows_the_list(qtbot, window):
    """Typing in the filter box keeps only matching events; clearing it brings them back."""
    _state, win = window
    qtbot.keyClicks(win.events.filter_box, "india")
    assert win.events.proxy.rowCount() == 1
    win.events.filter_box.clear()
    assert win.events.proxy.rowCount() == 3


def test_controls_have_accessible_names(window):
    """The list, the filter box and the panel can be named by a screen reader."""
    _state, win = window
    for widget in (win.events.view, win.events.filter_box, win.argument):
        assert widget.accessibleName()


def test_country_card_offers_to_filter(qtbot, window):
    """Choosing a country shows its card with statuses; its link filters the events to it."""
    state, win = window
    state.choose_actor("IND")
    text = win.argument.toPlainText()
    assert "India" in text and "observer" in text and "member" in text
    win.argument.anchorClicked.emit(QUrl("filter:IND"))
    assert state.actors == frozenset({"IND"})
    assert win.events.proxy.rowCount() == 1  # the template has one event involving India
    win.argument.anchorClicked.emit(QUrl("filter:"))
    assert state.actors == frozenset() and win.events.proxy.rowCount() == 3


def test_states_list_is_the_maps_text_twin(qtbot, window):
    """The states list gives each actor's status on the chosen date; choosing one opens its card."""
    from sco_app.core.dates import parse_date
    from sco_app.ui.actors_table import CODE_ROLE

    state, win = window
    win.tabs.setCurrentWidget(win.actors)
    state.set_date(parse_date("2016-06-01"))
    model = win.actors.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(CODE_ROLE) == "IND")
    assert model.index(row, 2).data() == "observer"
    state.set_date(parse_date("2017-07-01"))
    assert model.index(row, 2).data() == "member" and model.index(row, 3).data() == "9 Jun 2017"
    view = win.actors.view
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert "Status over time" in win.argument.toPlainText()
