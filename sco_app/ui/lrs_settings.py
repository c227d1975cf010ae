"""The Learning Record Store this computer sends answers to: address, user name and password.

The address and user name live in the OS user's settings (a file only that user may read), unless the lab's
settings set the address (or whether answers are sent): then that is shown, "set by your lab", and kept;
the password in the system keychain, or where there is none in a file only that user may read
(:mod:`sco_app.core.secret_store`). None of them is ever in a pack or in the progress file. The
user name and password are kept with the address they were saved for and go to no other: a pack may
suggest an address (``quiz: lrs:``), but that is only filled in in the dialog, where the user saves
it (or not). A password goes over plain http:// only to this computer. The password field never
shows what is stored: left empty, the saved password stays (for the same address only).
"""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from sco_app.core.lrs import (
    LrsConfig,
    endpoint_problem,
    password_problem,
    same_endpoint,
)
from sco_app.core.preferences import (
    LRS_CLEAR_PASSWORD, LRS_CREDENTIALS_FOR, LRS_ENABLED, LRS_ENDPOINT, LRS_USERNAME, Preferences,
)
from sco_app.core.secret_store import SecretStore
from sco_app.ui import private_settings

PASSWORD_SECRET = "lrs-password"  # its name in the keychain


def _settings(settings: Preferences | None) -> Preferences:
    return settings if settings is not None else private_settings.preferences()


def saved_password(settings: Preferences | None = None, secrets: SecretStore | None = None) -> str:
    """The saved password; one that an older version kept in clear in the settings moves to the keychain."""
    s, secrets = _settings(settings), secrets or SecretStore()
    clear = s.get(LRS_CLEAR_PASSWORD)
    if clear is not None:
        if clear and not secrets.get(PASSWORD_SECRET):
            secrets.set(PASSWORD_SECRET, clear)
        s.reset(LRS_CLEAR_PASSWORD)
        s.sync()
    return secrets.get(PASSWORD_SECRET)


def credentials_address(settings: Preferences | None = None) -> str:
    """The address the saved user name and password were saved for ("" if none: then they go nowhere).
    Settings saved before this was kept hold the address the user saved itself."""
    s = _settings(settings)
    saved_for = s.get(LRS_CREDENTIALS_FOR)
    return saved_for if saved_for is not None else s.own(LRS_ENDPOINT)


def load_config(settings: Preferences | None = None, secrets: SecretStore | None = None) -> LrsConfig | None:
    """The LRS to send to, or None if none is set up (no address, no user name, sending is off, or the
    user name and password were saved for another address). A pack's suggested address is never used
    here: only an address the user saved, or the lab set."""
    s = _settings(settings)
    if not s.get(LRS_ENABLED):
        return None
    endpoint = s.get(LRS_ENDPOINT)
    username = s.get(LRS_USERNAME)
    if not endpoint or not username or endpoint_problem(endpoint):
        return None
    if not same_endpoint(credentials_address(s), endpoint):
        return None
    return LrsConfig(endpoint, username, saved_password(s, secrets))


def save_config(endpoint: str, username: str, password: str, enabled: bool = True,
                settings: Preferences | None = None, secrets: SecretStore | None = None) -> None:
    """Save the address with the user name and password that are for it (and only for it): the password
    in the keychain (or the private file), the rest in the private settings file (what the lab sets stays
    as the lab sets it)."""
    s = _settings(settings)
    private_settings.protect()
    endpoint = endpoint.strip()
    (secrets or SecretStore()).set(PASSWORD_SECRET, password)
    s.reset(LRS_CLEAR_PASSWORD)
    for setting, value in ((LRS_ENDPOINT, endpoint), (LRS_USERNAME, username.strip()), (LRS_ENABLED, enabled),
                           (LRS_CREDENTIALS_FOR, endpoint)):
        if s.changeable(setting):
            s.set(setting, value)
    s.sync()


