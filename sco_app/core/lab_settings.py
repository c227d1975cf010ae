"""Settings a lab sets for every user of a computer, in a file only its administrators can write.

The file is an INI file at a per-OS system-wide place (:func:`settings_path`; ``SCO_APP_SYSTEM_CONFIG`` names
another one). Its sections and keys are those of the settings declared with ``lab`` in
:mod:`sco_app.core.preferences` (``lrs/endpoint`` is ``endpoint`` in ``[lrs]``): the instructor PIN (only as a
salted hash), shared pack folders, the class results server, exam settings, whether the welcome opens, and the
addresses the learning records name. What the file sets, no user can change.

A value that cannot be used (the wrong type, out of range, a key the app does not know) is left out, so its
default stays, and a note says which line it is on (:attr:`LabSettings.notes`; ``python -m
sco_app.core.lab_settings check`` prints them). The PIN fails closed instead: a file that is there but cannot be
read, or whose PIN is not in the hashed form, keeps instructor mode locked and says why
(:attr:`LabSettings.problem`). ``python -m sco_app.core.lab_settings example`` writes a commented example file,
and ``pin`` asks for a PIN and prints its line.
"""

from __future__ import annotations

import argparse
import configparser
import os
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Mapping, Sequence

from sco_app.core.preferences import INSTRUCTOR_PIN, SETTINGS, Preferences, Setting, UserStore
from sco_app.core.private_files import write_private

VARIABLE = "SCO_APP_SYSTEM_CONFIG"
FILE_NAME = "settings.ini"
SECTION, PIN_KEY = INSTRUCTOR_PIN.section, INSTRUCTOR_PIN.name
SCHEME, ITERATIONS = INSTRUCTOR_PIN.kind.SCHEME, INSTRUCTOR_PIN.kind.ITERATIONS
MAX_BYTES = 256 * 1024  # a lab's settings are a few lines; a larger file is not one


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
    return INSTRUCTOR_PIN.kind.make(pin, salt, iterations)


def verify_pin(pin: str, stored: str) -> bool:
    """Whether ``pin`` is the one ``stored`` (a :func:`hash_pin` value) was made from; compared in constant time."""
    return INSTRUCTOR_PIN.kind.matches(pin, stored)


@dataclass(frozen=True)
class LabSettings:
    path: Path
    values: Mapping[str, object] = field(default_factory=dict)  # key -> the value the lab sets (usable ones only)
    problem: str | None = None  # the file is there but unusable: instructor mode stays locked
    notes: tuple[str, ...] = ()  # "file:line: what was left out, and why"

    @property
    def pin_hash(self) -> str | None:
        return self.values.get(INSTRUCTOR_PIN.key)

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
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            return LabSettings(path, problem=f"{path}: larger than a settings file can be ({MAX_BYTES} bytes)")
        text = data.decode("utf-8-sig")
    except FileNotFoundError:
        return LabSettings(path)
    except (OSError, UnicodeDecodeError) as exc:
        return LabSettings(path, problem=f"{path}: cannot be read ({exc.__class__.__name__}: {exc})")
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read_string(text, source=str(path))
    except configparser.Error as exc:
        return LabSettings(path, problem=" ".join(str(exc).split()))
    values, notes, problems = {}, [], []
    for section in parser.sections():
        for name, raw in parser.items(section):
            setting = SETTINGS.get(f"{section}/{name}")
            where = f"{path}:{_line_of(text, section, name)}"
            if setting is None or not setting.lab:
                notes.append(f"{where}: [{section}] {name} is not a setting a lab can set; it is left out")
                continue
            if not raw.strip():
                continue  # an empty value sets nothing, as if the line were not there
            try:
                values[setting.key] = setting.kind.parse(raw)
            except (ValueError, TypeError) as exc:
                line = f"{where}: [{section}] {name}: {exc}"
                if setting.strict:
                    problems.append(line)
                else:
                    notes.append(f"{line}; the default, {_shown(setting, setting.default)}, is used")
    return LabSettings(path, MappingProxyType(values), problems[0] if problems else None, tuple(notes))


def _line_of(text: str, section: str, name: str) -> int:
    """The line of ``name`` in ``[section]`` (0 if it cannot be found)."""
    current = None
    for number, row in enumerate(text.splitlines(), 1):
        stripped = row.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            current = stripped[1:-1].strip().lower()
        elif current == section and not row[:1].isspace() and _option(stripped) == name:
            return number
    return 0


