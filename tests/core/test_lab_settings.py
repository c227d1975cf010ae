"""The lab settings file: where it is on each OS, the PIN kept only as a salted hash, and failing closed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sco_app.core import lab_settings
from sco_app.core.lab_settings import hash_pin, load_lab_settings, settings_path, verify_pin


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
