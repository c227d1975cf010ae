"""Instructor mode: open on a computer with no lab PIN; on a lab computer with one, exam settings are read-only and
class results closed until the PIN is given, and an exam locks them again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from sco_app import app
from sco_app.core import lab_settings, progress
from sco_app.core.preferences import EXAM
from sco_app.ui.exam_settings_dialog import ExamSettingsDialog
from sco_app.ui.instructor_mode import InstructorMode
from tests.ui.polling import poll

TEMPLATE = Path(app.lessons_dir()) / "template"
PIN = "4711"


@pytest.fixture
def lab(tmp_path, monkeypatch):
    """A lab computer: its settings file (which students cannot write) holds the instructor PIN, hashed."""
    path = tmp_path / "system" / "settings.ini"
    path.parent.mkdir()
    path.write_text(f"[instructor]\npin = {lab_settings.hash_pin(PIN, iterations=2000)}\n", encoding="utf-8")
    monkeypatch.setenv(lab_settings.VARIABLE, str(path))
    return path


def _window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv(progress.DATA_DIR_VARIABLE, str(tmp_path / "data"))
    state, win = app.build(TEMPLATE)
    qtbot.addWidget(win)
    win.quiz.set_profile(win.quiz.store.create_profile("Ana"))
    return state, win


def _answer_pin(pin: str, seen: list) -> None:
    """Type ``pin`` in the PIN box when it opens; press OK on a message box that follows (noting its text)."""
    def act() -> bool:
        box = QApplication.activeModalWidget()
        if isinstance(box, QInputDialog):
            seen.append(("pin", box.textEchoMode() == box.textEchoMode().Password))
            box.setTextValue(pin)
            box.accept()
        elif isinstance(box, QMessageBox):
            seen.append(("message", box.text()))
            box.accept()
            return True
        return False

    poll(act, times=300)


def _settings_dialog(win, then) -> list:
    """Open Exam settings and run ``then(dialog)`` while it is open; return what ``then`` returned."""
    out = []

    def look() -> bool:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ExamSettingsDialog):
            out.append(then(dialog))
            return True
        return False

    poll(look)
    win.quiz.edit_exam_settings()
    return out


def test_without_a_lab_pin_everything_is_open(qtbot, tmp_path, monkeypatch):
    """No lab settings file: no Instructor mode item, exam settings editable at once."""
    monkeypatch.setenv(lab_settings.VARIABLE, str(tmp_path / "none.ini"))
    _state, win = _window(qtbot, tmp_path, monkeypatch)
    assert win.instructor.active and not win.instructor_action.isVisible()

    def change(dialog):
        editable = not dialog.read_only and dialog.count.isEnabled()
        dialog.count.setValue(2)
        dialog.accept()
        return editable

    assert _settings_dialog(win, change) == [True] and win.quiz.exam_settings.questions == 2


def test_a_student_sees_the_exam_settings_read_only(qtbot, tmp_path, monkeypatch, lab):
    """With a lab PIN: every setting disabled, only Close and "Change (instructor)"; a wrong PIN changes nothing."""
    _state, win = _window(qtbot, tmp_path, monkeypatch)
    assert win.instructor_action.isVisible() and not win.instructor.active
    before = win.quiz.exam_settings
    seen = []

    def try_wrong_pin(dialog):
        state = (dialog.read_only, [w.isEnabled() for w in dialog.inputs], dialog.unlock_button.isVisible())
        _answer_pin("0000", seen)
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
        still = dialog.read_only
        dialog.reject()
        return state, still

    [((read_only, enabled, unlock), still)] = _settings_dialog(win, try_wrong_pin)
    assert read_only and not any(enabled) and unlock and still
    assert ("pin", True) in seen and ("message", "That is not the instructor PIN.") in seen
    assert win.quiz.exam_settings == before and not win.instructor.active


def test_the_instructor_pin_opens_the_settings(qtbot, tmp_path, monkeypatch, lab):
    """The right PIN makes the settings editable and saves them; instructor mode stays on until an exam starts."""
    _state, win = _window(qtbot, tmp_path, monkeypatch)
    seen = []

    def unlock_and_change(dialog):
        _answer_pin(PIN, seen)
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
        editable = not dialog.read_only and all(w.isEnabled() for w in dialog.inputs)
        dialog.count.setValue(3)
        dialog.accept()
        return editable

    assert _settings_dialog(win, unlock_and_change) == [True]
    assert win.quiz.exam_settings.questions == 3 and win.instructor.active and win.instructor_action.isChecked()
    win.quiz.start_exam(seed=1)
    assert not win.instructor.active and not win.instructor_action.isChecked()
    win.quiz.finish_exam()


def test_class_results_ask_for_the_pin(qtbot, tmp_path, monkeypatch, lab):
    """Quiz > Class results asks for the PIN on a lab computer; a wrong one opens nothing."""
    _state, win = _window(qtbot, tmp_path, monkeypatch)
    action = next(a for a in win.findChildren(type(win.instructor_action)) if a.text() == "&Class results…")
    seen = []
    _answer_pin("1234", seen)
    action.trigger()
    assert ("pin", True) in seen and getattr(win, "class_results", None) is None


def test_a_broken_lab_file_keeps_instructor_mode_locked_and_says_why(qtbot, tmp_path, monkeypatch, lab):
    """A PIN written in the clear: locked, and the message names the file and line."""
    lab.write_text("[instructor]\npin = 4711\n", encoding="utf-8")
    mode = InstructorMode()
    seen = []
    _answer_pin(PIN, seen)
    assert not mode.unlock(None) and not mode.active
    assert seen and seen[0][0] == "message" and f"{lab}:2:" in seen[0][1]


def test_exam_settings_the_lab_sets_are_in_force_and_stay_read_only(qtbot, tmp_path, monkeypatch, lab):
    """The lab's time limit and pass mark replace the pack's; with the PIN the instructor changes the rest but not
    those, and the dialog says the lab sets them."""
    lab.write_text(lab.read_text(encoding="utf-8") + "[exam]\nminutes = 25\npass_mark = 70\n", encoding="utf-8")
    _state, win = _window(qtbot, tmp_path, monkeypatch)
    assert (win.quiz.exam_settings.minutes, win.quiz.exam_settings.pass_mark) == (25, 70)
    assert "time limit 25 min" in win.quiz.start.exam_summary.text()
    seen = []

    def unlock_and_change(dialog):
        _answer_pin(PIN, seen)
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
        shown = (dialog.count.isEnabled(), dialog.minutes.isEnabled(), dialog.pass_mark.isEnabled(),
                 dialog.lab_note.isVisible(), dialog.lab_note.text())
        dialog.count.setValue(3)
        dialog.accept()
        return shown

    [(count, minutes, mark, note_shown, note)] = _settings_dialog(win, unlock_and_change)
    assert count and not minutes and not mark and note_shown
    assert note == "Set by your lab for every exam on this computer: the time limit, the pass mark."
    assert (win.quiz.exam_settings.questions, win.quiz.exam_settings.minutes) == (3, 25)


def test_every_exam_setting_a_lab_may_set_has_its_inputs_in_the_dialog(qtbot):
    """The dialog names and can lock each exam setting the lab may set, and only those."""
    from sco_app.core.model import ExamSettings

    dialog = ExamSettingsDialog(ExamSettings(), 10, set_by_lab=frozenset(EXAM))
    qtbot.addWidget(dialog)
    assert set(dialog.fields) == set(EXAM) and all(name and inputs for name, inputs in dialog.fields.values())
    assert not any(widget.isEnabled() for widget in dialog.inputs)
