"""A settings file written by the app is never readable by the other accounts of the computer."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from sco_app import app
from sco_app.ui import private_settings

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX's")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def usual_umask():
    old = os.umask(0o022)  # the usual default: new files 0644, readable by every account
    yield
    os.umask(old)


def test_the_settings_file_is_private_from_the_start(qtbot, usual_umask):
    """Starting the app makes the settings file 0600 before anything is written, and it stays so when the
    language, the theme and the window's place are saved."""
    settings = QSettings("sco-app", "sco-app")
    path = Path(settings.fileName())
    assert not path.exists()
    app.start_application()
    assert _mode(path) == 0o600
    state, window = app.build()
    qtbot.addWidget(window)
    new_state, new_window = app.switch_language(state, window, "id")
    qtbot.addWidget(new_window)
    app.switch_contrast(new_state, new_window, True)
    QSettings("sco-app", "sco-app").sync()
    assert "high_contrast" in path.read_text(encoding="utf-8") and _mode(path) == 0o600


def test_a_readable_settings_file_from_before_is_made_private(usual_umask):
    """A settings file an older version left at 0644 is narrowed to 0600, its content kept."""
    settings = QSettings("sco-app", "sco-app")
    settings.setValue("ui/zoom", 1.25)
    settings.sync()
    path = Path(settings.fileName())
    assert _mode(path) == 0o644
    assert private_settings.protect() == path
    assert _mode(path) == 0o600 and QSettings("sco-app", "sco-app").value("ui/zoom") in (1.25, "1.25")
