"""Files that only this computer user may read: folders of mode 0700, files of mode 0600.

Settings and secrets are written through here, so none is ever readable by the other accounts of a
shared lab computer, whatever the umask. On Windows, a user's profile folders are private to that user
already (and POSIX modes mean nothing there), so the modes are left to the OS.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700
_POSIX = os.name == "posix"


def is_private(path: str | Path) -> bool:
    """True if no one but the owner may read, write or enter ``path`` (always True where modes do not apply)."""
    return not _POSIX or not stat.S_IMODE(os.stat(path).st_mode) & 0o077


def private_folder(folder: str | Path) -> Path:
    """Make ``folder`` (and its missing parents) and make sure only the owner may enter it."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    if not is_private(folder):
        os.chmod(folder, FOLDER_MODE)
    return folder


def make_private(path: str | Path, create: bool = False) -> Path:
    """Make sure only the owner may read ``path``; with ``create``, make it empty first if it is missing (so
    that a program that keeps a file's mode when it rewrites it, as Qt's settings do, keeps it private)."""
    path = Path(path)
    if create and not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)  # a folder the app may share with others: its mode is kept
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
        except FileExistsError:  # made meanwhile by another copy of the app
            pass
    if path.exists() and not is_private(path):
        os.chmod(path, FILE_MODE)
    return path


def write_private(path: str | Path, data: bytes) -> Path:
    """Replace ``path`` with ``data`` at once (a crash leaves the old file or the new one, never half of one),
    readable by the owner only from its first byte."""
    path = Path(path)
    private_folder(path.parent)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)  # mkstemp makes it 0600
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
