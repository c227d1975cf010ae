"""Instructor mode: exam settings, class results and the class results server, behind the lab's PIN.

The rule lives in :mod:`sco_app.core.lab_settings`: a lab that sets a PIN in its settings file locks instructor mode;
without one everything is open, as on a teacher's own computer. Here the window asks for the PIN (never shown as
typed), says when it is wrong, and locks again on request or when an exam starts.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from sco_app.core.lab_settings import LabSettings, load_lab_settings


class InstructorMode(QObject):
    changed = Signal(bool)  # instructor mode was entered (True) or left

    def __init__(self, settings: LabSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else load_lab_settings()
        self._unlocked = False

    @property
    def locked_by_lab(self) -> bool:
        """Whether this computer's lab settings ask for a PIN at all."""
        return self.settings.instructor_locked

    @property
    def active(self) -> bool:
        """Whether instructor functions are open now: no lab PIN, or the PIN was given."""
        return not self.locked_by_lab or self._unlocked

    def unlock(self, parent: QWidget | None = None, pin: str | None = None) -> bool:
        """Enter instructor mode: ask for the lab's PIN (unless given); True if it is open now."""
        if self.active:
            return True
        if self.settings.problem is not None:
            QMessageBox.warning(parent, self.tr("Instructor mode is locked"), self.tr(
                "The lab settings file has a problem, so instructor mode stays locked until it is fixed:\n{problem}")
                .format(problem=self.settings.problem))
            return False
        if pin is None:
            pin, ok = QInputDialog.getText(parent, self.tr("Instructor mode"),
                                           self.tr("This computer's lab asks for the instructor PIN:"),
                                           QLineEdit.EchoMode.Password)
            if not ok:
                return False
        if not self.settings.check_pin(pin):
            QMessageBox.warning(parent, self.tr("Instructor mode"), self.tr("That is not the instructor PIN."))
            return False
        self._unlocked = True
        self.changed.emit(True)
        return True

    def lock(self) -> None:
        """Leave instructor mode (with a lab PIN set; without one there is nothing to lock)."""
        if self._unlocked:
            self._unlocked = False
            self.changed.emit(False)

    def require(self, parent: QWidget | None = None) -> bool:
        """Whether an instructor function may open: at once if open, else once the PIN is given."""
        return self.active or self.unlock(parent)
