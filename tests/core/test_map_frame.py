"""The map's projection per opening view: the Eurasian conic by default, a fitted conic, or Equal Earth for the world."""

from __future__ import annotations

import numpy as np
import pytest

from sco_app.core import geo
from sco_app.core.equal_earth import EqualEarth, split_at_seam
from sco_app.core.map_frame import EURASIAN_FRAME, frame_for
from sco_app.core.model import OpeningView
from sco_app.core.projection import EURASIA, AlbersEqualArea

PACIFIC = OpeningView(65.0, -50.0, -60.0, 72.0)  # the ADMM lesson's view, across 180°


def test_no_view_keeps_the_eurasian_map():
    """A pack without a view gets the conic the SCO lesson has always had."""
    frame = frame_for(None)
    assert frame is EURASIAN_FRAME and frame.projection is EURASIA and frame.view_box() is None


def test_a_regional_view_gets_a_conic_centred_on_it():
    """A view of Southeast Asia gets an Albers conic whose centre is the view's middle."""
    frame = frame_for(OpeningView(90.0, 20.0, 130.0, 50.0))
    assert isinstance(frame.projection, AlbersEqualArea)
    assert np.allclose(frame.forward([110.0, 35.0]), 0.0, atol=1e-6)


def test_a_view_about_the_equator_or_wider_than_a_conic_gets_the_world_map():
    """Near the equator a cone degenerates, and past 140° of longitude a conic distorts: both get Equal Earth."""
    assert isinstance(frame_for(OpeningView(90.0, -15.0, 140.0, 15.0)).projection, EqualEarth)
    assert isinstance(frame_for(PACIFIC).projection, EqualEarth)
    assert frame_for(PACIFIC).central_meridian == pytest.approx(-177.5)


def test_equal_earth_round_trip_and_equal_areas():
    """inverse(forward(p)) gives p back, and two cells of one degree at the same latitude have the same area."""
    ee = EqualEarth(150.0)
    places = np.array([[150.0, 0.0], [-70.0, 45.0], [174.8, -41.3], [-120.0, -60.0], [0.0, 80.0]])
    np.testing.assert_allclose(ee.inverse(ee.forward(places)), places, atol=1e-6)

    def area(lon, lat):
        xy = ee.forward([[lon, lat], [lon + 1, lat], [lon + 1, lat + 1], [lon, lat + 1]])
        x, y = xy[:, 0], xy[:, 1]
        return 0.5 * abs(np.dot(x, np.roll(y, -1)) - np.dot(np.roll(x, -1), y))

    assert area(150.0, 30.0) == pytest.approx(area(-100.0, 30.0), rel=1e-3)


def test_a_ring_across_the_seam_is_cut_into_closed_pieces_on_each_side():
    """A square astride the seam becomes two closed pieces, each wholly on its own side of the map."""
    ring = np.array([[-5.0, 0.0], [5.0, 0.0], [5.0, 10.0], [-5.0, 10.0], [-5.0, 0.0]])
    pieces = split_at_seam(ring, 180.0)  # the seam is the prime meridian
    assert len(pieces) == 2
    ee = EqualEarth(180.0)
    for piece in pieces:
        assert np.array_equal(piece[0], piece[-1])
        x = ee.forward(piece)[:, 0]
        assert np.all(x > 0) or np.all(x < 0), "a piece reaches across the whole map"


def test_no_country_of_the_pacific_map_is_drawn_across_it():
    """On a map centred near 180°, no projected ring jumps more than a third of the map's width (Russia, Fiji and
    the United States are cut at the seam, not drawn as bands across the map)."""
    frame = frame_for(PACIFIC)
    width = np.ptp(frame.forward([[frame.central_meridian - 179.9, 0.0], [frame.central_meridian + 179.9, 0.0]])[:, 0])
    for code in ("RUS", "FJI", "USA", "NZL", "KIR"):
        for ring in frame.project_rings([r for shape in geo.load_countries()[code].shapes for r in shape.rings]):
            assert np.abs(np.diff(ring[:, 0])).max() < width / 3, code


def test_the_opening_view_box_holds_its_corners():
    """The projected box of a view holds the view's edges, the Americas' west coast included for the Pacific."""
    frame = frame_for(PACIFIC)
    x0, y0, x1, y1 = frame.view_box()
    for lon, lat in ((100.0, 0.0), (174.8, -41.3), (-122.4, 37.8), (-77.0, 38.9)):  # ... to Washington, D.C.
        x, y = frame.forward([lon, lat])
        assert x0 <= x <= x1 and y0 <= y <= y1, (lon, lat)
