"""Lesson packs: read a folder or zip, check it, and build a :class:`~sco_app.core.model.LessonPack`.

>>> from sco_app.core.packs import load_pack, check_pack
>>> pack = load_pack("lessons/sco-balancing")          # raises PackError listing every problem
>>> report = check_pack("my-pack.zip")                   # never raises for a bad pack

:func:`load_pack` opens a pack checked before, and unchanged since, from the cache
(:mod:`~sco_app.core.packs.pack_cache`) without importing the reader and the checks; they are imported when a pack
is checked (``check_pack``, ``CheckReport`` and the modules of this package load them on first use).
"""

from __future__ import annotations

from pathlib import Path

from sco_app.core.packs.problems import PackError, Problem, Severity

__all__ = ["CheckReport", "PackError", "Problem", "Severity", "check_pack", "load_pack"]


def load_pack(path: str | Path):
    """The :class:`~sco_app.core.model.LessonPack` at ``path``: from the cache if its files are as they were when
    it was last checked, else read, checked (raising :class:`PackError` listing every problem) and cached."""
    from sco_app.core.packs import pack_cache

    digest = pack_cache.content_digest(path)  # taken before reading: a file changed meanwhile is read next time
    pack = pack_cache.read(path, digest) if digest is not None else None
    if pack is None:
        from sco_app.core.packs.loader import load_pack as read_and_check

        pack = read_and_check(path)
        if digest is not None:
            pack_cache.write(path, pack, digest)
    return pack


def __getattr__(name: str):
    if name in ("CheckReport", "check_pack"):
        from sco_app.core.packs import loader

        return getattr(loader, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
