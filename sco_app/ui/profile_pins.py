"""A profile's PIN on a shared computer: asked before anyone answers as a profile that has one; set, changed or
removed by its owner (who types the PIN in use first); reset by the instructor when it is forgotten.

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
        self.setMinimumWidth(30 * self.fontMetrics().averageCharWidth())  # the wrapped lines keep their room

    def try_pin(self) -> None:
        """The PIN typed opens the profile, or the student is told it does not and may try again."""
        if self.store.check_pin(self.profile, self.field.text()):
            self.accept()
            return
        self.problem.setText(self.tr("That is not the PIN of {name}. Try again, or ask your instructor to reset "
                                     "it.").format(name=profile_label(self.profile)))
        self.problem.show()
        self.adjustSize()  # room for the words said
        self.field.selectAll()
        self.field.setFocus()


class NewPinDialog(QDialog):
    """A new PIN, typed twice; OK only once both agree and it is long enough."""

    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New PIN for {name}").format(name=profile_label(profile)))
        self.setAccessibleName(self.windowTitle())
        text = QLabel(self.tr("Type a PIN of at least {n} characters twice. Whoever chooses this profile on this "
                              "computer will be asked for it.").format(n=MIN_LENGTH), wordWrap=True)
        self.first = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("New PIN"))
        self.second = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("The same PIN again"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for field in (self.first, self.second):
            field.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        for widget in (text, self.first, self.second, self.buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(30 * self.fontMetrics().averageCharWidth())
        self._check()

    def _check(self) -> None:
        ok = len(self.first.text()) >= MIN_LENGTH and self.first.text() == self.second.text()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def pin(self) -> str:
        return self.first.text()


def set_pin(parent: QWidget | None, store: ProgressStore, profile: Profile) -> bool:
    """Set or change ``profile``'s PIN: the PIN in use first (if any), then the new one twice. True if set."""
    if not ask_pin(parent, store, profile):
        return False
    dialog = NewPinDialog(profile, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    store.set_pin(profile, dialog.pin())
    return True


def remove_pin(parent: QWidget | None, store: ProgressStore, profile: Profile) -> bool:
    """Take ``profile``'s PIN away, once the PIN in use is typed. True if it has none now."""
    if not ask_pin(parent, store, profile):
        return False
    store.set_pin(profile, None)
    return True


def reset_pin(parent: QWidget | None, store: ProgressStore, profile: Profile, instructor=None) -> bool:
    """A forgotten PIN taken away by the instructor: only in instructor mode (asked for, with the lab's PIN).
    True if it has none now."""
    if instructor is not None and not instructor.unlock(parent):
        return False
    store.set_pin(profile, None)
    return True


def ask_pin(parent: QWidget | None, store: ProgressStore, profile: Profile) -> bool:
    """True if ``profile`` has no PIN, or the student typed it."""
    if not store.has_pin(profile):
        return True
    return PinDialog(store, profile, parent).exec() == QDialog.DialogCode.Accepted


__all__ = ["NewPinDialog", "PinDialog", "ask_pin", "remove_pin", "reset_pin", "set_pin"]
