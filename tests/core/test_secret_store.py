"""Secrets go to the system keychain; with none, to a file only this user can read, with a warning; never logged."""

from __future__ import annotations

import logging
import os
import stat

import pytest

from sco_app.core import secret_store
from sco_app.core.secret_store import FILE_NAME, SERVICE, SecretStore

PASSWORD = "s3cret-Pa55!"


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_secret_goes_to_the_keychain_and_never_to_a_file(tmp_path, keychain):
    """With a keychain, the secret is there under the app's name, no file is written, and it reads back."""
    store = SecretStore(tmp_path)
    assert store.in_keychain and store.warning is None
    store.set("lrs-password", PASSWORD)
    assert keychain.passwords == {(SERVICE, "lrs-password"): PASSWORD}
    assert list(tmp_path.iterdir()) == []
    assert SecretStore(tmp_path).get("lrs-password") == PASSWORD
    store.set("lrs-password", "")
    assert keychain.passwords == {} and store.get("lrs-password") == ""


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX's")
def test_without_a_keychain_the_secret_is_in_a_0600_file_with_a_warning(tmp_path, monkeypatch, caplog):
    """No keychain: the secret goes to a file of mode 0600 in a 0700 folder, whatever the umask, and a warning
    names the file; neither the warning nor any other log line holds the secret."""
    monkeypatch.setattr(secret_store, "system_keychain", lambda: None)
    monkeypatch.setattr(secret_store, "_warned", set())
    caplog.set_level(logging.DEBUG)
    old = os.umask(0o000)
    try:
        store = SecretStore(tmp_path / "config")
        store.set("lrs-password", PASSWORD)
    finally:
        os.umask(old)
    path = tmp_path / "config" / FILE_NAME
    assert not store.in_keychain and str(path) in store.warning
    assert _mode(path) == 0o600 and _mode(path.parent) == 0o700
    assert SecretStore(tmp_path / "config").get("lrs-password") == PASSWORD
    assert "no system keychain" in caplog.text and PASSWORD not in caplog.text


def test_a_locked_keychain_falls_back_to_the_file(tmp_path, keychain, monkeypatch):
    """A keychain that refuses (locked) is left for the private file, with a warning that says why."""
    monkeypatch.setattr(secret_store, "_warned", set())
    keychain.locked = True
    store = SecretStore(tmp_path)
    store.set("lrs-password", PASSWORD)
    assert not store.in_keychain and "KeyringLocked" in store.warning
    assert keychain.passwords == {} and (tmp_path / FILE_NAME).exists()
    keychain.locked = False
    again = SecretStore(tmp_path)
    assert again.get("lrs-password") == PASSWORD  # read from the file while the keychain has none
    again.set("lrs-password", PASSWORD)  # saved again with the keychain back: moved into it, out of the file
    assert keychain.passwords == {(SERVICE, "lrs-password"): PASSWORD}
    assert PASSWORD not in (tmp_path / FILE_NAME).read_text(encoding="utf-8")


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX's")
def test_a_secrets_file_left_readable_is_made_private_when_read(tmp_path, monkeypatch):
    """A secrets file copied in with mode 0644 is made 0600 before it is read."""
    monkeypatch.setattr(secret_store, "system_keychain", lambda: None)
    path = tmp_path / FILE_NAME
    path.write_text('{"lrs-password": "pw"}', encoding="utf-8")
    path.chmod(0o644)
    assert SecretStore(tmp_path).get("lrs-password") == "pw"
    assert _mode(path) == 0o600


def test_a_damaged_secrets_file_means_no_secret(tmp_path, monkeypatch):
    """A secrets file that is not JSON gives no secret and no traceback; saving one replaces it."""
    monkeypatch.setattr(secret_store, "system_keychain", lambda: None)
    (tmp_path / FILE_NAME).write_text("{not json", encoding="utf-8")
    store = SecretStore(tmp_path)
    assert store.get("lrs-password") == ""
    store.set("lrs-password", "pw")
    assert SecretStore(tmp_path).get("lrs-password") == "pw"
