"""The events list's search and the filters, driven as a student would: they list and mark, they never select."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from sco_app import app
from sco_app.ui.events_table import ID_ROLE


@pytest.fixture
def window(qtbot):
    state, win = app.build()
    qtbot.addWidget(win)
    win.resize(1366, 740)
    win.show()
    qtbot.waitExposed(win)
    return state, win


def _listed(win) -> list[str]:
    proxy = win.events.proxy
    return [proxy.index(row, 0).data(ID_ROLE) for row in range(proxy.rowCount())]


def test_typing_a_search_keeps_the_selection_and_the_date(qtbot, window):
    """Typing "Shang" letter by letter lists the matches but leaves the chosen event and the date as they were."""
    state, win = window
    state.select("tulip-revolution")
    date = state.date
    qtbot.keyClick(win, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    seen = []
    state.selection_changed.connect(seen.append)
    state.date_changed.connect(seen.append)
    qtbot.keyClicks(win.events.filter_box, "Shang")
    assert seen == [] and state.selected == "tulip-revolution" and state.date == date
    assert _listed(win) and all("shang" in state.text(state.pack.event(i).title).casefold()
                                or "shang" in state.text(state.pack.event(i).description).casefold()
                                for i in _listed(win))
    assert "tulip-revolution" not in _listed(win)
    qtbot.keyClick(win.events.filter_box, Qt.Key.Key_Backspace)
    win.events.filter_box.clear()
    assert seen == [] and win.events.view.currentIndex().data(ID_ROLE) == "tulip-revolution"


def test_enter_selects_the_first_match(qtbot, window):
    """Enter in the search box selects the first event listed, and the argument panel shows it."""
    state, win = window
    win.find_event()
    qtbot.keyClicks(win.events.filter_box, "peace mission")
    first = _listed(win)[0]
    assert state.selected == ""
    qtbot.keyClick(win.events.filter_box, Qt.Key.Key_Return)
    assert state.selected == first and state.text(state.pack.event(first).title) in win.argument.toPlainText()


def test_a_click_selects_a_match(qtbot, window):
    """A click on a listed match selects it."""
    state, win = window
    win.find_event()
    qtbot.keyClicks(win.events.filter_box, "andijan")
    view = win.events.view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(view.model().index(0, 1)).center())
    assert state.selected == "andijan-unrest"


def test_toggling_filters_keeps_the_selection_and_the_date(qtbot, window):
    """Unticking a theory and choosing a country or lane hides events but never selects another one."""
    state, win = window
    state.select("tulip-revolution")
    date = state.date
    win.tabs.setCurrentWidget(win.events)
    seen = []
    state.selection_changed.connect(seen.append)
    state.date_changed.connect(seen.append)
    qtbot.mouseClick(win.filters.theory_buttons["balance-of-power"], Qt.MouseButton.LeftButton)
    win.filters.country.setCurrentIndex(win.filters.country.findData("IND"))
    win.filters.lane.setCurrentIndex(win.filters.lane.findData("membership"))
    qtbot.mouseClick(win.filters.theory_buttons["balance-of-power"], Qt.MouseButton.LeftButton)
    win.filters.country.setCurrentIndex(0)
    win.filters.lane.setCurrentIndex(0)
    assert seen == [] and state.selected == "tulip-revolution" and state.date == date
    assert win.events.view.currentIndex().data(ID_ROLE) == "tulip-revolution"


def test_matches_are_marked_on_the_timeline(qtbot, window):
    """The events a search finds are ringed on the timeline; clearing the search removes the rings."""
    state, win = window
    win.find_event()
    qtbot.keyClicks(win.events.filter_box, "peace mission")
    xs, ys = win.timeline.found.getData()
    ringed = set(zip(xs, ys))
    expected = {tuple(win.timeline.xy[win.timeline.position[i]]) for i in _listed(win)}
    assert state.found == set(_listed(win)) and ringed == expected and len(expected) > 3
    win.events.filter_box.clear()
    assert state.found == frozenset() and len(win.timeline.found.getData()[0]) == 0


def test_a_search_the_country_filter_hides_says_so_and_offers_to_clear_it(qtbot, window):
    """With Country: India on, "tulip" lists nothing, says the filter hides it; the button clears the filter."""
    state, win = window
    win.filters.country.setCurrentIndex(win.filters.country.findData("IND"))
    win.find_event()
    qtbot.keyClicks(win.events.filter_box, "tulip")
    table = win.events
    assert _listed(win) == [] and table.summary.isVisible() and table.clear_filters.isVisible()
    assert "Country: India" in table.summary.text() and "hides every match (1)" in table.summary.text()
    qtbot.mouseClick(table.clear_filters, Qt.MouseButton.LeftButton)
    assert state.actors == frozenset() and win.filters.country.currentIndex() == 0
    assert _listed(win) == ["tulip-revolution"] and not table.clear_filters.isVisible()
    assert "1 event matches" in table.summary.text() and state.selected == ""


def test_a_search_that_finds_nothing_says_so(qtbot, window):
    """A search with no match at all says that nothing matches and offers no filter to clear."""
    _state, win = window
    win.find_event()
    qtbot.keyClicks(win.events.filter_box, "zzzz")
    assert _listed(win) == [] and "No event matches “zzzz”" in win.events.summary.text()
    assert not win.events.clear_filters.isVisible()


def test_every_filter_has_a_name_to_say():
    """Each filter the core knows is named in the list's message (no filter is left unnamed)."""
    from sco_app.core.search import EventFilters
    from sco_app.ui.state import AppState
    from sco_app.ui.events_table import EventsTable
    from sco_app.core.packs import load_pack

    state = AppState()
    table = EventsTable(state)
    state.load(load_pack(app.default_pack()))
    state.set_filters(theories=["balance-of-power"], lanes=["crises"], actors=["KGZ"])
    said = table._filter_names(EventFilters.names())
    assert said.count(";") == len(EventFilters.names()) - 1 and "Kyrgyzstan" in said and "BoP" in said


