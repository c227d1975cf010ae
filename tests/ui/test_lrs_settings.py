"""The class results server settings: the password in the keychain (or a private file), the rest in the user's
private settings file; checked; keyboard-usable."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLineEdit

from sco_app.core import secret_store
from sco_app.core.lrs import LrsConfig
from sco_app.ui.lrs_settings import PASSWORD_SECRET, LrsSettingsDialog, load_config, save_config
from sco_app.ui.private_settings import user_settings

ADDRESS = "https://lrs.example.edu/xAPI/"


def test_nothing_set_up_means_no_server():
    """Without a user name and a saved address there is no server."""
    assert load_config() is None


def test_saved_credentials_never_go_to_the_pack_s_server():
    """A saved user name and password with no saved address go nowhere (never to an address a pack names);
    they go only to the address they were saved for."""
    save_config("", "teacher", "secret")
    assert load_config() is None
    save_config("https://other.example.edu/lrs/", "teacher", "secret")
    assert load_config() == LrsConfig("https://other.example.edu/lrs/", "teacher", "secret")
    settings = user_settings()
    settings.setValue("lrs/endpoint", ADDRESS)  # the address changed, not by saving it with its password
    assert load_config() is None
    save_config("https://other.example.edu/lrs/", "teacher", "secret", enabled=False)
    assert load_config() is None


def test_settings_from_before_keep_working_with_their_own_address():
    """Settings saved before the credentials' address was kept: a saved address is theirs; no address, none."""
    settings = user_settings()
    for key, value in (("endpoint", ADDRESS), ("username", "teacher"), ("password", "pw")):
        settings.setValue(f"lrs/{key}", value)
    assert load_config() == LrsConfig(ADDRESS, "teacher", "pw")
    settings.setValue("lrs/endpoint", "")
    assert load_config() is None


def test_dialog_saves_what_was_typed(qtbot):
    """The pack's suggested address is filled in; typing the user name and password and pressing Enter saves
    them with it; the password stays hidden and is never shown back."""
    dialog = LrsSettingsDialog(pack_default=ADDRESS)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.endpoint.text() == ADDRESS and ADDRESS in dialog.hint.text()
    qtbot.keyClicks(dialog.username, "teacher")
    qtbot.keyClicks(dialog.password, "s3cret!")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert load_config() == LrsConfig(ADDRESS, "teacher", "s3cret!")
    assert not user_settings().contains("lrs/password")
    again = LrsSettingsDialog(pack_default="https://elsewhere.example.org/xAPI/")
    qtbot.addWidget(again)
    assert again.endpoint.text() == ADDRESS and again.password.text() == ""
    again.accept()  # an empty password field keeps the saved password, for the same address
    assert load_config() == LrsConfig(ADDRESS, "teacher", "s3cret!")


def test_an_address_the_lab_sets_is_shown_read_only_and_used(qtbot, no_lab_settings):
    """The lab's address is the one shown, said to be the lab's, and the one used; typing cannot change it, and
    saving the user name and password leaves it out of the user's own settings."""
    no_lab_settings.write_text(f"[lrs]\nendpoint = {ADDRESS}\n", encoding="utf-8")
    dialog = LrsSettingsDialog(pack_default="https://elsewhere.example.org/xAPI/")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.endpoint.text() == ADDRESS and dialog.endpoint.isReadOnly()
    assert dialog.endpoint.accessibleName() == "Server address, set by your lab" and "lab" in dialog.hint.text()
    qtbot.keyClicks(dialog.endpoint, "junk")
    assert dialog.endpoint.text() == ADDRESS
    qtbot.keyClicks(dialog.username, "student7")
    qtbot.keyClicks(dialog.password, "pw-7")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert load_config() == LrsConfig(ADDRESS, "student7", "pw-7")
    assert not user_settings().contains("lrs/endpoint")
    no_lab_settings.unlink()  # the lab takes its address away: nothing is sent anywhere
    assert load_config() is None


def test_sending_turned_off_by_the_lab_stays_off(qtbot, no_lab_settings):
    """``[lrs] enabled = false``: the box is unticked and cannot be ticked, and nothing is sent."""
    save_config(ADDRESS, "teacher", "secret")
    no_lab_settings.write_text("[lrs]\nenabled = false\n", encoding="utf-8")
    dialog = LrsSettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.enabled.isChecked() and not dialog.enabled.isEnabled()
    assert "set by your lab" in dialog.enabled.text()
    qtbot.mouseClick(dialog.enabled, Qt.MouseButton.LeftButton)
    assert not dialog.enabled.isChecked() and load_config() is None


