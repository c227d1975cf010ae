"""The map's projection and what it opens on, chosen from a pack's opening view (``map: view:``).

- No view (the SCO lesson, and every pack written before packs could set one): the Eurasian Albers conic of
  :mod:`sco_app.core.projection`, drawing the shapes that reach its window, opening on the pack's states: the map
  as it has always been.
- A view up to :data:`MOST_CONIC` degrees wide: an Albers equal-area conic fitted to it, centred on its middle,
  with its standard parallels a sixth of its height inside its south and north edges (a view about the equator,
  which makes no cone, gets the world projection).
- A wider view: Equal Earth (:mod:`sco_app.core.equal_earth`) centred on the view's middle, the whole world
  but the polar caps, so the Americas and Oceania are there.

Either way shapes are cut along the meridian opposite the centre, so no country is drawn across the map.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from sco_app.core.equal_earth import EqualEarth, split_at_seam, wrap
from sco_app.core.model import OpeningView
from sco_app.core.projection import EURASIA, AlbersEqualArea

EURASIA_WINDOW = (-30.0, -15.0, 180.0, 85.0)  # min lon, min lat, max lon, max lat: the Eurasian map's shapes
WORLD_WINDOW = (-180.0, -60.0, 180.0, 90.0)  # the world but Antarctica (no pack's view is about it)
MOST_CONIC = 140.0  # degrees of longitude: a wider view gets the world projection
LEAST_CONE = 0.05  # a conic's cone constant below this is nearly a cylinder: the view is about the equator


@dataclass(frozen=True)
class MapFrame:
    """How the map projects the world for one pack. ``window`` (min lon, min lat, max lon, max lat) keeps the
    shapes that reach it; longitudes are compared after bringing them within 180° of the centre."""

    projection: AlbersEqualArea | EqualEarth
    window: tuple[float, float, float, float]
    view: OpeningView | None = None
    around_centre: bool = True  # compare longitudes within 180° of the centre (the Eurasian map takes them as given)

    @property
    def central_meridian(self) -> float:
        return self.projection.central_meridian

    def forward(self, lonlat) -> np.ndarray:
        return self.projection.forward(lonlat)

    def inverse(self, xy) -> np.ndarray:
        return self.projection.inverse(xy)

    def project_rings(self, rings) -> list[np.ndarray]:
        """Project the (N, 2) lon/lat rings that reach the window, cut at the seam, in one call."""
        lon0, lat0, lon1, lat1 = self.window
        kept = []
        for ring in rings:
            lon = wrap(ring[:, 0] - self.central_meridian) + self.central_meridian if self.around_centre else ring[:, 0]
            if np.any((lon >= lon0) & (lon <= lon1) & (ring[:, 1] >= lat0) & (ring[:, 1] <= lat1)):
                kept += split_at_seam(ring, self.central_meridian)
        if not kept:
            return []
        return np.split(self.forward(np.concatenate(kept)), np.cumsum([len(r) for r in kept])[:-1])

    def view_box(self) -> tuple[float, float, float, float] | None:
        """The projected box (x0, y0, x1, y1, km) around the opening view, or None when the pack gives none."""
        if self.view is None:
            return None
        v = self.view
        half = min(v.width / 2, 179.999)  # east and west of the centre (a whole-world view keeps its two edges apart)
        lons = np.linspace(-half, half, 25)
        lats = np.linspace(v.south, v.north, 13)
        edge = np.concatenate([np.column_stack([lons, np.full_like(lons, v.south)]),
                               np.column_stack([lons, np.full_like(lons, v.north)]),
                               np.column_stack([np.full_like(lats, -half), lats]),
                               np.column_stack([np.full_like(lats, half), lats])])
        edge[:, 0] += self.central_meridian
        xy = self.forward(edge)
        return float(xy[:, 0].min()), float(xy[:, 1].min()), float(xy[:, 0].max()), float(xy[:, 1].max())


EURASIAN_FRAME = MapFrame(EURASIA, EURASIA_WINDOW, around_centre=False)


@lru_cache(maxsize=8)
def frame_for(view: OpeningView | None) -> MapFrame:
    """The projection and window for a pack's opening view (see the module's notes)."""
    if view is None:
        return EURASIAN_FRAME
    centre_lon, centre_lat = view.centre
    if view.width <= MOST_CONIC:
        height = view.north - view.south
        parallels = (view.south + height / 6, view.north - height / 6)
        if abs(np.sin(np.radians(parallels[0])) + np.sin(np.radians(parallels[1]))) / 2 >= LEAST_CONE:
            grow = max(20.0, view.width / 2)
            window = (centre_lon - view.width / 2 - grow, max(view.south - 20.0, -60.0),
                      centre_lon + view.width / 2 + grow, min(view.north + 20.0, 90.0))
            return MapFrame(AlbersEqualArea(*parallels, central_meridian=centre_lon, origin_latitude=centre_lat),
                            window, view)
    window = (centre_lon - 180.0, WORLD_WINDOW[1], centre_lon + 180.0, WORLD_WINDOW[3])
    return MapFrame(EqualEarth(round(centre_lon, 6)), window, view)
