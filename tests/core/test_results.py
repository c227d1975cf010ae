"""Answers export as CSV and xAPI statements, and a class's files merge with a difficulty summary."""

from __future__ import annotations

import csv
import json

import pytest

from sco_app.cli import main
from sco_app.core import progress, quiz, results
from sco_app.core.packs import load_pack
from sco_app.core.resources import lessons_dir


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv(progress.DATA_DIR_VARIABLE, str(folder))
    pack = load_pack(lessons_dir() / "template")
    store = progress.ProgressStore.in_folder()
    for name, sid, right in (("Ana", "2301", True), ("Budi", "2302", False)):
        profile = store.create_profile(name, sid)
        for question in pack.questions[:3]:
            response = set(question.answer) if right else {o.id for o in question.options if not o.correct}
            if question.type.value == "map":
                response = question.answer[0] if right else "PAK"
            store.record(profile, pack.id, pack.version, question, response, quiz.grade(question, response), "practice", 2500,
                         theory=quiz.theory_of(question, pack))
    store.close()
    return folder


def _csv(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def test_csv_export_has_one_row_per_attempt(data_dir, tmp_path, capsys):
    """Each attempt is a row with profile, student id, pack and version, question, answer, result, mode, time."""
    out = tmp_path / "all.csv"
    assert main(["results", "export", "--format", "csv", "--out", str(out)]) == 0
    rows = _csv(out)
    assert len(rows) == 6 and list(rows[0]) == results.CSV_COLUMNS
    assert {r["profile"] for r in rows} == {"Ana", "Budi"} and rows[0]["pack_version"] == "1.0.0"
    assert "wrote 6 answers" in capsys.readouterr().out


def test_export_for_one_profile(data_dir, tmp_path, capsys):
    """--profile keeps one student's answers; an unknown name is a clear error."""
    out = tmp_path / "ana.csv"
    assert main(["results", "export", "--profile", "Ana", "--out", str(out)]) == 0
    assert {r["profile"] for r in _csv(out)} == {"Ana"}
    assert main(["results", "export", "--profile", "Nobody", "--out", str(out)]) == 1
    assert "no profile named 'Nobody'" in capsys.readouterr().err


def test_xapi_statements(data_dir, tmp_path, capsys):
    """xAPI export: 'answered' statements with actor, activity per question, result and the pack as context."""
    out = tmp_path / "all.json"
    assert main(["results", "export", "--format", "xapi", "--out", str(out)]) == 0
    statements = json.loads(out.read_text(encoding="utf-8"))
    first = statements[0]
    assert "version" not in first and first["verb"]["id"] == "http://adlnet.gov/expapi/verbs/answered"
    assert first["object"]["id"] == "urn:sco-app:pack:starter-pack:question:q-founding-theory"
    assert first["result"]["success"] is True and first["actor"]["account"]["name"] == "2301"
    assert first["context"]["contextActivities"]["parent"][0]["id"] == "urn:sco-app:pack:starter-pack"
    assert len({s["id"] for s in statements}) == 6
    assert main(["results", "export", "--format", "xapi", "--out", str(tmp_path / "again.json")]) == 0
    assert [s["id"] for s in json.loads((tmp_path / "again.json").read_text())] == [s["id"] for s in statements]


def test_merge_writes_a_difficulty_summary(data_dir, tmp_path, capsys):
    """Merging two students' files (one given twice) gives each attempt once and the hardest questions first."""
    ana, budi = tmp_path / "ana.csv", tmp_path / "budi.csv"
    main(["results", "export", "--profile", "Ana", "--out", str(ana)])
    main(["results", "export", "--profile", "Budi", "--out", str(budi)])
    out = tmp_path / "class.csv"
    assert main(["results", "merge", str(ana), str(budi), str(ana), "--out", str(out)]) == 0
    assert len(_csv(out)) == 6
    summary = _csv(tmp_path / "class-summary.csv")
    assert len(summary) == 3 and all(r["students"] == "2" and r["percent_correct"] == "50" for r in summary)
    assert summary[0]["mean_time_s"] == "2.5"


def test_merge_refuses_a_file_that_is_not_results(tmp_path, capsys):
    """A CSV of something else is named in a clear error."""
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n", encoding="utf-8")
    assert main(["results", "merge", str(other), "--out", str(tmp_path / "x.csv")]) == 1
    assert "not a results file" in capsys.readouterr().err


# -- formula injection, and the command line's failures -------------------------------------------------------

FORMULAS = ["=HYPERLINK(\"http://evil.example\",\"click\")", "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"]


def test_cells_a_spreadsheet_would_run_as_formulas_are_neutralised(tmp_path, monkeypatch, capsys):
    """Profile names and ids that start with = + - @ tab or CR reach the export's CSV, and the merge of it,
    with a leading apostrophe, so a spreadsheet shows them as text; numbers stay numbers."""
    monkeypatch.setenv(progress.DATA_DIR_VARIABLE, str(tmp_path / "data"))
    pack = load_pack(lessons_dir() / "template")
    store = progress.ProgressStore.in_folder()
    question = pack.questions[0]
    for name in FORMULAS:
        profile = store.create_profile(f"{name}", student_id=name)
        store.record(profile, pack.id, pack.version, question, set(), quiz.grade(question, set()), "practice", 900)
    store.close()
    out, merged = tmp_path / "answers.csv", tmp_path / "class.csv"
    assert main(["results", "export", "--out", str(out)]) == 0
    assert main(["results", "merge", str(out), "--out", str(merged)]) == 0
    for path in (out, merged):
        rows = _csv(path)
        assert sorted(r["profile"] for r in rows) == sorted(["'=HYPERLINK(\"http://evil.example\",\"click\")",
                                                            "'+1+1", "'-2+3", "'@SUM(A1)", "TAB", "CR"])
        assert all(r["correct"] == "0" and r["time_ms"] == "900" for r in rows)
    assert [results.spreadsheet_safe(text) for text in ("\tTAB", "\rCR", "'=A1", "-0.5", "+12")] == [
        "'\tTAB", "'\rCR", "'=A1", "-0.5", "+12"]
    assert results.spreadsheet_safe(-3) == -3


def test_merge_refuses_bad_numbers_and_short_rows_and_writes_nothing(data_dir, tmp_path, capsys):
    """A row with a word where a number belongs, or too few cells, is named by file and line; exit 1 and
    neither the merged file nor its summary is written."""
    good = tmp_path / "good.csv"
    main(["results", "export", "--out", str(good)])
    lines = good.read_text(encoding="utf-8-sig").splitlines()
    bad_number = tmp_path / "bad-number.csv"
    bad_number.write_text("\n".join([lines[0], lines[1].replace(",2500", ",two seconds")] + lines[2:]) + "\n")
    short = tmp_path / "short.csv"
    short.write_text("\n".join(lines[:3] + [",".join(lines[3].split(",")[:5])]) + "\n")
    capsys.readouterr()
    out = tmp_path / "class.csv"
    assert main(["results", "merge", str(good), str(bad_number), "--out", str(out)]) == 1
    assert capsys.readouterr().err.strip() == (f"sco-app results merge: {bad_number}:2: 'time_ms' should be a whole "
                                               "number, not 'two seconds'")
    assert main(["results", "merge", str(short), "--out", str(out)]) == 1
    assert f"{short}:4: the row has 5 cells; a results row has 14" in capsys.readouterr().err
    assert not out.exists() and not (tmp_path / "class-summary.csv").exists()
    assert not list(tmp_path.glob(".*.part"))


@pytest.mark.parametrize("action", ["export", "merge"])
def test_an_out_that_is_a_folder_or_in_a_missing_folder_is_bad_usage(data_dir, tmp_path, capsys, action):
    """--out naming a folder, or a file in a folder that does not exist: exit 2, one line, nothing written."""
    source = tmp_path / "answers.csv"
    main(["results", "export", "--out", str(source)])
    before = sorted(tmp_path.iterdir())
    capsys.readouterr()
    command = ["results", "export"] if action == "export" else ["results", "merge", str(source)]
    assert main([*command, "--out", str(tmp_path)]) == 2
    assert capsys.readouterr().err == f"sco-app results {action}: --out {tmp_path} is a folder; name a file in it\n"
    assert main([*command, "--out", str(tmp_path / "nowhere" / "x.csv")]) == 2
    assert capsys.readouterr().err == (f"sco-app results {action}: --out {tmp_path / 'nowhere' / 'x.csv'}: the folder "
                                       f"{tmp_path / 'nowhere'} does not exist\n")
    assert sorted(tmp_path.iterdir()) == before


def test_an_export_that_cannot_be_written_leaves_no_part_of_a_file(data_dir, tmp_path, capsys, monkeypatch):
    """A write that fails half-way (a full disk) is one line, exit 1, and no file, whole or partial, is left."""
    import csv as csv_module

    real_writer = csv_module.writer

    class Full:
        rows = 0

        def __init__(self, out, *args, **options):
            self.real = real_writer(out, *args, **options)

        def writerow(self, row):
            Full.rows += 1
            if Full.rows > 2:
                raise OSError(28, "No space left on device")
            return self.real.writerow(row)

    monkeypatch.setattr(results.csv, "writer", Full)
    out = tmp_path / "answers.csv"
    assert main(["results", "export", "--out", str(out)]) == 1
    assert capsys.readouterr().err == (f"sco-app results export: cannot write {out}: No space left on device; "
                                       "nothing was written\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]




def _every_kind_session(tmp_path, pass_mark=None, hand_in=False):
    """An exam over the every-kind pack, answered right (the choice question: its defensible option); handed in
    if ``hand_in``."""
    from pathlib import Path

    from sco_app.core.model import ExamSettings
    from sco_app.core.quiz_session import QuizSession
    from sco_app.core.session_rules import Phase

    pack = load_pack(Path(__file__).resolve().parents[1] / "packs" / "every-kind")
    store = progress.ProgressStore(tmp_path / "progress.sqlite3")
    session = QuizSession.start_exam(store, store.create_profile("Ana", "2301"), pack,
                                     ExamSettings(questions=len(pack.questions), shuffle=False, pass_mark=pass_mark),
                                     seed=1)
    session.present()
    while session.phase is Phase.ASKING:
        question = session.slot.question
        session.respond({"b"} if question.id == "q-choice" else quiz.right_response(question))
        session.check(confirmed=True)
        session.next()
    if hand_in:
        session.finish()
    return pack, store


def test_each_kind_defines_its_interaction_for_xapi(tmp_path):
    """Every kind's questions carry their interaction type, right answer pattern, components and prompt per language."""
    pack = load_pack(__import__("pathlib").Path(__file__).resolve().parents[1] / "packs" / "every-kind")
    by_id = {q.id: results.interaction_definition(q, pack) for q in pack.questions}
    assert {k: d["interactionType"] for k, d in by_id.items()} == {
        "q-theory": "choice", "q-choice": "choice", "q-map": "other", "q-order": "sequencing", "q-sort": "matching",
        "q-finding": "choice", "q-true-false": "true-false", "q-short-answer": "fill-in"}
    assert by_id["q-choice"]["correctResponsesPattern"] == ["a"] and len(by_id["q-choice"]["choices"]) == 3
    assert by_id["q-map"]["correctResponsesPattern"] == ["CHN", "KAZ"]
    assert by_id["q-order"]["correctResponsesPattern"] == ["founding[,]exercise[,]pipeline"]
    assert by_id["q-sort"]["correctResponsesPattern"] == ["founding[.]threat[,]exercise[.]power[,]pipeline[.]interests"]
    assert [t["id"] for t in by_id["q-sort"]["target"]] == ["threat", "power", "interests"]
    assert by_id["q-sort"]["source"][2]["description"] == {"en": "The pipeline", "id": "Pipa"}
    assert by_id["q-true-false"]["correctResponsesPattern"] == ["true"]
    assert by_id["q-short-answer"]["correctResponsesPattern"] == [
        "{case_matters=false}{lang=en}China", "{case_matters=false}{lang=id}Tiongkok", "{case_matters=false}{lang=id}Cina"]
    assert by_id["q-theory"]["name"] == {"en": "Which theory best explains this episode: The founding?",
                                         "id": "Teori manakah yang paling tepat menjelaskan peristiwa ini: Pendirian?"}
    assert "It was founded." in by_id["q-theory"]["description"]["en"]


def test_statements_carry_the_interaction_the_response_pattern_the_score_and_the_session(tmp_path):
    """An exam's statements hold each question's definition, the response in its kind's pattern, the partial
    score of a defensible answer and the session's registration; Ralph's xAPI models accept every one."""
    from tests.xapi_models import ralph_accepts

    _pack, store = _every_kind_session(tmp_path)
    rows = store.outbox_queued(100)
    statements = {r["question_id"]: results.statement(r) for r in rows}
    assert len(statements) == 8
    for s in statements.values():
        ralph_accepts(s)
    responses = {k: s["result"]["response"] for k, s in statements.items()}
    assert responses == {"q-theory": "threat", "q-choice": "b", "q-map": "CHN",
                         "q-order": "founding[,]exercise[,]pipeline", "q-finding": "p2", "q-true-false": "true",
                         "q-short-answer": "China", "q-sort": "founding[.]threat[,]exercise[.]power[,]pipeline[.]interests"}
    assert statements["q-choice"]["result"]["score"]["scaled"] == 0.5 and not statements["q-choice"]["result"]["success"]
    registrations = {s["context"]["registration"] for s in statements.values()}
    assert len(registrations) == 1 and None not in registrations
    assert statements["q-sort"]["object"]["definition"]["interactionType"] == "matching"
    exported = tmp_path / "all.json"
    assert results.write_xapi(store.attempts(records=True), exported) == 8
    assert json.loads(exported.read_text(encoding="utf-8"))[0]["object"]["definition"]["name"]["en"]
    store.close()


@pytest.mark.parametrize("pass_mark, verdict", [(50, "passed"), (100, "failed"), (None, None)])
def test_a_handed_in_exam_ends_with_completed_and_passed_or_failed(tmp_path, pass_mark, verdict):
    """After an exam's last answer come 'completed' with its score and, with a pass mark, 'passed' or 'failed',
    in the session's registration; Ralph's models accept them, and their ids are the same on every export."""
    from tests.xapi_models import ralph_accepts

    _pack, store = _every_kind_session(tmp_path, pass_mark=pass_mark, hand_in=True)
    exported = tmp_path / "all.json"
    count = results.write_xapi(store.attempts(records=True), exported)
    statements = json.loads(exported.read_text(encoding="utf-8"))
    verbs = [s["verb"]["display"]["en-US"] for s in statements]
    assert verbs == ["answered"] * 8 + ["completed"] + ([verdict] if verdict else []) and count == len(verbs)
    ends = statements[8:]
    registration = statements[0]["context"]["registration"]
    for end in ends:
        ralph_accepts(end)
        assert end["context"]["registration"] == registration and end["result"]["completion"] is True
        assert end["object"]["id"] == "urn:sco-app:pack:every-kind:exam"
        assert end["result"]["score"]["raw"] == store.db.execute("SELECT percent FROM sessions").fetchone()[0]
    assert ("success" in ends[0]["result"]) == (verdict is not None)
    again = tmp_path / "again.json"
    results.write_xapi(store.attempts(records=True), again)
    assert [s["id"] for s in json.loads(again.read_text(encoding="utf-8"))] == [s["id"] for s in statements]
    store.close()


def test_an_exam_not_handed_in_sends_no_end(tmp_path):
    """An exam still open (closed mid-way, resumable) has its answers but no 'completed' statement."""
    _pack, store = _every_kind_session(tmp_path)
    exported = tmp_path / "all.json"
    assert results.write_xapi(store.attempts(records=True), exported) == 8
    store.close()


def test_the_labs_addresses_name_the_accounts_and_the_activities(tmp_path, monkeypatch):
    """A lab's settings file names its LMS: the actor's home page and every activity id start from it; without one,
    the placeholder home page and urn ids."""
    from sco_app.core import lab_settings
    from sco_app.core.xapi_addresses import PLACEHOLDER_HOME_PAGE, addresses_from

    settings = tmp_path / "settings.ini"
    settings.write_text("[xapi]\nhome_page = https://sis.example.edu/\nactivity_base = https://lms.example.edu/sco\n",
                        encoding="utf-8")
    monkeypatch.setenv(lab_settings.VARIABLE, str(settings))
    addresses = addresses_from(lab_settings.preferences())
    _pack, store = _every_kind_session(tmp_path, pass_mark=50, hand_in=True)
    rows = list(store.attempts(records=True))
    answered = results.statement(rows[0], addresses)
    assert answered["actor"]["account"]["homePage"] == "https://sis.example.edu/"
    assert answered["object"]["id"].startswith("https://lms.example.edu/sco/pack/every-kind/question/")
    assert answered["context"]["contextActivities"]["parent"][0]["id"] == "https://lms.example.edu/sco/pack/every-kind"
    ends = results.statements(rows[-1], True, addresses)[1:]
    assert ends and all(e["object"]["id"] == "https://lms.example.edu/sco/pack/every-kind/exam" for e in ends)
    monkeypatch.setenv(lab_settings.VARIABLE, str(tmp_path / "none.ini"))
    plain = results.statement(rows[0], addresses_from(lab_settings.preferences()))
    assert plain["actor"]["account"]["homePage"] == PLACEHOLDER_HOME_PAGE
    assert plain["object"]["id"].startswith("urn:sco-app:pack:every-kind:question:")
    store.close()


def test_an_exam_waits_for_a_student_id_only_when_the_lab_asks_for_one():
    """A profile without a student id may take an exam unless the lab's settings require one."""
    from sco_app.core.preferences import XAPI_STUDENT_ID_REQUIRED, Preferences
    from sco_app.core.xapi_addresses import needs_student_id

    without, with_id = progress.Profile(1, "Ana", ""), progress.Profile(2, "Budi", "2302")
    required = Preferences(None, {XAPI_STUDENT_ID_REQUIRED.key: True})
    assert needs_student_id(without, required) and not needs_student_id(with_id, required)
    assert not needs_student_id(without, Preferences(None, {}))