class LrsSettingsDialog(QDialog):
    """Quiz ▸ Class results server…: where this computer sends answers, and as whom."""

    def __init__(self, pack_default: str | None = None, parent: QWidget | None = None,
                 settings: Preferences | None = None, secrets: SecretStore | None = None) -> None:
        super().__init__(parent)
        self.settings = _settings(settings)
        self.secrets = secrets or SecretStore()
        self.pack_default = pack_default or ""
        self.setWindowTitle(self.tr("Class results server"))
        self.setAccessibleName(self.tr("Class results server"))
        intro = QLabel(self.tr("Answers can also go to your school's Learning Record Store (xAPI), where the "
                               "instructor sees the whole class. They wait on this computer until the server has "
                               "them, so nothing is lost when the network is down."), wordWrap=True)
        intro.setAccessibleName(self.tr("About the class results server"))
        lab_sends, lab_address = (self.settings.by_lab(setting) for setting in (LRS_ENABLED, LRS_ENDPOINT))
        self.enabled = QCheckBox(self.tr("&Send answers to the server (set by your lab)") if lab_sends
                                 else self.tr("&Send answers to the server"))
        self.enabled.setAccessibleName(self.enabled.text().replace("&", ""))
        self.enabled.setChecked(self.settings.get(LRS_ENABLED))
        self.enabled.setEnabled(not lab_sends)
        saved = self.settings.get(LRS_ENDPOINT)
        self.endpoint = QLineEdit(saved or self.pack_default)  # the pack's suggestion counts only once saved here
        self.endpoint.setPlaceholderText("https://lrs.example.edu/xAPI/")
        self.endpoint.setAccessibleName(self.tr("Server address, set by your lab") if lab_address
                                        else self.tr("Server address"))
        self.endpoint.setReadOnly(lab_address)
        if lab_address:  # drawn on the window's colour, as text that is shown rather than asked for, in any theme
            palette = self.endpoint.palette()
            palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
            self.endpoint.setPalette(palette)
        self.username = QLineEdit(self.settings.get(LRS_USERNAME))
        self.username.setAccessibleName(self.tr("User name"))
        self._saved_password = saved_password(self.settings, self.secrets)
        self._saved_for = credentials_address(self.settings)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        if self._saved_password:
            self.password.setPlaceholderText(self.tr("(saved; type to change)"))
        form = QFormLayout()
        for label, field in ((self.tr("Server &address (set by your lab):") if lab_address
                              else self.tr("Server &address:"), self.endpoint), (self.tr("&User name:"), self.username),
                             (self.tr("&Password:"), self.password)):
            caption = QLabel(label)
            caption.setBuddy(field)
            form.addRow(caption, field)
        hint = (self.tr("Your lab has set the server's address: ask your instructor for the user name and "
                        "password.") if lab_address
                else self.tr("The lesson suggests the server {0}. Save only if your instructor gave you this "
                             "address: the user name and password go to it.").format(self.pack_default)
                if self.pack_default and not saved
                else self.tr("Ask your instructor for the address, user name and password."))
        self.hint = QLabel(hint, wordWrap=True)
        self.hint.setAccessibleName(self.tr("Hint"))
        self.keychain_note = QLabel(self.tr("This computer has no keychain for passwords: the password is kept "
                                            "in a file that only your account can read.")
                                    if not self.secrets.in_keychain else "", wordWrap=True)
        self.keychain_note.setAccessibleName(self.tr("Where the password is kept"))
        self.keychain_note.setVisible(not self.secrets.in_keychain)
        self.problem = QLabel(wordWrap=True)
        self.problem.setStyleSheet("color: #B33C00")
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.enabled):
            layout.addWidget(widget)
        layout.addLayout(form)
        for widget in (self.hint, self.keychain_note, self.problem, buttons):
            layout.addWidget(widget)
        self.resize(520, self.sizeHint().height())

    def accept(self) -> None:
        """Save and close, unless the address cannot be an LRS (then say why and stay open). An empty
        password field keeps the saved password, but only for the address it was saved for."""
        endpoint = self.endpoint.text().strip()
        password = self.password.text()
        keep = not password and bool(self._saved_password)
        if keep and same_endpoint(self._saved_for, endpoint):
            password = self._saved_password
        problem = endpoint_problem(endpoint) if endpoint else None
        if problem is None and self.enabled.isChecked() and not endpoint:
            problem = self.tr("Give the server's address.")
        elif problem is not None:
            problem = self.tr("The address is not usable: it must start with http:// or https://, name a server, "
                              "have a port number from 1 to 65535 if it has one, and hold no spaces, accented "
                              "letters, user name or password.")
        if problem is None and self.enabled.isChecked() and not self.username.text().strip():
            problem = self.tr("Give the user name.")
        if problem is None and endpoint and password_problem(LrsConfig(endpoint, self.username.text(), password)):
            problem = self.tr("A password may not go over plain http:// to another computer: anyone on the way "
                              "could read it. Use the server's https:// address.")
        if problem is None and keep and not same_endpoint(self._saved_for, endpoint):
            problem = self.tr("The address has changed: type the password for this server (the saved one is only "
                              "sent to {0}).").format(self._saved_for or self.tr("no server"))
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            self._fit_height()
            return
        save_config(endpoint, self.username.text(), password, self.enabled.isChecked(), self.settings, self.secrets)
        super().accept()

    def _fit_height(self) -> None:
        """Grow to show every line of the wrapped texts at the dialog's width (Qt does not grow a window for a
        label that wraps), so a long problem never squeezes the fields."""
        layout = self.layout()
        layout.activate()
        needed = layout.heightForWidth(self.width()) if layout.hasHeightForWidth() else layout.sizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)
