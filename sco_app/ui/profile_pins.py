"""A profile's PIN on a shared computer: asked before anyone answers as a profile that has one.

The PIN is kept only as a salted hash (:mod:`sco_app.core.pins`, through the progress store); a wrong PIN is
said, and the student may try again or cancel.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from sco_app.core.pins import MIN_LENGTH
from sco_app.core.progress import Profile, ProgressStore
from sco_app.ui.profile_dialog import profile_label


class PinDialog(QDialog):
    """Asks for ``profile``'s PIN; accepted only with the right one."""

    def __init__(self, store: ProgressStore, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.profile = store, profile
        self.setWindowTitle(self.tr("PIN for {name}").format(name=profile_label(profile)))
        self.setAccessibleName(self.windowTitle())
        self.text = QLabel(self.tr("{name} has a PIN. Type it to go on as {name}.").format(name=profile_label(profile)),
                           wordWrap=True)
        self.field = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("PIN"))
        self.text.setBuddy(self.field)
        self.problem = QLabel(wordWrap=True)
        self.problem.setAccessibleName(self.tr("What went wrong"))
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_pin)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.text, self.field, self.problem, buttons):
            layout.addWidget(widget)

    def try_pin(self) -> None:
        """The PIN typed opens the profile, or the student is told it does not and may try again."""
        if self.store.check_pin(self.profile, self.field.text()):
            self.accept()
            return
        self.problem.setText(self.tr("That is not the PIN of {name}. Try again, or ask your instructor to reset "
                                     "it.").format(name=profile_label(self.profile)))
        self.problem.show()
        self.field.selectAll()
        self.field.setFocus()


def ask_pin(parent: QWidget | None, store: ProgressStore, profile: Profile) -> bool:
    """True if ``profile`` has no PIN, or the student typed it."""
    if not store.has_pin(profile):
        return True
    return PinDialog(store, profile, parent).exec() == QDialog.DialogCode.Accepted


__all__ = ["MIN_LENGTH", "PinDialog", "ask_pin"]
