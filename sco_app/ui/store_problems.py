"""A problem with the progress file, shown in the quiz panel itself: what happened and what to do, in the student's
language, with Try again.

The engine stores an answer before it takes it (:class:`~sco_app.core.quiz_session.QuizSession`), so when the
store fails nothing changed: the answer stays on screen, in memory, and Try again sends the same action once the
cause is fixed (space freed, the file made writable, the other copy closed). Each kind of
:class:`~sco_app.core.store_errors.StoreError` has its own words here; a test fails if one has none.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from sco_app.core import store_errors as errors
from sco_app.ui import theme


def problem_texts() -> dict[type, tuple[str, str]]:
    """Each kind of store error: what happened, and what to do, translated."""
    return {
        errors.StoreMissing: (
            QCoreApplication.translate("StoreProblem", "Your progress file is missing."),
            QCoreApplication.translate("StoreProblem", "Ask whoever looks after this computer where answers are kept here.")),
        errors.StoreLocked: (
            QCoreApplication.translate("StoreProblem", "Your progress file is in use by another program, so this answer is "
                                                      "not saved yet."),
            QCoreApplication.translate("StoreProblem", "Close the other copy of sco-app, then press Try again.")),
        errors.StoreReadOnly: (
            QCoreApplication.translate("StoreProblem", "Your progress file cannot be written: it or its folder is read-only, "
                                                      "so this answer is not saved yet."),
            QCoreApplication.translate("StoreProblem", "Ask your instructor or the lab staff to make it writable, then press "
                                                      "Try again.")),
        errors.StoreDiskFull: (
            QCoreApplication.translate("StoreProblem", "The disk is full, so this answer is not saved yet."),
            QCoreApplication.translate("StoreProblem", "Free some space on the disk (or ask the lab staff), then press Try "
                                                      "again. The answers saved before are kept.")),
        errors.StoreUnreadable: (
            QCoreApplication.translate("StoreProblem", "Your progress file cannot be read or written now, so this answer is "
                                                      "not saved yet."),
            QCoreApplication.translate("StoreProblem", "Ask the lab staff to check the file and its disk, then press Try "
                                                      "again.")),
        errors.StoreTooNew: (
            QCoreApplication.translate("StoreProblem", "Your progress file was written by a newer version of sco-app."),
            QCoreApplication.translate("StoreProblem", "Ask the lab staff to install that version here; the file was left as "
                                                      "it is.")),
        errors.StoreDamaged: (
            QCoreApplication.translate("StoreProblem", "Your progress file is damaged."),
            QCoreApplication.translate("StoreProblem", "Ask your instructor: 'sco-app results recover' copies every answer "
                                                      "that can still be read.")),
        errors.StoreNotOurs: (
            QCoreApplication.translate("StoreProblem", "The progress file belongs to another program."),
            QCoreApplication.translate("StoreProblem", "Ask the lab staff to move it away; it was left as it is.")),
        errors.StoreIsFolder: (
            QCoreApplication.translate("StoreProblem", "Where the progress file should be there is a folder."),
            QCoreApplication.translate("StoreProblem", "Ask the lab staff to rename or move that folder, then press Try "
                                                      "again.")),
        errors.StoreFolderUnusable: (
            QCoreApplication.translate("StoreProblem", "The folder for your progress cannot be used or created."),
            QCoreApplication.translate("StoreProblem", "Ask the lab staff to make it usable, then press Try again.")),
    }


class StoreProblemBar(QFrame):
    """A bar above the question: the problem, what to do, and Try again (hidden while all is well)."""

    retry = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel(wordWrap=True)
        self.text.setAccessibleName(self.tr("Problem saving your answers"))
        self.try_button = QPushButton(self.tr("&Try again"))
        self.try_button.setAccessibleName(self.tr("Try to save again"))
        self.try_button.clicked.connect(self.retry)
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.try_button)
        self.hide()

    def show_problem(self, error: errors.StoreError) -> None:
        what, advice = problem_texts()[type(error)]
        self.text.setText(f"<b>{what}</b> {advice}")
        self.text.setAccessibleDescription(f"{what} {advice}")
        colour = theme.verdict_colours()[1]
        self.setStyleSheet(f"StoreProblemBar {{ border: 2px solid {colour}; border-radius: 6px }}")
        self.show()
        self.try_button.setFocus()
