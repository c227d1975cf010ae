"""Every status has a name, the pack's own, shared by the map, the states list and the country card."""

from __future__ import annotations

import pytest

from sco_app.core.packs import load_pack
from sco_app.core.resources import lessons_dir
from sco_app.ui.argument_panel import ArgumentPanel
from sco_app.ui.state import AppState
from sco_app.ui.status_names import no_status, status_name


@pytest.fixture
def panel(qtbot):
    state = AppState()
    view = ArgumentPanel(state)
    qtbot.addWidget(view)
    state.load(load_pack(lessons_dir() / "sco-balancing"))
    return state, view


def test_every_status_and_no_status_have_a_name(panel):
    """Each of the pack's kinds is named in the student's language, and so is having none."""
    state, _view = panel
    kinds = {kind.id: kind for kind in state.pack.status_kinds}
    assert status_name(kinds["shanghai-five"], state.text) == "Shanghai Five participant"
    assert status_name(kinds["dialogue-partner"], state.text) == "dialogue partner"
    assert status_name(None, state.text) == no_status() == "no status"
    assert all(status_name(kind, state.text) for kind in kinds.values())


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
