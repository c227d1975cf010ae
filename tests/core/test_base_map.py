"""The base map is compiled once into flat arrays that later starts map into memory; the shapes are the GeoJSON's,
and a damaged entry or an unwritable cache folder never keeps the map from drawing."""

from __future__ import annotations

import json

import numpy as np
import pytest

from sco_app.core import base_map, geo
from sco_app.core.resources import resource_path


@pytest.fixture
def forgotten():
    """The compiled map and the shapes made from it are forgotten before and after."""
    kept = (base_map.base_map, base_map._sources, base_map.shipped_is_current, geo.load_countries,
            geo.load_disputed_areas)
    for cached in kept:
        cached.cache_clear()
    yield
    for cached in kept:
        cached.cache_clear()


@pytest.fixture
def cache(tmp_path, monkeypatch, forgotten):
    """An empty cache folder of the test's own, and GeoJSON files edited since the compiled entry that ships was
    made (it does not match them: a start compiles the files into the cache folder)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    hashes = base_map.source_hashes
    monkeypatch.setattr(base_map, "source_hashes", lambda sources: {k: "edited" + v for k, v in hashes(sources).items()})
    yield tmp_path / "cache" / "sco-app" / base_map.FOLDER


def test_the_compiled_map_that_ships_is_the_geojson_compiled(forgotten):
    """The entry in resources/geo/compiled records the hashes of the shipped GeoJSON files and holds exactly what
    compiling them gives (after editing the files, run tools/compile_base_map.py)."""
    sources = [resource_path(name).read_bytes() for name in (base_map.COUNTRIES_FILE, base_map.DISPUTED_FILE)]
    shipped = base_map._shipped()
    assert shipped is not None, "the shipped base map does not match the GeoJSON: run tools/compile_base_map.py"
    compiled = base_map.compile_map(*sources)
    for name in base_map.ARRAYS:
        assert np.array_equal(getattr(shipped, name), getattr(compiled, name)), name
    assert shipped.countries == compiled.countries and shipped.disputed == compiled.disputed


def test_a_first_start_maps_the_shipped_map_and_writes_no_cache(tmp_path, monkeypatch, forgotten):
    """A student's first start on a lab computer compiles nothing: it maps the shipped arrays into memory."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(base_map, "compile_map", lambda *_: pytest.fail("compiled at start"))
    world = base_map.base_map()
    assert isinstance(world.points.base, np.memmap) and len(world.countries) == 242
    assert not (tmp_path / "cache").exists()


def _fresh():
    base_map.base_map.cache_clear()
    return base_map.base_map()


def test_the_compiled_shapes_are_the_geojson_ones(cache):
    """Every country's polygons and rings, and every disputed area with its note, are exactly those of the files."""
    world = base_map.base_map()
    features = json.loads(resource_path(base_map.COUNTRIES_FILE).read_text(encoding="utf-8"))["features"]
    disputed = json.loads(resource_path(base_map.DISPUTED_FILE).read_text(encoding="utf-8"))["features"]
    assert [code for code, _ in world.countries] == [f["properties"]["iso_a3"] for f in features]
    assert [[n, list(c), note, t] for n, c, note, t in world.disputed] == [
        [f["properties"][k] for k in ("name_en", "claimants", "note", "type")] for f in disputed]
    for index, feature in enumerate(features + disputed):
        geometry = feature["geometry"]
        polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        compiled = world.feature_rings(index)
        assert len(compiled) == len(polygons)
        for rings, polygon in zip(compiled, polygons):
            assert [ring.tolist() for ring in rings] == polygon


def test_a_later_start_maps_the_compiled_arrays_into_memory(cache):
    """The first start writes the entry; the next reads it memory-mapped, with the same shapes."""
    first = base_map.base_map()
    [entry] = cache.iterdir()
    assert sorted(p.name for p in entry.iterdir()) == sorted([f"{a}.npy" for a in base_map.ARRAYS] + [base_map.NAMES])
    again = _fresh()
    assert isinstance(again.points.base, np.memmap) and not isinstance(first.points.base, np.memmap)
    assert np.array_equal(again.points, first.points) and again.countries == first.countries


def test_a_damaged_entry_is_compiled_again(cache):
    """An array cut short or names that do not fit: the map is compiled again, and the entry is good after."""
    good = base_map.base_map()
    [entry] = cache.iterdir()
    points = entry / "points.npy"
    points.write_bytes(points.read_bytes()[:1000])
    assert np.array_equal(_fresh().points, good.points)
    np.save(entry / "rings.npy", np.array([0, 5, 3], dtype=np.int64))
    assert np.array_equal(_fresh().rings, good.rings)
    (entry / base_map.NAMES).write_text("{", encoding="utf-8")
    assert _fresh().countries == good.countries
    assert isinstance(_fresh().points.base, np.memmap)  # the last one compiled wrote a good entry


def test_without_a_writable_cache_folder_the_map_still_draws(tmp_path, monkeypatch, cache):
    """A cache folder that cannot be made leaves the compiled arrays in memory; the shapes are all there."""
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder would be", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    assert len(geo.load_countries()) == 242 and geo.country_at(116.40, 39.90).code == "CHN"
