"""The world map's projection: Equal Earth, an equal-area pseudocylindrical projection, and the seam it needs.

Equal Earth (B. Šavrič, T. Patterson and B. Jenny, "The Equal Earth map projection", International Journal of
Geographical Information Science 33(3), 2019, pp. 454-465) shows the whole world with true areas and a familiar
shape, so a pack's view of the Americas, Oceania or the whole Pacific gets the sizes of states as honest as the
Eurasian map's conic does. Centred on any meridian, it cuts the world along the opposite one (the seam):
:func:`split_at_seam` cuts the rings that cross it, so that no country is drawn across the whole map.
Output is in kilometres with x east and y north, like :mod:`sco_app.core.projection`.

>>> xy = EqualEarth(150.0).forward([[150.0, 0.0]])   # the centre maps to the origin
>>> bool(abs(xy).max() < 1e-9)
True
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from sco_app.core.projection import EARTH_RADIUS_KM

A1, A2, A3, A4 = 1.340264, -0.081106, 0.000893, 0.003796  # the published polynomial's coefficients
_M = np.sqrt(3.0) / 2.0
SEAM_GAP = 1e-6  # degrees: pieces stop this short of the seam, so that their edge stays on their own side of the map


def wrap(lon):
    """Longitudes brought into [-180, 180)."""
    return (np.asarray(lon, dtype=np.float64) + 180.0) % 360.0 - 180.0


@dataclass(frozen=True)
class EqualEarth:
    """Equal Earth on a sphere, centred on ``central_meridian`` (degrees east)."""

    central_meridian: float = 0.0
    radius: float = EARTH_RADIUS_KM

    def forward(self, lonlat) -> np.ndarray:
        """Project ``(N, 2)`` longitude/latitude degrees to ``(N, 2)`` x/y kilometres (a ``(2,)`` point works too)."""
        points = np.asarray(lonlat, dtype=np.float64)
        flat = points.reshape(-1, 2)
        lam = np.radians(wrap(flat[:, 0] - self.central_meridian))
        theta = np.arcsin(_M * np.sin(np.radians(flat[:, 1])))
        t2 = theta * theta
        t6 = t2 * t2 * t2
        out = np.empty_like(flat)
        out[:, 0] = self.radius * 2 * np.sqrt(3) * lam * np.cos(theta) / (3 * (9 * A4 * t6 * t2 + 7 * A3 * t6 + 3 * A2 * t2 + A1))
        out[:, 1] = self.radius * theta * (A4 * t6 * t2 + A3 * t6 + A2 * t2 + A1)
        return out.reshape(points.shape)

    def inverse(self, xy) -> np.ndarray:
        """Turn ``(N, 2)`` x/y kilometres back into ``(N, 2)`` longitude/latitude degrees (Newton's method)."""
        points = np.asarray(xy, dtype=np.float64)
        flat = points.reshape(-1, 2)
        x, y = flat[:, 0] / self.radius, flat[:, 1] / self.radius
        theta = y.copy()
        for _ in range(12):
            t2 = theta * theta
            t6 = t2 * t2 * t2
            f = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2)) - y
            df = A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)
            theta = theta - f / df
        t2 = theta * theta
        t6 = t2 * t2 * t2
        lam = 3 * x * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)) / (2 * np.sqrt(3) * np.cos(theta))
        out = np.empty_like(flat)
        out[:, 0] = wrap(np.degrees(lam) + self.central_meridian)
        out[:, 1] = np.degrees(np.arcsin(np.clip(np.sin(theta) / _M, -1.0, 1.0)))
        return out.reshape(points.shape)

    @property
    def seam(self) -> float:
        """The meridian the map is cut along: opposite its centre."""
        return float(wrap(self.central_meridian + 180.0))


def split_at_seam(ring: np.ndarray, central_meridian: float) -> list[np.ndarray]:
    """``ring`` (closed, (N, 2) lon/lat) cut along the meridian opposite ``central_meridian``: itself when it does not
    cross it, else its pieces on either side (each closed, its longitudes continuous). A ring around a pole (it
    circles the globe) is returned as it is: a world map leaves the polar caps out anyway."""
    rel = wrap(ring[:, 0] - central_meridian)  # longitude east of the centre, in [-180, 180)
    if not np.any(np.abs(np.diff(rel)) > 180.0):
        return [ring]
    steps = np.diff(rel)
    steps = steps - 360.0 * np.round(steps / 360.0)
    unwrapped = np.concatenate([[rel[0]], rel[0] + np.cumsum(steps)])
    if abs(unwrapped[-1] - unwrapped[0]) > 1e-6:
        return [ring]  # circles a pole
    xy = np.column_stack([unwrapped, ring[:, 1]])
    pieces = []
    for k in range(int(np.floor((xy[:, 0].min() + 180.0) / 360.0)), int(np.floor((xy[:, 0].max() + 180.0) / 360.0)) + 1):
        low, high = -180.0 + SEAM_GAP + 360.0 * k, 180.0 - SEAM_GAP + 360.0 * k  # the seam itself wraps to -180
        piece = _clip(_clip(xy, low, keep_above=True), high, keep_above=False)
        if len(piece) >= 3 and _area(piece) > 1e-9:  # not a sliver along the seam (a ring that only touches it)
            piece = np.vstack([piece, piece[:1]])
            piece[:, 0] = piece[:, 0] - 360.0 * k + central_meridian
            pieces.append(piece)
    return pieces


def _area(xy: np.ndarray) -> float:
    x, y = xy[:, 0], xy[:, 1]
    return 0.5 * abs(float(np.dot(x, np.roll(y, -1)) - np.dot(np.roll(x, -1), y)))


def _clip(xy: np.ndarray, at: float, keep_above: bool) -> np.ndarray:
    """Sutherland-Hodgman: the part of the polygon ``xy`` on one side of the vertical line x = ``at``."""
    if len(xy) == 0:
        return xy
    inside = xy[:, 0] >= at if keep_above else xy[:, 0] <= at
    if inside.all():
        return xy
    out = []
    n = len(xy)
    for i in range(n):
        a, b = xy[i], xy[(i + 1) % n]
        a_in, b_in = inside[i], inside[(i + 1) % n]
        if a_in:
            out.append(a)
        if a_in != b_in:
            t = (at - a[0]) / (b[0] - a[0])
            out.append(np.array([at, a[1] + t * (b[1] - a[1])]))
    return np.array(out) if out else np.zeros((0, 2))
