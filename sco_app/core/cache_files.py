"""Files the app can always make again, kept in the user's cache folder and found by a hash of what they were made
from (the base map from its GeoJSON, a checked pack from its files).

An entry's name holds the hash of its sources *and* of the app that made it (:func:`app_fingerprint`), so a changed
source or a new version of the app never reads an old entry: it makes a new one. Entries are written to a temporary
name and renamed into place, so a reader never sees half a file; a file that cannot be read back as it should
(damaged, cut short, from a foreign hand) is treated as missing and made again. A cache folder that cannot be
written (a read-only profile) only costs time: nothing here raises for it.
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
from functools import lru_cache
from pathlib import Path

from sco_app import __version__
from sco_app.core.places import user_cache_dir

_CORE = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def core_modules() -> tuple[tuple[str, int, int], ...]:
    """Each module of the core (which defines what is cached, and what ships made ahead): its path in the core, its
    size and its time, looked at once per run."""
    found = []
    for path in sorted(_CORE.rglob("*.py")):
        try:
            info = path.stat()
        except OSError:
            continue
        found.append((path.relative_to(_CORE).as_posix(), info.st_size, info.st_mtime_ns))
    return tuple(found)


@lru_cache(maxsize=1)
def app_fingerprint() -> str:
    """The app's version, Python's, and the size and time of every module of the core: an edited core, in
    development, makes new entries too."""
    digest = hashlib.sha256(f"{__version__}\0{sys.version}".encode())
    for name, size, time in core_modules():
        digest.update(f"\0{name}\0{size}\0{time}".encode())
    return digest.hexdigest()


def cache_folder(kind: str) -> Path:
    """The folder of one kind of entry (``packs``, ``map``) in the user's cache folder (not made here)."""
    return user_cache_dir() / kind


def entry_name(*parts: str | bytes) -> str:
    """A file name for an entry made from ``parts`` (hashes, paths) by this app."""
    digest = hashlib.sha256(app_fingerprint().encode())
    for part in parts:
        digest.update(b"\0" + (part if isinstance(part, bytes) else part.encode("utf-8", "surrogateescape")))
    return digest.hexdigest()[:40]


def write_atomically(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` through a temporary file renamed into place; False (and nothing left behind) if
    the folder cannot be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".part-")
    except OSError:
        return False
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
        return True
    except OSError:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        return False
