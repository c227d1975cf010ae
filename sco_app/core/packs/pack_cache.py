"""Checked packs kept in the user's cache folder, so that opening an unchanged pack again skips reading its YAML
and checking it (a third of a second for the SCO lesson, most of it importing the reader and the checks).

An entry is found by the app's fingerprint and the pack's path (:func:`sco_app.core.cache_files.entry_name`) and
holds the hash of every file of the pack as it was checked: a pack whose files changed in any way, a byte or a
file added, is read and checked again, and so is every pack after the app changed. Only packs without errors
are kept. An entry is a pickle read back by an unpickler that makes nothing but the lesson model's classes (and a
region's outlines, arrays of numbers, from their bytes), and a damaged one is ignored and made again. A pack
folder too large to hash quickly (or holding a link to a folder) is simply not cached.
"""

from __future__ import annotations

import copyreg
import hashlib
import io
import os
import pickle
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType

from sco_app.core.cache_files import cache_folder, entry_name, write_atomically
from sco_app.core.model import LessonPack
from sco_app.core.packs import limits

FOLDER = "packs"
MAGIC = b"sco-app checked pack 1\n"
_DIGEST = 32  # bytes of the pack's content hash after MAGIC


def content_digest(path: str | Path) -> bytes | None:
    """The hash of every file of the pack at ``path`` (a zip: of the zip), with their names; None if it cannot
    be read or is too large to hash at every start (it is then not cached)."""
    p = Path(path)
    digest = hashlib.sha256()
    try:
        if p.is_file() and p.name == "pack.yaml":
            p = p.parent
        if p.is_file():
            if p.stat().st_size > limits.MAX_ZIP_BYTES:
                return None
            digest.update(p.read_bytes())
            return digest.digest()
        if not p.is_dir():
            return None
        total, count = 0, 0
        for folder, folders, files in os.walk(p):
            folders.sort()
            if any(Path(folder, name).is_symlink() for name in folders):
                return None  # what a link to a folder holds is not walked: such a pack is read every time
            for name in sorted(files):
                file = Path(folder, name)
                data = file.read_bytes()
                total, count = total + len(data), count + 1
                if total > limits.MAX_PACK_BYTES or count > limits.MAX_ZIP_ENTRIES:
                    return None
                digest.update(f"\0{file.relative_to(p).as_posix()}\0{len(data)}\0".encode("utf-8", "surrogateescape"))
                digest.update(data)
    except (OSError, ValueError):
        return None
    return digest.digest()


def _entry(path: str | Path) -> Path:
    """The cache file for the pack named ``path`` (named as given: the pack keeps that name for its messages)."""
    return cache_folder(FOLDER) / f"{entry_name(str(path), str(Path(path).resolve()))}.pickle"


def read(path: str | Path, digest: bytes | None = None) -> LessonPack | None:
    """The pack at ``path`` as checked before (by this app, or as shipped for a built-in pack), if none of its files
    changed since (their hash now is ``digest``, if already taken); else None."""
    digest = content_digest(path) if digest is None else digest
    if digest is None:
        return None
    try:
        data = _entry(path).read_bytes()
    except OSError:
        data = None
    pack = decode(data, digest) if data is not None else None
    if pack is None:
        from sco_app.core.shipped_start import pack_entry

        shipped = pack_entry(path, digest)  # a built-in pack's first start
        pack = decode(shipped, digest) if shipped is not None else None
        if pack is not None:
            pack = replace(pack, root=str(path))  # (where it is now, not where it was made)
    return pack


def decode(data: bytes, digest: bytes) -> LessonPack | None:
    """The pack held by the entry ``data``, if it was made from files that hashed to ``digest``; else None."""
    if not data.startswith(MAGIC) or data[len(MAGIC):len(MAGIC) + _DIGEST] != digest:
        return None
    try:
        pack = _ModelUnpickler(io.BytesIO(data[len(MAGIC) + _DIGEST:])).load()
    except Exception:  # noqa: BLE001 - a damaged entry, whatever the damage, is only a miss
        return None
    return pack if isinstance(pack, LessonPack) else None


def encode(pack: LessonPack, digest: bytes) -> bytes | None:
    """The entry that keeps ``pack``, checked from files that hashed to ``digest`` (None if it cannot be kept)."""
    import numpy as np

    out = io.BytesIO()
    out.write(MAGIC + digest)
    pickler = pickle.Pickler(out, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = {**copyreg.dispatch_table, MappingProxyType: lambda proxy: (_read_only, (dict(proxy),)),
                              np.ndarray: lambda array: (_array, (array.tobytes(), array.dtype.str, array.shape))}
    try:
        pickler.dump(pack)
    except Exception:  # noqa: BLE001 - a model that cannot be pickled is not cached, and the pack is still open
        return None
    return out.getvalue()


def write(path: str | Path, pack: LessonPack, digest: bytes | None = None) -> bool:
    """Keep ``pack``, checked from ``path`` (whose files hashed to ``digest``, taken before they were read: a file
    changed while the pack was checked makes a stale entry that is never read); True if it was written."""
    digest = content_digest(path) if digest is None else digest
    data = encode(pack, digest) if digest is not None else None
    return data is not None and write_atomically(_entry(path), data)


def _read_only(mapping: dict) -> MappingProxyType:
    """A text's languages, read-only again as :class:`~sco_app.core.model.Text` holds them."""
    return MappingProxyType(mapping)


def _array(data: bytes, dtype: str, shape: tuple):
    """A region's outline (a numpy array of numbers) again: made from its bytes, never by numpy's own unpickling,
    which could make any object."""
    import numpy as np

    kind = np.dtype(dtype)
    if kind.hasobject or not isinstance(data, bytes):
        raise pickle.UnpicklingError("a pack's arrays hold numbers only")
    return np.frombuffer(data, dtype=kind).reshape(shape).copy()


_MAKERS = {maker.__name__: maker for maker in (_read_only, _array)}  # this module's own, that an entry may call


class _ModelUnpickler(pickle.Unpickler):
    """Makes only the classes of the app's core (the model's dataclasses and enums, dates) and read-only maps:
    an entry written by another hand can call nothing else."""

    def find_class(self, module: str, name: str):
        if module == __name__ and name in _MAKERS:
            return _MAKERS[name]
        if module.startswith("sco_app.core."):
            found = super().find_class(module, name)
            if isinstance(found, type):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not part of a lesson pack")
