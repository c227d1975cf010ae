"""The instructors' commands as an instructor types them: new-pack, pack, export-quiz, import-events."""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from sco_app.cli import main
from sco_app.core.packs import check_pack, load_pack
from sco_app.core.resources import lessons_dir


def test_new_pack_then_validate_then_pack(tmp_path, capsys: pytest.CaptureFixture[str]):
    """new-pack writes a pack that validate passes, and pack zips it into something that opens."""
    folder = tmp_path / "asean-regionalism"
    assert main(["new-pack", str(folder)]) == 0
    assert "wrote the lesson pack 'asean-regionalism'" in capsys.readouterr().out
    assert main(["validate", str(folder)]) == 0
    assert capsys.readouterr().out.startswith("asean-regionalism 1.0.0: ok: 0 errors, 0 warnings")
    out = tmp_path / "share" / "asean-regionalism.zip"
    assert main(["pack", str(folder), "--out", str(out)]) == 0
    assert f"wrote {out}: asean-regionalism 1.0.0, 3 files;" in capsys.readouterr().out
    assert zipfile.ZipFile(out).namelist() == ["asean-regionalism/pack.yaml", "asean-regionalism/schema/include.schema.json",
                                               "asean-regionalism/schema/pack.schema.json"]
    assert load_pack(out).id == "asean-regionalism"


def test_new_pack_from_the_sco_pack(tmp_path, capsys: pytest.CaptureFixture[str]):
    """--from sco-balancing copies the full lesson, which validates."""
    assert main(["new-pack", str(tmp_path / "sco-copy"), "--from", "sco-balancing"]) == 0
    assert check_pack(tmp_path / "sco-copy").ok


def test_new_pack_refuses_a_folder_with_files(tmp_path, capsys: pytest.CaptureFixture[str]):
    """Exit 1 and a hint, and the folder's file untouched."""
    (tmp_path / "notes.md").write_text("keep me")
    assert main(["new-pack", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "is not empty; nothing was written" in err and "hint: choose a new folder name" in err
    assert (tmp_path / "notes.md").read_text() == "keep me" and not (tmp_path / "pack.yaml").exists()


def test_pack_refuses_a_broken_pack_listing_its_problems(tmp_path, capsys: pytest.CaptureFixture[str]):
    """Problems come as file:line:col lines, the status is 1 and no zip appears."""
    folder = tmp_path / "p"
    main(["new-pack", str(folder)])
    text = (folder / "pack.yaml").read_text(encoding="utf-8").replace("lane: agreement", "lane: agreemnt", 1)
    (folder / "pack.yaml").write_text(text, encoding="utf-8")
    capsys.readouterr()
    assert main(["pack", str(folder), "--out", str(tmp_path / "p.zip")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert any(line.startswith(f"{folder / 'pack.yaml'}:") and "unknown lane 'agreemnt'" in line for line in err)
    assert err[-1] == f"sco-app pack: {folder}: the pack has errors; no zip was written"
    assert not (tmp_path / "p.zip").exists()


def test_export_quiz_gift_warns_about_map_questions(tmp_path, capsys: pytest.CaptureFixture[str]):
    """export-quiz of the built-in pack writes GIFT and names the skipped map questions."""
    out = tmp_path / "sco.gift"
    assert main(["export-quiz", "--format", "gift", "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("wrote ") and "(gift, en)" in captured.out
    assert "warning: skipped" in captured.err and "map-tulip-revolution" in captured.err
    assert "::th-border-agreement-1996::" in out.read_text(encoding="utf-8")


def test_export_quiz_moodle_xml_of_a_pack_in_indonesian(tmp_path, capsys: pytest.CaptureFixture[str]):
    """--pack, --lang id and --no-generated: only the pack's own questions, in Indonesian."""
    out = tmp_path / "quiz.xml"
    assert main(["export-quiz", "--pack", str(lessons_dir() / "template"), "--format", "moodle-xml", "--lang", "id",
                 "--no-generated", "--out", str(out)]) == 0
    root = ET.parse(out).getroot()
    names = [q.findtext("name/text") for q in root.findall("question") if q.get("type") != "category"]
    assert names == ["q-founding-theory", "q-first-agreement", "q-three-steps"]  # the rest cannot be shown
    assert "Perimbangan ancaman" in out.read_text(encoding="utf-8")


def test_export_quiz_refuses_a_language_the_pack_lacks(tmp_path, capsys: pytest.CaptureFixture[str]):
    """A pack written only in English cannot be exported in Indonesian."""
    out = tmp_path / "q.gift"
    minimal = Path(__file__).resolve().parents[1] / "packs" / "minimal"
    assert main(["export-quiz", "--pack", str(minimal), "--format", "gift", "--lang", "id", "--out", str(out)]) == 1
    assert "not written in 'id'" in capsys.readouterr().err and not out.exists()


def test_schema_command_says_where_and_copies(tmp_path, capsys: pytest.CaptureFixture[str]):
    """`sco-app schema --path` names the folder of the installed schema; `--write DIR` copies both files."""
    assert main(["schema", "--path"]) == 0
    folder = Path(capsys.readouterr().out.strip())
    assert (folder / "pack.schema.json").is_file() and (folder / "include.schema.json").is_file()
    assert main(["schema", "--write", str(tmp_path / "schema")]) == 0
    assert (tmp_path / "schema" / "pack.schema.json").read_bytes() == (folder / "pack.schema.json").read_bytes()
    assert main(["schema"]) == 0
    assert "# yaml-language-server: $schema=" in capsys.readouterr().out
