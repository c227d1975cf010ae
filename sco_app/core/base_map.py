"""The base map compiled: every ring of the Natural Earth country and disputed-area shapes as flat numpy arrays.

Decoding the 1.9 MB of GeoJSON with ``json`` and making 1,700 small arrays takes a few hundred milliseconds; the
compiled arrays load in one. They ship compiled (``resources/geo/compiled``, written by
``tools/compile_base_map.py``, with the hashes of the GeoJSON files they were compiled from): a student's first
start on a lab computer maps them into memory with ``numpy.load`` (``mmap_mode="r"``: pages are read when a ring is
used, and shared between running copies of the app). Where the GeoJSON files no longer match those hashes (edited
since), the first start compiles them into the user's cache folder, named for the hash of both files and of the app
(:mod:`sco_app.core.cache_files`), for every later start. A damaged or partial entry is compiled again; a cache
folder that cannot be written leaves the arrays in memory for this run.

Layout (one ``.npy`` each, plus the names):

- ``points``: (N, 2) float64, longitude and latitude of every ring's vertices, one ring after another;
- ``rings``: (R + 1,) int64, where each ring starts in ``points`` (and, last, where the last ends);
- ``shapes``: (S + 1,) int64, where each polygon's rings start in ``rings`` (its outline first, then its holes);
- ``features``: (F + 1,) int64, where each feature's polygons start in ``shapes``: the countries, then the
  disputed areas, in the files' order;
- ``names.json``: each country's ISO code and name, and each disputed area's name, claimants, note and type.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np

from sco_app.core.cache_files import cache_folder, entry_name
from sco_app.core.resources import resource_path

COUNTRIES_FILE = "geo/countries-50m.geojson"
DISPUTED_FILE = "geo/disputed-areas.geojson"
FOLDER = "map"
ARRAYS = ("points", "rings", "shapes", "features")
NAMES = "names.json"
SHIPPED = "geo/compiled"  # the compiled entry that ships, with the hashes of its sources
SOURCES = "sources.json"


@dataclass(frozen=True)
class BaseMap:
    """The compiled shapes (see the module's description of the arrays)."""

    points: np.ndarray
    rings: np.ndarray
    shapes: np.ndarray
    features: np.ndarray
    countries: tuple[tuple[str, str], ...]  # (ISO code, English name) of the first features
    disputed: tuple[tuple[str, tuple[str, ...], str | None, str], ...]  # (name, claimants, note, type) of the rest

    @cached_property
    def _offsets(self) -> tuple[list[int], list[int], list[int]]:
        return self.rings.tolist(), self.shapes.tolist(), self.features.tolist()  # (Python ints index fastest)

    def feature_rings(self, feature: int) -> tuple[tuple[np.ndarray, ...], ...]:
        """The rings of each polygon of one feature (outline first), as views into :attr:`points`."""
        rings, shapes, features = self._offsets
        return tuple(tuple(self.points[rings[r]:rings[r + 1]] for r in range(shapes[s], shapes[s + 1]))
                     for s in range(features[feature], features[feature + 1]))

    def check(self) -> None:
        """Raise ValueError unless the arrays fit together (an entry cut short or damaged)."""
        counts = (len(self.points), len(self.rings) - 1, len(self.shapes) - 1)
        if self.points.ndim != 2 or self.points.shape[1] != 2 or len(self.features) - 1 != len(self.countries) + len(self.disputed):
            raise ValueError("the compiled map's arrays do not match its names")
        for offsets, count in zip((self.rings, self.shapes, self.features), counts):
            if offsets.ndim != 1 or offsets[0] != 0 or offsets[-1] != count or np.any(np.diff(offsets) < 0):
                raise ValueError("the compiled map's offsets do not fit its arrays")


def compile_map(countries_json: bytes, disputed_json: bytes) -> BaseMap:
    """Compile the two GeoJSON FeatureCollections into flat arrays."""
    points, rings, shapes, features = [], [0], [0], [0]
    names: dict[str, list] = {"countries": [], "disputed": []}
    for kind, text in (("countries", countries_json), ("disputed", disputed_json)):
        for feature in json.loads(text)["features"]:
            props, geometry = feature["properties"], feature["geometry"]
            polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
            for polygon in polygons:
                for ring in polygon:
                    points.extend(ring)
                    rings.append(len(points))
                shapes.append(len(rings) - 1)
            features.append(len(shapes) - 1)
            names[kind].append([props["iso_a3"], props["name_en"]] if kind == "countries" else
                               [props["name_en"], props["claimants"], props["note"], props["type"]])
    return _made(np.array(points, dtype=np.float64).reshape(-1, 2), *(np.array(o, dtype=np.int64) for o in (rings, shapes, features)),
                 names)


def _made(points, rings, shapes, features, names: dict) -> BaseMap:
    world = BaseMap(points, rings, shapes, features, tuple((c, n) for c, n in names["countries"]),
                    tuple((n, tuple(c), note, t) for n, c, note, t in names["disputed"]))
    world.check()
    return world


def _load(folder: Path) -> BaseMap:
    arrays = [np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False).view(np.ndarray) for name in ARRAYS]
    return _made(*arrays, json.loads((folder / NAMES).read_text(encoding="utf-8")))


