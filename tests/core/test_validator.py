"""The validator reports each kind of problem with its exact file, line, column and message."""

from __future__ import annotations

from pathlib import Path

import pytest

from sco_app.core.packs import PackError, Severity, check_pack, load_pack

PACKS = Path(__file__).resolve().parents[1] / "packs"
BROKEN = sorted(p for p in (PACKS / "broken").iterdir() if p.is_dir())


def _relative(report, root: Path) -> list[str]:
    lines = []
    for problem in report.problems:
        text = problem.format()
        lines.append(text.replace(str(root) + "/", "", 1))
    return "\n".join(lines).splitlines()


def test_minimal_pack_is_valid():
    """The base of every broken pack loads with no problem at all."""
    report = check_pack(PACKS / "minimal")
    assert report.problems == []
    assert [e.id for e in report.pack.events] == ["ev1", "ev2"]


@pytest.mark.parametrize("case", BROKEN, ids=[p.name for p in BROKEN])
def test_broken_pack_reports_exact_problems(case: Path):
    """Each broken pack yields exactly the located problems written in its EXPECTED file."""
    expected = (case / "EXPECTED").read_text(encoding="utf-8").splitlines()
    report = check_pack(case)
    assert _relative(report, case) == expected


@pytest.mark.parametrize("case", BROKEN, ids=[p.name for p in BROKEN])
def test_broken_pack_never_loads_with_errors(case: Path):
    """load_pack raises PackError (never anything else) exactly when the pack has errors."""
    report = check_pack(case)
    if report.errors:
        with pytest.raises(PackError) as info:
            load_pack(case)
        assert info.value.problems == report.problems
    else:
        assert all(p.severity is Severity.WARNING for p in report.problems)
        assert load_pack(case).id == "minimal"


def test_every_problem_is_reported_at_once():
    """A pack with problems in two files reports all of them in one pass, in file order."""
    report = check_pack(PACKS / "broken" / "include-errors")
    files = [Path(p.file).name for p in report.problems]
    assert files == sorted(files)
    assert len(report.errors) == 7


def test_error_message_names_the_pack():
    """PackError's message says how many errors and shows the first."""
    with pytest.raises(PackError, match=r"1 error\(s\) in the lesson pack; first: .*pack.yaml:15:11"):
        load_pack(PACKS / "broken" / "unknown-actor")


def test_missing_path_is_reported(tmp_path: Path):
    """A path that does not exist is a problem, not an exception."""
    report = check_pack(tmp_path / "nowhere")
    assert [p.message for p in report.problems] == ["no such file or folder"]


def test_folder_without_pack_yaml(tmp_path: Path):
    """A folder without pack.yaml is reported with a hint to the template."""
    report = check_pack(tmp_path)
    assert report.problems[0].message == "this folder holds no pack.yaml"
    assert "lessons/template" in report.problems[0].hint


def test_pack_yaml_path_opens_its_folder():
    """Naming pack.yaml itself checks the pack it belongs to."""
    assert check_pack(PACKS / "minimal" / "pack.yaml").pack.id == "minimal"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("{id: e1, title: Era one", "{id: [e1], title: Era one"),  # a list where an id belongs (found by fuzzing)
        ("causes: [{event: ev1, how: It followed.}]", "causes: true"),  # a boolean where a list belongs
        ("  - {id: l1, title: Lane one}", "  - {id: {x: 1}, title: Lane one}"),
    ],
)
def test_values_of_the_wrong_shape_are_reported_not_raised(tmp_path: Path, old: str, new: str):
    """Values of the wrong shape anywhere give schema errors, never a Python exception."""
    text = (PACKS / "minimal" / "pack.yaml").read_text(encoding="utf-8")
    assert old in text
    (tmp_path / "pack.yaml").write_text(text.replace(old, new), encoding="utf-8")
    report = check_pack(tmp_path)
    assert report.errors and report.pack is None


def test_a_syntax_slip_in_events_yaml_reports_nothing_elsewhere(tmp_path: Path):
    """One indentation slip in the SCO pack's events.yaml is the only problem: no 'unknown event' in
    questions.yaml or tours.yaml for the events that file would have defined."""
    import shutil

    from sco_app.core.resources import lessons_dir

    pack = tmp_path / "sco"
    shutil.copytree(lessons_dir() / "sco-balancing", pack)
    text = (pack / "events.yaml").read_text(encoding="utf-8")
    line = next(x for x in text.splitlines() if x.startswith("    title:"))
    (pack / "events.yaml").write_text(text.replace(line, " " + line, 1), encoding="utf-8")
    report = check_pack(pack)
    assert report.problems and {Path(p.file).name for p in report.problems} == {"events.yaml"}


def test_dates_as_historians_write_them_load(tmp_path: Path):
    """Approximate dates, an open end, Indonesian month names and date notes of a kind build the model."""
    text = (PACKS / "minimal" / "pack.yaml").read_text(encoding="utf-8")
    text = text.replace("languages: [en]", "languages: [en, id]").replace("title: Minimal pack", "title: {en: Minimal pack}")
    text = text.replace("    date: 2001-06-15\n", "    date: 15 Juni 2001\n    end: open\n"
                        "    date_note: {kind: disagreement, text: {en: One source says 14 June.}}\n")
    text = text.replace("    date: 2003-05\n", "    date: early 2003\n    date_note: {en: Signed later.}\n")
    (tmp_path / "pack.yaml").write_text(text, encoding="utf-8")
    report = check_pack(tmp_path)
    assert report.ok, [p.format() for p in report.problems]
    one, two = report.pack.event("ev1"), report.pack.event("ev2")
    assert str(one.date) == "2001-06-15" and one.open_end and one.end is None
    assert one.date_note.kind.value == "disagreement" and two.date_note.kind.value == "note"
    assert two.date.display("en") == "early 2003" and two.date.last_day.month == 4
