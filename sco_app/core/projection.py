"""Map projection for the lesson map: Albers equal-area conic, set up for Eurasia.

An equal-area projection keeps the sizes of states honest (Russia is not blown up as on a Mercator map),
which matters when students compare the SCO's members. The formulas are the spherical ones from
J. P. Snyder, *Map Projections: A Working Manual* (USGS Professional Paper 1395, 1987), pp. 98-103,
vectorised with numpy over ``(N, 2)`` arrays of longitude and latitude in degrees. Output is in
kilometres with x east and y north.

>>> xy = EURASIA.forward([[80.0, 40.0]])      # the projection's origin
>>> bool(abs(xy).max() < 1e-9)
True
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

EARTH_RADIUS_KM = 6371.0


@dataclass(frozen=True)
class AlbersEqualArea:
    """Albers equal-area conic on a sphere, with two standard parallels (degrees)."""

    parallel_1: float = 25.0
    parallel_2: float = 55.0
    central_meridian: float = 80.0
    origin_latitude: float = 40.0
    radius: float = EARTH_RADIUS_KM
    _n: float = field(init=False, repr=False)
    _c: float = field(init=False, repr=False)
    _rho0: float = field(init=False, repr=False)

    def __post_init__(self) -> None:
        phi1, phi2, phi0 = np.radians([self.parallel_1, self.parallel_2, self.origin_latitude])
        n = (np.sin(phi1) + np.sin(phi2)) / 2
        if abs(n) < 1e-12:
            raise ValueError("standard parallels symmetric about the equator make a cylinder, not a cone")
        c = np.cos(phi1) ** 2 + 2 * n * np.sin(phi1)
        object.__setattr__(self, "_n", float(n))
        object.__setattr__(self, "_c", float(c))
        object.__setattr__(self, "_rho0", float(self._rho(phi0)))

    def _rho(self, phi: np.ndarray | float) -> np.ndarray:
        return self.radius * np.sqrt(np.maximum(self._c - 2 * self._n * np.sin(phi), 0.0)) / self._n

    def forward(self, lonlat) -> np.ndarray:
        """Project ``(N, 2)`` longitude/latitude degrees to ``(N, 2)`` x/y kilometres (a ``(2,)`` point works too)."""
        points = np.asarray(lonlat, dtype=np.float64)
        flat = points.reshape(-1, 2)
        dlon = (flat[:, 0] - self.central_meridian + 180.0) % 360.0 - 180.0  # east or west of the meridian
        theta = self._n * np.radians(dlon)
        rho = self._rho(np.radians(flat[:, 1]))
        out = np.empty_like(flat)
        out[:, 0] = rho * np.sin(theta)
        out[:, 1] = self._rho0 - rho * np.cos(theta)
        return out.reshape(points.shape)

    def inverse(self, xy) -> np.ndarray:
        """Turn ``(N, 2)`` x/y kilometres back into ``(N, 2)`` longitude/latitude degrees."""
        points = np.asarray(xy, dtype=np.float64)
        flat = points.reshape(-1, 2)
        x, dy = flat[:, 0], self._rho0 - flat[:, 1]
        sign = np.sign(self._n)
        rho = sign * np.hypot(x, dy)
        theta = np.arctan2(sign * x, sign * dy)
        sin_phi = (self._c - (rho * self._n / self.radius) ** 2) / (2 * self._n)
        out = np.empty_like(flat)
        lon = self.central_meridian + np.degrees(theta / self._n)
        out[:, 0] = (lon + 180.0) % 360.0 - 180.0
        out[:, 1] = np.degrees(np.arcsin(np.clip(sin_phi, -1.0, 1.0)))
        return out.reshape(points.shape)


EURASIA = AlbersEqualArea()
"""The lesson map's projection: standard parallels 25°N and 55°N, centred on 80°E, 40°N."""


def project_rings(rings, window: tuple[float, float, float, float] | None = None,
                  projection: AlbersEqualArea = EURASIA) -> list[np.ndarray]:
    """Project many (N, 2) lon/lat rings in one call, keeping those with a vertex in ``window``
    (min lon, min lat, max lon, max lat); far from its centre a conic projection wraps and stretches."""
    if window is not None:
        lon0, lat0, lon1, lat1 = window
        rings = [r for r in rings
                 if np.any((r[:, 0] >= lon0) & (r[:, 0] <= lon1) & (r[:, 1] >= lat0) & (r[:, 1] <= lat1))]
    if not rings:
        return []
    return np.split(projection.forward(np.concatenate(rings)), np.cumsum([len(r) for r in rings])[:-1])


def label_point(rings) -> tuple[float, float]:
    """The area centroid of the largest of some closed (N, 2) rings: a place for a name."""
    def parts(r):
        x0, y0, x1, y1 = r[:-1, 0], r[:-1, 1], r[1:, 0], r[1:, 1]
        return x0, y0, x1, y1, x0 * y1 - x1 * y0
    x0, y0, x1, y1, cross = parts(max(rings, key=lambda r: abs(parts(r)[4].sum())))
    six_area = 3 * cross.sum()
    return float(((x0 + x1) * cross).sum() / six_area), float(((y0 + y1) * cross).sum() / six_area)


def forward(lonlat) -> np.ndarray:
    """Project longitude/latitude degrees with :data:`EURASIA` (kilometres, y north)."""
    return EURASIA.forward(lonlat)


def inverse(xy) -> np.ndarray:
    """Invert :func:`forward`: kilometres back to longitude/latitude degrees."""
    return EURASIA.inverse(xy)
