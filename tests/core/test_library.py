"""The pack library finds packs in every folder, checks them, and installs or updates zips safely."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import stat
import threading
import zipfile
from pathlib import Path

import pytest

from sco_app.core import library, progress, quiz
from sco_app.core.library import Library, Offer, Origin, version_key
from sco_app.core.pack_entry import update_offers
from sco_app.core.packs import PackError, load_pack
from sco_app.core.resources import lessons_dir

TEMPLATE = lessons_dir() / "template"


def make_pack(folder: Path, pack_id: str = "starter-pack", version: str = "1.0.0", title: str | None = None,
              broken: bool = False) -> Path:
    """A copy of the starter pack at ``folder``, with another id, version or title, or an unknown theory."""
    shutil.copytree(TEMPLATE, folder)
    yaml = folder / "pack.yaml"
    text = yaml.read_text(encoding="utf-8")
    text = text.replace("id: starter-pack ", f"id: {pack_id} ", 1).replace("version: 1.0.0 ", f"version: '{version}' ", 1)
    if title:
        text = text.replace("  en: Starter pack - three steps of the Shanghai Cooperation Organization",
                            f"  en: {title}", 1)
    if broken:
        text = text.replace("theory: balance-of-interests", "theory: balance-of-nothing", 1)
    yaml.write_text(text, encoding="utf-8")
    return folder


def make_zip(folder: Path, archive: Path) -> Path:
    """Zip ``folder`` as instructors do: the pack's folder at the top of the zip."""
    with zipfile.ZipFile(archive, "w") as z:
        for path in sorted(folder.rglob("*")):
            z.write(path, f"{folder.name}/{path.relative_to(folder).as_posix()}")
    return archive


def _snapshot(folder: Path) -> dict:
    return {p: (p.stat().st_mtime_ns, p.stat().st_size) for p in sorted(folder.rglob("*"))} | {
        folder: folder.stat().st_mtime_ns}


@pytest.fixture
def lab(tmp_path, monkeypatch):
    """Two extra folders by $SCO_APP_PACKS: one writable with a good and a broken pack, one read-only with a zip."""
    mine, shared = tmp_path / "mine", tmp_path / "shared"
    mine.mkdir()
    shared.mkdir()
    make_pack(mine / "good", "good-pack", "2.0.0", title="A good pack")
    make_pack(mine / "broken", "broken-pack", "1.0.0", title="A broken pack", broken=True)
    (mine / "notes").mkdir()  # not a pack: skipped
    source = make_pack(tmp_path / "src" / "zipped", "zipped-pack", "1.2.0", title="A zipped pack")
    make_zip(source, shared / "zipped.zip")
    shared.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP)
    monkeypatch.setenv(library.PACKS_VARIABLE, os.pathsep.join([str(mine), "", str(shared)]))
    yield Library.from_environment(tmp_path / "data"), mine, shared
    shared.chmod(stat.S_IRWXU)


def test_extra_folders_come_from_the_environment_then_the_settings(tmp_path, monkeypatch):
    """SCO_APP_PACKS is an os.pathsep list (empty parts skipped); settings folders follow, each once."""
    a, b, c = (str(tmp_path / name) for name in "abc")
    monkeypatch.setenv(library.PACKS_VARIABLE, os.pathsep.join([a, "", b]))
    assert library.extra_folders([b, c]) == [Path(a), Path(b), Path(c)]
    monkeypatch.delenv(library.PACKS_VARIABLE)
    assert library.extra_folders() == []


def test_the_library_lists_built_in_user_and_extra_packs(lab):
    """Every pack is listed with its title, version, languages, authors, origin and whether it validates."""
    lib, mine, shared = lab
    entries = {e.id: e for e in lib.entries()}
    assert {"sco-balancing", "starter-pack", "good-pack", "broken-pack", "zipped-pack"} <= set(entries)
    assert entries["sco-balancing"].origin is Origin.BUILT_IN and entries["sco-balancing"].ok
    good = entries["good-pack"]
    assert (good.title_in("en"), good.version, good.languages, good.authors) == (
        "A good pack", "2.0.0", ("en", "id"), ("Your Name",))
    assert good.origin is Origin.EXTRA and good.ok and good.errors == 0 and good.path == mine / "good"
    broken = entries["broken-pack"]
    assert not broken.ok and broken.errors == 1 and broken.title_in("id") == "Paket awal - tiga langkah Shanghai Cooperation Organization"
    assert "unknown theory" in broken.problems[0].message and broken.version == "1.0.0"
    zipped = entries["zipped-pack"]
    assert zipped.is_zip and zipped.ok and zipped.path == shared / "zipped.zip" and zipped.title_in("en") == "A zipped pack"