def _option(row: str) -> str:
    """The option a line of an INI file sets (``name = value`` or ``name: value``)."""
    return row.split("=")[0].split(":")[0].strip().lower()


def _shown(setting: Setting, value: object) -> str:
    if value is None or value == "" or value == ():
        return "none"
    return setting.kind.text(value).strip().replace("\n    ", ", ")


def preferences(user: UserStore | None = None) -> Preferences:
    """The settings in force for the user whose settings ``user`` keeps (none: the command line), with what this
    computer's lab settings file sets."""
    return Preferences(user, load_lab_settings().values)


def example_text(path: Path | None = None) -> str:
    """A commented example of the lab's settings file: every setting a lab can set, none of them set."""
    path = path or settings_path()
    lines = ["# sco-app: settings for every user of this computer. No user can change what this file sets.",
             f"# Its place: {path}; SCO_APP_SYSTEM_CONFIG names another file.",
             "# Let every account read it, and only administrators write it.",
             "# A line that starts with # is not read: take the # away to set a value (keep the [section] lines).",
             "# A value that cannot be used is left out, and its default stays:",
             "# 'python -m sco_app.core.lab_settings check' says which line it is on."]
    section = None
    for setting in SETTINGS.values():
        if not setting.lab:
            continue
        if setting.section != section:
            section = setting.section
            lines += ["", f"[{section}]"]
        value = setting.example if setting.example is not None else setting.kind.text(setting.default)
        about = f"{setting.about}. ({setting.kind.describe}; default: {_shown(setting, setting.default)})"
        lines += [*textwrap.wrap(about, 100, initial_indent="# ", subsequent_indent="# ", break_on_hyphens=False),
                  *(f"#{row}".rstrip() for row in f" {setting.name} = {value}".splitlines())]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m sco_app.core.lab_settings`` (and ``sco-app lab-settings``): example, pin, check."""
    parser = argparse.ArgumentParser(prog="python -m sco_app.core.lab_settings", description=DESCRIPTION)
    add_arguments(parser)
    return run(parser.parse_args(argv))


DESCRIPTION = (f"The lab's settings file, which sets things for every user of a computer (here: {settings_path()}). "
               "'example' writes a commented example of it, 'pin' asks for the instructor PIN and prints its line, "
               "'check' says what the file sets and which lines cannot be used.")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="lab_action", metavar="ACTION")
    example = actions.add_parser("example", help="write a commented example of the lab's settings file")
    example.add_argument("--out", metavar="FILE", help="write it here (readable by you only; it is never "
                         "overwritten) instead of printing it")
    actions.add_parser("pin", help="ask for the instructor PIN and print the line that sets it")
    check = actions.add_parser("check", help="say what the lab's settings file sets and which lines cannot be used")
    check.add_argument("file", nargs="?", help="the file to check (default: this computer's)")


def run(args: argparse.Namespace) -> int:
    action = getattr(args, "lab_action", None) or "pin"  # (the bare command asked for the PIN before)
    if action == "example":
        return _write_example(args.out)
    if action == "check":
        return _check(args.file)
    return _ask_pin()


def _write_example(out: str | None) -> int:
    text = example_text()
    if out is None:
        print(text, end="")
        return 0
    target = Path(out)
    if target.exists():
        print(f"{target}: there is a file there already; nothing was written", file=sys.stderr)
        return 1
    try:
        write_private(target, text.encode("utf-8"))
    except OSError as exc:
        print(f"{target}: cannot be written ({exc.strerror or exc})", file=sys.stderr)
        return 1
    print(f"wrote {target}; edit it, then install it at {settings_path()} readable by every account, e.g. "
          f"'sudo install -m 644 {target} {settings_path()}' on Linux")
    return 0


def _check(file: str | None) -> int:
    settings = load_lab_settings(file)
    if not settings.path.exists():
        print(f"{settings.path}: no lab settings file (every setting is each user's own)")
        return 0
    for key, value in settings.values.items():
        print(f"{key} = {'(a PIN hash)' if key == INSTRUCTOR_PIN.key else _shown(SETTINGS[key], value)}")
    for note in settings.notes:
        print(note, file=sys.stderr)
    if settings.problem:
        print(f"{settings.problem} (instructor mode stays locked until it is fixed)", file=sys.stderr)
    return 1 if settings.problem or settings.notes else 0


def _ask_pin() -> int:
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
