"""One YAML reader for values and positions: plain data in YAML 1.2's core schema, every problem located."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sco_app.core.packs import check_pack
from sco_app.core.packs import yaml_reader
from sco_app.core.packs.yaml_reader import Locator, YamlProblems, read_yaml
from sco_app.core.resources import lessons_dir


def _problems(text: str) -> list[tuple[int, int, str]]:
    with pytest.raises(YamlProblems) as info:
        read_yaml(text, "f.yaml")
    return [(p.line, p.column, p.message) for p in info.value.problems]


def test_scalars_follow_yaml_1_2():
    """yes/no/on/off and dates stay text; numbers, true/false and null are read as such."""
    data = read_yaml("a: yes\nb: off\nc: 2005-03-24\nd: 1.5\ne: 12\nf: true\ng: ~\nh: '12'\ni: 1.0.0\n", "f.yaml")
    assert data == {"a": "yes", "b": "off", "c": "2005-03-24", "d": 1.5, "e": 12, "f": True, "g": None, "h": "12",
                    "i": "1.0.0"}


def test_keys_are_always_text():
    """A key is the text written, even when it looks like a number or a boolean."""
    assert read_yaml("1: a\nyes: b\n", "f.yaml") == {"1": "a", "yes": "b"}


def test_a_duplicate_key_is_reported_where_it_stands():
    """The second of two equal keys, in a block or inside { }, is named with the line of the first."""
    assert _problems("a: 1\nb: {x: 1, x: 2}\na: 3\n") == [
        (2, 11, "duplicate key 'x': map keys must be unique (it is also on line 2)"),
        (3, 1, "duplicate key 'a': map keys must be unique (it is also on line 1)"),
    ]


def test_every_syntax_error_of_a_file_in_one_run():
    """Four slips in one file give four located problems in plain words, and no made-up fifth."""
    text = "a: 1\ntitle: Summit: the start\nb: 2\nc: [1, 2\nd:\n\te: 1\nf: 'it's'\n"
    assert [(line, message) for line, _column, message in _problems(text)] == [
        (2, "a second ': ' on this line, in text that is not in quotes"),
        (4, "this '[' is not closed with ']'"),
        (6, "a tab character in the indentation"),
        (7, "the text in quotes ends before this"),
    ]


def test_positions_come_from_the_same_reading():
    """The locator finds values, keys and the deepest existing part of a path."""
    locator = Locator("a:\n  b: [1, {c: 2}]\n", "f.yaml")
    assert locator.locate(("a", "b", 1, "c")) == (2, 14)
    assert locator.locate(("a", "b", 1, "c"), key=True) == (2, 11)
    assert locator.locate(("a", "missing")) == (2, 3)


def test_the_python_parser_reads_the_same(monkeypatch: pytest.MonkeyPatch):
    """Without libyaml, PyYAML's own parser gives the same values and the same located problems."""
    text = (Path(__file__).parents[1] / "packs" / "minimal" / "pack.yaml").read_text(encoding="utf-8")
    with_c = read_yaml(text, "pack.yaml")
    broken = "a: 1\nb: {x: 1, x: 2}\nc: [1\n"
    problems_c = [p.format() for p in _raises(broken)]
    monkeypatch.setattr(yaml_reader, "_CParser", None)
    assert read_yaml(text, "pack.yaml") == with_c
    assert [p.format() for p in _raises(broken)] == problems_c


def _raises(text: str):
    with pytest.raises(YamlProblems) as info:
        read_yaml(text, "f.yaml")
    return info.value.problems


def test_a_huge_integer_is_located_not_raised():
    """A whole number past Python's 4,300-digit limit is a located problem, never an exception."""
    assert _problems("a: 1\nb: " + "9" * 5000 + "\n") == [(2, 4, "this whole number is longer than 20 digits")]


def test_starter_pack_with_a_duplicate_key_reports_it_at_its_line(tmp_path: Path):
    """A key given twice in the starter pack (inside { }, as an editor's YAML server reports it) is the
    one problem, at its own line and column."""
    pack = tmp_path / "pack"
    shutil.copytree(lessons_dir() / "template", pack)
    text = (pack / "pack.yaml").read_text(encoding="utf-8")
    old = "        feedback: {en: Right., id: Benar.}"
    assert old in text
    (pack / "pack.yaml").write_text(text.replace(old, "        feedback: {en: Right., id: Benar., en: Yes.}"), encoding="utf-8")
    line = text[: text.index(old)].count("\n") + 1
    column = "        feedback: {en: Right., id: Benar., en: Yes.}".index("en: Yes") + 1
    [problem] = check_pack(pack).problems
    assert (problem.line, problem.column) == (line, column)
    assert problem.message == f"duplicate key 'en': map keys must be unique (it is also on line {line})"