def test_a_read_only_shared_folder_is_only_read(lab):
    """Listing the packs of a read-only folder writes nothing there, and it is not marked writable."""
    lib, _mine, shared = lab
    before = _snapshot(shared)
    entries = {e.id: e for e in lib.entries()}
    assert _snapshot(shared) == before
    if os.geteuid() != 0:  # root may write anywhere
        assert not entries["zipped-pack"].writable


def test_a_missing_extra_folder_holds_no_packs(tmp_path, monkeypatch):
    """A folder named in SCO_APP_PACKS that is not there (a network share offline) is skipped."""
    monkeypatch.setenv(library.PACKS_VARIABLE, str(tmp_path / "offline"))
    lib = Library.from_environment(tmp_path / "data")
    assert {e.origin for e in lib.entries()} == {Origin.BUILT_IN}


def test_a_folder_that_is_a_pack_is_listed_itself(tmp_path, monkeypatch):
    """A folder in SCO_APP_PACKS that holds a pack.yaml is that one pack."""
    make_pack(tmp_path / "one", "one-pack")
    monkeypatch.setenv(library.PACKS_VARIABLE, str(tmp_path / "one"))
    lib = Library.from_environment(tmp_path / "data")
    assert [e.id for e in lib.entries() if e.origin is Origin.EXTRA] == ["one-pack"]


def test_a_zip_is_imported_into_the_user_library(lab, tmp_path):
    """Importing a zip installs it as library/<id>, validated, with no temporary folder left behind."""
    lib, _mine, shared = lab
    entry = lib.install(shared / "zipped.zip")
    assert entry.path == lib.user_folder / "zipped-pack" and entry.origin is Origin.LIBRARY and entry.ok
    assert load_pack(entry.path).version == "1.2.0"
    assert [p.name for p in lib.user_folder.iterdir()] == ["zipped-pack"]
    assert sum(e.id == "zipped-pack" for e in lib.entries()) == 2  # the shared zip and the installed copy


def test_an_update_replaces_the_pack_and_keeps_progress(tmp_path):
    """Version 1.1 of an installed 1.0 is offered as an update, replaces it, and the student's answers stay."""
    lib = Library(tmp_path / "data" / library.LIBRARY_FOLDER, include_built_in=False)
    old_zip = make_zip(make_pack(tmp_path / "v10" / "course", "course", "1.0.0"), tmp_path / "course-1.0.zip")
    old = lib.install(old_zip)
    pack = load_pack(old.path)
    store = progress.ProgressStore(tmp_path / "data" / progress.FILE_NAME)
    ana = store.create_profile("Ana")
    question = next(q for q in quiz.questions_of(pack) if q.id == "q-founding-theory")
    now = dt.datetime(2026, 1, 5, 10, 0, tzinfo=dt.timezone.utc)
    store.record(ana, pack.id, pack.version, question, {"balance-of-threat"},
                 quiz.grade(question, {"balance-of-threat"}), "practice", 900, now=now)

    new_zip = make_zip(make_pack(tmp_path / "v11" / "course", "course", "1.1.0", title="Course, second edition"),
                       tmp_path / "course-1.1.zip")
    candidate = library.read_entry(new_zip)
    offer, installed = lib.offer(candidate)
    assert offer is Offer.UPDATE and installed.path == old.path and installed.version == "1.0.0"
    new = lib.install(new_zip)
    assert new.path == old.path and new.version == "1.1.0" and new.title_in("en") == "Course, second edition"
    assert [e.version for e in lib.entries()] == ["1.1.0"]

    updated = load_pack(new.path)
    [attempt] = list(store.attempts(ana, pack_id=updated.id))
    assert (attempt["question_id"], attempt["pack_version"], attempt["correct"]) == ("q-founding-theory", "1.0.0", 1)
    assert store.schedule(ana, updated.id, list(updated.questions))["q-founding-theory"] == (
        2, now + dt.timedelta(days=1))
    store.close()


