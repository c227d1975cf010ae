"""A student with no mouse: open the lesson, find an event, read its argument, answer a question."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sco_app import app
from sco_app.core import quiz
from sco_app.core.model import QuestionType
from sco_app.ui import quiz_panel
from sco_app.ui.profile_dialog import ProfileDialog
from tests.ui.polling import poll


def _keys(qtbot, *keys) -> None:
    """Press keys where the keyboard focus is, as a student would."""
    for key in keys:
        if isinstance(key, tuple):
            qtbot.keyClick(QApplication.focusWidget() or QApplication.activeWindow(), key[0], key[1])
        else:
            qtbot.keyClick(QApplication.focusWidget() or QApplication.activeWindow(), key)


def _type(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def _seed_asking_a_theory_question_first(pool) -> int:
    for seed in range(500):
        order = list(pool)
        random.Random(seed).shuffle(order)
        if order[0].type is QuestionType.THEORY:
            return seed
    raise AssertionError("no seed found")


def test_find_read_and_answer_without_a_mouse(qtbot):
    """Ctrl+F, typing and Enter find the Tulip Revolution; Alt+Q and Alt+P start practice; 1 and Enter answer."""
    state, win = app.build()
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)

    _keys(qtbot, (Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier))
    assert QApplication.focusWidget() is win.events.filter_box
    _type(qtbot, "tulip")
    _keys(qtbot, Qt.Key.Key_Return)
    assert state.selected == "tulip-revolution"
    assert "Balance of power" in win.argument.toPlainText()

    _keys(qtbot, (Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier))  # the Quiz tab
    assert win.tabs.currentWidget() is win.quiz

    answered = []

    def make_profile() -> bool:  # answers the profile dialog by keyboard as soon as it is up
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ProfileDialog) or answered:
            return bool(answered)
        answered.append(dialog)
        qtbot.keyClicks(dialog.name, "Dewi")  # the name box has the focus in the dialog
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
        return True

    poll(make_profile, interval=20)
    assert QApplication.focusWidget() is win.quiz.start.practice_button  # the quiz tab puts the cursor there
    win.quiz.rng.seed(_seed_asking_a_theory_question_first(quiz.questions_of(state.pack)))  # first question: random
    _keys(qtbot, Qt.Key.Key_Space)  # Start practice
    assert answered and win.quiz.profile is not None and win.quiz.profile.name == "Dewi"
    assert win.quiz.pages.currentIndex() == quiz_panel.QUESTION
    qtbot.keyClick(win.quiz.widget, Qt.Key.Key_1)
    qtbot.keyClick(win.quiz.widget, Qt.Key.Key_Return)
    assert win.quiz.feedback.isVisible() and win.quiz.feedback.accessibleName() in ("Right.", "Not right.")
