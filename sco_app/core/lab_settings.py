"""Settings a lab sets for every user of a computer, in a file only its administrators can write.

For now one setting: the PIN that locks instructor mode (exam settings, class results, the class results server).
The file is an INI file at a per-OS system-wide place (:func:`settings_path`; ``SCO_APP_SYSTEM_CONFIG`` names
another one), holding the PIN only as a salted hash (:mod:`sco_app.core.pins`)::

    [instructor]
    pin = pbkdf2-sha256$200000$<salt, hex>$<hash, hex>

``python -m sco_app.core.lab_settings`` asks for a PIN and prints that section. Without the file, or without a
``pin``, instructor mode is open to everyone. A file that is there but cannot be read, or whose PIN line is not in
that form, keeps instructor mode locked and says why (:attr:`LabSettings.problem`): an exam room fails closed.
"""

from __future__ import annotations

import configparser
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from sco_app.core.pins import MIN_LENGTH, hash_pin, parse, pin_matches

VARIABLE = "SCO_APP_SYSTEM_CONFIG"
FILE_NAME = "settings.ini"
SECTION, PIN_KEY = "instructor", "pin"


def settings_path(platform: str = sys.platform, environ=os.environ) -> Path:
    """Where this computer's lab settings live: ``$SCO_APP_SYSTEM_CONFIG`` if set, else the OS's system-wide place."""
    if environ.get(VARIABLE):
        return Path(environ[VARIABLE])
    if platform.startswith("win"):
        return Path(environ.get("PROGRAMDATA") or r"C:\ProgramData") / "sco-app" / FILE_NAME
    if platform == "darwin":
        return Path("/Library/Application Support/sco-app") / FILE_NAME
    return Path("/etc/sco-app") / FILE_NAME


def verify_pin(pin: str, stored: str) -> bool:
    """Whether ``pin`` is the one ``stored`` (a :func:`~sco_app.core.pins.hash_pin` value) was made from."""
    return pin_matches(stored, pin)


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
        parse(stored)
    except ValueError:
        line = next((n for n, row in enumerate(text.splitlines(), 1) if row.strip().startswith(PIN_KEY)), 0)
        return LabSettings(path, problem=f"{path}:{line}: the {PIN_KEY} is not a hash made by "
                                         "'python -m sco_app.core.lab_settings'")
    return LabSettings(path, pin_hash=stored.strip())


def main() -> int:
    """Ask for a PIN twice and print the section to put in the lab settings file."""
    import getpass

    pin = getpass.getpass("Instructor PIN: ")
    if len(pin) < MIN_LENGTH or pin != getpass.getpass("The same PIN again: "):
        print(f"The PINs differ, or the PIN is shorter than {MIN_LENGTH} characters.", file=sys.stderr)
        return 1
    print(f"# in {settings_path()}\n[{SECTION}]\n{PIN_KEY} = {hash_pin(pin)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
