"""The user's settings: only this module makes a QSettings, the file is never readable by the other accounts of the
computer, and a damaged file never keeps the app from starting."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import pytest

from sco_app import app
from sco_app.core.preferences import WINDOW_GEOMETRY, ZOOM
from sco_app.ui import private_settings, theme
from sco_app.ui.private_settings import preferences, user_settings

POSIX = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX's")
PACKAGE = Path(private_settings.__file__).parents[1]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def usual_umask():
    old = os.umask(0o022)  # the usual default: new files 0644, readable by every account
    yield
    os.umask(old)


@POSIX
def test_the_settings_file_is_private_from_the_start(qtbot, usual_umask):
    """Starting the app makes the settings file 0600 before anything is written, and it stays so when the
    language, the theme and the window's place are saved."""
    path = Path(user_settings().fileName())
    assert not path.exists()
    app.start_application()
    assert _mode(path) == 0o600
    state, window = app.build()
    qtbot.addWidget(window)
    new_state, new_window = app.switch_language(state, window, "id")
    qtbot.addWidget(new_window)
    _contrast_state, contrast_window = app.switch_contrast(new_state, new_window, True)
    qtbot.addWidget(contrast_window)
    preferences().sync()
    assert "high_contrast" in path.read_text(encoding="utf-8") and _mode(path) == 0o600


@POSIX
def test_a_readable_settings_file_from_before_is_made_private(usual_umask):
    """A settings file an older version left at 0644 is narrowed to 0600, its content kept."""
    settings = user_settings()
    settings.setValue("ui/zoom", 1.25)
    settings.sync()
    path = Path(settings.fileName())
    assert _mode(path) == 0o644
    assert private_settings.protect() == path
    assert _mode(path) == 0o600 and preferences().get(ZOOM) == 1.25


def test_no_module_but_this_one_makes_a_qsettings():
    """Every setting goes through the preferences: no call site in the package builds a QSettings of its own."""
    found = [path.relative_to(PACKAGE).as_posix() for path in sorted(PACKAGE.rglob("*.py"))
             for line in path.read_text(encoding="utf-8").splitlines() if re.search(r"\bQSettings\s*\(", line)]
    assert found == ["ui/private_settings.py"]  # once: in user_settings()


def test_bytes_are_kept_as_qt_byte_arrays_never_as_python_objects(qtbot):
    """The window's saved place is written as Qt's own byte array (never a pickled Python object) and read back."""
    state, window = app.build()
    qtbot.addWidget(window)
    window.save_geometry(preferences())
    preferences().sync()
    text = Path(user_settings().fileName()).read_text(encoding="utf-8")
    assert "geometry=@ByteArray(" in text and "PyObject" not in text
    assert preferences().get(WINDOW_GEOMETRY) == window.saveGeometry().data()


def test_a_damaged_settings_file_never_keeps_the_app_from_starting(qtbot):
    """Values of the wrong type everywhere (a zoom that is no number, junk geometry, a number for the recent packs):
    the app starts with the defaults."""
    path = Path(user_settings().fileName())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("[ui]\nzoom=huge\nhigh_contrast=maybe\nlanguage=xx\nreduced_motion=7\n[main]\n"
                    "geometry=not bytes\nsplit=@Invalid()\n[packs]\nrecent=5\n[help]\nwelcome_seen=@Invalid()\n",
                    encoding="utf-8")
    app.start_application()
    app.restore_appearance()
    state, window = app.build()
    qtbot.addWidget(window)
    assert state.pack is not None and window.isVisible() is False and not theme.high_contrast()
    assert preferences().get(ZOOM) == 1.0 and app.last_pack() is None
    assert window.welcome_if_new(preferences())