def test_a_new_address_needs_its_password_typed(qtbot):
    """Changing the address does not carry the saved password to it: it must be typed again."""
    save_config(ADDRESS, "teacher", "old-secret")
    dialog = LrsSettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.endpoint.setText("https://new.example.edu/xAPI/")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and "type the password" in dialog.problem.text()
    assert load_config() == LrsConfig(ADDRESS, "teacher", "old-secret")
    qtbot.keyClicks(dialog.password, "new-secret")
    dialog.accept()
    assert load_config() == LrsConfig("https://new.example.edu/xAPI/", "teacher", "new-secret")


def test_dialog_refuses_a_password_over_plain_http(qtbot):
    """http:// to another computer would carry the password in clear: refused; to this computer it is fine."""
    dialog = LrsSettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.endpoint, "http://lrs.example.edu/xAPI/")
    qtbot.keyClicks(dialog.username, "teacher")
    qtbot.keyClicks(dialog.password, "pw")
    dialog.accept()
    assert dialog.problem.isVisible() and "plain http://" in dialog.problem.text()
    assert load_config() is None
    dialog.endpoint.setText("http://127.0.0.1:8100/xAPI/")
    dialog.accept()
    assert load_config() == LrsConfig("http://127.0.0.1:8100/xAPI/", "teacher", "pw")


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
    for address in ("https://lrs.example.edu/x y/", "https://lrs.example.edu:abc/"):
        dialog.endpoint.setText(address)
        dialog.accept()
        assert "not usable" in dialog.problem.text() and load_config() is None
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


def _settings_file() -> Path:
    return Path(user_settings().fileName())


def test_the_password_is_in_the_keychain_never_in_the_settings_file(qtbot, keychain):
    """Saved from the dialog, the password is in the keychain under the app's name; the settings file (mode
    0600 whatever the umask) holds the address and user name only."""
    old = os.umask(0o022)
    try:
        dialog = LrsSettingsDialog(pack_default=ADDRESS)
        qtbot.addWidget(dialog)
        dialog.show()
        assert not dialog.keychain_note.isVisible()
        qtbot.keyClicks(dialog.username, "teacher")
        qtbot.keyClicks(dialog.password, "s3cret!")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    finally:
        os.umask(old)
    assert keychain.passwords == {("sco-app", PASSWORD_SECRET): "s3cret!"}
    text = _settings_file().read_text(encoding="utf-8")
    assert "s3cret!" not in text and "teacher" in text
    if os.name == "posix":
        assert stat.S_IMODE(_settings_file().stat().st_mode) == 0o600


def test_a_password_kept_in_clear_before_moves_to_the_keychain(keychain):
    """A password that an older version left in the settings file moves to the keychain when first read."""
    settings = user_settings()
    for key, value in (("endpoint", ADDRESS), ("username", "teacher"), ("password", "old-clear")):
        settings.setValue(f"lrs/{key}", value)
    settings.sync()
    assert load_config() == LrsConfig(ADDRESS, "teacher", "old-clear")
    assert keychain.passwords == {("sco-app", PASSWORD_SECRET): "old-clear"}
    assert "old-clear" not in _settings_file().read_text(encoding="utf-8")
    assert load_config() == LrsConfig(ADDRESS, "teacher", "old-clear")


def test_without_a_keychain_the_dialog_says_where_the_password_goes(qtbot, monkeypatch, caplog):
    """No keychain: the dialog says the password goes to a file only this account can read; it is kept there
    (mode 0600), works, and is never in a log line."""
    monkeypatch.setattr(secret_store, "system_keychain", lambda: None)
    caplog.set_level(logging.DEBUG)
    dialog = LrsSettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.keychain_note.isVisible() and "only your account can read" in dialog.keychain_note.text()
    qtbot.keyClicks(dialog.endpoint, ADDRESS)
    qtbot.keyClicks(dialog.username, "teacher")
    qtbot.keyClicks(dialog.password, "n0-keychain")
    dialog.accept()
    assert load_config() == LrsConfig(ADDRESS, "teacher", "n0-keychain")
    secrets = _settings_file().parent / secret_store.FILE_NAME
    assert "n0-keychain" in secrets.read_text(encoding="utf-8")
    assert "n0-keychain" not in _settings_file().read_text(encoding="utf-8")
    if os.name == "posix":
        assert stat.S_IMODE(secrets.stat().st_mode) == 0o600
    assert "n0-keychain" not in caplog.text


def test_a_long_problem_never_squeezes_the_fields(qtbot, monkeypatch):
    """With no keychain (its note shown) and the longest problem, the dialog grows: every field keeps its height."""
    monkeypatch.setattr(secret_store, "system_keychain", lambda: None)
    dialog = LrsSettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(dialog.width(), dialog.minimumSizeHint().height())  # as tight as larger system fonts leave it
    dialog.endpoint.setText("http://a b")
    dialog.accept()
    qtbot.wait(50)
    assert dialog.problem.isVisible() and "not usable" in dialog.problem.text()
    for field in (dialog.endpoint, dialog.username, dialog.password):
        assert field.height() >= field.sizeHint().height(), field.accessibleName()
