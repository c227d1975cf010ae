"""Country and disputed-area shapes from Natural Earth, as numpy outlines; no drawing here.

``resources/geo/countries-50m.geojson`` holds one feature per line with ``iso_a3`` and ``name_en``;
``disputed-areas.geojson`` holds Natural Earth's disputed and breakaway areas with its neutral note.
Both are public domain (Natural Earth); see ``resources/geo/README.md``. The shapes are read from their compiled
arrays (:mod:`sco_app.core.base_map`), not from the JSON.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

import numpy as np

from sco_app.core.base_map import COUNTRIES_FILE, DISPUTED_FILE, base_map  # noqa: F401 - the files' names, here too
from sco_app.core.resources import resource_path

CONTESTED_KINDS = ("Disputed", "Breakaway", "Indeterminate")  # Natural Earth's types that are contested (not leases)
_PROPS = re.compile(r'"iso_a3":"(?P<code>[A-Z]{3})","name_en":"(?P<name>(?:[^"\\]|\\.)*)"')


@dataclass(frozen=True)
class Shape:
    """One polygon with its holes: ``rings[0]`` is the outline, the rest are holes; each an (N, 2)
    array of longitude, latitude."""

    rings: tuple[np.ndarray, ...]

    def contains(self, lon: float, lat: float) -> bool:
        return bool(ring_contains(self.rings[0], lon, lat)) and not any(ring_contains(h, lon, lat) for h in self.rings[1:])


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    shapes: tuple[Shape, ...]

    @cached_property
    def bounds(self) -> tuple[float, float, float, float]:
        """(min lon, min lat, max lon, max lat)."""
        points = np.concatenate([s.rings[0] for s in self.shapes])
        (x0, y0), (x1, y1) = points.min(axis=0), points.max(axis=0)
        return float(x0), float(y0), float(x1), float(y1)

    def contains(self, lon: float, lat: float) -> bool:
        return any(shape.contains(lon, lat) for shape in self.shapes)


@dataclass(frozen=True)
class DisputedArea:
    name: str
    claimants: tuple[str, ...]
    note: str | None
    kind: str
    shapes: tuple[Shape, ...]

    def contains(self, lon: float, lat: float) -> bool:
        return any(shape.contains(lon, lat) for shape in self.shapes)


def ring_contains(ring: np.ndarray, lon: float, lat: float) -> bool:
    """Even-odd point-in-polygon test, vectorised over the ring's edges."""
    x, y = ring[:, 0], ring[:, 1]
    x2, y2 = np.roll(x, -1), np.roll(y, -1)
    crosses = (y > lat) != (y2 > lat)
    with np.errstate(divide="ignore", invalid="ignore"):
        at = x + (lat - y) * (x2 - x) / (y2 - y)
    return bool(np.count_nonzero(crosses & (lon < at)) % 2)


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """ISO alpha-3 code -> English name of every country shape, read without the geometry (fast)."""
    text = resource_path(COUNTRIES_FILE).read_text(encoding="utf-8")
    return {m["code"]: json.loads(f'"{m["name"]}"') for m in _PROPS.finditer(text)}


def _shapes(polygons) -> tuple[Shape, ...]:
    return tuple(Shape(rings) for rings in polygons)


@lru_cache(maxsize=1)
def load_countries() -> dict[str, Country]:
    """Every country shape, keyed by ISO alpha-3 code (from the compiled base map)."""
    world = base_map()
    return {code: Country(code, name, _shapes(world.feature_rings(index))) for index, (code, name) in enumerate(world.countries)}


@lru_cache(maxsize=1)
def load_disputed_areas() -> tuple[DisputedArea, ...]:
    """Natural Earth's disputed, breakaway and similar areas, with its neutral note."""
    world = base_map()
    first = len(world.countries)
    return tuple(DisputedArea(name, claimants, note, kind, _shapes(world.feature_rings(first + index)))
                 for index, (name, claimants, note, kind) in enumerate(world.disputed))


def contested_areas() -> tuple[DisputedArea, ...]:
    """The disputed, breakaway and indeterminate areas: a map draws them neutrally, in no claimant's status, because
    the country shapes follow who holds the ground today (Crimea lies inside Russia's, Taiwan is a shape of its own)."""
    return tuple(area for area in load_disputed_areas() if area.kind in CONTESTED_KINDS)


def country_at(lon: float, lat: float) -> Country | None:
    """The country whose shape holds the point, or None (sea, or no shape)."""
    for country in load_countries().values():
        x0, y0, x1, y1 = country.bounds
        if x0 <= lon <= x1 and y0 <= lat <= y1 and country.contains(lon, lat):
            return country
    return None
