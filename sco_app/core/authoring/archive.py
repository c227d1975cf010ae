"""Build a shareable zip of a lesson pack: checked first, confined to the pack, the same bytes every time.

The zip holds the pack's folder as one top-level folder named by the pack's id. Links are skipped
(a link may point anywhere), as are hidden files and folders; entries are sorted and stamped with a
fixed time, so zipping an unchanged pack twice gives identical files. The finished zip is opened
again with the app's own loader before it is reported as written.
"""

from __future__ import annotations

import os
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path

from sco_app.core.authoring import AuthoringError
from sco_app.core.packs import CheckReport, check_pack, limits
from sco_app.core.packs.files import PACK_FILE

FIXED_TIME = (1980, 1, 1, 0, 0, 0)
"""The time every entry is stamped with: the earliest a zip can hold, so it says nothing about when."""


@dataclass(frozen=True)
class PackArchive:
    """A zip just written: where, which files it holds, what was left out and the check of the pack."""

    path: Path
    files: tuple[str, ...]
    skipped: tuple[str, ...]
    report: CheckReport


def pack_files(folder: Path, exclude: set[Path] = frozenset()) -> tuple[list[str], list[str]]:
    """The regular files of the pack ``folder`` as sorted relative paths, and what was skipped (links,
    hidden files, anything that is not a plain file). Never follows a link."""
    root = folder.resolve()
    files: list[str] = []
    skipped: list[str] = []
    for current, dirs, names in os.walk(root, followlinks=False):
        here = Path(current)
        for name in sorted(dirs):
            path = here / name
            rel = path.relative_to(root).as_posix()
            if path.is_symlink():
                skipped.append(f"{rel} (a link)")
                dirs.remove(name)
            elif name.startswith(".") or name == "__pycache__":
                skipped.append(f"{rel}/ (hidden)")
                dirs.remove(name)
        for name in names:
            path = here / name
            rel = path.relative_to(root).as_posix()
            mode = path.lstat().st_mode
            if path in exclude:
                continue
            if stat.S_ISLNK(mode):
                skipped.append(f"{rel} (a link)")
            elif not stat.S_ISREG(mode):
                skipped.append(f"{rel} (not a plain file)")
            elif name.startswith("."):
                skipped.append(f"{rel} (hidden)")
            else:
                files.append(rel)
    return sorted(files), sorted(skipped)


def build_archive(folder: str | Path, out: str | Path) -> PackArchive:
    """Check the pack ``folder`` and zip it to ``out``; raise :class:`AuthoringError` (with the
    problems) if the pack has errors, is not a folder, or the zip cannot be written."""
    folder, out = Path(folder), Path(out)
    if not folder.is_dir() or folder.is_symlink():
        raise AuthoringError(f"{folder} is not a pack folder; name the folder that holds {PACK_FILE}")
    if out.suffix.lower() != ".zip":
        raise AuthoringError(f"{out} does not end in .zip; name the archive NAME.zip")
    report = check_pack(folder)
    if not report.ok:
        raise AuthoringError(f"{folder}: the pack has errors; no zip was written", report.problems)
    top = report.pack.id
    tmp = out.with_name(f".{out.name}.part")
    files, skipped = pack_files(folder, exclude={out.resolve(), tmp.resolve()})
    if len(files) >= limits.MAX_ZIP_ENTRIES:
        raise AuthoringError(f"the pack has {len(files):,} files; a shared pack may hold at most "
                             f"{limits.MAX_ZIP_ENTRIES - 1:,}")
    total = sum((folder / rel).stat().st_size for rel in files)
    if total > limits.MAX_PACK_BYTES:
        raise AuthoringError(f"the pack's files add up to {total:,} bytes; the limit is {limits.MAX_PACK_BYTES:,}")
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        _write_zip(folder, top, files, tmp)
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise AuthoringError(f"cannot write {out}: {exc.strerror or exc}") from None
    again = check_pack(out)
    if not again.ok:  # the zip must open as the folder did
        raise AuthoringError(f"{out} was written but does not open again; please report this", again.problems)
    return PackArchive(out, tuple(files), tuple(skipped), report)


def _write_zip(folder: Path, top: str, files: list[str], target: Path) -> None:
    with zipfile.ZipFile(target, "w") as archive:
        for rel in files:
            info = zipfile.ZipInfo(f"{top}/{rel}", date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            info.create_system = 3  # Unix, so the permissions above are read as such everywhere
            fd = os.open(folder / rel, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))  # never through a link
            with os.fdopen(fd, "rb") as stream:
                archive.writestr(info, stream.read(), compresslevel=9)
