"""What a first start on a built-in pack needs, made ahead and shipped: each built-in pack checked, and the base map
projected for the default pack's opening frame.

A student's first start on a lab computer (a fresh account, an empty cache folder) would otherwise read and check
the SCO lesson's YAML (about 80 ms) and project the world's 1,700 rings for its map (about 100 ms) before the views
could be drawn. Both depend only on the pack's files, the base map and the app's core, so they ship made ahead in
``resources/start`` (written by ``tools/make_start_data.py``) with what they were made from, in
``manifest.json``:

- ``core``: the app's version and the size of each module of its core (:func:`core_signature`: a core changed in
  development no longer matches, and nothing shipped is used);
- ``packs``: for each built-in pack folder, the hash of its files (:func:`sco_app.core.packs.pack_cache.content_digest`)
  and its entry (a checked pack, in the cache's format);
- ``maps``: for a frame (its projection, window and centring), the folder of its projected base map, made from the
  shipped base map (used only while the GeoJSON files match it): the default pack's frame, the one a first start
  draws (a megabyte each: not every pack's).

Anything that does not match is not used: the app makes its own, as for any other pack, and keeps it in the user's
cache folder. A test keeps what ships equal to what the app makes now.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path

from sco_app import __version__
from sco_app.core.cache_files import core_modules
from sco_app.core.resources import ResourceNotFound, is_built_in, resource_path

SHIPPED = "start"
MANIFEST = "manifest.json"


@lru_cache(maxsize=1)
def core_signature() -> str:
    """The app's version and the size of every module of its core (what a checked pack and a projection are made
    by); cheap enough for every start, unlike hashing the modules."""
    digest = hashlib.sha256(__version__.encode())
    for name, size, _time in core_modules():
        digest.update(f"\0{name}\0{size}".encode())
    return digest.hexdigest()


@lru_cache(maxsize=1)
def _manifest() -> dict | None:
    """The shipped manifest, if it was made by this very core (else None: nothing shipped is used)."""
    try:
        manifest = json.loads((resource_path(SHIPPED) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError, ResourceNotFound):
        return None
    return manifest if isinstance(manifest, dict) and manifest.get("core") == core_signature() else None


def pack_entry(path: str | Path, digest: bytes) -> bytes | None:
    """The shipped entry of the built-in pack folder at ``path`` whose files now hash to ``digest``, if one ships
    for those very files; else None."""
    manifest = _manifest()
    if manifest is None or not is_built_in(path) or not Path(path).is_dir():
        return None
    shipped = manifest.get("packs", {}).get(Path(path).resolve().name)
    if not isinstance(shipped, dict) or shipped.get("digest") != digest.hex():
        return None
    try:
        return (resource_path(SHIPPED) / str(shipped["entry"])).read_bytes()
    except (OSError, KeyError, ResourceNotFound):
        return None


def map_folder(frame_key: str) -> Path | None:
    """The folder of the shipped projected base map for the frame named ``frame_key``, if one ships and the base map
    in use is the one it was projected from; else None."""
    from sco_app.core import base_map

    manifest = _manifest()
    folder = manifest.get("maps", {}).get(frame_key) if manifest is not None else None
    if not isinstance(folder, str) or not base_map.shipped_is_current():
        return None
    try:
        return resource_path(SHIPPED) / folder
    except ResourceNotFound:
        return None


def write_manifest(folder: Path, packs: dict[str, dict], maps: dict[str, str]) -> None:
    """Write the manifest of what was made into ``folder`` (by ``tools/make_start_data.py``)."""
    manifest = {"core": core_signature(), "packs": packs, "maps": maps}
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
