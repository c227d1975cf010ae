"""The Learning Record Store this computer sends answers to: address, user name and password.

They live in the OS user's settings (QSettings), never in a pack and never in the progress file; a
pack may suggest an address (``quiz: lrs:``), which is used until the user sets one. The dialog
asks for all three; the password field never shows what is stored.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from sco_app.core.lrs import LrsConfig, endpoint_problem

KEYS = {"endpoint": "lrs/endpoint", "username": "lrs/username", "password": "lrs/password", "enabled": "lrs/enabled"}


def _settings(settings: QSettings | None) -> QSettings:
    return settings if settings is not None else QSettings("sco-app", "sco-app")


def _text(settings: QSettings, key: str) -> str:
    value = settings.value(KEYS[key], "")
    return str(value) if value is not None else ""


def load_config(pack_default: str | None = None, settings: QSettings | None = None) -> LrsConfig | None:
    """The LRS to send to, or None if none is set up (no address, no user name, or sending is off)."""
    s = _settings(settings)
    if str(s.value(KEYS["enabled"], "true")).lower() == "false":
        return None
    endpoint = _text(s, "endpoint") or (pack_default or "")
    username = _text(s, "username")
    if not endpoint or not username or endpoint_problem(endpoint):
        return None
    return LrsConfig(endpoint, username, _text(s, "password"))


def save_config(endpoint: str, username: str, password: str, enabled: bool = True,
                settings: QSettings | None = None) -> None:
    s = _settings(settings)
    for key, value in (("endpoint", endpoint.strip()), ("username", username.strip()), ("password", password),
                       ("enabled", "true" if enabled else "false")):
        s.setValue(KEYS[key], value)
    s.sync()


class LrsSettingsDialog(QDialog):
    """Quiz ▸ Class results server…: where this computer sends answers, and as whom."""

    def __init__(self, pack_default: str | None = None, parent: QWidget | None = None,
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.settings = _settings(settings)
        self.pack_default = pack_default or ""
        self.setWindowTitle(self.tr("Class results server"))
        self.setAccessibleName(self.tr("Class results server"))
        intro = QLabel(self.tr("Answers can also go to your school's Learning Record Store (xAPI), where the "
                               "instructor sees the whole class. They wait on this computer until the server has "
                               "them, so nothing is lost when the network is down."), wordWrap=True)
        intro.setAccessibleName(self.tr("About the class results server"))
        self.enabled = QCheckBox(self.tr("&Send answers to the server"))
        self.enabled.setAccessibleName(self.tr("Send answers to the server"))
        self.enabled.setChecked(str(self.settings.value(KEYS["enabled"], "true")).lower() != "false")
        self.endpoint = QLineEdit(_text(self.settings, "endpoint"))
        self.endpoint.setPlaceholderText(self.pack_default or "https://lrs.example.edu/xAPI/")
        self.endpoint.setAccessibleName(self.tr("Server address"))
        self.username = QLineEdit(_text(self.settings, "username"))
        self.username.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit(_text(self.settings, "password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        form = QFormLayout()
        for label, field in ((self.tr("Server &address:"), self.endpoint), (self.tr("&User name:"), self.username),
                             (self.tr("&Password:"), self.password)):
            caption = QLabel(label)
            caption.setBuddy(field)
            form.addRow(caption, field)
        hint = (self.tr("Empty: the lesson's server, {0}.").format(self.pack_default) if self.pack_default
                else self.tr("Ask your instructor for the address, user name and password."))
        self.hint = QLabel(hint, wordWrap=True)
        self.hint.setAccessibleName(self.tr("Hint"))
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
        for widget in (self.hint, self.problem, buttons):
            layout.addWidget(widget)
        self.resize(520, self.sizeHint().height())

    def accept(self) -> None:
        """Save and close, unless the address cannot be an LRS (then say why and stay open)."""
        endpoint = self.endpoint.text().strip()
        problem = endpoint_problem(endpoint) if endpoint else None
        if problem is None and self.enabled.isChecked() and not (endpoint or self.pack_default):
            problem = self.tr("Give the server's address.")
        elif problem is not None:
            problem = self.tr("The address is not usable: it must start with http:// or https://, name a server "
                              "and hold no user name or password.")
        if problem is None and self.enabled.isChecked() and not self.username.text().strip():
            problem = self.tr("Give the user name.")
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            return
        save_config(endpoint, self.username.text(), self.password.text(), self.enabled.isChecked(), self.settings)
        super().accept()
