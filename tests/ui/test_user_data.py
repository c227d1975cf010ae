"""Opening the student's progress file from the UI: a damaged file is moved aside, a locked one left alone."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QMessageBox

from sco_app.core import progress
from sco_app.ui import user_data


def test_a_locked_progress_file_is_left_alone_and_the_student_told(qtbot, tmp_path, monkeypatch):
    """When the file cannot be opened now, the student is warned and the quiz still works for this session."""
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: told.append((title, text)))

    def locked(*_args, **_kwargs):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(progress.ProgressStore, "in_folder", classmethod(locked))
    store = user_data.open_store()
    try:
        assert told and "left as it is" in told[0][1] and "database is locked" in told[0][1]
        profile = store.create_profile("Ana")
        assert profile in store.profiles()
    finally:
        store.close()
