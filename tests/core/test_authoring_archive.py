"""`build_archive` checks a pack, zips only what is inside it, the same bytes each time, and the zip loads."""

from __future__ import annotations

import os
import shutil
import zipfile

import pytest

from sco_app.core.authoring import AuthoringError
from sco_app.core.authoring.archive import FIXED_TIME, build_archive
from sco_app.core.authoring.new_pack import new_pack
from sco_app.core.packs import check_pack, load_pack
from sco_app.core.resources import lessons_dir


def _sco_copy(tmp_path):
    folder = tmp_path / "sco"
    shutil.copytree(lessons_dir() / "sco-balancing", folder)
    return folder


def test_zip_loads_again_like_the_folder(tmp_path):
    """The zip opens with the app's loader and holds the same pack."""
    folder = _sco_copy(tmp_path)
    built = build_archive(folder, tmp_path / "out" / "sco.zip")
    from_zip, from_folder = load_pack(built.path), load_pack(folder)
    assert (from_zip.id, from_zip.version, len(from_zip.events)) == (from_folder.id, from_folder.version, len(from_folder.events))
    assert [e.id for e in from_zip.events] == [e.id for e in from_folder.events]
    assert check_pack(built.path).ok


def test_zip_is_reproducible_sorted_and_stamped(tmp_path):
    """Zipping twice gives identical bytes; entries are sorted, under the pack id, with a fixed time."""
    folder = _sco_copy(tmp_path)
    first = build_archive(folder, tmp_path / "a.zip").path.read_bytes()
    os.utime(folder / "pack.yaml", (1e9, 1e9))  # a new modification time changes nothing
    second = build_archive(folder, tmp_path / "b.zip").path.read_bytes()
    assert first == second
    with zipfile.ZipFile(tmp_path / "a.zip") as archive:
        names = archive.namelist()
        assert names == sorted(names) and all(n.startswith("sco-balancing/") for n in names)
        assert {i.date_time for i in archive.infolist()} == {FIXED_TIME}


def test_links_and_hidden_files_are_left_out(tmp_path):
    """A link (to a file or a folder outside the pack) and hidden files are skipped and reported."""
    folder = new_pack(tmp_path / "p").folder
    secret = tmp_path / "secret.txt"
    secret.write_text("private")
    (folder / "leak.txt").symlink_to(secret)
    (folder / "outside").symlink_to(tmp_path)
    (folder / ".git").mkdir()
    (folder / ".git" / "config").write_text("x")
    (folder / "images").mkdir()
    (folder / "images" / "notes.txt").write_text("kept")
    built = build_archive(folder, tmp_path / "p.zip")
    assert built.files == ("images/notes.txt", "pack.yaml", "schema/include.schema.json", "schema/pack.schema.json")
    assert any("leak.txt" in s for s in built.skipped) and any("outside" in s for s in built.skipped)
    with zipfile.ZipFile(built.path) as archive:
        assert b"private" not in b"".join(archive.read(n) for n in archive.namelist())


def test_a_pack_with_errors_is_refused_with_its_problems(tmp_path):
    """Validation comes first: a broken pack gives its problems and no zip."""
    folder = new_pack(tmp_path / "p").folder
    text = (folder / "pack.yaml").read_text(encoding="utf-8")
    (folder / "pack.yaml").write_text(text.replace("theory: balance-of-interests", "theory: balance-of-intrests"),
                                      encoding="utf-8")
    with pytest.raises(AuthoringError) as info:
        build_archive(folder, tmp_path / "p.zip")
    assert any("balance-of-intrests" in p.message for p in info.value.problems)
    assert not (tmp_path / "p.zip").exists()


def test_the_zip_being_written_inside_the_pack_is_not_packed(tmp_path):
    """Writing the zip into the pack folder does not put an older zip inside the new one."""
    folder = new_pack(tmp_path / "p").folder
    build_archive(folder, folder / "p.zip")
    built = build_archive(folder, folder / "p.zip")
    assert "p.zip" not in built.files and check_pack(built.path).ok


def test_refuses_a_zip_or_a_name_without_zip(tmp_path):
    """Only a folder can be packed, only to a .zip."""
    folder = new_pack(tmp_path / "p").folder
    with pytest.raises(AuthoringError, match=r"\.zip"):
        build_archive(folder, tmp_path / "p.tar")
    built = build_archive(folder, tmp_path / "p.zip")
    with pytest.raises(AuthoringError, match="not a pack folder"):
        build_archive(built.path, tmp_path / "again.zip")
