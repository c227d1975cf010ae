"""Dates in the argument panel: how well each is known, and what kind of note it has, in words."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from sco_app import app
from sco_app.core.dates import Certainty
from sco_app.core.model import DateNoteKind
from sco_app.ui.date_labels import certainty_labels, note_labels
from sco_app.ui.events_table import ID_ROLE

TEMPLATE = Path(app.lessons_dir()) / "template"


def test_every_certainty_and_note_kind_has_a_label(qapp):
    """No certainty of a date and no kind of date note is left without its words."""
    assert set(certainty_labels()) == set(Certainty) and all(certainty_labels().values())
    assert set(note_labels()) == set(DateNoteKind) and all(note_labels().values())


@pytest.fixture
def window(qtbot, tmp_path):
    pack = tmp_path / "pack"
    shutil.copytree(TEMPLATE, pack)
    text = (pack / "pack.yaml").read_text(encoding="utf-8")
    text = text.replace("date: 2017-06-09", "date: about 2017\n    end: open\n    date_note: The exact day is in the treaty.")
    (pack / "pack.yaml").write_text(text, encoding="utf-8")
    state, win = app.build(pack)
    qtbot.addWidget(win)
    win.resize(1100, 700)
    win.show()
    qtbot.waitExposed(win)
    return state, win


def _click_event(qtbot, win, event_id: str) -> None:
    view = win.events.view
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(ID_ROLE) == event_id)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(model.index(row, 1)).center())


def test_a_disagreement_is_shown_as_one(qtbot, window):
    """A note of the kind 'disagreement' is headed "Sources disagree"."""
    state, win = window
    _click_event(qtbot, win, "sco-founded")
    assert "Sources disagree: One source dates Uzbekistan" in win.argument.toPlainText()


def test_a_plain_note_and_an_approximate_open_date(qtbot, window):
    """A plain note is a note, not a disagreement; 'about 2017' to 'open' reads 'from c. 2017 (approximate)'."""
    state, win = window
    _click_event(qtbot, win, "india-pakistan-join")
    text = win.argument.toPlainText()
    assert "About the date: The exact day is in the treaty." in text and "Sources disagree" not in text
    assert "from c. 2017 (approximate)" in text
