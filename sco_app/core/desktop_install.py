"""Put sco-app in a Linux desktop's menus: its desktop entry, icons and AppStream metadata.

The files ship inside the package (``resources/desktop/``, ``resources/icons/``) and are copied into
the XDG data folders: the user's (``$XDG_DATA_HOME``, usually ``~/.local/share``) or, with
``system=True``, a system one (``/usr/local/share`` unless another is given, such as ``/usr/share``)
so that every account of a lab computer sees the app. The entry starts the very ``sco-app`` that
installed it (a virtual environment's or a bundle's), so it works without that being on ``PATH``.
Qt-free; used by ``sco-app install-desktop``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from sco_app.core.resources import resource_path

APP_ID = "org.sco_app.ScoApp"  # the desktop entry's and AppStream component's id (Qt's desktop file name too)
ICON_NAME = "sco-app"
SYSTEM_PREFIX = Path("/usr/local/share")
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def user_prefix() -> Path:
    """The user's XDG data folder."""
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def _exec_quoted(command: str) -> str:
    """A path as the desktop entry specification quotes an Exec argument (only where it must)."""
    command = command.replace("%", "%%")  # a literal percent sign, not a field code
    if not any(c in command for c in ' \t\n"\'\\><~|&;$*?#()`'):
        return command
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in command)
    return f'"{escaped}"'


def desktop_entry(executable: str) -> str:
    """The shipped desktop entry, starting ``executable``; ``%%`` escapes are left as they are."""
    text = resource_path(f"desktop/{APP_ID}.desktop").read_text(encoding="utf-8")
    lines = []
    for line in text.splitlines():
        if line.startswith("Exec="):
            line = f"Exec={_exec_quoted(executable)}"
        elif line.startswith("TryExec="):
            line = f"TryExec={executable}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def planned_files(prefix: Path) -> dict[Path, Path | None]:
    """Every file the install writes under ``prefix``: target -> shipped source (None: the desktop entry,
    which is written with the executable's path)."""
    files: dict[Path, Path | None] = {prefix / "applications" / f"{APP_ID}.desktop": None}
    files[prefix / "metainfo" / f"{APP_ID}.metainfo.xml"] = resource_path(f"desktop/{APP_ID}.metainfo.xml")
    icons = prefix / "icons" / "hicolor"
    files[icons / "scalable" / "apps" / f"{ICON_NAME}.svg"] = resource_path("icons/sco-app.svg")
    for size in ICON_SIZES:
        files[icons / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"] = resource_path(
            f"icons/hicolor/{size}x{size}/apps/sco-app.png")
    return files


def install(prefix: Path, executable: str) -> list[Path]:
    """Copy the desktop entry, the icons and the metadata under ``prefix``; return the files written.
    Menus are read by every account, so folders made are 0755 and files 0644 whatever the umask (they
    hold nothing private)."""
    written = []
    umask = os.umask(0o022)
    try:
        for target, source in planned_files(prefix).items():
            target.parent.mkdir(parents=True, exist_ok=True)
            if source is None:
                target.write_text(desktop_entry(executable), encoding="utf-8")
            else:
                shutil.copyfile(source, target)
            target.chmod(0o644)
            written.append(target)
    finally:
        os.umask(umask)
    _refresh_caches(prefix)
    return written


def uninstall(prefix: Path) -> list[Path]:
    """Remove what :func:`install` wrote under ``prefix``; return the files removed."""
    removed = []
    for target in planned_files(prefix):
        if target.exists():
            target.unlink()
            removed.append(target)
    _refresh_caches(prefix)
    return removed


def _refresh_caches(prefix: Path) -> None:
    """Refresh the desktop's caches of menus and icons under ``prefix``, where such a cache is already kept
    (a cache made where none was would hide icons that other programs install later without one)."""
    for tool, cache, folder in (("update-desktop-database", "mimeinfo.cache", prefix / "applications"),
                                ("gtk-update-icon-cache", "icon-theme.cache", prefix / "icons" / "hicolor")):
        path = shutil.which(tool)
        if path and (folder / cache).exists():
            try:
                subprocess.run([path, "-q", *(["-t", "-f"] if cache == "icon-theme.cache" else []), str(folder)],
                               capture_output=True, timeout=60, check=False)
            except (OSError, subprocess.SubprocessError):
                pass  # a cache left stale is rebuilt by the desktop's own tools later
