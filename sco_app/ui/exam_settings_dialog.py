"""The exam's settings: shown to a student, changed by the instructor by hand or from an exam file.

The settings start from the pack's ``quiz: exam:`` (with what the lab's settings file sets in their place). In
instructor mode they can be changed, one by one or all at once from an instructor's exam file
(:mod:`sco_app.core.exam_file`, checked like a pack: every problem shown at once with its line and column, a file
with errors changing nothing). What the lab sets stays as the lab set it.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGridLayout, QGroupBox, QLabel, QMessageBox,
    QSpinBox, QVBoxLayout, QWidget,
)

from sco_app.core.model import ExamSettings, LessonPack, QuestionType
from sco_app.ui.profile_dialog import type_names

FIRST_PROBLEMS = 3  # shown in the message; all of them behind Show Details


class ExamSettingsDialog(QDialog):
    """The exam's settings, starting from the pack's: :meth:`settings` returns the edited copy. ``read_only``: a
    student sees the settings and cannot change them; ``unlock`` given, a button calls it (it asks for the
    instructor PIN) and makes the settings editable if it returns True. ``set_by_lab`` names the settings (their
    ``ExamSettings`` fields) that the lab's settings file sets: shown, never editable, and said so."""

    def __init__(self, settings: ExamSettings, available: int, parent: QWidget | None = None, read_only: bool = False,
                 unlock=None, set_by_lab: frozenset[str] = frozenset(), pack: LessonPack | None = None,
                 language: str = "en") -> None:
        super().__init__(parent)
        self._unlock, self.pack, self.language = unlock, pack, language  # (the exam file's title in it)
        self.exam_file: Path | None = None  # the instructor's exam file the settings come from, if one was loaded
        self.set_by_lab = set_by_lab
        self.original = settings
        self.setWindowTitle(self.tr("Exam settings"))
        self.setAccessibleName(self.tr("Exam settings"))
        self.count = self._spin(1, max(1, available), min(settings.questions, max(1, available)),
                                self.tr("Number of questions"), self.tr(" questions"))
        self.minutes = self._spin(0, 600, settings.minutes or 0, self.tr("Time limit in minutes, 0 for none"),
                                  self.tr(" min"), self.tr("No time limit"))
        self.pass_mark = self._spin(0, 100, settings.pass_mark or 0, self.tr("Pass mark in per cent, 0 for none"),
                                    self.tr(" %"), self.tr("No pass mark"))
        self.types: dict[QuestionType, QCheckBox] = {}
        kinds = QGroupBox(self.tr("Question types"))
        grid = QGridLayout(kinds)
        for n, (kind, name) in enumerate(type_names().items()):
            box = self.types[kind] = QCheckBox(name)
            box.setChecked(kind in settings.types)
            grid.addWidget(box, n // 3, n % 3)
        self.shuffle = QCheckBox(self.tr("Shuffle the questions and the options"), checked=settings.shuffle)
        self.feedback = QCheckBox(self.tr("Show the right answers and feedback at the end"), checked=settings.feedback)
        self.back_to_skipped = QCheckBox(self.tr("A skipped question may be answered later in the exam"),
                                         checked=settings.back_to_skipped)
        self.clock_pauses = QCheckBox(self.tr("The time limit counts only while the exam is open"),
                                      checked=settings.clock_pauses)
        form = QFormLayout()
        form.addRow(self.tr("&Questions:"), self.count)
        form.addRow(self.tr("&Time limit:"), self.minutes)
        form.addRow(self.tr("&Pass mark:"), self.pass_mark)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.unlock_button = self.buttons.addButton(self.tr("&Change (instructor)…"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.unlock_button.setAccessibleName(self.tr("Change the exam settings (asks for the instructor PIN)"))
        self.unlock_button.clicked.connect(self._ask_to_unlock)
        self.file_button = self.buttons.addButton(self.tr("Load exam &file…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.file_button.setAccessibleName(self.tr("Load the settings from an instructor's exam file"))
        self.file_button.setToolTip(self.tr("An exam file (YAML) sets the number of questions, their types, the time "
                                            "limit, the pass mark and the rest, for this pack"))
        self.file_button.clicked.connect(self._choose_exam_file)
        self.file_note = QLabel(wordWrap=True, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_note.setAccessibleName(self.tr("Exam file"))
        self.file_note.hide()
        for box in self.types.values():
            box.toggled.connect(self._check)
        self.note = QLabel(self.tr("Your instructor sets the exam. These are its settings."), wordWrap=True)
        self.fields = {"questions": (self.tr("the number of questions"), [self.count]),  # ExamSettings field ->
                       "types": (self.tr("the question types"), list(self.types.values())),  # its name and inputs
                       "minutes": (self.tr("the time limit"), [self.minutes]),
                       "pass_mark": (self.tr("the pass mark"), [self.pass_mark]),
                       "shuffle": (self.tr("shuffling"), [self.shuffle]),
                       "feedback": (self.tr("the feedback at the end"), [self.feedback]),
                       "back_to_skipped": (self.tr("going back to skipped questions"), [self.back_to_skipped]),
                       "clock_pauses": (self.tr("how the time limit counts"), [self.clock_pauses])}
        self.lab_note = QLabel(self.tr("Set by your lab for every exam on this computer: {settings}.").format(
            settings=", ".join(self.fields[name][0] for name in self.fields if name in set_by_lab)), wordWrap=True)
        self.lab_note.setAccessibleName(self.tr("Set by your lab"))
        self.lab_note.setVisible(bool(set_by_lab))
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.lab_note)
        layout.addWidget(self.file_note)
        layout.addLayout(form)
        layout.addWidget(kinds)
        layout.addWidget(self.shuffle)
        layout.addWidget(self.feedback)
        layout.addWidget(self.back_to_skipped)
        layout.addWidget(self.clock_pauses)
        layout.addWidget(self.buttons)
        self.set_read_only(read_only)

    @property
    def inputs(self) -> list[QWidget]:
        return [self.count, self.minutes, self.pass_mark, *self.types.values(), self.shuffle, self.feedback,
                self.back_to_skipped, self.clock_pauses]

    def set_read_only(self, read_only: bool) -> None:
        """Read-only: every setting shown but disabled, and only Close (and Change, for the instructor)."""
        self.read_only = read_only
        locked = [widget for name in self.set_by_lab for widget in self.fields[name][1]]
        for widget in self.inputs:
            widget.setEnabled(not read_only and widget not in locked)
        ok, cancel = (self.buttons.button(b) for b in (QDialogButtonBox.StandardButton.Ok,
                                                        QDialogButtonBox.StandardButton.Cancel))
        ok.setVisible(not read_only)
        cancel.setText(self.tr("Close") if read_only else self.tr("Cancel"))
        self.unlock_button.setVisible(read_only and self._unlock is not None)
        self.file_button.setVisible(not read_only and self.pack is not None)
        self.note.setVisible(read_only)
        self._check()

    def _ask_to_unlock(self) -> None:
        if self._unlock is not None and self._unlock(self):
            self.set_read_only(False)
            self.count.setFocus()

    def _choose_exam_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Load exam file"), "",
                                                    self.tr("Exam files (*.yaml *.yml);;All files (*)"))
        if path:
            self.load_exam_file(Path(path))

    def load_exam_file(self, path: Path) -> bool:
        """Fill the settings in from the exam file at ``path`` (those the lab sets stay the lab's); True if it could
        be used. Every problem in it is shown at once, with its line and column; a file with errors changes
        nothing."""
        from sco_app.core.exam_file import check_exam_file
        from sco_app.core.packs.problems import Severity

        exam, problems = check_exam_file(path, self.pack)
        if exam is None:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Exam file not used"),
                              self.tr("The exam file {file} cannot be used: nothing was changed.").format(
                                  file=path.name), QMessageBox.StandardButton.Ok, self)
            box.setDetailedText("\n".join(problem.format() for problem in problems))
            shown = [problem.format() for problem in problems[:FIRST_PROBLEMS]]
            more = len(problems) - len(shown)
            if more:
                shown.append(self.tr("… and %n more (Show Details).", "", more))
            box.setInformativeText("\n".join(shown))
            box.open()
            self.problems_box = box
            return False
        self._show(exam.settings)
        self.exam_file = path
        warnings = [problem.format() for problem in problems if problem.severity is Severity.WARNING]
        title = exam.title.get(self.language, self.pack.languages) if exam.title is not None else ""
        self.file_note.setText("\n".join([self.tr("From the exam file {file}{title}.").format(
            file=path.name, title=f" ({title})" if title else ""), *warnings]))
        self.file_note.show()
        return True

    def _show(self, settings: ExamSettings) -> None:
        """Put ``settings`` in the inputs, except those the lab sets."""
        values = {"questions": lambda: self.count.setValue(min(settings.questions, self.count.maximum())),
                  "types": lambda: [box.setChecked(kind in settings.types) for kind, box in self.types.items()],
                  "minutes": lambda: self.minutes.setValue(settings.minutes or 0),
                  "pass_mark": lambda: self.pass_mark.setValue(settings.pass_mark or 0),
                  "shuffle": lambda: self.shuffle.setChecked(settings.shuffle),
                  "feedback": lambda: self.feedback.setChecked(settings.feedback),
                  "back_to_skipped": lambda: self.back_to_skipped.setChecked(settings.back_to_skipped),
                  "clock_pauses": lambda: self.clock_pauses.setChecked(settings.clock_pauses)}
        for name, put in values.items():
            if name not in self.set_by_lab:
                put()
        self._check()

    def _spin(self, low: int, high: int, value: int, name: str, suffix: str, none: str = "") -> QSpinBox:
        spin = QSpinBox(minimum=low, maximum=high, value=value, suffix=suffix)
        spin.setAccessibleName(name)
        if none:
            spin.setSpecialValueText(none)  # shown at the minimum, 0
        return spin

    def _check(self) -> None:
        """An exam needs at least one question type."""
        ok = any(box.isChecked() for box in self.types.values()) and not self.read_only
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def settings(self) -> ExamSettings:
        return replace(self.original, questions=self.count.value(),
                       types=tuple(kind for kind, box in self.types.items() if box.isChecked()),
                       minutes=self.minutes.value() or None, pass_mark=self.pass_mark.value() or None,
                       shuffle=self.shuffle.isChecked(), feedback=self.feedback.isChecked(),
                       back_to_skipped=self.back_to_skipped.isChecked(), clock_pauses=self.clock_pauses.isChecked())
