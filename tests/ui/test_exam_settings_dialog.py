"""The instructor loads an exam file into Exam settings: its settings fill the dialog (the lab's stay the lab's), a
file with errors changes nothing and shows every problem at its line and column, and a student cannot load one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from sco_app import app
from sco_app.core import progress
from sco_app.core.model import QuestionType
from sco_app.core.packs import load_pack
from sco_app.ui.exam_settings_dialog import ExamSettingsDialog
from tests.ui.polling import poll

MIDTERM = ("format: 1\npack: sco-balancing\ntitle: {en: Midterm week 7, id: UTS minggu 7}\nquestions: 6\n"
           "types: [theory, true-false]\nminutes: 25\nclock: pauses\npass_mark: 70\nshuffle: false\nfeedback: false\n"
           "back_to_skipped: true\n")


@pytest.fixture(scope="module")
def sco():
    return load_pack(app.default_pack())


@pytest.fixture
def midterm(tmp_path):
    path = tmp_path / "midterm.yaml"
    path.write_text(MIDTERM, encoding="utf-8")
    return path


def _dialog(qtbot, pack, **options) -> ExamSettingsDialog:
    dialog = ExamSettingsDialog(pack.exam, 30, pack=pack, **options)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_an_exam_file_fills_in_the_settings(qtbot, sco, midterm, monkeypatch):
    """Load exam file… (a file chosen) puts the file's settings in every input; the dialog names the file and its
    title; OK gives those settings."""
    dialog = _dialog(qtbot, sco)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args, **_kw: (str(midterm), ""))
    assert dialog.file_button.isVisible()
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    assert dialog.count.value() == 6 and dialog.minutes.value() == 25 and dialog.pass_mark.value() == 70
    assert [kind for kind, box in dialog.types.items() if box.isChecked()] == [QuestionType.THEORY,
                                                                               QuestionType.TRUE_FALSE]
    assert not dialog.shuffle.isChecked() and not dialog.feedback.isChecked()
    assert dialog.back_to_skipped.isChecked() and dialog.clock_pauses.isChecked()
    assert dialog.file_note.isVisible() and "midterm.yaml" in dialog.file_note.text()
    assert "Midterm week 7" in dialog.file_note.text() and dialog.exam_file == midterm
    settings = dialog.settings()
    assert (settings.questions, settings.minutes, settings.pass_mark, settings.clock_pauses) == (6, 25, 70, True)


def test_a_file_with_errors_changes_nothing_and_shows_every_problem(qtbot, sco, tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text("format: 1\nquestion: 6\nminutes: soon\n", encoding="utf-8")
    dialog = _dialog(qtbot, sco)
    before = dialog.settings()
    assert not dialog.load_exam_file(path)
    box = dialog.problems_box
    assert isinstance(box, QMessageBox) and box.isVisible() and "broken.yaml" in box.text()
    details = box.detailedText()
    assert f"{path}:2:1: error: unknown key 'question'" in details and "hint: did you mean 'questions'?" in details
    assert f"{path}:3:10: error:" in details
    assert dialog.settings() == before and not dialog.file_note.isVisible() and dialog.exam_file is None
    box.accept()


def test_what_the_lab_sets_stays_the_labs(qtbot, sco, midterm):
    """The lab's settings file sets the time limit: the exam file's 25 minutes do not replace it."""
    dialog = _dialog(qtbot, sco, set_by_lab=frozenset({"minutes"}))
    lab_minutes = dialog.minutes.value()
    assert dialog.load_exam_file(midterm)
    assert dialog.minutes.value() == lab_minutes and not dialog.minutes.isEnabled() and dialog.count.value() == 6


def test_a_student_cannot_load_an_exam_file(qtbot, sco):
    """Read-only (a student on a lab computer): no file button until the instructor unlocks the settings."""
    dialog = _dialog(qtbot, sco, read_only=True, unlock=lambda _parent: True)
    assert not dialog.file_button.isVisible()
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert dialog.file_button.isVisible()


def test_the_quiz_takes_the_exam_files_settings(qtbot, tmp_path, monkeypatch, midterm):
    """Quiz > Exam settings, Load exam file…, OK: the next exam is the file's (6 questions, 25 minutes)."""
    monkeypatch.setenv(progress.DATA_DIR_VARIABLE, str(tmp_path / "data"))
    _state, win = app.build(app.default_pack())
    qtbot.addWidget(win)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args, **_kw: (str(midterm), ""))

    def load_and_accept() -> bool:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ExamSettingsDialog):
            return False
        qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
        dialog.accept()
        return True

    poll(load_and_accept)
    win.quiz.edit_exam_settings()
    settings = win.quiz.exam_settings
    assert (settings.questions, settings.minutes, settings.pass_mark) == (6, 25, 70)


def test_many_problems_are_all_behind_show_details(qtbot, sco, tmp_path):
    """Five problems: the message shows the first three and says how many more; the details hold all five."""
    path = tmp_path / "many.yaml"
    path.write_text("format: 1\nquestion: 6\nminute: 5\npassmark: 50\nshufle: true\nfeedbak: false\n", encoding="utf-8")
    dialog = _dialog(qtbot, sco)
    assert not dialog.load_exam_file(path)
    box = dialog.problems_box
    assert box.informativeText().count(f"{path}:") == 3 and box.informativeText().endswith("… and 2 more (Show Details).")
    assert box.detailedText().count(f"{path}:") == 5
    box.accept()