def _store(world: BaseMap, folder: Path) -> None:
    store_arrays(folder, {name: getattr(world, name) for name in ARRAYS},
                 json.dumps({"countries": world.countries, "disputed": world.disputed}))


def store_arrays(folder: Path, arrays: dict[str, np.ndarray], names: str) -> None:
    """Keep an entry of ``arrays`` (one ``.npy`` each) and ``names`` (JSON text, in :data:`NAMES`) as ``folder``:
    written into a temporary folder and renamed into place (best effort: a failure only costs time)."""
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        part = Path(tempfile.mkdtemp(dir=folder.parent, prefix=".part-"))
    except OSError:
        return
    try:
        for name, array in arrays.items():
            np.save(part / f"{name}.npy", array, allow_pickle=False)
        (part / NAMES).write_text(names, encoding="utf-8")
        shutil.rmtree(folder, ignore_errors=True)  # a damaged entry of the same name
        os.replace(part, folder)
    except OSError:
        pass
    finally:
        shutil.rmtree(part, ignore_errors=True)


def _read_sources() -> list[bytes]:
    """The two GeoJSON files' bytes."""
    return [resource_path(name).read_bytes() for name in (COUNTRIES_FILE, DISPUTED_FILE)]


@lru_cache(maxsize=1)
def _sources() -> tuple[dict[str, str], str]:
    """What names the two GeoJSON files as they are: their hashes as a shipped entry records them, and the name of
    their compiled entry (the hash of both and of the app). Their 1.9 MB are not kept."""
    sources = _read_sources()
    return source_hashes(sources), entry_name(*(hashlib.sha256(data).digest() for data in sources))


def source_hashes(sources: list[bytes]) -> dict[str, str]:
    """What a shipped entry records of the files it was compiled from."""
    return {name: hashlib.sha256(data).hexdigest() for name, data in zip((COUNTRIES_FILE, DISPUTED_FILE), sources)}


@lru_cache(maxsize=1)
def shipped_is_current() -> bool:
    """Whether the entry that ships was compiled from the GeoJSON files as they are."""
    try:
        recorded = json.loads((resource_path(SHIPPED) / SOURCES).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return recorded == _sources()[0]


def _shipped() -> BaseMap | None:
    """The entry that ships, if it was compiled from the files as they are (else None)."""
    if not shipped_is_current():
        return None
    try:
        return _load(resource_path(SHIPPED))
    except (OSError, ValueError, KeyError, TypeError, EOFError):
        return None


def ship(folder: Path) -> None:
    """Compile the shipped GeoJSON files into ``folder`` (the entry that ships), with their hashes."""
    sources = _read_sources()
    world = compile_map(*sources)
    shutil.rmtree(folder, ignore_errors=True)
    _store(world, folder)
    (folder / SOURCES).write_text(json.dumps(source_hashes(sources), indent=1) + "\n", encoding="utf-8")


def entry() -> str:
    """The name of the compiled base map's entry: what is made from it (a projection of it) is named after it."""
    return _sources()[1]


@lru_cache(maxsize=1)
def base_map() -> BaseMap:
    """The compiled base map: from the user's cache folder if compiled there before from the same files by the same
    app, else compiled now (and kept there for the next start)."""
    shipped = _shipped()
    if shipped is not None:
        return shipped
    folder = cache_folder(FOLDER) / _sources()[1]
    try:
        return _load(folder)
    except (OSError, ValueError, KeyError, TypeError, EOFError):
        pass  # not compiled yet, or damaged: compiled again
    world = compile_map(*_read_sources())
    _store(world, folder)
    return world
