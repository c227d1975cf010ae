"""Private files and folders: 0600 and 0700 whatever the umask, written whole or not at all."""

from __future__ import annotations

import os
import stat

import pytest

from sco_app.core.private_files import is_private, make_private, private_folder, write_private

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX's")


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def open_umask():
    old = os.umask(0o000)  # the widest: every file would be world-readable and writable
    yield
    os.umask(old)


def test_written_files_and_their_folders_are_private(tmp_path, open_umask):
    """write_private makes its folder 0700 and its file 0600, and replaces the file's content whole."""
    path = tmp_path / "a" / "b" / "secret.json"
    write_private(path, b"one")
    write_private(path, b"two")
    assert path.read_bytes() == b"two" and _mode(path) == 0o600 and _mode(path.parent) == 0o700
    assert sorted(p.name for p in path.parent.iterdir()) == ["secret.json"]  # no temporary file left


def test_make_private_creates_or_narrows_and_leaves_the_folder_alone(tmp_path, open_umask):
    """A missing file is made empty with 0600 (its shared folder keeps its mode); a 0644 one is narrowed."""
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    made = make_private(shared / "settings.conf", create=True)
    assert made.read_bytes() == b"" and _mode(made) == 0o600 and _mode(shared) == 0o755
    wide = tmp_path / "wide.conf"
    wide.write_text("x")
    wide.chmod(0o644)
    assert not is_private(wide)
    make_private(wide)
    assert is_private(wide) and wide.read_text() == "x"
    assert not (tmp_path / "missing").exists() and make_private(tmp_path / "missing") == tmp_path / "missing"


def test_private_folder_narrows_an_existing_folder(tmp_path):
    """An existing folder that others could enter is made 0700."""
    folder = tmp_path / "config"
    folder.mkdir()
    folder.chmod(0o755)
    private_folder(folder)
    assert _mode(folder) == 0o700
