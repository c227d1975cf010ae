"""The pack library: which lesson packs this computer has, and installing or updating one from a zip.

Packs are found in three kinds of place, in this order:

- the packs that ship with the app (``built-in``);
- the user's library, a ``packs`` folder in the user's application-data folder (``library``), where
  imported zips are installed, one folder per pack id;
- extra folders (``extra``), named in ``$SCO_APP_PACKS`` (a path list, separated by :data:`os.pathsep`)
  or in the app's settings, such as a read-only folder shared on a lab network. They are only read.

A folder holding a ``pack.yaml`` is a pack; otherwise each of its sub-folders holding a ``pack.yaml``
and each ``.zip`` in it is one, up to :data:`MAX_PACKS_PER_FOLDER` a folder (the listing says how many
it left out). Every pack found is checked, so the library can say whether it validates: all at once
(:meth:`Library.entries`), or one by one within a time budget (:func:`check_within`, which the library
window runs off its GUI thread, so that a folder of a thousand packs, or one slow pack, never freezes it). Installing reads the zip through the pack loader's safe zip reader (no path leaves the
pack, no links, no zip bombs), writes it to a temporary folder beside its final place and renames it
into place, so a pack is never left half-installed. Student progress is stored by pack id, not by
folder or version, so an updated pack keeps every answer given to the old one.

An update renames the old folder aside (into the temporary folder) before renaming the new one into
place. If that second step fails and the old folder cannot be put back, or the app stops between the two
steps, the old pack is still in the temporary folder: :func:`recover_installs`, run whenever the library
is listed or installed into, puts it back, and removes temporary folders nothing needs any more.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from sco_app.core.library_recovery import (  # noqa: F401 - also named here
    _SAFE_ID, LIBRARY_FOLDER, STAGING_PREFIX, recover_installs,
)
from sco_app.core.model import ANY
from sco_app.core.pack_entry import Offer, Origin, PackEntry, version_key  # noqa: F401 - also named here
from sco_app.core.packs import limits
from sco_app.core.packs.files import PACK_FILE, FileProblem, ZipFiles, open_pack_files
from sco_app.core.packs.loader import INTERNAL_ERROR, check_pack
from sco_app.core.packs.number_checks import take_bad_numbers
from sco_app.core.packs.problems import PackError, Problem
from sco_app.core.packs.yaml_reader import YamlProblems, read_yaml
from sco_app.core.resources import builtin_pack_dirs, lessons_dir

PACKS_VARIABLE = "SCO_APP_PACKS"
MAX_PACKS_PER_FOLDER = 2000  # a folder with more packs is listed this far, and says how many it left out
CHECK_BUDGET_S = 20.0  # the library window checks packs for this long, then checks the others when chosen


@dataclass
class Library:
    """The folders searched, in order; :meth:`entries` finds and checks every pack in them."""

    user_folder: Path
    extra_folders: list[Path] = field(default_factory=list)
    include_built_in: bool = True

    @classmethod
    def from_environment(cls, data_dir: str | Path, settings_folders: list[str] | tuple[str, ...] = ()) -> Library:
        """The library of ``data_dir`` (the user's application-data folder), with the extra folders of
        ``$SCO_APP_PACKS`` and then those from the settings."""
        return cls(Path(data_dir) / LIBRARY_FOLDER, extra_folders(settings_folders))

    def folders(self) -> list[tuple[Path, Origin]]:
        found: list[tuple[Path, Origin]] = []
        if self.include_built_in:
            found.append((lessons_dir(), Origin.BUILT_IN))
        found.append((self.user_folder, Origin.LIBRARY))
        found.extend((folder, Origin.EXTRA) for folder in self.extra_folders)
        return found

    def listing(self) -> Listing:
        """Every pack of every folder, each once (the first place a path is found names its origin), not
        yet checked; and the folders that held more than :data:`MAX_PACKS_PER_FOLDER`."""
        recover_installs(self.user_folder)  # an update cut short: put the old pack back
        seen: set[Path] = set()
        listing = Listing()
        for folder, origin in self.folders():
            candidates, left_out = (builtin_pack_dirs(), 0) if origin is Origin.BUILT_IN else find_packs(folder)
            if left_out:
                listing.left_out.append((folder, left_out))
            for path in candidates:
                key = _resolved(path)
                if key not in seen:
                    seen.add(key)
                    listing.packs.append((path, origin))
        return listing

    def entries(self) -> list[PackEntry]:
        """Every pack of every folder, each checked (which may take a while: see :func:`check_within`)."""
        return [read_entry(path, origin) for path, origin in self.listing().packs]

    def offer(self, candidate: PackEntry, entries: list[PackEntry] | None = None) -> tuple[Offer, PackEntry | None]:
        """What installing ``candidate`` would be, against the highest version already there with its id."""
        place = _resolved(candidate.path)
        same_id = [e for e in (self.entries() if entries is None else entries)
                   if e.id == candidate.id and _resolved(e.path) != place]
        if not same_id:
            return Offer.NEW, None
        best = max(same_id, key=lambda e: version_key(e.version))
        order = (version_key(candidate.version) > version_key(best.version)) - (
            version_key(candidate.version) < version_key(best.version))
        return {1: Offer.UPDATE, 0: Offer.SAME, -1: Offer.OLDER}[order], best

    def install(self, source: str | Path) -> PackEntry:
        """Install the pack zip (or folder) at ``source`` into the user's library, replacing a pack with
        the same id there; raise :class:`PackError` if it does not validate."""
        return install(source, self.user_folder)


@dataclass
class Listing:
    """The packs found, in order, with where they were found; and (folder, how many) for each folder whose
    packs past :data:`MAX_PACKS_PER_FOLDER` were left out."""

    packs: list[tuple[Path, Origin]] = field(default_factory=list)
    left_out: list[tuple[Path, int]] = field(default_factory=list)


def check_within(packs: list[tuple[Path, Origin]], budget_s: float = CHECK_BUDGET_S,
                 stop: threading.Event | None = None,
                 clock: Callable[[], float] = time.monotonic) -> Iterator[tuple[int, PackEntry]]:
    """Check ``packs`` in order, yielding ``(index, entry)`` for each, until ``budget_s`` seconds have
    passed or ``stop`` is set (both looked at between two packs: the first pack is always checked, and a
    pack being checked is finished)."""
    start = clock()
    for index, (path, origin) in enumerate(packs):
        if (stop is not None and stop.is_set()) or (index and clock() - start > budget_s):
            return
        yield index, read_entry(path, origin)


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path


def extra_folders(settings_folders: list[str] | tuple[str, ...] = ()) -> list[Path]:
    """The folders of ``$SCO_APP_PACKS`` (empty parts skipped), then ``settings_folders``; each once."""
    names = [p for p in os.environ.get(PACKS_VARIABLE, "").split(os.pathsep) if p.strip()]
    folders: list[Path] = []
    for name in [*names, *settings_folders]:
        folder = Path(name).expanduser()
        if folder not in folders:
            folders.append(folder)
    return folders


def find_packs(folder: Path) -> tuple[list[Path], int]:
    """The packs in ``folder``: the folder itself if it holds a pack.yaml, else its pack sub-folders and
    zips, by name, at most :data:`MAX_PACKS_PER_FOLDER`; and how many more there were. A missing or
    unreadable folder holds none."""
    try:
        if (folder / PACK_FILE).is_file():
            return [folder], 0
        children = sorted(folder.iterdir(), key=lambda p: p.name.casefold())
    except OSError:
        return [], 0
    found, more = [], 0
    for child in children:
        if child.name.startswith("."):
            continue  # hidden, and the library's own temporary folders
        try:
            if (child.is_dir() and (child / PACK_FILE).is_file()) or (
                    child.suffix.lower() == ".zip" and child.is_file()):
                if len(found) < MAX_PACKS_PER_FOLDER:
                    found.append(child)
                else:
                    more += 1
        except OSError:
            continue
    return found, more


def read_entry(path: str | Path, origin: Origin = Origin.EXTRA) -> PackEntry:
    """Check the pack at ``path`` and note what it says about itself (even when it has errors); never
    raises: whatever goes wrong is a problem of that pack."""
    path = Path(path)
    try:
        return _read_entry(path, origin)
    except Exception as exc:  # noqa: BLE001 - one pack's fault never costs the others their rows
        problem = Problem(str(path), 1, 1, f"{INTERNAL_ERROR} ({exc.__class__.__name__}: {exc})")
        return PackEntry(path, origin, None, None, {}, (), (), (problem,), 1, False, path.suffix.lower() == ".zip")


def _read_entry(path: Path, origin: Origin) -> PackEntry:
    report = check_pack(path)
    meta = _metadata(path)
    if report.pack is not None:
        pack = report.pack
        title = {("" if k == ANY else k): v for k, v in pack.title.by_language.items()}
        pack_id, version, languages, authors = pack.id, pack.version, pack.languages, pack.authors
    else:
        title = meta["title"]
        pack_id, version = report.summary.get("id") or meta["id"], report.summary.get("version") or meta["version"]
        languages, authors = tuple(report.summary.get("languages") or meta["languages"]), meta["authors"]
    writable = origin is Origin.LIBRARY or _writable(path)
    return PackEntry(path, origin, pack_id, version, title, tuple(languages), tuple(authors),
                     tuple(report.problems), len(report.errors), writable, path.is_file())


def _writable(path: Path) -> bool:
    try:
        return os.access(path.parent if path.is_file() else path, os.W_OK)
    except OSError:
        return False


def _metadata(path: Path) -> dict:
    """Id, version, title, languages and authors as written in pack.yaml, as far as they can be read."""
    meta: dict = {"id": None, "version": None, "title": {}, "languages": [], "authors": ()}
    try:
        files = open_pack_files(path)
        data = read_yaml(files.read_text(PACK_FILE), files.display(PACK_FILE))
    except (FileProblem, YamlProblems, ValueError):  # ValueError: a key too long a number to be text
        return meta
    if not isinstance(data, dict):
        return meta
    take_bad_numbers(data)  # a 5,000-digit version cannot be turned into text: it is no version
    if isinstance(data.get("id"), str):
        meta["id"] = data["id"]
    if isinstance(data.get("version"), (str, int, float)) and not isinstance(data.get("version"), bool):
        meta["version"] = str(data["version"])
    title = data.get("title")
    if isinstance(title, str):
        meta["title"] = {"": title}
    elif isinstance(title, dict):
        meta["title"] = {str(k): v for k, v in title.items() if isinstance(v, str)}
    for key in ("languages", "authors"):
        if isinstance(data.get(key), list):
            meta[key] = tuple(x for x in data[key] if isinstance(x, str))
    return meta


def install(source: str | Path, library: str | Path) -> PackEntry:
    """Install the pack at ``source`` (a zip, or a folder) as ``library/<pack id>``, atomically.

    The pack must validate. Its files are copied into a hidden temporary folder in ``library``; the
    finished folder is then renamed into place (an older copy is first renamed aside, then removed).
    Raises :class:`PackError` for a pack with errors, ``OSError`` when the library cannot be written.
    """
    source, library = Path(source), Path(library)
    report = check_pack(source)
    if report.pack is None:
        raise PackError(report.problems, str(source))
    pack_id = report.pack.id
    if not _SAFE_ID.match(pack_id):
        raise PackError([Problem(str(source), 1, 1, f"the pack id {pack_id!r} cannot name a folder")], str(source))
    library.mkdir(parents=True, exist_ok=True)
    recover_installs(library)
    staging = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{pack_id}-", dir=library))
    old_only_in_staging = False  # True: the old pack is in staging/old and nowhere else, so keep staging
    try:
        try:
            _copy_pack(source, staging / "pack")
        except FileProblem as exc:
            raise PackError([exc.problem], str(source)) from None
        copied = check_pack(staging / "pack")
        if copied.pack is None or copied.pack.id != pack_id:  # what was written is what was checked
            raise PackError(copied.problems, str(source))
        target = library / pack_id
        if target.exists() or target.is_symlink():
            aside = staging / "old"
            os.replace(target, aside)
            old_only_in_staging = True
            try:
                os.replace(staging / "pack", target)
            except OSError:
                os.replace(aside, target)  # put the old one back (if this fails too, recover_installs will)
                old_only_in_staging = False
                raise
            old_only_in_staging = False  # the new pack is in place: the old one is no longer needed
        else:
            os.replace(staging / "pack", target)
    finally:
        if not old_only_in_staging:
            shutil.rmtree(staging, ignore_errors=True)
    return read_entry(target, Origin.LIBRARY)


def _copy_pack(source: Path, destination: Path) -> None:
    """Copy the files of the pack at ``source`` to ``destination``, through the safe pack readers."""
    files = open_pack_files(source)
    destination.mkdir()
    if isinstance(files, ZipFiles):
        names = [name[len(files.prefix):] for name in files.entries if name.startswith(files.prefix)]
    else:
        names = []
        for folder, subfolders, file_names in os.walk(files.root):  # links to folders are not followed
            subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
            rel_folder = Path(folder).relative_to(files.root)
            names.extend((rel_folder / name).as_posix() for name in sorted(file_names) if not name.startswith("."))
    for rel in names:
        data = files.read_bytes(rel, limits.MAX_PACK_BYTES)  # refuses paths out of the pack, links, bombs
        target = destination / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
