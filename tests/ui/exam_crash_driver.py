"""Runs the real app (offscreen) for the crash test: ``exam`` starts an exam, answers two questions, prints the
session as it stands and waits to be killed; ``resume`` starts the app again, takes up the exam it offers and
prints the session as it came back. The progress file is in ``$SCO_APP_DATA_DIR``."""

from __future__ import annotations

import dataclasses
import json
import sys

from PySide6.QtCore import QTimer

from sco_app import app
from sco_app.core import quiz
from sco_app.ui import main_window, quiz_exam, quiz_panel


def _print(session) -> None:
    snapshot = session.snapshot()
    snapshot["time_left"] = snapshot["time_left"].total_seconds()
    print(json.dumps(snapshot), flush=True)


def exam() -> None:
    window = app._windows[0]
    panel = window.quiz
    panel.set_profile(panel.store.create_profile("Ana", "2301"))
    window.tabs.setCurrentWidget(panel)
    panel.exam_settings = dataclasses.replace(panel.exam_settings, minutes=30)
    panel.start_exam(seed=5)
    for _ in range(2):
        panel.widget.show_response(quiz.right_response(panel.widget.question))
        panel.check()
    _print(panel.session)  # printed once the answers are stored: the parent kills the app now


def resume() -> None:
    window = app._windows[0]
    _print(window.quiz.session)
    app._windows[0].quiz.finish_exam()
    app.start_application().quit()


if __name__ == "__main__":
    main_window.MainWindow.welcome_if_new = lambda self, settings: False  # (a first start's welcome is not tested)
    quiz_panel.ask = lambda *args: True  # "keep this order?": yes
    quiz_exam.choose = lambda parent, title, text, choices: 0  # the resume offer: "Resume the exam"
    application = app.start_application()
    step = {"exam": exam, "resume": resume}[sys.argv[1]]

    def when_ready() -> None:
        """Once the window is built (and, at a second start, the exam offered and resumed), take the step."""
        if app._windows and app._windows[0].quiz is not None and application.activeModalWidget() is None \
                and (sys.argv[1] != "resume" or app._windows[0].quiz.session is not None):
            poll.stop()
            step()

    poll = QTimer(interval=100, timeout=when_ready)
    poll.start()
    sys.exit(app.run(str(app.lessons_dir() / "template")))
