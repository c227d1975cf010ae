"""Make what ships for a first start on the built-in packs (``resources/start``): each built-in pack checked, and
the base map projected for the default pack's opening frame (see :mod:`sco_app.core.shipped_start`).

    python tools/make_start_data.py

Run it after changing a built-in pack, the base map or any module of ``sco_app/core``: the app uses what ships only
while all of them match it (``tests/core/test_shipped_start.py`` says when they do not).
"""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import replace
from pathlib import Path

from sco_app.core import base_map
from sco_app.core.map_frame import frame_for
from sco_app.core.packs import loader, pack_cache
from sco_app.core.projected_map import ARRAYS, frame_key, project
from sco_app.core.resources import builtin_pack_dirs, default_pack
from sco_app.core.shipped_start import SHIPPED, write_manifest

ROOT = Path(__file__).resolve().parents[1]


def make(folder: Path) -> None:
    if not base_map.shipped_is_current():
        raise SystemExit("the compiled base map does not match the GeoJSON: run tools/compile_base_map.py first")
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "packs").mkdir(parents=True)
    packs, maps = {}, {}
    for pack_folder in builtin_pack_dirs():
        digest = pack_cache.content_digest(pack_folder)
        pack = replace(loader.load_pack(pack_folder), root="")  # (read and checked now; where it is goes at start)
        entry = f"packs/{pack_folder.name}.pickle"
        (folder / entry).write_bytes(pack_cache.encode(pack, digest))
        packs[pack_folder.name] = {"digest": digest.hex(), "entry": entry}
        if pack_folder == default_pack():  # (the one a first start opens; a megabyte each: not every pack's)
            frame = frame_for(pack.opening_view)
            key = frame_key(frame)
            maps[key] = f"maps/{hashlib.sha256(key.encode()).hexdigest()[:16]}"
            made = project(frame)
            base_map.store_arrays(folder / maps[key], {name: getattr(made, name) for name in ARRAYS},
                                  json.dumps({"codes": made.codes, "areas": made.areas}))
    write_manifest(folder, packs, maps)


if __name__ == "__main__":
    target = ROOT / "resources" / SHIPPED
    make(target)
    print(f"wrote {target.relative_to(ROOT)}: {', '.join(sorted(p.name for p in target.rglob('*') if p.is_file()))}")
