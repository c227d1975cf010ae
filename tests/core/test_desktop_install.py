"""The desktop entry, icons and AppStream metadata ship in the package, validate, and install and uninstall."""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from sco_app.core import desktop_install
from sco_app.core.desktop_install import APP_ID, ICON_SIZES, desktop_entry, install, planned_files, uninstall
from sco_app.core.resources import resource_path

needs_appstreamcli = pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli is not installed")


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def _entry(text: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in text.splitlines() if "=" in line)


def test_every_icon_size_ships_at_its_size():
    """Each PNG of the icon theme is as large as its folder says; the drawing and the Windows icon ship too."""
    for size in ICON_SIZES:
        assert _png_size(resource_path(f"icons/hicolor/{size}x{size}/apps/sco-app.png")) == (size, size)
    assert b"<svg" in resource_path("icons/sco-app.svg").read_bytes()
    ico = resource_path("icons/sco-app.ico").read_bytes()
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, 7)  # an icon file with seven sizes


def test_install_writes_the_entry_icons_and_metadata_and_uninstall_removes_them(tmp_path):
    """Installing into a data folder writes the menu entry (starting the given executable), every icon and the
    metadata, readable by every account; uninstalling removes exactly those."""
    prefix = tmp_path / "share"
    written = install(prefix, "/opt/sco app/sco-app")
    assert sorted(written) == sorted(planned_files(prefix)) and len(written) == 3 + len(ICON_SIZES)
    entry = _entry((prefix / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8"))
    assert entry["Exec"] == '"/opt/sco app/sco-app"' and entry["TryExec"] == "/opt/sco app/sco-app"
    assert entry["Icon"] == "sco-app" and (prefix / "icons/hicolor/48x48/apps/sco-app.png").is_file()
    assert all(path.stat().st_mode & 0o777 == 0o644 for path in written)
    assert sorted(uninstall(prefix)) == sorted(written)
    assert not any(path.exists() for path in written)


def test_exec_is_quoted_as_the_specification_asks():
    """A plain path stays as it is; spaces, quotes, dollars and percent signs are quoted or escaped."""
    assert _entry(desktop_entry("/usr/bin/sco-app"))["Exec"] == "/usr/bin/sco-app"
    assert _entry(desktop_entry('/home/a "b"/$x/100%/sco-app'))["Exec"] == '"/home/a \\"b\\"/\\$x/100%%/sco-app"'


def test_the_user_s_folder_follows_xdg(monkeypatch, tmp_path):
    """The user install goes to $XDG_DATA_HOME, else ~/.local/share."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert desktop_install.user_prefix() == tmp_path
    monkeypatch.delenv("XDG_DATA_HOME")
    assert desktop_install.user_prefix() == Path.home() / ".local" / "share"


@needs_appstreamcli
def test_appstream_metadata_and_the_installed_tree_validate(tmp_path):
    """`appstreamcli validate` accepts the metadata, and `validate-tree` the installed entry, icon and metadata."""
    checked = subprocess.run(["appstreamcli", "validate", "--no-net", str(resource_path(f"desktop/{APP_ID}.metainfo.xml"))],
                             capture_output=True, text=True, timeout=120)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    install(tmp_path / "usr" / "share", "/usr/bin/sco-app")
    tree = subprocess.run(["appstreamcli", "validate-tree", "--no-net", str(tmp_path)],
                          capture_output=True, text=True, timeout=120)
    assert tree.returncode == 0, tree.stdout + tree.stderr


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils is not installed")
def test_the_desktop_entry_validates(tmp_path):
    """desktop-file-validate accepts the installed entry."""
    install(tmp_path, "/usr/bin/sco-app")
    result = subprocess.run(["desktop-file-validate", str(tmp_path / "applications" / f"{APP_ID}.desktop")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout == "", result.stdout + result.stderr