def test_tabbing_into_the_list_selects_nothing_until_a_key_moves(qtbot, window):
    """Tab from the search box into the list selects no event; Down, or Enter on a row, then selects one."""
    from PySide6.QtWidgets import QApplication

    state, win = window
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    win.find_event()
    qtbot.keyClick(win.events.filter_box, Qt.Key.Key_Tab)
    view = win.events.view
    assert QApplication.focusWidget() is view and state.selected == ""
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert state.selected == view.currentIndex().data(ID_ROLE) != ""


def test_a_click_on_a_column_header_sorts_the_list_and_keeps_the_current_event(qtbot, window):
    """Clicking the Event header lists the events by title (again: backwards); the event the student is on stays
    current, a search still lists only its matches, and the Date header puts them back in date order."""
    state, win = window
    win.tabs.setCurrentWidget(win.events)
    state.select("tulip-revolution")
    header = win.events.view.horizontalHeader()

    def click_header(column: int) -> None:
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(header.sectionViewportPosition(column) + 5, 5))

    def titles() -> list[str]:
        return [state.text(state.pack.event(i).title).casefold() for i in _listed(win)]

    click_header(1)
    assert titles() == sorted(titles())
    click_header(1)
    assert titles() == sorted(titles(), reverse=True)
    assert win.events.view.currentIndex().data(ID_ROLE) == "tulip-revolution" and state.selected == "tulip-revolution"
    qtbot.keyClicks(win.events.filter_box, "Shang")
    assert len(_listed(win)) < len(state.pack.events) and titles() == sorted(titles(), reverse=True)
    win.events.filter_box.clear()
    click_header(0)
    dates = [state.pack.event(i).date.ordinal() for i in _listed(win)]
    assert dates == sorted(dates) and len(dates) == len(state.pack.events)
