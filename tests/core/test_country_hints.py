"""A state written other than by the map's code is named with the code to write."""

from __future__ import annotations

import pytest

from sco_app.core.packs.country_hints import country_hint, map_countries
from sco_app.core.packs.problems import Names, did_you_mean


@pytest.mark.parametrize(("written", "hint"), [
    ("INA", "INA → IDN Indonesia (INA is its Olympic code)"),
    ("ID", "ID → IDN Indonesia (ID is its ISO alpha-2 code)"),
    ("CAM", "CAM → KHM Cambodia (CAM is its Olympic code and FIFA code)"),
    ("GER", "GER → DEU Germany (GER is its Olympic code and FIFA code)"),
    ("Indonesia", "Indonesia → IDN Indonesia: write its three-letter ISO code"),
    ("kgz", "write the code in capitals: KGZ Kyrgyzstan"),
    ("KYR", "did you mean 'KGZ' (Kyrgyzstan)?"),
])
def test_codes_and_names_lead_to_the_iso_code(written, hint):
    """Olympic, FIFA and ISO alpha-2 codes, names and small slips each get the code the map knows, named."""
    assert country_hint(written, map_countries()) == hint


def test_many_hints_compare_few_names():
    """With thousands of known ids a misspelt one still finds its neighbour, through the index."""
    names = Names(f"event-{i}-of-the-pack" for i in range(5000))
    assert did_you_mean("event-4321-of-the-pakc", names) == "did you mean 'event-4321-of-the-pack'?"
    assert did_you_mean("zzzz", names) is None
