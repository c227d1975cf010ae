"""An exam in the window: leaving it always asks first, nothing chosen hands nothing in, a skip is on purpose, and
a double-click cannot hand in two questions."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from sco_app import app
from sco_app.core import progress
from sco_app.core.model import QuestionType
from sco_app.ui import theme
from tests.ui.quiz_driving import answer, reply

TEMPLATE = Path(app.lessons_dir()) / "template"


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv(progress.DATA_DIR_VARIABLE, str(tmp_path / "data"))
    state, win = app.build(TEMPLATE)
    app._windows[:] = [win]
    qtbot.addWidget(win)
    win.resize(1200, 740)
    win.show()
    qtbot.waitExposed(win)
    win.quiz.set_profile(win.quiz.store.create_profile("Ana", "2301"))
    win.tabs.setCurrentWidget(win.quiz)
    win.quiz.exam_settings = dataclasses.replace(state.pack.exam, types=(QuestionType.THEORY,), questions=3,
                                                 shuffle=False, minutes=None)
    yield state, win
    app._windows.clear()


def _attempts(win) -> list[dict]:
    return list(win.quiz.store.attempts())


def _sessions(win) -> list[tuple]:
    return win.quiz.store.db.execute("SELECT mode, finished IS NOT NULL FROM sessions").fetchall()


def test_closing_the_window_mid_exam_asks_and_staying_changes_nothing(qtbot, window):
    """The window's close (its X) asks; "Stay" keeps the window, the exam, its question and its answers."""
    _state, win = window
    win.quiz.start_exam(seed=4)
    answer(qtbot, win.quiz)
    qtbot.keyClick(win.quiz.widget, Qt.Key.Key_Return)
    question, seen = win.quiz.widget.question, []
    reply("Stay in the exam", seen)
    assert not win.close()
    assert seen and seen[0].startswith("Your answers so far are kept")
    assert win.isVisible() and win.quiz.exam_running() and win.quiz.widget.question is question
    assert len(_attempts(win)) == 1 and _sessions(win) == [("exam", 0)]


def test_ctrl_q_mid_exam_asks_and_hand_in_now_hands_the_exam_in(qtbot, window):
    """Ctrl+Q asks too; "Hand in now" closes the window with the exam handed in and its session finished."""
    _state, win = window
    win.quiz.start_exam(seed=4)
    answer(qtbot, win.quiz)
    qtbot.keyClick(win.quiz.widget, Qt.Key.Key_Return)
    seen = []
    reply("Hand in now", seen)
    assert win.quit_action.shortcut() == QKeySequence("Ctrl+Q")
    qtbot.keyClick(win.quiz.widget, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert seen and not win.isVisible()
    assert _sessions(win) == [("exam", 1)] and {a["mode"] for a in _attempts(win)} == {"exam"}


def test_a_language_switch_mid_exam_asks_and_staying_keeps_everything(qtbot, window):
    """View > Language asks; staying keeps this window, its language, its ticks and the exam."""
    state, win = window
    win.quiz.start_exam(seed=4)
    seen = []
    reply("Stay in the exam", seen)
    english, indonesian = win.language_menu.actions()
    indonesian.trigger()
    assert seen and app._windows == [win] and state.language == "en" and win.quiz.exam_running()
    assert english.isChecked() and not indonesian.isChecked()


def test_a_language_switch_after_leaving_keeps_the_profile(qtbot, window):
    """Handing the exam in for another language: the new window answers as the same student."""
    _state, win = window
    win.quiz.start_exam(seed=4)
    reply("Hand in now", [])
    new_state, new_window = app.switch_language(win.state, win, "id")
    qtbot.addWidget(new_window)
    assert new_window is not win and new_state.language == "id"
    assert new_window.quiz.profile == win.quiz.profile and not new_state.exam_mode
    new_window.quiz.shutdown()


def test_a_contrast_switch_mid_exam_asks_and_staying_keeps_the_theme(qtbot, window):
    """View > High contrast asks; staying leaves the theme, the tick and the exam as they were."""
    _state, win = window
    win.quiz.start_exam(seed=4)
    seen = []
    reply("Stay in the exam", seen)
    win.contrast_action.trigger()
    assert seen and not theme.high_contrast() and not win.contrast_action.isChecked()
    assert app._windows == [win] and win.quiz.exam_running()


def test_enter_with_nothing_chosen_does_nothing_in_an_exam(qtbot, window):
    """Enter and Next with no option chosen neither hand in nor skip: the same question, nothing stored."""
    _state, win = window
    panel = win.quiz
    panel.start_exam(seed=4)
    question = panel.widget.question
    qtbot.keyClick(panel.widget, Qt.Key.Key_Return)
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    assert panel.widget.question is question and panel.session.current == 0 and _attempts(win) == []
    assert not panel.next_button.isEnabled()
    qtbot.keyClick(panel.widget, Qt.Key.Key_1)
    assert panel.next_button.isEnabled()


def test_a_double_click_on_next_hands_in_one_answer(qtbot, window):
    """Two quick clicks on Next: the first hands the answer in; the second meets the next question's Next,
    which waits for an answer."""
    _state, win = window
    panel = win.quiz
    panel.start_exam(seed=4)
    answer(qtbot, panel)
    qtbot.mouseDClick(panel.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    assert panel.session.current == 1 and len(_attempts(win)) == 1


def test_a_skip_is_asked_and_leaves_the_question_unanswered(qtbot, window):
    """Skip asks first; "No" stays; "Skip it" moves on and stores nothing for the skipped question."""
    _state, win = window
    panel = win.quiz
    panel.start_exam(seed=4)
    seen = []
    reply("No, go back", seen)
    qtbot.mouseClick(panel.skip_button, Qt.MouseButton.LeftButton)
    assert seen == ["It stays unanswered, and you cannot come back to it."] and panel.session.current == 0
    reply("Skip it", seen)
    qtbot.mouseClick(panel.skip_button, Qt.MouseButton.LeftButton)
    assert panel.session.current == 1 and _attempts(win) == []
    for _ in range(2):
        answer(qtbot, panel)
        qtbot.keyClick(panel.widget, Qt.Key.Key_Return)
    assert not panel.exam_running() and "1 not answered" in panel.result.toPlainText()


def test_the_exam_settings_are_read_only_during_an_exam(qtbot, window):
    """Quiz > Exam settings during an exam shows them with every setting disabled and no way to unlock."""
    _state, win = window
    win.quiz.start_exam(seed=4)
    seen = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append((dialog.read_only, dialog.count.isEnabled(), dialog.unlock_button.isVisible()))
        dialog.reject()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, look)
    win.quiz.edit_exam_settings()
    assert seen == [(True, False, False)]
