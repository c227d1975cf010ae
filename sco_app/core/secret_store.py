"""Secrets of this computer user (the class results server's password): in the system keychain, else
in a file only that user may read.

The keychain is the OS's own (Windows Credential Manager, the macOS Keychain, the Secret Service of
GNOME or KDE on Linux), reached through ``keyring``. Where none works (a lab account with no keyring
daemon, a locked keychain), the secret goes to ``secrets.json`` in the user's configuration folder
with mode 0600, and :attr:`SecretStore.warning` says so (logged once, and shown by the UI). A secret's
value is never logged, printed or put in an exception's message.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from sco_app.core import places
from sco_app.core.private_files import make_private, write_private

SERVICE = "sco-app"  # the keychain entry's service name
FILE_NAME = "secrets.json"
log = logging.getLogger(__name__)
_warned: set[str] = set()  # each warning is logged once per process


def system_keychain():
    """The OS's keychain as a ``keyring`` backend, or None if this computer has none that works."""
    import keyring

    try:
        backend = keyring.get_keyring()
        return backend if backend.priority > 0 else None  # keyring's "fail" and "null" backends have none
    except Exception:  # noqa: BLE001 - a broken keyring set-up means: no keychain
        return None


class SecretStore:
    """Named secrets of this OS user. ``keychain`` is a ``keyring`` backend (default: the system's, if any);
    ``folder`` holds the fallback file (default: the user's configuration folder)."""

    def __init__(self, folder: str | Path | None = None, keychain=...) -> None:
        self.path = Path(folder if folder is not None else places.user_config_dir()) / FILE_NAME
        self.keychain = system_keychain() if keychain is ... else keychain
        self.warning: str | None = None if self.keychain is not None else self._no_keychain("none was found")

    @property
    def in_keychain(self) -> bool:
        """True while secrets go to the system keychain (False: to the private file)."""
        return self.keychain is not None

    def get(self, name: str) -> str:
        """The secret ``name`` ("" if none is stored)."""
        if self.keychain is not None:
            try:
                value = self.keychain.get_password(SERVICE, name)
            except Exception as exc:  # noqa: BLE001 - locked, refused, the daemon gone: use the file
                self._fall_back(exc)
            else:
                if value is not None:
                    return value
        return str(self._read_file().get(name, ""))

    def set(self, name: str, value: str) -> None:
        """Store ``value`` as ``name`` (an empty value deletes it): in the keychain, and out of the file."""
        if not value:
            self.delete(name)
            return
        if self.keychain is not None:
            try:
                self.keychain.set_password(SERVICE, name, value)
            except Exception as exc:  # noqa: BLE001
                self._fall_back(exc)
            else:
                self._write_file(name, None)
                return
        self._write_file(name, value)

    def delete(self, name: str) -> None:
        """Forget the secret ``name`` wherever it is."""
        if self.keychain is not None:
            try:
                if self.keychain.get_password(SERVICE, name) is not None:
                    self.keychain.delete_password(SERVICE, name)
            except Exception as exc:  # noqa: BLE001
                self._fall_back(exc)
        self._write_file(name, None)

    # -- the fallback file ----------------------------------------------------------------------

    def _no_keychain(self, why: str) -> str:
        message = (f"no system keychain can keep the password ({why}): it is kept in {self.path}, "
                   "a file that only this computer user can read")
        if message not in _warned:
            _warned.add(message)
            log.warning("%s", message)
        return message

    def _fall_back(self, exc: Exception) -> None:
        self.keychain = None
        self.warning = self._no_keychain(f"the keychain answered {exc.__class__.__name__}")

    def _read_file(self) -> dict:
        if not self.path.exists():
            return {}
        make_private(self.path)  # a copy put there by hand with a wider mode is made private first
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            log.warning("the secrets file %s cannot be read; its secrets are not used", self.path)
            return {}
        return data if isinstance(data, dict) else {}

    def _write_file(self, name: str, value: str | None) -> None:
        data = self._read_file()
        if value is None and name not in data:
            return
        if value is None:
            del data[name]
        else:
            data[name] = value
        write_private(self.path, json.dumps(data, indent=1, sort_keys=True).encode("utf-8"))
