"""UI tests: each test gets its own settings file, and the interface is back in English (and at the OS's
text size) after it."""

import threading
import time

import pytest
from PySide6.QtCore import QSettings

# The app's worker threads (start-up, pack and library checks, class results, the LRS sender), by name: each
# reports to its window by signals, so a window is deleted only once they have ended.
APP_THREADS = ("sco-app ", "class-results", "lrs-sender")


def _app_threads_ended(seconds: float) -> bool:
    """Wait up to ``seconds`` in all for the app's worker threads to end; True if none is left."""
    deadline = time.monotonic() + seconds
    for thread in threading.enumerate():
        if thread.name.startswith(APP_THREADS):
            thread.join(max(0.0, deadline - time.monotonic()))
    return not any(thread.name.startswith(APP_THREADS) for thread in threading.enumerate())


@pytest.fixture(autouse=True)
def _own_settings(tmp_path, monkeypatch):
    """Keep window geometry, recent packs and the language of one test away from every other test."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("SCO_APP_DATA_DIR", str(tmp_path / "data"))
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(tmp_path / "config"))
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        from sco_app.ui import i18n, theme

        # The windows pytest-qt closed are deleted first, so that the language, colours and text size put back
        # below restyle none of them (that took seconds after each test at 200 % text); not while a worker thread
        # could still be signalling to one of them (a library check the test left running crashed the process).
        if _app_threads_ended(60):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        i18n.install("en")
        theme.set_high_contrast(QCoreApplication.instance(), False)
        theme.apply_zoom(QCoreApplication.instance(), 1.0)  # a test that zoomed leaves the OS's text size


@pytest.fixture
def main_loop_till_views(monkeypatch, qtbot):
    """``app.run()``'s main loop turns until the window's views are all in (the window shows at once and the views
    come as they are ready) or the window is gone, and then ends as if the student quit there."""
    from PySide6.QtWidgets import QApplication

    from sco_app import app

    def exec_(*_args) -> int:
        qtbot.waitUntil(lambda: not app._windows or app._windows[0].views_ready, timeout=60_000)
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)


@pytest.fixture
def answer_boxes(qtbot):
    """Answer the message boxes the code under test opens, as a student would: ``answer_boxes("Quit")`` clicks the
    button with that text in the next box (one text per box, in order); ``answer_boxes.seen`` lists each box's
    title, text and buttons."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    class Answers:
        def __init__(self) -> None:
            self.queue: list[str] = []
            self.seen: list[dict] = []
            self.timer = QTimer(interval=20, timeout=self._answer)
            self.timer.start()

        def __call__(self, *buttons: str) -> "Answers":
            self.queue.extend(buttons)
            return self

        def _answer(self) -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox) or not self.queue or box in [s["box"] for s in self.seen]:
                return
            names = [b.text() for b in box.buttons()]
            self.seen.append({"box": box, "title": box.windowTitle(), "text": box.text(), "buttons": names,
                              "informative": box.informativeText()})
            wanted = self.queue.pop(0)
            next(b for b in box.buttons() if b.text() == wanted).click()

    answers = Answers()
    yield answers
    answers.timer.stop()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item):
    """The test's polls for dialogs stop (tests/ui/polling.py), and a window left with an exam running is handed in
    before pytest-qt closes it: closing would ask first."""
    from PySide6.QtWidgets import QApplication

    from tests.ui import polling

    polling.stop_all()
    qapp = QApplication.instance()
    for widget in qapp.topLevelWidgets() if qapp is not None else ():
        quiz = getattr(widget, "quiz", None)
        if quiz is not None and hasattr(quiz, "exam_running") and quiz.exam_running():
            quiz.finish_exam()
    return (yield)
