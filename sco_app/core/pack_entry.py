"""What the pack library knows of one pack (:class:`PackEntry`), where it was found, which of two
versions is newer, and what installing one would do next to the packs already there."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from sco_app.core.packs.problems import Problem

class Origin(str, Enum):
    BUILT_IN = "built-in"
    LIBRARY = "library"
    EXTRA = "extra"


class Offer(str, Enum):
    """What importing a pack would do, given the packs already there."""

    NEW = "new"  # no pack with its id yet
    UPDATE = "update"  # a pack with its id, at a lower version: replace it (progress is kept)
    SAME = "same"  # the same version is already there
    OLDER = "older"  # a higher version is already there


@dataclass(frozen=True)
class PackEntry:
    """One pack found on this computer: what it says about itself and whether it validates."""

    path: Path
    origin: Origin
    id: str | None
    version: str | None
    title: dict[str, str]  # language -> title ("" holds a title given as one plain string)
    languages: tuple[str, ...]
    authors: tuple[str, ...]
    problems: tuple[Problem, ...] = ()
    errors: int = 0
    writable: bool = False
    is_zip: bool = False
    checked: bool = True  # False: found, but not checked yet (nothing is known but its place)

    @classmethod
    def pending(cls, path: Path, origin: Origin) -> PackEntry:
        """A pack found but not checked yet, named by its folder or zip."""
        return cls(Path(path), origin, None, None, {}, (), (), is_zip=Path(path).suffix.lower() == ".zip",
                   checked=False)

    @property
    def ok(self) -> bool:
        return self.checked and self.errors == 0

    def title_in(self, language: str) -> str:
        """The title in ``language``, else in the pack's first language, else any; the folder name if none."""
        for key in (language, "", *self.languages):
            if self.title.get(key):
                return self.title[key]
        return next(iter(self.title.values()), "") or self.path.stem


def version_key(version: str | None) -> tuple:
    """A sort key for pack versions, by semantic versioning: 1.10.0 after 1.9.0, 1.0.0-rc.1 before
    1.0.0, build metadata (+...) ignored; a missing version sorts first. Numbers are compared by their
    digits (shorter is smaller), so one of any length sorts right without being turned into an int."""
    if not version:
        return (((-1, ""),),)
    release, _, pre = str(version).strip().split("+", 1)[0].partition("-")
    numbers = [_number(re.match(r"\d*", part)[0]) for part in release.split(".")]
    while len(numbers) > 1 and numbers[-1] == _number(""):
        numbers.pop()
    identifiers = tuple((0, _number(x), "") if x.isdigit() else (1, _number(""), x) for x in pre.split(".")) if pre else ()
    return (tuple(numbers), 0 if pre else 1, identifiers)


def _number(digits: str) -> tuple[int, str]:
    """The whole number written as ``digits``, as a key that compares as the number does."""
    digits = digits.lstrip("0")
    return len(digits), digits


def update_offers(entries: list[PackEntry]) -> dict[int, PackEntry]:
    """Row -> the user library's pack it would update, for each valid pack not in the library whose version
    is higher than that of every other pack with its id, the highest of them being in the library (what
    :meth:`Library.offer` says one pack at a time), found in one pass."""
    keys = [version_key(e.version) for e in entries]
    top: dict[str, list[int]] = {}  # id -> the rows of its two highest versions
    for row, entry in enumerate(entries):
        if entry.id:
            best = top.setdefault(entry.id, [])
            best.append(row)
            best.sort(key=lambda r: keys[r], reverse=True)
            del best[2:]
    offers = {}
    for row, entry in enumerate(entries):
        if entry.origin is Origin.LIBRARY or not entry.ok or not entry.id:
            continue
        others = [r for r in top[entry.id] if r != row]
        if others and keys[row] > keys[others[0]] and entries[others[0]].origin is Origin.LIBRARY:
            offers[row] = entries[others[0]]
    return offers
