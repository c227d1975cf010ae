"""Write a new lesson pack to start from: the commented starter pack, or a copy of a built-in pack.

The pack gets an id made from its folder's name, a note of where it came from, a copy of the schema
(``schema/``) that every YAML file's binding line points at, so an editor completes and checks it
wherever the folder goes, and is checked with the validator before it is handed over, so an
instructor always starts from a pack that opens.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from typing import TYPE_CHECKING

from sco_app.core.authoring import AuthoringError
from sco_app.core.authoring.schema_files import PACK_SCHEMA_DIR, SCHEMA_FILES, binding_line, write_schema
from sco_app.core.resources import lessons_dir

if TYPE_CHECKING:  # the loader is imported when a pack is written, not when the command line is read
    from sco_app.core.packs import CheckReport

STARTERS = ("template", "sco-balancing", "admm-defence")
"""What a new pack can start from: the small commented starter pack, the full SCO lesson, or the example of a pack
that names its own world (ASEAN's ADMM and ADMM-Plus)."""

_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_TOP_LEVEL_ID = re.compile(r"^id: *\S+.*$", re.MULTILINE)
_SCHEMA_LINE = re.compile(r"^# yaml-language-server: \$schema=\S*?([a-z]+\.schema\.json) *$", re.MULTILINE)


@dataclass(frozen=True)
class NewPack:
    """A pack just written: its folder, its id, the files written and the validator's report."""

    folder: Path
    pack_id: str
    files: tuple[str, ...]
    report: CheckReport


def pack_id_for(folder: Path) -> str:
    """An id for a pack in ``folder``: its name in lower case, with hyphens for anything else."""
    slug = re.sub(r"[^a-z0-9]+", "-", folder.resolve().name.lower()).strip("-")
    return slug if slug and _ID.match(slug) else "my-pack"


def new_pack(folder: str | Path, start: str = "template") -> NewPack:
    """Write a new pack into ``folder`` (missing or empty) from ``start``; return what was written.

    Raises :class:`AuthoringError` if the folder holds anything, or the starter is unknown.
    """
    folder = Path(folder)
    if start not in STARTERS:
        raise AuthoringError(f"unknown starting point {start!r}; choose one of {', '.join(STARTERS)}")
    if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
        raise AuthoringError(f"{folder} exists and is not a folder; choose a new folder name")
    if folder.is_dir() and any(folder.iterdir()):
        raise AuthoringError(f"{folder} is not empty; nothing was written",
                             ["choose a new folder name, or empty this folder first"])
    source = lessons_dir() / start
    pack_id = pack_id_for(folder)
    names = sorted(p.relative_to(source).as_posix() for p in source.rglob("*")
                   if p.is_file() and not p.is_symlink() and not _hidden(p.relative_to(source))
                   and not p.relative_to(source).as_posix().startswith(PACK_SCHEMA_DIR + "/"))
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if name.endswith(".yaml"):
            text = (source / name).read_text(encoding="utf-8")
            target.write_text(_adapt(text, name, pack_id, start, folder.name), encoding="utf-8")
        else:
            shutil.copyfile(source / name, target)
    write_schema(folder / PACK_SCHEMA_DIR)
    names = sorted(names + [f"{PACK_SCHEMA_DIR}/{name}" for name in SCHEMA_FILES])
    from sco_app.core.packs import check_pack

    report = check_pack(folder)
    if not report.ok:  # a starter that does not validate is a bug in the app, not the instructor's slip
        raise AuthoringError(f"the new pack in {folder} does not validate; please report this", report.problems)
    return NewPack(folder, pack_id, tuple(names), report)


def _hidden(rel: Path) -> bool:
    return any(part.startswith(".") or part == "__pycache__" for part in rel.parts)


def _adapt(text: str, name: str, pack_id: str, start: str, folder_name: str) -> str:
    """The starter's text with the new id, a note of its origin and a schema line that works here."""
    line = binding_line(name, pack_file=name == "pack.yaml")
    text, found = _SCHEMA_LINE.subn(line, text)
    if not found:
        text = f"{line}\n{text}"
    if name != "pack.yaml":
        return text
    text = _TOP_LEVEL_ID.sub(f"id: {pack_id}", text, count=1)
    origin = ("the starter pack" if start == "template" else f"the built-in '{start}' pack")
    header = (f"# Made with 'sco-app new-pack' from {origin}. Change what you like, then check it with:\n"
              f"#   sco-app validate {folder_name}\n"
              f"# and share it with:   sco-app pack {folder_name} --out {pack_id}.zip\n")
    return header + text
