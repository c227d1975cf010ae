"""Putting back what an install into the pack library left behind when it was cut short, before any pack is looked
for at start-up (kept apart from :mod:`sco_app.core.library`, which imports the pack checks: a start that finds
nothing to put back imports none of them)."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

LIBRARY_FOLDER = "packs"
_SAFE_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
STAGING_PREFIX = ".installing-"  # the temporary folder of an install: .installing-<pack id>-<random>


def recover_installs(library: str | Path) -> list[Path]:
    """Tidy the temporary folders that installs into ``library`` left behind (the app stopped, or an update
    failed and could not put the old pack back): where a pack's folder is missing and the temporary folder
    holds its old copy, move that copy back; then remove the temporary folder, unless it still holds a
    pack that could not be put back. Returns the pack folders restored; never raises."""
    library = Path(library)
    restored: list[Path] = []
    try:
        leftovers = sorted(p for p in library.iterdir() if p.name.startswith(STAGING_PREFIX))
    except OSError:
        return restored
    for staging in leftovers:
        try:
            if staging.is_symlink() or not staging.is_dir():
                continue
            pack_id = staging.name[len(STAGING_PREFIX):].rsplit("-", 1)[0]
            target = library / pack_id if _SAFE_ID.match(pack_id) else None
            old = staging / "old"
            has_old = old.exists() or old.is_symlink()
            in_place = target is not None and (target.exists() or target.is_symlink())
            if has_old and target is not None and not in_place:
                os.replace(old, target)  # the pack's only copy goes back where it belongs
                restored.append(target)
                has_old, in_place = False, True
            if not has_old or in_place:  # nothing in it is the only copy of a pack
                shutil.rmtree(staging, ignore_errors=True)
        except OSError:
            continue  # left for the next time; the old copy is never deleted while it is the only one
    return restored