@pytest.mark.parametrize("version, offer", [("1.0.0", Offer.OLDER), ("1.1.0-rc.1", Offer.OLDER), ("1.1.0", Offer.SAME),
                                            ("1.1.0+lab", Offer.SAME), ("1.1.1", Offer.UPDATE), ("1.10.0", Offer.UPDATE)])
def test_only_a_higher_version_is_offered_as_an_update(tmp_path, version, offer):
    """A lower or equal version of an installed pack is not an update; a higher one is."""
    lib = Library(tmp_path / "library", include_built_in=False)
    lib.install(make_pack(tmp_path / "installed", "course", "1.1.0"))
    candidate = library.read_entry(make_pack(tmp_path / "candidate", "course", version))
    assert lib.offer(candidate)[0] is offer
    assert lib.offer(library.read_entry(make_pack(tmp_path / "other", "other-course")))[0] is Offer.NEW


def test_versions_sort_as_people_read_them():
    """1.10.0 follows 1.9.0, pre-releases come before their release in semantic-versioning order, no version first."""
    assert version_key("1.9.0") < version_key("1.10.0") < version_key("2.0.0")
    assert version_key("1.0.0-alpha") < version_key("1.0.0-alpha.1") < version_key("1.0.0-alpha.beta")
    assert version_key("1.0.0-beta.2") < version_key("1.0.0-beta.11") < version_key("1.0.0-rc.1") < version_key("1.0.0")
    assert version_key("1.0.0+build.7") == version_key("1.0.0")
    assert version_key(None) < version_key("0.0.1")
    assert version_key("9" * 5000 + ".0.0") > version_key("8" * 5000 + ".0.0") > version_key("99.0.0")  # no int()


def test_a_broken_pack_is_not_installed(lab, tmp_path):
    """A pack with errors is refused with its problems, and the library is left as it was."""
    lib, mine, _shared = lab
    with pytest.raises(PackError, match="unknown theory"):
        lib.install(make_zip(mine / "broken", tmp_path / "broken.zip"))
    assert not lib.user_folder.exists() or list(lib.user_folder.iterdir()) == []


def test_a_hostile_zip_writes_nothing(tmp_path):
    """A zip with an entry that leaves the pack is refused before anything is written."""
    lib = Library(tmp_path / "library", include_built_in=False)
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.write(TEMPLATE / "pack.yaml", "pack.yaml")
        z.writestr("../escaped.txt", "gotcha")
    with pytest.raises(PackError, match="points outside the pack"):
        lib.install(archive)
    assert not (tmp_path / "escaped.txt").exists() and not (tmp_path / "library").exists()


def test_an_interrupted_update_keeps_the_old_pack(tmp_path, monkeypatch):
    """If the new version cannot be renamed into place, the old version is put back."""
    lib = Library(tmp_path / "library", include_built_in=False)
    lib.install(make_pack(tmp_path / "v1", "course", "1.0.0"))
    real_replace = os.replace

    def failing(src, dst):
        if Path(src).name == "pack":
            raise OSError("disk full")
        return real_replace(src, dst)

    monkeypatch.setattr(library.os, "replace", failing)
    with pytest.raises(OSError, match="disk full"):
        lib.install(make_pack(tmp_path / "v2", "course", "2.0.0"))
    monkeypatch.undo()
    assert load_pack(lib.user_folder / "course").version == "1.0.0"
    assert [p.name for p in lib.user_folder.iterdir()] == ["course"]


