"""Country shapes load from the shipped resources and answer point-in-polygon questions."""

import pytest

from sco_app.core import geo

SCO_CODES = ["CHN", "RUS", "KAZ", "KGZ", "TJK", "UZB", "IND", "PAK", "IRN", "BLR", "MNG", "AFG", "TUR"]


def test_country_names_match_the_shapes():
    """The fast name index lists exactly the countries that have shapes."""
    names = geo.country_names()
    assert len(names) == 242 and names["KGZ"] == "Kyrgyzstan" and names["CHN"] == "China"
    assert set(names) == set(geo.load_countries())


def test_every_sco_state_has_a_shape():
    """Every state the SCO lesson needs is drawn."""
    countries = geo.load_countries()
    for code in SCO_CODES:
        assert countries[code].shapes, code


@pytest.mark.parametrize(
    ("lon", "lat", "code"),
    [
        (116.40, 39.90, "CHN"),  # Beijing
        (37.62, 55.75, "RUS"),  # Moscow
        (74.59, 42.87, "KGZ"),  # Bishkek
        (69.24, 41.30, "UZB"),  # Tashkent
        (68.79, 38.56, "TJK"),  # Dushanbe
        (71.43, 51.13, "KAZ"),  # Astana
        (77.21, 28.61, "IND"),  # New Delhi
        (73.05, 33.68, "PAK"),  # Islamabad
        (51.39, 35.69, "IRN"),  # Tehran
        (27.56, 53.90, "BLR"),  # Minsk
    ],
)
def test_capitals_fall_in_their_country(lon, lat, code):
    """Each SCO capital lies inside its own country's shape."""
    assert geo.country_at(lon, lat).code == code


def test_sea_is_no_country():
    """A point in the sea belongs to no country."""
    assert geo.country_at(65.0, 15.0) is None  # Arabian Sea


def test_kashmir_is_marked_disputed():
    """Srinagar lies in India and in the disputed area with Natural Earth's neutral note."""
    areas = [a for a in geo.load_disputed_areas() if a.contains(74.80, 34.08)]
    assert geo.country_at(74.80, 34.08).code == "IND"
    assert [a.name for a in areas] == ["Jammu and Kashmir"]
    assert areas[0].note == "Admin. by India; Claimed by Pakistan" and areas[0].claimants == ("IND", "PAK")


def test_contested_areas_are_the_disputed_ones_not_leases():
    """Crimea (inside Russia's de facto shape) is a contested area to draw neutrally; the Baykonur lease is not."""
    names = {area.name for area in geo.contested_areas()}
    assert {"Crimea", "Jammu and Kashmir", "Aksai Chin", "Kuril Islands"} <= names and "Baykonur" not in names
    crimea = next(area for area in geo.contested_areas() if area.name == "Crimea")
    assert crimea.contains(34.1, 44.95) and geo.country_at(34.1, 44.95).code == "RUS"
