"""Every status has a name in the interface, shared by the map, the states list and the country card."""

from __future__ import annotations

import pytest

from sco_app.core.model import Status
from sco_app.core.packs import load_pack
from sco_app.core.resources import lessons_dir
from sco_app.ui.argument_panel import ArgumentPanel
from sco_app.ui.state import AppState
from sco_app.ui.status_names import status_names


@pytest.fixture
def panel(qtbot):
    state = AppState()
    view = ArgumentPanel(state)
    qtbot.addWidget(view)
    state.load(load_pack(lessons_dir() / "sco-balancing"))
    return state, view


def test_every_status_and_no_status_have_a_name(qapp):
    """The names cover the whole closed set of statuses, and having none."""
    names = status_names()
    assert set(names) == set(Status) | {None}
    assert names[Status.SHANGHAI_FIVE] == "Shanghai Five participant" and all(names.values())


def test_the_country_card_names_the_shanghai_five_years_and_the_border_convention(panel):
    """China's card lists its Shanghai Five years before its membership, and says the map's borders are de facto."""
    state, view = panel
    state.choose_actor("CHN")
    text = view.toPlainText()
    assert "Shanghai Five participant: 26 Apr 1996 – 14 Jun 2001" in text
    assert "founding member: 15 Jun 2001 – today" in text
    assert "today's de facto borders" in text and "Taiwan" in text


def test_an_events_note_is_shown_apart_from_its_date_note(panel):
    """A remark that is not about the date is shown as a note, not as a disagreement about the date."""
    state, view = panel
    state.select("coalition-2003")
    text = view.toPlainText()
    assert "Note: Sources disagree on Uzbekistan" in text and "Sources disagree: Sources" not in text