def test_an_update_that_cannot_put_the_old_pack_back_keeps_it_for_recovery(tmp_path, monkeypatch):
    """If the new version cannot be renamed into place nor the old one back, the old copy is kept and the
    next listing of the library puts it back."""
    lib = Library(tmp_path / "library", include_built_in=False)
    lib.install(make_pack(tmp_path / "v1", "course", "1.0.0"))
    real_replace = os.replace

    def failing(src, dst):
        if Path(src).name in ("pack", "old"):
            raise OSError("device busy")
        return real_replace(src, dst)

    monkeypatch.setattr(library.os, "replace", failing)
    with pytest.raises(OSError, match="device busy"):
        lib.install(make_pack(tmp_path / "v2", "course", "2.0.0"))
    monkeypatch.undo()
    [staging] = [p for p in lib.user_folder.iterdir()]
    assert staging.name.startswith(".installing-course-") and load_pack(staging / "old").version == "1.0.0"
    assert [e.version for e in lib.entries()] == ["1.0.0"]  # listing the library recovered it
    assert [p.name for p in lib.user_folder.iterdir()] == ["course"]


class _Crash(BaseException):
    """The app stopping dead (power cut, killed) in the middle of an update."""


def test_an_update_cut_short_between_the_renames_is_recovered(tmp_path, monkeypatch):
    """The app stops after the old pack was moved aside but before the new one is in place: the old pack is
    not deleted, and the next time the library is listed it is back and the temporary folder is gone."""
    lib = Library(tmp_path / "library", include_built_in=False)
    lib.install(make_pack(tmp_path / "v1", "course", "1.0.0"))
    real_replace = os.replace

    def crashing(src, dst):
        if Path(src).name == "pack":
            raise _Crash()
        return real_replace(src, dst)

    monkeypatch.setattr(library.os, "replace", crashing)
    with pytest.raises(_Crash):
        lib.install(make_pack(tmp_path / "v2", "course", "2.0.0"))
    monkeypatch.undo()
    assert not (lib.user_folder / "course").exists()
    assert [(e.id, e.version) for e in Library(lib.user_folder, include_built_in=False).entries()] == [
        ("course", "1.0.0")]
    assert [p.name for p in lib.user_folder.iterdir()] == ["course"]


def test_leftover_temporary_folders_are_removed_when_the_pack_is_in_place(tmp_path):
    """A temporary folder left by an install whose pack is in place (or that never got that far) is removed
    when the library is listed or installed into; the pack itself is left alone."""
    lib = Library(tmp_path / "library", include_built_in=False)
    lib.install(make_pack(tmp_path / "v2", "course", "2.0.0"))
    done = lib.user_folder / ".installing-course-ab12cd34"
    make_pack(done / "old", "course", "1.0.0")  # stopped before removing the old copy
    unfinished = lib.user_folder / ".installing-other-pack-x_9y8z7w"
    make_pack(unfinished / "pack", "other-pack")  # stopped while copying a new pack
    assert [(e.id, e.version) for e in lib.entries()] == [("course", "2.0.0")]
    assert [p.name for p in lib.user_folder.iterdir()] == ["course"]
    assert library.recover_installs(tmp_path / "nowhere") == []


def test_a_pack_with_a_huge_integer_or_a_checker_fault_is_listed_with_its_problem(tmp_path, monkeypatch):
    """A 5,000-digit version, or any fault while checking one pack, costs that pack its row's 'validates',
    never the listing of the others."""
    from sco_app.core.packs import loader

    folder = tmp_path / "packs"
    huge = make_pack(folder / "huge", "huge-pack")
    (huge / "pack.yaml").write_text((huge / "pack.yaml").read_text().replace("version: '1.0.0'", "version: " + "9" * 5000))
    make_pack(folder / "faulty", "faulty-pack")
    make_pack(folder / "good", "good-pack")
    checker = loader._check_pack
    monkeypatch.setattr(loader, "_check_pack", lambda path: (_ for _ in ()).throw(RuntimeError("a checker fault"))
                        if Path(path).name == "faulty" else checker(path))
    entries = {e.path.name: e for e in Library(tmp_path / "user", [folder], include_built_in=False).entries()}
    assert sorted(entries) == ["faulty", "good", "huge"]
    assert entries["good"].ok and entries["huge"].errors == entries["faulty"].errors == 1
    assert entries["huge"].problems[0].message == "this whole number is longer than 20 digits"
    assert entries["huge"].version is None  # the file is not read past such a number, so its id is unknown too
    assert "RuntimeError: a checker fault" in entries["faulty"].problems[0].message


