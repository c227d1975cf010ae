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


def test_a_progress_file_from_a_newer_app_or_another_program_does_not_stop_the_window(qtbot, tmp_path, monkeypatch):
    """A newer sco-app's file, or another program's database, in the progress file's place: the student is
    told what happened and what to do, the file is left as it is, and the quiz works for this session."""
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: told.append((title, text)))
    monkeypatch.setenv(progress.DATA_DIR_VARIABLE, str(tmp_path))
    path = tmp_path / progress.FILE_NAME
    for make in ("PRAGMA user_version = 99", "CREATE TABLE contacts (name TEXT)"):
        path.unlink(missing_ok=True)
        other = sqlite3.connect(path)
        other.execute(make)
        other.commit()
        other.close()
        store = user_data.open_store()
        try:
            assert store.path == progress.Path(":memory:") and store.create_profile("Ana") in store.profiles()
        finally:
            store.close()
    assert "newer sco-app" in told[0][1] and "install that newer version" in told[0][1]
    assert "another program's database" in told[1][1]
    assert [p.name for p in tmp_path.iterdir()] == [progress.FILE_NAME]
