"""The class results server settings: saved in the user's settings only, checked, keyboard-usable."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLineEdit

from sco_app.core.lrs import LrsConfig
from sco_app.ui.lrs_settings import LrsSettingsDialog, load_config, save_config

ADDRESS = "https://lrs.example.edu/xAPI/"


def test_nothing_set_up_means_no_server():
    """Without a user name there is no server, even when the pack suggests an address."""
    assert load_config() is None
    assert load_config(pack_default=ADDRESS) is None


def test_the_pack_default_is_used_until_the_user_sets_an_address():
    """A saved user name with no address sends to the pack's server; a saved address wins over it."""
    save_config("", "teacher", "secret")
    assert load_config(pack_default=ADDRESS) == LrsConfig(ADDRESS, "teacher", "secret")
    save_config("https://other.example.edu/lrs/", "teacher", "secret")
    assert load_config(pack_default=ADDRESS).endpoint == "https://other.example.edu/lrs/"
    save_config("https://other.example.edu/lrs/", "teacher", "secret", enabled=False)
    assert load_config(pack_default=ADDRESS) is None


def test_dialog_saves_what_was_typed(qtbot):
    """Typing the address, user name and password and pressing Enter saves them; the password stays hidden."""
    dialog = LrsSettingsDialog(pack_default=ADDRESS)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.endpoint.placeholderText() == ADDRESS
    qtbot.keyClicks(dialog.username, "teacher")
    qtbot.keyClicks(dialog.password, "s3cret!")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert load_config(pack_default=ADDRESS) == LrsConfig(ADDRESS, "teacher", "s3cret!")
    assert QSettings("sco-app", "sco-app").value("lrs/password") == "s3cret!"


def test_dialog_refuses_an_unusable_address(qtbot):
    """An address with a password in it, or not http(s), is explained and nothing is saved."""
    dialog = LrsSettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.endpoint, "https://teacher:pw@lrs.example.edu/")
    qtbot.keyClicks(dialog.username, "teacher")
    dialog.accept()
    assert dialog.problem.isVisible() and "not usable" in dialog.problem.text()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert load_config() is None
    dialog.endpoint.clear()
    dialog.accept()
    assert "address" in dialog.problem.text()


def test_every_control_is_named_and_labelled(qtbot):
    """Fields have accessible names and labels with shortcuts; buttons are named."""
    dialog = LrsSettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    for widget in dialog.findChildren(QLineEdit) + dialog.findChildren(QAbstractButton) + dialog.findChildren(QCheckBox):
        assert widget.accessibleName() or widget.text(), widget
    fields = [dialog.enabled, dialog.endpoint, dialog.username, dialog.password]
    assert all(field.focusPolicy() & Qt.FocusPolicy.TabFocus for field in fields)
