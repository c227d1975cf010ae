"""UI tests: each test gets its own settings file, and the interface is back in English after it."""

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


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item):
    """A window left with an exam running is handed in before pytest-qt closes it: closing would ask first."""
    from PySide6.QtWidgets import QApplication

    qapp = QApplication.instance()
    for widget in qapp.topLevelWidgets() if qapp is not None else ():
        quiz = getattr(widget, "quiz", None)
        if quiz is not None and hasattr(quiz, "exam_running") and quiz.exam_running():
            quiz.finish_exam()
    return (yield)
