"""The user's settings file (QSettings) is readable by that user only.

Qt rewrites its settings file through a new file that takes the old file's mode; so a settings file
that exists with mode 0600 before Qt first writes it stays 0600. Where Qt keeps the settings in the
Windows registry or in macOS's preferences system (which keep them private themselves), nothing is
done. Called at start-up and whenever the results server's settings are saved.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings

from sco_app.core.places import APP_NAME
from sco_app.core.private_files import make_private


def user_settings() -> QSettings:
    """The app's user settings (Qt's native place for them)."""
    return QSettings(APP_NAME, APP_NAME)


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
