"""What can keep the progress store from working: one error per cause, each saying what happened and
what to do about it.

:func:`store_error` turns what SQLite or the file system raised into one of them. Each is also the kind
of exception it replaces (an ``sqlite3.OperationalError`` for a locked file, an ``sqlite3.DatabaseError``
for a damaged one, a ``RuntimeError`` for a newer file, an ``OSError`` for an unusable folder), so code
that caught those still does. The command line prints ``str(error)`` and :attr:`StoreError.advice` on one
line; the window shows them to the student.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path
from typing import ClassVar


class StoreError(Exception):
    """The progress file cannot be used (now). ``str()`` says what happened; :attr:`advice` what to do."""

    what: ClassVar[str] = ""  # one line; {path} is the progress file, {folder} its folder
    advice: ClassVar[str] = ""
    kinds: ClassVar[list[type[StoreError]]] = []  # every kind, for the test that each is complete

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        StoreError.kinds.append(cls)

    def __init__(self, path: str | Path, detail: str = "") -> None:
        self.path, self.detail = Path(path), " ".join(str(detail).split())
        text = self.what.format(path=self.path, folder=self.path.parent)
        super().__init__(f"{text} ({self.detail})" if self.detail else text)

    def line(self) -> str:
        """What happened and what to do, in one line."""
        return f"{self}; {self.advice}"


class StoreMissing(StoreError, FileNotFoundError):
    what = "there is no progress file at {path}: no answer has been saved by this user on this computer"
    advice = "run the command as the user who answered, or set SCO_APP_DATA_DIR to the folder that holds the file"


class StoreLocked(StoreError, sqlite3.OperationalError):
    what = "the progress file {path} is in use by another program"
    advice = "close the other copy of sco-app (or the program holding the file) and try again"


class StoreReadOnly(StoreError, sqlite3.OperationalError):
    what = "the progress file {path} cannot be written: it or its folder is read-only"
    advice = ("ask whoever looks after this computer to let this user write there, or set SCO_APP_DATA_DIR to a "
              "folder that can be written")


class StoreDiskFull(StoreError, sqlite3.OperationalError):
    what = "the disk that holds the progress file {path} is full"
    advice = "free some space on that disk and try again; the answers saved before are kept"


class StoreUnreadable(StoreError, sqlite3.OperationalError):
    what = "the progress file {path} cannot be read or written"
    advice = "check that this user may read and write that file, and that its disk works; it was left as it is"


class StoreTooNew(StoreError, RuntimeError):
    what = "the progress file {path} was written by a newer sco-app"
    advice = "install that newer version of sco-app here too; the file was left as it is"


class StoreDamaged(StoreError, sqlite3.DatabaseError):
    what = "the progress file {path} is damaged"
    advice = ("run 'sco-app results recover' to copy every answer that can still be read into a new file "
              "(the damaged one is kept)")


class StoreNotOurs(StoreError, sqlite3.DatabaseError):
    what = "{path} is another program's database, not a sco-app progress file"
    advice = "move it away or set SCO_APP_DATA_DIR to another folder; the file was left as it is"


class StoreIsFolder(StoreError, OSError):
    what = "{path} is a folder, not the progress file"
    advice = "rename or move that folder (sco-app then makes a new progress file), or set SCO_APP_DATA_DIR"


class StoreFolderUnusable(StoreError, OSError):
    what = "the data folder {folder} cannot be used"
    advice = "set SCO_APP_DATA_DIR to a folder this user can write, or ask whoever looks after this computer"


_BY_SQLITE_NAME = {
    "SQLITE_BUSY": StoreLocked, "SQLITE_LOCKED": StoreLocked, "SQLITE_READONLY": StoreReadOnly,
    "SQLITE_FULL": StoreDiskFull, "SQLITE_NOTADB": StoreDamaged, "SQLITE_CORRUPT": StoreDamaged,
}
_BY_SQLITE_TEXT = (  # Python 3.10 names no error code: the message says as much
    ("locked", StoreLocked), ("readonly", StoreReadOnly), ("disk is full", StoreDiskFull),
    ("not a database", StoreDamaged), ("malformed", StoreDamaged),
)


def store_error(exc: BaseException, path: str | Path) -> StoreError:
    """The :class:`StoreError` that ``exc``, raised while using the progress file at ``path``, means."""
    if isinstance(exc, StoreError):
        return exc
    path = Path(path)
    if isinstance(exc, sqlite3.Error):
        name = (getattr(exc, "sqlite_errorname", "") or "").split("_", 2)
        kind = _BY_SQLITE_NAME.get("_".join(name[:2]))
        if kind is None:
            text = str(exc).lower()
            kind = next((k for word, k in _BY_SQLITE_TEXT if word in text), None)
        if kind is None and "unable to open" in str(exc) and path.is_dir():
            kind = StoreIsFolder
        if kind is None:
            kind = StoreUnreadable if isinstance(exc, sqlite3.OperationalError) else StoreDamaged
        return kind(path, "" if kind in (StoreIsFolder,) else str(exc))
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return StoreDiskFull(path, exc.strerror or str(exc))
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM) and path.exists():
            return StoreReadOnly(path, exc.strerror or str(exc))
        return StoreFolderUnusable(path, _folder_detail(path.parent, exc))
    return StoreUnreadable(path, f"{exc.__class__.__name__}: {exc}")


def _folder_detail(folder: Path, exc: OSError) -> str:
    """Why the data folder cannot be made or used, in a few words."""
    for place in (folder, *folder.parents):
        if place.exists():
            if not place.is_dir():
                return f"{place} is a file, not a folder"
            break
    return exc.strerror or str(exc)
