"""``sco-app install-desktop``: the app in a Linux desktop's menus, for this user or for every account."""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

COMMAND = "install-desktop"


def add_command(commands) -> None:
    parser = commands.add_parser(
        COMMAND, help="put sco-app in the desktop's menus (Linux): desktop entry, icons, AppStream metadata",
        description="Install sco-app's desktop entry, icons and AppStream metadata in the XDG data folders, so "
        "that the app is in the desktop's menus and software centre. For this user by default; --system for "
        "every account of the computer (run as administrator). The menu entry starts this very sco-app.")
    parser.add_argument("--system", action="store_true",
                        help="for every account: under /usr/local/share (or --prefix) instead of the user's folder")
    parser.add_argument("--prefix", metavar="DIR", help="the data folder to install into (e.g. /usr/share); "
                        "default: $XDG_DATA_HOME (~/.local/share), or /usr/local/share with --system")
    parser.add_argument("--uninstall", action="store_true", help="remove what an earlier install-desktop wrote")


def launcher() -> str:
    """The command that starts this installation of sco-app: the bundle's executable, else the ``sco-app``
    script that is running (a virtual environment's, not on PATH), else the one on PATH."""
    if getattr(sys, "frozen", False):
        return str(Path(sys.executable).resolve())
    running = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if running is not None and running.name in ("sco-app", "sco-app.exe") and running.exists():
        return str(running.resolve())
    return shutil.which("sco-app") or "sco-app"


def run(args: argparse.Namespace) -> int:
    from sco_app.core import desktop_install

    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        print("sco-app install-desktop: desktop entries are for Linux and BSD desktops; on Windows and macOS "
              "use the bundle's shortcut or application (see the README: Installing in a computer lab)",
              file=sys.stderr)
        return 2
    prefix = Path(args.prefix) if args.prefix else (
        desktop_install.SYSTEM_PREFIX if args.system else desktop_install.user_prefix())
    try:
        if args.uninstall:
            files = desktop_install.uninstall(prefix)
        else:
            files = desktop_install.install(prefix, launcher())
    except PermissionError as exc:
        print(f"sco-app install-desktop: no permission to write {exc.filename}"
              + (" (run it as administrator, e.g. with sudo)" if args.system or args.prefix else ""), file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"sco-app install-desktop: {exc.strerror or exc} ({exc.filename})", file=sys.stderr)
        return 1
    verb = "removed" if args.uninstall else "installed"
    print(f"{verb} {len(files)} files under {prefix}" + ("" if args.uninstall else
          f"; the menu entry starts {launcher()}"))
    return 0
