"""What ships for a first start on the built-in packs is what the app would make now, and is used only while it is:
a first start on a fresh account then neither reads YAML, nor checks the pack, nor projects the map."""

from __future__ import annotations

import shutil
from dataclasses import replace

import numpy as np
import pytest

from sco_app.core import base_map, geo, projected_map, shipped_start
from sco_app.core.map_frame import frame_for
from sco_app.core.packs import load_pack, loader, pack_cache
from sco_app.core.resources import builtin_pack_dirs, default_pack
from tests.core.packs_alike import alike

STALE = "what ships for a first start is stale: run tools/make_start_data.py"


@pytest.fixture
def fresh_account(tmp_path, monkeypatch):
    """An empty cache folder, and nothing made from the base map or the manifest remembered."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    made = (base_map.base_map, base_map._sources, base_map.shipped_is_current, geo.load_countries, geo.load_disputed_areas,
            projected_map.projected_map, shipped_start._manifest)
    for cached in made:
        cached.cache_clear()
    yield tmp_path / "cache"
    for cached in made:
        cached.cache_clear()


def test_the_shipped_packs_are_the_built_in_packs_checked_now(fresh_account):
    """Each built-in pack ships checked, for its files as they are, and equals reading and checking them now."""
    assert shipped_start._manifest() is not None, STALE
    for folder in builtin_pack_dirs():
        digest = pack_cache.content_digest(folder)
        entry = shipped_start.pack_entry(folder, digest)
        assert entry is not None, f"{folder.name}: {STALE}"
        shipped = pack_cache.decode(entry, digest)
        assert shipped is not None and alike(shipped, replace(loader.load_pack(folder), root="")), STALE


def test_the_shipped_projection_is_the_default_packs_frame_projected_now(fresh_account):
    frame = frame_for(load_pack(default_pack()).opening_view)
    folder = shipped_start.map_folder(projected_map.frame_key(frame))
    assert folder is not None, STALE
    shipped, made = projected_map.load(folder), projected_map.project(frame)
    assert shipped.codes == made.codes and shipped.areas == made.areas, STALE
    for name in projected_map.ARRAYS:
        assert np.array_equal(getattr(shipped, name), getattr(made, name)), STALE


def test_a_first_start_reads_no_yaml_and_projects_nothing(fresh_account, monkeypatch):
    """On a fresh account the built-in lesson opens as shipped, where it is installed, and its map is the shipped
    projection: nothing is checked, projected or written to the cache folder."""
    monkeypatch.setattr(loader, "load_pack", lambda path: pytest.fail(f"read and checked: {path}"))
    monkeypatch.setattr(projected_map, "project", lambda frame: pytest.fail("projected"))
    pack = load_pack(default_pack())
    assert pack.id == "sco-balancing" and pack.root == str(default_pack())
    world = projected_map.projected_map(frame_for(pack.opening_view))
    assert "CHN" in world.codes and isinstance(world.points.base, np.memmap)
    assert not fresh_account.exists()


def test_a_built_in_pack_edited_since_is_read_and_checked(fresh_account, tmp_path, monkeypatch):
    """The hash of its files no longer matches what ships: the pack is read and checked (and cached as any)."""
    folder = tmp_path / "lessons" / default_pack().name
    shutil.copytree(default_pack(), folder)
    monkeypatch.setattr(pack_cache, "content_digest", lambda path: b"\x01" * 32)
    assert shipped_start.pack_entry(default_pack(), b"\x01" * 32) is None
    read = []
    monkeypatch.setattr(loader, "load_pack", lambda path: read.append(path) or pytest.fail("checked"))
    with pytest.raises(pytest.fail.Exception):
        load_pack(default_pack())
    assert read == [default_pack()]


def test_nothing_ships_for_a_pack_that_is_not_built_in(fresh_account, tmp_path):
    """A copy of the SCO lesson elsewhere, byte for byte, is not a built-in pack: it is read and checked."""
    folder = tmp_path / "copy"
    shutil.copytree(default_pack(), folder)
    assert shipped_start.pack_entry(folder, pack_cache.content_digest(folder)) is None


def test_a_changed_core_uses_nothing_shipped(fresh_account, monkeypatch):
    """A core edited in development (a module's size changed) makes its own pack and projection."""
    monkeypatch.setattr(shipped_start, "core_signature", lambda: "another core")
    frame = frame_for(None)
    assert shipped_start.pack_entry(default_pack(), pack_cache.content_digest(default_pack())) is None
    assert shipped_start.map_folder(projected_map.frame_key(frame)) is None


def test_an_edited_base_map_uses_no_shipped_projection(fresh_account, monkeypatch):
    hashes = base_map.source_hashes
    monkeypatch.setattr(base_map, "source_hashes", lambda sources: {k: "edited" + v for k, v in hashes(sources).items()})
    assert shipped_start.map_folder(projected_map.frame_key(frame_for(None))) is None
