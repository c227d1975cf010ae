"""Find the data files the app ships, by name, from any working directory.

In a wheel the top-level ``resources/`` and ``lessons/`` folders are installed inside the package as
``sco_app/resources`` and ``sco_app/lessons``; in a source checkout (or an editable install) they
sit beside the package. Both layouts are looked up here and nowhere else.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parents[1]


class ResourceNotFound(FileNotFoundError):
    """A resource the app needs is missing from the installation."""


@lru_cache(maxsize=None)
def _data_root(folder: str) -> Path:
    for candidate in (_PACKAGE_DIR / folder, _PACKAGE_DIR.parent / folder):
        if candidate.is_dir():
            return candidate
    raise ResourceNotFound(
        f"the app's {folder!r} folder is missing; reinstall sco-app (looked in {_PACKAGE_DIR})"
    )


def resource_path(name: str) -> Path:
    """Return the path of the shipped resource ``name`` (e.g. ``"geo/countries-50m.geojson"``)."""
    path = _data_root("resources") / name
    if not path.exists():
        raise ResourceNotFound(f"unknown resource {name!r}: no file {path}")
    return path


def lessons_dir() -> Path:
    """Return the folder holding the lesson packs that ship with the app."""
    return _data_root("lessons")


def default_pack() -> Path:
    """The pack the app opens when none is named: the built-in SCO lesson."""
    return lessons_dir() / "sco-balancing"


def builtin_pack_dirs() -> list[Path]:
    """Return every built-in pack folder (a folder of ``lessons/`` holding a ``pack.yaml``)."""
    return sorted(p.parent for p in lessons_dir().glob("*/pack.yaml"))


def is_built_in(path: str | Path) -> bool:
    """Whether the pack at ``path`` is one that ships with the app (it never changes while the app runs)."""
    try:
        return Path(path).resolve().is_relative_to(lessons_dir().resolve())
    except (OSError, ValueError, ResourceNotFound):
        return False
