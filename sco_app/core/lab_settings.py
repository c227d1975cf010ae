"""Settings a lab sets for every user of a computer, in a file only its administrators can write.

For now one setting: the PIN that locks instructor mode (exam settings, class results, the class results server).
The file is an INI file at a per-OS system-wide place (:func:`settings_path`; ``SCO_APP_SYSTEM_CONFIG`` names
another one), holding the PIN only as a salted hash::

    [instructor]
    pin = pbkdf2-sha256$200000$<salt, hex>$<hash, hex>

``python -m sco_app.core.lab_settings`` asks for a PIN and prints that section. Without the file, or without a
``pin``, instructor mode is open to everyone. A file that is there but cannot be read, or whose PIN line is not in
that form, keeps instructor mode locked and says why (:attr:`LabSettings.problem`): an exam room fails closed.
"""

from __future__ import annotations

import configparser
import hashlib
import hmac
import os
import secrets
import sys
from dataclasses import dataclass
from pathlib import Path

VARIABLE = "SCO_APP_SYSTEM_CONFIG"
FILE_NAME = "settings.ini"
SECTION, PIN_KEY = "instructor", "pin"
SCHEME, ITERATIONS = "pbkdf2-sha256", 200_000


def settings_path(platform: str = sys.platform, environ=os.environ) -> Path:
    """Where this computer's lab settings live: ``$SCO_APP_SYSTEM_CONFIG`` if set, else the OS's system-wide place."""
    if environ.get(VARIABLE):
        return Path(environ[VARIABLE])
    if platform.startswith("win"):
        return Path(environ.get("PROGRAMDATA") or r"C:\ProgramData") / "sco-app" / FILE_NAME
    if platform == "darwin":
        return Path("/Library/Application Support/sco-app") / FILE_NAME
    return Path("/etc/sco-app") / FILE_NAME


def hash_pin(pin: str, salt: bytes | None = None, iterations: int = ITERATIONS) -> str:
    """``pin`` as the file stores it: salted PBKDF2-HMAC-SHA256, with its scheme, iterations and salt."""
    salt = secrets.token_bytes(16) if salt is None else salt
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, iterations)
    return f"{SCHEME}${iterations}${salt.hex()}${digest.hex()}"


def _parse(stored: str) -> tuple[int, bytes, bytes]:
    """The iterations, salt and hash of a stored PIN; ValueError if it is not in :func:`hash_pin`'s form."""
    scheme, iterations, salt, digest = stored.strip().split("$")
    if scheme != SCHEME or not 1_000 <= int(iterations) <= 10_000_000 or not salt or len(digest) != 64:
        raise ValueError(stored)
    return int(iterations), bytes.fromhex(salt), bytes.fromhex(digest)


def verify_pin(pin: str, stored: str) -> bool:
    """Whether ``pin`` is the one ``stored`` (a :func:`hash_pin` value) was made from; compared in constant time."""
    try:
        iterations, salt, digest = _parse(stored)
    except ValueError:
        return False
    return hmac.compare_digest(hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, iterations), digest)


@dataclass(frozen=True)
class LabSettings:
    path: Path
    pin_hash: str | None = None
    problem: str | None = None  # the file is there but unusable: instructor mode stays locked

    @property
    def instructor_locked(self) -> bool:
        """Whether instructor mode needs the lab's PIN (a PIN is set, or the file could not be used)."""
        return self.pin_hash is not None or self.problem is not None

    def check_pin(self, pin: str) -> bool:
        return self.pin_hash is not None and verify_pin(pin, self.pin_hash)


def load_lab_settings(path: str | Path | None = None) -> LabSettings:
    """This computer's lab settings (from ``path``, else :func:`settings_path`); never raises."""
    path = Path(path) if path is not None else settings_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return LabSettings(path)
    except (OSError, UnicodeDecodeError) as exc:
        return LabSettings(path, problem=f"{path}: cannot be read ({exc.__class__.__name__}: {exc})")
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read_string(text, source=str(path))
    except configparser.Error as exc:
        return LabSettings(path, problem=" ".join(str(exc).split()))
    stored = parser.get(SECTION, PIN_KEY, fallback=None)
    if stored is None or not stored.strip():
        return LabSettings(path)
    try:
        _parse(stored)
    except ValueError:
        line = next((n for n, row in enumerate(text.splitlines(), 1) if row.strip().startswith(PIN_KEY)), 0)
        return LabSettings(path, problem=f"{path}:{line}: the {PIN_KEY} is not a hash made by "
                                         "'python -m sco_app.core.lab_settings'")
    return LabSettings(path, pin_hash=stored.strip())


def main() -> int:
    """Ask for a PIN twice and print the section to put in the lab settings file."""
    import getpass

    pin = getpass.getpass("Instructor PIN: ")
    if len(pin) < 4 or pin != getpass.getpass("The same PIN again: "):
        print("The PINs differ, or the PIN is shorter than 4 characters.", file=sys.stderr)
        return 1
    print(f"# in {settings_path()}\n[{SECTION}]\n{PIN_KEY} = {hash_pin(pin)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
