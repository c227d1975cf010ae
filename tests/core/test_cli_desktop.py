"""`sco-app install-desktop`: into the user's folder, a given one, or none it may write; and back out."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from sco_app import cli_desktop
from sco_app.cli import main
from sco_app.core.desktop_install import APP_ID

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="desktop entries are for Linux desktops")


@linux_only
def test_install_for_this_user_then_uninstall(tmp_path, monkeypatch, capsys):
    """Without options the files go to $XDG_DATA_HOME and the entry starts this sco-app; --uninstall removes them."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setattr(cli_desktop, "launcher", lambda: "/srv/venv/bin/sco-app")
    assert main(["install-desktop"]) == 0
    entry = tmp_path / "applications" / f"{APP_ID}.desktop"
    assert "Exec=/srv/venv/bin/sco-app\n" in entry.read_text(encoding="utf-8")
    assert f"installed 11 files under {tmp_path}" in capsys.readouterr().out
    assert main(["install-desktop", "--uninstall"]) == 0
    assert not entry.exists() and "removed 11 files" in capsys.readouterr().out


@linux_only
def test_system_install_without_permission_says_so(monkeypatch, capsys):
    """A system folder the user may not write is reported in one line with the fix, never a traceback."""
    from sco_app.core import desktop_install

    target = "/usr/local/share/applications/" + APP_ID + ".desktop"

    def refused(prefix, executable):
        assert prefix == Path("/usr/local/share")
        raise PermissionError(13, "Permission denied", target)

    monkeypatch.setattr(desktop_install, "install", refused)
    code = main(["install-desktop", "--system"])
    err = capsys.readouterr().err
    assert code == 1 and f"no permission to write {target}" in err and "sudo" in err and "Traceback" not in err


def test_launcher_is_the_running_script(monkeypatch, tmp_path):
    """The entry starts the sco-app script that runs (a virtual environment's), not one found elsewhere."""
    script = tmp_path / "bin" / "sco-app"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n")
    monkeypatch.setattr(sys, "argv", [str(script), "install-desktop"])
    assert cli_desktop.launcher() == str(script.resolve())
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "bundle" / "sco-app"))
    assert cli_desktop.launcher() == str((tmp_path / "bundle" / "sco-app").resolve())
    assert Path(cli_desktop.launcher()).name == "sco-app"


def test_the_windowed_launcher_runs_without_a_console(monkeypatch, capsys):
    """`sco-app-gui` (a gui-scripts entry point: no console window on Windows) works when Python gives it no
    standard output or error, as Windows does for such programs."""
    from importlib.metadata import entry_points

    from sco_app import cli

    assert [e.value for e in entry_points(group="gui_scripts", name="sco-app-gui")] == ["sco_app.cli:gui_main"]
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr(sys, "argv", ["sco-app-gui", "validate"])
    assert cli.gui_main() == 0
    opened = (sys.stdout, sys.stderr)
    assert all(stream is not None and stream.name == os.devnull for stream in opened)
    for stream in opened:
        stream.close()
