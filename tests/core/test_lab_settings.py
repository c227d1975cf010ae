"""The lab settings file: where it is on each OS, what it may set, the PIN kept only as a salted hash, a damaged
file, and the commands that write an example and check a file."""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from sco_app.core import lab_settings
from sco_app.core.lab_settings import hash_pin, load_lab_settings, settings_path, verify_pin
from sco_app.core.preferences import INSTRUCTOR_PIN, LRS_ENDPOINT, SETTINGS


def test_the_file_is_in_each_systems_own_place():
    """Linux /etc, Windows ProgramData, macOS /Library; the environment variable overrides all three."""
    assert settings_path("linux", {}) == Path("/etc/sco-app/settings.ini")
    assert settings_path("win32", {"PROGRAMDATA": r"D:\ProgramData"}) == Path(r"D:\ProgramData") / "sco-app" / "settings.ini"
    assert settings_path("darwin", {}) == Path("/Library/Application Support/sco-app/settings.ini")
    assert settings_path("linux", {lab_settings.VARIABLE: "/srv/lab.ini"}) == Path("/srv/lab.ini")


def test_a_pin_is_stored_salted_and_checked():
    """Two hashes of one PIN differ (salt); each verifies the PIN and refuses another."""
    first, second = hash_pin("4711"), hash_pin("4711")
    assert first != second and "4711" not in first
    assert verify_pin("4711", first) and verify_pin("4711", second)
    assert not verify_pin("4712", first) and not verify_pin("4711", "plain-4711")


def test_no_file_leaves_instructor_mode_open(tmp_path):
    """Without a lab settings file (or with one that sets no PIN) instructor mode needs nothing."""
    assert not load_lab_settings(tmp_path / "none.ini").instructor_locked
    (tmp_path / "other.ini").write_text("[lab]\nname = Room 4\n", encoding="utf-8")
    assert not load_lab_settings(tmp_path / "other.ini").instructor_locked


def test_a_pin_in_the_file_locks_instructor_mode(tmp_path):
    """With a hashed PIN in the file, only that PIN unlocks."""
    path = tmp_path / "settings.ini"
    path.write_text(f"[instructor]\npin = {hash_pin('2468', iterations=2000)}\n", encoding="utf-8")
    settings = load_lab_settings(path)
    assert settings.instructor_locked and settings.problem is None
    assert settings.check_pin("2468") and not settings.check_pin("1357") and not settings.check_pin("")


def test_an_unusable_file_fails_closed_and_says_where(tmp_path):
    """A PIN not in the hashed form, or a file that does not parse, locks instructor mode and names the line."""
    path = tmp_path / "settings.ini"
    path.write_text("[instructor]\n\npin = 2468\n", encoding="utf-8")
    settings = load_lab_settings(path)
    assert settings.instructor_locked and not settings.check_pin("2468")
    assert f"{path}:3:" in settings.problem
    path.write_text("pin = 2468\n", encoding="utf-8")  # no section header
    settings = load_lab_settings(path)
    assert settings.instructor_locked and str(path) in settings.problem


def test_the_environment_variable_chooses_the_file(tmp_path, monkeypatch):
    """SCO_APP_SYSTEM_CONFIG points the app at another file."""
    path = tmp_path / "lab.ini"
    path.write_text(f"[instructor]\npin = {hash_pin('1234', iterations=2000)}\n", encoding="utf-8")
    monkeypatch.setenv(lab_settings.VARIABLE, str(path))
    assert load_lab_settings().check_pin("1234")


