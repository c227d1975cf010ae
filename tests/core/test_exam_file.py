"""An instructor's exam file: checked like a pack (every problem at file:line:col), its settings over the pack's."""

from __future__ import annotations

import pytest

from sco_app.core.exam_file import ExamFileError, check_exam_file, load_exam_file
from sco_app.core.model import QuestionType
from sco_app.core.packs import Severity, load_pack
from sco_app.core.quiz_session import QuizSession
from sco_app.core.resources import lessons_dir
from sco_app.core.session_rules import Action, Phase


@pytest.fixture(scope="module")
def sco():
    return load_pack(lessons_dir() / "sco-balancing")


def _write(tmp_path, text: str):
    path = tmp_path / "exam.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_an_exam_file_sets_the_exam_and_keeps_the_packs_other_settings(tmp_path, sco):
    """The file's keys replace the pack's; what it leaves out stays as the pack says."""
    path = _write(tmp_path, "format: 1\npack: sco-balancing\ntitle: {en: Midterm, id: UTS}\nquestions: 12\n"
                            "types: [theory, sort]\nminutes: 30\nclock: pauses\nfeedback: false\nback_to_skipped: true\n")
    exam = load_exam_file(path, sco)
    settings = exam.settings
    assert (settings.questions, settings.minutes, settings.feedback, settings.back_to_skipped) == (12, 30, False, True)
    assert settings.types == (QuestionType.THEORY, QuestionType.SORT) and settings.clock_pauses
    assert settings.shuffle == sco.exam.shuffle and settings.pass_mark == sco.exam.pass_mark
    assert exam.title.get("id") == "UTS" and exam.pack_id == "sco-balancing"


def test_every_problem_of_an_exam_file_is_reported_at_its_place(tmp_path, sco):
    """Unknown keys, wrong values and another pack's id are all reported, located, with hints."""
    path = _write(tmp_path, "format: 1\npack: another-pack\nquestion: 12\nminutes: none\nclock: stops\n"
                            "types: [theory, essay]\n")
    exam, problems = check_exam_file(path, sco)
    assert exam is None
    lines = [p.format().replace(str(path), "exam.yaml") for p in problems]
    assert lines == [
        "exam.yaml:2:7: error: this exam is for the pack 'another-pack', not 'sco-balancing'\n"
        "    hint: open the pack the exam was written for, or change 'pack'",
        "exam.yaml:3:1: error: unknown key 'question'\n    hint: did you mean 'questions'?",
        "exam.yaml:4:10: error: 'minutes' should be a whole number, not the text 'none'",
        "exam.yaml:5:8: error: 'stops' is not one of: runs, pauses",
        "exam.yaml:6:17: error: 'essay' is not one of: " + ", ".join(t.value for t in QuestionType),
    ]
    with pytest.raises(ExamFileError) as raised:
        load_exam_file(path, sco)
    assert raised.value.problems == problems


def test_broken_yaml_and_a_missing_file_are_problems_not_tracebacks(tmp_path, sco):
    """A syntax slip is located; a missing file is said so."""
    _exam, problems = check_exam_file(_write(tmp_path, "format: 1\nquestions: [12\n"), sco)
    assert problems and problems[0].line >= 2 and problems[0].severity is Severity.ERROR
    _exam, problems = check_exam_file(tmp_path / "nowhere.yaml", sco)
    assert "cannot read the exam file" in problems[0].message


def test_asking_more_questions_than_the_pack_has_is_a_warning(tmp_path, sco):
    """An exam of 400 map questions is usable (it asks all there are) but the file is warned about."""
    exam, problems = check_exam_file(_write(tmp_path, "format: 1\nquestions: 400\ntypes: [map]\n"), sco)
    assert exam is not None and [p.severity for p in problems] == [Severity.WARNING]
    assert "fewer than 400" in problems[0].message and problems[0].line == 2


def test_an_exam_runs_by_its_files_settings(tmp_path, sco):
    """An exam started with the file's settings allows going back to a skipped question, as the file says."""
    from sco_app.core import progress

    exam = load_exam_file(_write(tmp_path, "format: 1\nquestions: 3\nback_to_skipped: true\n"), sco)
    store = progress.ProgressStore(tmp_path / progress.FILE_NAME)
    session = QuizSession.start_exam(store, store.create_profile("Ana"), sco, exam.settings, seed=4)
    session.present()
    session.skip()
    assert session.can(Action.RETURN, position=0) and len(session.slots) == 3 and session.phase is Phase.ASKING
    store.close()


def test_the_guides_exam_file_example_is_a_valid_exam(tmp_path, sco):
    """The example in the instructors' guide checks clean on the SCO pack."""
    guide = (lessons_dir() / "README.md").read_text(encoding="utf-8")
    section = guide[guide.index("**Exam files.**"):]
    example = section[section.index("```yaml\n") + 8:]
    exam, problems = check_exam_file(_write(tmp_path, example[: example.index("```")]), sco)
    assert exam is not None and problems == [] and exam.settings.back_to_skipped
