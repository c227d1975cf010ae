"""`new_pack` writes a commented pack that validates, from the starter or the SCO pack, and never overwrites."""

from __future__ import annotations

import pytest

from sco_app.core.authoring import AuthoringError
from sco_app.core.authoring.new_pack import new_pack, pack_id_for
from sco_app.core.authoring.schema_files import schema_folder
from sco_app.core.packs import check_pack, load_pack
from sco_app.core.resources import lessons_dir


def test_starter_pack_validates_and_keeps_its_comments(tmp_path):
    """The new starter pack has no problems, its id comes from the folder, and the guide's comments stay."""
    made = new_pack(tmp_path / "ASEAN Regionalism")
    report = check_pack(made.folder)
    assert report.ok and not report.warnings
    assert report.pack.id == made.pack_id == "asean-regionalism"
    text = (made.folder / "pack.yaml").read_text(encoding="utf-8")
    assert "# Made with 'sco-app new-pack' from the starter pack." in text
    assert "# the pack format version; leave it at 1" in text
    assert "$schema=../../" not in text  # that relative path only worked inside lessons/
    assert "# yaml-language-server: $schema=schema/pack.schema.json\n" in text
    assert (made.folder / "schema" / "pack.schema.json").read_bytes() == (schema_folder() / "pack.schema.json").read_bytes()


def test_copy_of_the_sco_pack_validates_with_all_its_files(tmp_path):
    """--from sco-balancing copies every file of the SCO pack under a new id, and the copy loads."""
    made = new_pack(tmp_path / "my-sco", start="sco-balancing")
    shipped = {p.relative_to(lessons_dir() / "sco-balancing").as_posix()
               for p in (lessons_dir() / "sco-balancing").rglob("*") if p.is_file()}
    assert set(made.files) == shipped | {"schema/pack.schema.json", "schema/include.schema.json"}
    assert {"pack.yaml", "events.yaml", "questions.yaml"} <= shipped
    pack = load_pack(made.folder)
    assert pack.id == "my-sco" and len(pack.events) > 40
    assert not check_pack(made.folder).problems


def test_refuses_a_folder_that_is_not_empty(tmp_path):
    """A folder holding anything is left alone."""
    (tmp_path / "pack").mkdir()
    (tmp_path / "pack" / "notes.txt").write_text("mine")
    with pytest.raises(AuthoringError, match="not empty"):
        new_pack(tmp_path / "pack")
    assert [p.name for p in (tmp_path / "pack").iterdir()] == ["notes.txt"]


def test_refuses_a_file_and_an_unknown_start(tmp_path):
    """A path that is a file, or an unknown starting point, is refused."""
    (tmp_path / "file").write_text("x")
    with pytest.raises(AuthoringError, match="not a folder"):
        new_pack(tmp_path / "file")
    with pytest.raises(AuthoringError, match="unknown starting point"):
        new_pack(tmp_path / "new", start="nope")
    assert not (tmp_path / "new").exists()


def test_an_empty_folder_is_fine(tmp_path):
    """An existing empty folder is filled."""
    (tmp_path / "empty").mkdir()
    assert new_pack(tmp_path / "empty").report.ok


@pytest.mark.parametrize("name, expected", [("ASEAN 2024", "asean-2024"), ("--", "my-pack"), ("Über_pack", "ber-pack")])
def test_pack_id_from_folder_name(tmp_path, name, expected):
    """Folder names become valid ids."""
    assert pack_id_for(tmp_path / name) == expected


def test_every_file_of_a_copy_is_bound_to_the_schema_it_carries(tmp_path):
    """Each YAML file of a copied pack names its schema by a path that exists inside the new pack."""
    made = new_pack(tmp_path / "copy", start="sco-balancing")
    for path in made.folder.glob("*.yaml"):
        line = next(x for x in path.read_text(encoding="utf-8").splitlines() if "yaml-language-server" in x)
        target = (path.parent / line.split("$schema=", 1)[1]).resolve()
        assert target.is_file() and target.name == ("pack.schema.json" if path.name == "pack.yaml" else "include.schema.json")