def test_the_module_prints_a_section_for_the_file(tmp_path):
    """`python -m sco_app.core.lab_settings` refuses two different PINs (and prints nothing to paste)."""
    env = {**os.environ, lab_settings.VARIABLE: str(tmp_path / "lab.ini")}
    done = subprocess.run([sys.executable, "-c", "import getpass, sys; answers = iter(['1234', '9999']); "
                           "getpass.getpass = lambda prompt='': next(answers); "
                           "from sco_app.core.lab_settings import main; sys.exit(main())"],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 1 and "[instructor]" not in done.stdout
    done = subprocess.run([sys.executable, "-c", "import getpass, sys; "
                           "getpass.getpass = lambda prompt='': '1234'; "
                           "from sco_app.core.lab_settings import main; sys.exit(main())"],
                          capture_output=True, text=True, env=env, timeout=60)
    section = done.stdout.split("\n", 1)[1]
    (tmp_path / "lab.ini").write_text(section, encoding="utf-8")
    assert done.returncode == 0 and load_lab_settings(tmp_path / "lab.ini").check_pin("1234")


def _uncommented(text: str) -> str:
    """The example file with every setting's line taken out of its comment (as an administrator would)."""
    rows = []
    for row in text.splitlines():
        body = row[1:]
        if row.startswith("# ") and "=" in body and body.strip().split(" ")[0].isidentifier() \
                or row.startswith("#    "):
            rows.append(body.lstrip() if "=" in body else body)
        else:
            rows.append(row)
    return "\n".join(rows) + "\n"


def test_the_example_file_sets_nothing_until_a_line_is_uncommented(tmp_path):
    """The commented example names every setting a lab can set; as written it sets none of them."""
    text = lab_settings.example_text(Path("/etc/sco-app/settings.ini"))
    lab_keys = [setting for setting in SETTINGS.values() if setting.lab]
    assert all(f"# {setting.name} =" in text.split(f"[{setting.section}]")[1] for setting in lab_keys)
    assert len(re.findall(r"^# \w+ =", text, re.M)) == len(lab_keys)
    path = tmp_path / "settings.ini"
    path.write_text(text, encoding="utf-8")
    settings = load_lab_settings(path)
    assert settings.values == {} and settings.notes == () and settings.problem is None


def test_every_example_value_is_one_the_app_accepts(tmp_path):
    """Uncommented, each example line sets its setting (the PIN's placeholder is no hash: it locks, failing
    closed), and no line is reported."""
    path = tmp_path / "settings.ini"
    path.write_text(_uncommented(lab_settings.example_text()), encoding="utf-8")
    settings = load_lab_settings(path)
    expected = {key for key, setting in SETTINGS.items() if setting.lab} - {INSTRUCTOR_PIN.key}
    assert set(settings.values) == expected and settings.notes == ()
    assert settings.instructor_locked and "[instructor] pin" in settings.problem
    assert settings.values["packs/folders"] == ("/srv/sco-app/packs",)
    assert settings.values["exam/types"] == ("theory", "choice") and settings.values["exam/minutes"] == 30


def test_a_damaged_value_is_left_out_and_its_line_named(tmp_path):
    """Values of the wrong type or out of range, and keys the app does not know, are left out with a note that
    names their line; the usable values around them are read, and instructor mode is not locked by them."""
    path = tmp_path / "settings.ini"
    path.write_text("[exam]\nminutes = 700\nquestions = 12\ntypes =\n    theory\n    essay\n\n[lrs]\n"
                    "endpoint = ftp://lrs.example.edu/\nenabled = perhaps\n\n[ui]\nzoom = 2\n"
                    "[welcome]\nshow = no\n", encoding="utf-8")
    settings = load_lab_settings(path)
    assert settings.values == {"exam/questions": 12, "welcome/show": False}
    lines = {note.split(": ")[0] for note in settings.notes}
    assert lines == {f"{path}:{n}" for n in (2, 4, 9, 10, 13)}
    assert any("a whole number from 1 to 600" in note and "default, none" in note for note in settings.notes)
    assert any("[ui] zoom is not a setting a lab can set" in note for note in settings.notes)
    assert not settings.instructor_locked


@pytest.mark.parametrize("content", [b"\xff\xfe\x00garbage\x00", b"[exam\nminutes = 5\n", b"x" * 300_000])
def test_a_file_that_cannot_be_used_is_said_and_never_raises(tmp_path, content):
    """Binary junk, a broken section header or a huge file: no value is taken, instructor mode locks, and the
    problem names the file."""
    path = tmp_path / "settings.ini"
    path.write_bytes(content)
    settings = load_lab_settings(path)
    assert settings.values == {} and settings.instructor_locked and str(path) in settings.problem


def test_the_lab_s_values_reach_the_preferences(no_lab_settings):
    """What this computer's file sets is in force in the preferences, for the command line too (no user store)."""
    no_lab_settings.write_text("[lrs]\nendpoint = https://lrs.school.example/xAPI/\n", encoding="utf-8")
    settings = lab_settings.preferences()
    assert settings.get(LRS_ENDPOINT) == "https://lrs.school.example/xAPI/" and settings.by_lab(LRS_ENDPOINT)


def _command(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "sco_app.core.lab_settings", *args], capture_output=True,
                          text=True, env={**os.environ, **(env or {})}, timeout=60)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX's")
def test_the_example_command_writes_a_private_file_once(tmp_path):
    """`example --out FILE` writes the commented example readable by its writer only, and never overwrites."""
    out = tmp_path / "settings.ini"
    done = _command("example", "--out", str(out))
    assert done.returncode == 0 and out.read_text(encoding="utf-8") == lab_settings.example_text()
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    out.write_text("[exam]\nminutes = 5\n", encoding="utf-8")
    again = _command("example", "--out", str(out))
    assert again.returncode == 1 and "already" in again.stderr and out.read_text() == "[exam]\nminutes = 5\n"


def test_the_check_command_says_what_is_set_and_what_is_not_usable(tmp_path):
    """`check` lists the values the file sets (never the PIN's hash) and each unusable line; exit 1 if any."""
    path = tmp_path / "settings.ini"
    path.write_text(f"[instructor]\npin = {hash_pin('2468', iterations=2000)}\n[exam]\nminutes = 30\n",
                    encoding="utf-8")
    done = _command("check", str(path))
    assert done.returncode == 0 and "exam/minutes = 30" in done.stdout and "(a PIN hash)" in done.stdout
    assert "pbkdf2" not in done.stdout
    path.write_text("[exam]\nminutes = soon\n", encoding="utf-8")
    done = _command("check", str(path))
    assert done.returncode == 1 and f"{path}:2:" in done.stderr
