"""The world projected for a map frame is kept between starts: what is read back is what projecting gives, a
damaged entry is made again, and each frame has its own."""

from __future__ import annotations

import numpy as np
import pytest

from sco_app.core import base_map, geo, projected_map, shipped_start
from sco_app.core.map_frame import EURASIAN_FRAME, frame_for
from sco_app.core.model import OpeningView

WORLD_FRAME = frame_for(OpeningView(west=-130.0, south=-50.0, east=170.0, north=80.0))


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """An empty cache folder of the test's own, no projection shipped; what was made from the base map is forgotten
    before and after."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(shipped_start, "map_folder", lambda _key: None)
    made = (base_map.base_map, base_map._sources, geo.load_countries, geo.load_disputed_areas,
            projected_map.projected_map)
    for cached in made:
        cached.cache_clear()
    yield tmp_path / "cache" / "sco-app" / projected_map.FOLDER
    for cached in made:
        cached.cache_clear()


def _directly(frame):
    """Every country's and contested area's rings projected now, as the map once did at every start."""
    def rings(shapes):
        return frame.project_rings([ring for shape in shapes for ring in shape.rings])
    return ({code: found for code, c in geo.load_countries().items() if (found := rings(c.shapes))},
            [(area.name, found) for area in geo.contested_areas() if (found := rings(area.shapes))])


def _same(world, frame) -> bool:
    countries, areas = _directly(frame)
    kept = world.countries()
    return (list(kept) == list(countries)
            and all(len(kept[c]) == len(countries[c]) and all(np.array_equal(a, b) for a, b in zip(kept[c], countries[c]))
                    for c in countries)
            and [(area.name, len(rings)) for area, rings in world.contested()] == [(n, len(r)) for n, r in areas]
            and all(np.array_equal(a, b) for (_, r1), (_, r2) in zip(world.contested(), areas) for a, b in zip(r1, r2)))


@pytest.mark.parametrize("frame", [EURASIAN_FRAME, WORLD_FRAME], ids=["eurasia", "world"])
def test_the_kept_projection_is_the_projection(cache, frame):
    """Made at the first start and read back (memory-mapped) at the next, the rings are those projecting gives."""
    first = projected_map.projected_map(frame)
    assert _same(first, frame)
    projected_map.projected_map.cache_clear()
    again = projected_map.projected_map(frame)
    assert isinstance(again.points, np.ndarray) and _same(again, frame)
    assert len(again.codes) > 100 and "CHN" in again.codes


def test_a_later_start_reads_the_entry_instead_of_projecting(cache, monkeypatch):
    projected_map.projected_map(EURASIAN_FRAME)
    projected_map.projected_map.cache_clear()
    monkeypatch.setattr(projected_map, "project", lambda frame: pytest.fail("projected again"))
    assert "KAZ" in projected_map.projected_map(EURASIAN_FRAME).codes


def test_a_damaged_entry_is_made_again(cache):
    """An entry cut short (a power cut while it was written by an older app) is ignored and replaced."""
    projected_map.projected_map(EURASIAN_FRAME)
    (entry,) = [p for p in cache.iterdir() if not p.name.startswith(".")]
    points = entry / "points.npy"
    points.write_bytes(points.read_bytes()[: points.stat().st_size // 2])
    projected_map.projected_map.cache_clear()
    assert _same(projected_map.projected_map(EURASIAN_FRAME), EURASIAN_FRAME)
    projected_map.projected_map.cache_clear()
    assert projected_map.load(entry).points.shape[0] > 0  # the entry was written whole again


def test_each_frame_has_its_own_entry(cache):
    projected_map.projected_map(EURASIAN_FRAME)
    projected_map.projected_map(WORLD_FRAME)
    assert len([p for p in cache.iterdir() if not p.name.startswith(".")]) == 2


def test_an_unwritable_cache_still_gives_the_map(cache, monkeypatch):
    cache.parent.mkdir(parents=True)
    cache.write_text("a file where the folder should be")
    assert _same(projected_map.projected_map(EURASIAN_FRAME), EURASIAN_FRAME)
