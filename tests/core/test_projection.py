"""The map projection: Albers equal-area conic for Eurasia, checked against geometry a student can verify."""

from __future__ import annotations

import numpy as np
import pytest

from sco_app.core.projection import EARTH_RADIUS_KM, EURASIA, AlbersEqualArea, forward, inverse, label_point, project_rings

PLACES = np.array([
    [121.47, 31.23],   # Shanghai
    [71.43, 51.13],    # Astana
    [77.21, 28.61],    # New Delhi
    [37.62, 55.75],    # Moscow
    [80.0, 40.0],      # the origin
    [-20.0, 65.0],     # Iceland, far west of the centre
    [179.5, -10.0],    # near the antimeridian, south of the equator
    [30.0, 80.0],      # the high Arctic
])


def test_round_trip_returns_the_same_places():
    """inverse(forward(p)) gives back every place within 1e-6 degrees."""
    back = inverse(forward(PLACES))
    np.testing.assert_allclose(back, PLACES, atol=1e-6, rtol=0)


def test_a_single_point_keeps_its_shape():
    """A (2,) point projects to a (2,) point and the origin lands on (0, 0)."""
    xy = forward([80.0, 40.0])
    assert xy.shape == (2,)
    assert np.allclose(xy, 0.0, atol=1e-9)


def test_central_meridian_maps_to_x_zero():
    """Every point on 80°E has x = 0, and y grows northwards."""
    lats = np.arange(-10.0, 86.0, 5.0)
    xy = forward(np.column_stack([np.full_like(lats, 80.0), lats]))
    assert np.allclose(xy[:, 0], 0.0, atol=1e-9)
    assert np.all(np.diff(xy[:, 1]) > 0)


@pytest.mark.parametrize("lat", [10.0, 30.0, 45.0, 60.0])
def test_east_is_further_right(lat):
    """At one latitude, a place further east has a larger x."""
    lons = np.arange(-20.0, 180.0, 10.0)
    xy = forward(np.column_stack([lons, np.full_like(lons, lat)]))
    assert np.all(np.diff(xy[:, 0]) > 0)


# exact on the standard parallels; half-way between them the meridians stretch by ~3.5% (equal area
# squeezes the parallels by the same factor there)
@pytest.mark.parametrize("lat, tolerance", [(25.0, 0.001), (40.0, 0.04), (55.0, 0.001)])
def test_one_degree_of_latitude_is_about_111_km(lat, tolerance):
    """Along 80°E one degree of latitude is ~111 km (exact on the standard parallels)."""
    (_, y0), (_, y1) = forward([[80.0, lat], [80.0, lat + 1e-3]])
    km_per_degree = (y1 - y0) / 1e-3
    assert km_per_degree == pytest.approx(np.pi * EARTH_RADIUS_KM / 180, rel=tolerance)


def test_areas_are_kept():
    """A 1°x1° cell at 40°N has the same area on the map as on the sphere (equal-area)."""
    corners = forward([[100.0, 40.0], [101.0, 40.0], [101.0, 41.0], [100.0, 41.0]])
    x, y = corners[:, 0], corners[:, 1]
    # the cell's edges are arcs of circles on the map; 1e-3 covers the shoelace's chord error
    map_area = 0.5 * abs(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1)))
    sphere_area = EARTH_RADIUS_KM**2 * np.radians(1.0) * (np.sin(np.radians(41)) - np.sin(np.radians(40)))
    assert map_area == pytest.approx(sphere_area, rel=1e-3)


def test_default_is_the_eurasia_setup():
    """The shared projection uses 25°N/55°N, 80°E and 40°N, and a symmetric cone is refused."""
    assert EURASIA == AlbersEqualArea(25.0, 55.0, 80.0, 40.0)
    with pytest.raises(ValueError):
        AlbersEqualArea(-30.0, 30.0)


def _square(x: float, y: float, size: float) -> np.ndarray:
    return np.array([[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]], dtype=float)


def test_project_rings_keeps_what_reaches_the_window():
    """Rings with a vertex in the window are projected whole and in order; rings wholly outside are dropped."""
    inside, straddling, outside = _square(70, 30, 5), _square(-35, 10, 10), _square(-120, 30, 5)
    kept = project_rings([inside, outside, straddling], window=(-30, -15, 180, 85))
    assert len(kept) == 2
    np.testing.assert_allclose(kept[0], forward(inside))
    np.testing.assert_allclose(kept[1], forward(straddling))
    assert project_rings([outside], window=(-30, -15, 180, 85)) == []
    assert len(project_rings([outside])) == 1  # no window: everything


def test_label_point_is_the_centre_of_the_largest_ring():
    """A name goes at the area centroid of the biggest ring, whichever way the ring turns."""
    small, big = _square(0, 0, 1), _square(10, 10, 4)
    assert label_point([small, big]) == pytest.approx((12.0, 12.0))
    assert label_point([big[::-1], small]) == pytest.approx((12.0, 12.0))