def _many_packs(folder: Path, count: int) -> None:
    """``count`` one-file pack folders (what listing looks at: a folder with a pack.yaml)."""
    for n in range(count):
        (folder / f"pack-{n:04d}").mkdir(parents=True)
        (folder / f"pack-{n:04d}" / "pack.yaml").write_text(f"id: pack-{n:04d}\n")


def test_a_folder_of_a_thousand_packs_lists_them_all(tmp_path):
    """1,000 packs in one shared folder: all 1,000 are listed (none left out)."""
    _many_packs(tmp_path / "shared", 1000)
    listing = Library(tmp_path / "user", [tmp_path / "shared"], include_built_in=False).listing()
    assert len(listing.packs) == 1000 and listing.left_out == []
    assert listing.packs[0] == (tmp_path / "shared" / "pack-0000", Origin.EXTRA)


def test_a_folder_past_the_limit_says_how_many_it_left_out(tmp_path, monkeypatch):
    """More packs than the limit: the first ones by name are listed, and the listing says how many were not."""
    monkeypatch.setattr(library, "MAX_PACKS_PER_FOLDER", 30)
    _many_packs(tmp_path / "shared", 45)
    listing = Library(tmp_path / "user", [tmp_path / "shared"], include_built_in=False).listing()
    assert len(listing.packs) == 30 and listing.left_out == [(tmp_path / "shared", 15)]


def test_checking_stops_when_its_time_budget_is_spent(tmp_path):
    """Packs are checked one by one until the budget runs out (a clock that moves 1 s each time it is read, a
    2.5 s budget):
    three are checked, the rest are left for later; a stop request ends it between two packs too."""
    for name in "abcde":
        make_pack(tmp_path / "shared" / name, f"pack-{name}")
    packs = Library(tmp_path / "user", [tmp_path / "shared"], include_built_in=False).listing().packs
    ticks = iter(range(100))
    checked = list(library.check_within(packs, budget_s=2.5, clock=lambda: next(ticks)))
    assert [(index, entry.id) for index, entry in checked] == [(0, "pack-a"), (1, "pack-b"), (2, "pack-c")]
    stop, seen = threading.Event(), []
    for _index, entry in library.check_within(packs, budget_s=100, stop=stop):
        seen.append(entry.id)
        stop.set()  # the dialog was closed while the first pack was checked
    assert seen == ["pack-a"]


def test_a_pack_not_yet_checked_says_so(tmp_path):
    """Before it is checked, a pack is listed by its folder's name and is not ready to open."""
    entry = library.PackEntry.pending(tmp_path / "course-1.1.0.zip", Origin.EXTRA)
    assert not entry.checked and not entry.ok and entry.title_in("en") == "course-1.1.0" and entry.is_zip


def test_updates_are_found_in_one_pass_as_offer_finds_them(tmp_path):
    """update_offers marks exactly the rows for which offer() says UPDATE of a pack in the user's library."""
    user = tmp_path / "user"
    library.install(make_pack(tmp_path / "src" / "course-1", "course", "1.0.0"), user)
    library.install(make_pack(tmp_path / "src" / "other-2", "other", "2.0.0"), user)
    shared = tmp_path / "shared"
    make_pack(shared / "course-new", "course", "1.1.0")
    make_pack(shared / "course-same", "course", "1.0.0")
    make_pack(shared / "other-old", "other", "1.5.0")
    make_pack(shared / "third", "third", "3.0.0")
    lib = Library(user, [shared], include_built_in=False)
    entries = lib.entries()
    expected = {}
    for row, entry in enumerate(entries):
        if entry.origin is not Origin.LIBRARY and entry.ok and entry.id:
            offer, installed = lib.offer(entry, entries)
            if offer is Offer.UPDATE and installed is not None and installed.origin is Origin.LIBRARY:
                expected[row] = installed
    found = update_offers(entries)
    assert found == expected and [entries[row].path.name for row in found] == ["course-new"]
