"""The base map projected for one map frame, kept beside the compiled base map.

Projecting every ring of the world (cutting it at the frame's seam, keeping those that reach its window) is a
Python loop over about 1,700 rings: a tenth of a second at every start. The result depends only on the base map
and the frame, so the first start of a frame keeps it in the user's cache folder (named for the base map's entry
and the frame's parameters) and later starts map it into memory with ``numpy.load``. A damaged entry is made again.

Layout (one ``.npy`` each, plus the names):

- ``points``: (N, 2) float64, the projected vertices (km), one ring after another;
- ``rings``: (R + 1,) int64, where each ring starts in ``points``;
- ``features``: (F + 1,) int64, where each kept feature's rings start in ``rings``: the countries, then the
  contested areas;
- ``names.json``: the kept countries' ISO codes and the kept contested areas' places in
  :func:`sco_app.core.geo.contested_areas`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from sco_app.core import base_map, geo
from sco_app.core.base_map import NAMES, store_arrays
from sco_app.core.cache_files import cache_folder, entry_name
from sco_app.core.map_frame import MapFrame

FOLDER = "map-projected"
ARRAYS = ("points", "rings", "features")


@dataclass(frozen=True)
class ProjectedMap:
    """The world's rings in one frame's projection: each kept country's, then each kept contested area's."""

    points: np.ndarray
    rings: np.ndarray
    features: np.ndarray
    codes: tuple[str, ...]  # the countries with a ring in the frame's window
    areas: tuple[int, ...]  # the contested areas with one (their places in geo.contested_areas())

    def feature_rings(self, feature: int) -> list[np.ndarray]:
        """The rings of one kept feature (countries first, then areas), as views into :attr:`points`."""
        rings, features = self.rings, self.features
        return [self.points[rings[r]:rings[r + 1]] for r in range(features[feature], features[feature + 1])]

    def countries(self) -> dict[str, list[np.ndarray]]:
        return {code: self.feature_rings(k) for k, code in enumerate(self.codes)}

    def contested(self) -> tuple[tuple[geo.DisputedArea, list[np.ndarray]], ...]:
        areas = geo.contested_areas()
        return tuple((areas[a], self.feature_rings(len(self.codes) + k)) for k, a in enumerate(self.areas))

    def check(self) -> None:
        """Raise ValueError unless the arrays fit together (an entry cut short or damaged)."""
        if self.points.ndim != 2 or self.points.shape[1] != 2 or len(self.features) != len(self.codes) + len(self.areas) + 1:
            raise ValueError("the projected map's arrays do not match its names")
        for offsets, count in ((self.rings, len(self.points)), (self.features, len(self.rings) - 1)):
            if offsets.ndim != 1 or offsets[0] != 0 or offsets[-1] != count or np.any(np.diff(offsets) < 0):
                raise ValueError("the projected map's offsets do not fit its arrays")


def project(frame: MapFrame) -> ProjectedMap:
    """Project the base map for ``frame`` now (the rings that reach its window, cut at its seam)."""
    points, rings, features, codes, areas = [], [0], [0], [], []

    def keep(shapes) -> bool:
        found = frame.project_rings([ring for shape in shapes for ring in shape.rings])
        if found:
            for ring in found:
                points.append(ring)
                rings.append(rings[-1] + len(ring))
            features.append(len(rings) - 1)
        return bool(found)

    codes = [code for code, country in geo.load_countries().items() if keep(country.shapes)]
    areas = [k for k, area in enumerate(geo.contested_areas()) if keep(area.shapes)]
    made = ProjectedMap(np.concatenate(points) if points else np.zeros((0, 2)), np.array(rings, dtype=np.int64),
                        np.array(features, dtype=np.int64), tuple(codes), tuple(areas))
    made.check()
    return made


def load(folder: Path) -> ProjectedMap:
    """The projected map kept in ``folder`` (raises what reading a missing or damaged one raises)."""
    arrays = [np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False).view(np.ndarray) for name in ARRAYS]
    names = json.loads((folder / NAMES).read_text(encoding="utf-8"))
    made = ProjectedMap(*arrays, tuple(names["codes"]), tuple(names["areas"]))
    made.check()
    return made


def frame_key(frame: MapFrame) -> str:
    """What names a frame's projection: its projection, window and centring (not its view: that only frames the
    map)."""
    return repr((frame.projection, frame.window, frame.around_centre))


@lru_cache(maxsize=2)
def projected_map(frame: MapFrame) -> ProjectedMap:
    """The base map in ``frame``'s projection: as shipped for a built-in pack's frame
    (:mod:`sco_app.core.shipped_start`), else from the user's cache folder if made there before for the same base map,
    frame and app, else made now (and kept there)."""
    from sco_app.core.shipped_start import map_folder

    key = frame_key(frame)
    folder = cache_folder(FOLDER) / entry_name(base_map.entry(), key)
    for found in (map_folder(key), folder):
        try:
            if found is not None:
                return load(found)
        except (OSError, ValueError, KeyError, TypeError, EOFError):
            pass  # not made yet, or damaged: made again
    made = project(frame)
    store_arrays(folder, {name: getattr(made, name) for name in ARRAYS},
                 json.dumps({"codes": made.codes, "areas": made.areas}))
    return made
