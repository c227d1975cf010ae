"""UI tests: each test gets its own settings file, and the interface is back in English (and at the OS's
text size) after it."""

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture(autouse=True)
def _own_settings(tmp_path, monkeypatch):
    """Keep window geometry, recent packs and the language of one test away from every other test."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("SCO_APP_DATA_DIR", str(tmp_path / "data"))
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(tmp_path / "config"))
    yield
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is not None:
        from sco_app.ui import i18n, theme

        i18n.install("en")
        theme.set_high_contrast(QCoreApplication.instance(), False)
        theme.apply_zoom(QCoreApplication.instance(), 1.0)  # a test that zoomed leaves the OS's text size
