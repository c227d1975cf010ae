"""The user's settings: kept by Qt (the one place the app makes a ``QSettings``), readable by that user only, and
read and written only through :func:`preferences`, with the lab's settings in force over them.

Qt rewrites its settings file through a new file that takes the old file's mode; so a settings file
that exists with mode 0600 before Qt first writes it stays 0600. Where Qt keeps the settings in the
Windows registry or in macOS's preferences system (which keep them private themselves), nothing is
done. Called at start-up and whenever the results server's settings are saved.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from sco_app.core import lab_settings
from sco_app.core.places import APP_NAME
from sco_app.core.preferences import Preferences
from sco_app.core.private_files import make_private


def user_settings() -> QSettings:
    """The app's user settings (Qt's native place for them)."""
    return QSettings(APP_NAME, APP_NAME)


class QtSettingsStore:
    """A :class:`~sco_app.core.preferences.UserStore` on Qt's settings: bytes go in as Qt's own byte arrays (Qt would
    otherwise keep a Python object there) and come back as bytes."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings if settings is not None else user_settings()

    def value(self, key: str) -> object:
        value = self.settings.value(key)
        return value.data() if isinstance(value, QByteArray) else value

    def set_value(self, key: str, value: object) -> None:
        self.settings.setValue(key, QByteArray(value) if isinstance(value, bytes) else value)

    def remove(self, key: str) -> None:
        self.settings.remove(key)

    def sync(self) -> None:
        self.settings.sync()


def preferences(settings: QSettings | None = None) -> Preferences:
    """The settings in force for this computer user: the lab's where it sets them, else the user's own."""
    return lab_settings.preferences(QtSettingsStore(settings))


def protect(settings: QSettings | None = None) -> Path | None:
    """Make the settings file private (made empty first if missing); return its path, None if it is no file."""
    settings = settings if settings is not None else user_settings()
    native = settings.format() == QSettings.Format.NativeFormat
    if native and sys.platform in ("win32", "darwin"):
        return None
    path = Path(settings.fileName())
    if not path.is_absolute():
        return None
    return make_private(path, create=True)
