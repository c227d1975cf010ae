"""A checked pack is kept by the hash of its files: opened again unchanged it skips the reader and the checks; any
change on disk, a new app or a damaged entry makes it read and checked again."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import pytest

from sco_app.core import cache_files, shipped_start
from sco_app.core.packs import PackError, load_pack, loader, pack_cache
from tests.core.packs_alike import alike

MINIMAL = Path(__file__).resolve().parents[1] / "packs" / "minimal"


@pytest.fixture
def checked(tmp_path, monkeypatch) -> list:
    """Every pack the reader and the checks go through, in an empty cache folder of the test's own (with nothing
    shipped for the built-in packs)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(shipped_start, "pack_entry", lambda path, digest: None)
    seen: list = []
    check = loader._check_pack
    monkeypatch.setattr(loader, "_check_pack", lambda path: seen.append(path) or check(path))
    return seen


@pytest.fixture
def pack(tmp_path, checked) -> Path:
    """A copy of the minimal pack."""
    folder = tmp_path / "pack"
    shutil.copytree(MINIMAL, folder)
    return folder


def _entry(folder: Path) -> Path:
    """The one entry in the cache (the pack's)."""
    [entry] = cache_files.cache_folder(pack_cache.FOLDER).iterdir()
    return entry


def test_an_unchanged_pack_is_not_read_or_checked_again(pack, checked):
    """The second load gives an equal pack from the cache: the checks ran once."""
    first = load_pack(pack)
    second = load_pack(pack)
    assert second == first and second is not first and len(checked) == 1
    assert [e.id for e in second.events] == ["ev1", "ev2"] and second.event("ev1").title == first.event("ev1").title


def test_a_changed_file_is_read_and_checked_again(pack, checked):
    """An edit to pack.yaml (a new title) shows at the next load; so does a file added to the folder."""
    load_pack(pack)
    text = (pack / "pack.yaml").read_text(encoding="utf-8")
    (pack / "pack.yaml").write_text(text.replace("ev1", "first-event"), encoding="utf-8")
    assert [e.id for e in load_pack(pack).events] == ["first-event", "ev2"] and len(checked) == 2
    (pack / "notes.txt").write_text("a file the pack does not use, but one never knows", encoding="utf-8")
    load_pack(pack)
    assert len(checked) == 3


def test_a_damaged_entry_is_ignored_and_made_again(pack, checked):
    """Whatever an entry holds (cut short, garbage), the pack loads as checked, and the entry is good again."""
    good = load_pack(pack)
    entry = _entry(pack)
    whole = entry.read_bytes()
    for damaged in (whole[: len(whole) // 2], b"garbage", whole[:-40] + b"\x00" * 40):
        entry.write_bytes(damaged)
        assert load_pack(pack) == good
        assert pack_cache.read(pack) == good  # written again
    assert len(checked) == 4


def test_an_entry_can_make_nothing_but_the_model(pack, checked, tmp_path):
    """An entry written by another hand that would call a function (here os.mkdir) is refused, not run."""
    load_pack(pack)
    entry = _entry(pack)
    digest = entry.read_bytes()[len(pack_cache.MAGIC):len(pack_cache.MAGIC) + 32]

    class Hostile:
        def __reduce__(self):
            import os

            return os.mkdir, (str(tmp_path / "owned"),)

    entry.write_bytes(pack_cache.MAGIC + digest + pickle.dumps(Hostile()))
    assert pack_cache.read(pack) is None and not (tmp_path / "owned").exists()
    assert [e.id for e in load_pack(pack).events] == ["ev1", "ev2"] and len(checked) == 2


def test_a_new_app_version_checks_the_pack_again(pack, checked, monkeypatch):
    """The same pack opened by another version of the app is read and checked again."""
    load_pack(pack)
    monkeypatch.setattr(cache_files, "__version__", "99.0")
    cache_files.app_fingerprint.cache_clear()
    try:
        load_pack(pack)
    finally:
        cache_files.app_fingerprint.cache_clear()
    assert len(checked) == 2


def test_a_pack_with_errors_is_never_kept(pack, checked):
    """A broken pack raises its problems at every load, and leaves no entry."""
    (pack / "pack.yaml").write_text((pack / "pack.yaml").read_text(encoding="utf-8") + "\nunknown_key: 1\n",
                                    encoding="utf-8")
    for _ in range(2):
        with pytest.raises(PackError):
            load_pack(pack)
    assert len(checked) == 2 and not Path(cache_files.cache_folder(pack_cache.FOLDER)).exists()


def test_a_zip_is_kept_by_its_bytes(pack, checked, tmp_path):
    """A zipped pack is opened from the cache until the zip changes."""
    archive = Path(shutil.make_archive(str(tmp_path / "course"), "zip", pack))
    load_pack(archive)
    load_pack(archive)
    assert len(checked) == 1
    (pack / "pack.yaml").write_text((pack / "pack.yaml").read_text(encoding="utf-8").replace("ev1", "e1"),
                                    encoding="utf-8")
    shutil.make_archive(str(tmp_path / "course"), "zip", pack)
    assert [e.id for e in load_pack(archive).events] == ["e1", "ev2"] and len(checked) == 2


def test_an_unwritable_cache_folder_only_costs_time(pack, checked, tmp_path, monkeypatch):
    """With no cache folder to write to, every load checks the pack, and none fails."""
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder would be", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    assert load_pack(pack) == load_pack(pack) and len(checked) == 2


@pytest.mark.parametrize("name", ["sco-balancing", "template", "admm-defence"])
def test_every_built_in_pack_comes_back_whole_from_the_cache(name, checked):
    """Everything the built-in packs hold (every class of the model they use, a region's outlines) is kept and read
    back equal."""
    from sco_app.core.resources import lessons_dir

    first = load_pack(lessons_dir() / name)
    again = pack_cache.read(lessons_dir() / name)
    assert alike(again, first) and again.questions == first.questions and again.tours == first.tours
    assert len(again.regions) == len(first.regions)
    assert len(checked) == 1
