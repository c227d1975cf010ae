"""The question-kind registry: every kind has every part, each part works, an unknown kind is an error."""

from __future__ import annotations

import inspect
import json
import random
from pathlib import Path

import pytest

from sco_app.core import question_kinds, quiz
from sco_app.core.model import QuestionType
from sco_app.core.packs import check_pack, load_pack
from sco_app.core.question_kinds.base import QuestionKind, ResponseError, Verdict
from sco_app.core.question_kinds.words import Words

EVERY_KIND = Path(__file__).resolve().parents[1] / "packs" / "every-kind"
PARTS = sorted(name for name, member in inspect.getmembers(QuestionKind) if getattr(member, "__isabstractmethod__", False))


@pytest.fixture(scope="module")
def pack():
    return load_pack(EVERY_KIND)


def _sample(pack, kind: QuestionType):
    return next(q for q in pack.questions if q.type is kind)


def test_every_question_type_has_one_kind_and_no_more():
    """The registry holds exactly one kind per member of the closed set of question types."""
    assert list(question_kinds.KINDS) == list(QuestionType)
    assert all(kind.type is type_ for type_, kind in question_kinds.KINDS.items())


@pytest.mark.parametrize("type_", list(QuestionType), ids=lambda t: t.value)
def test_each_kind_implements_every_part_itself(type_):
    """No part of a kind is left abstract, and none falls back to the base class."""
    kind = question_kinds.KINDS[type_]
    for part in PARTS:
        implementation = getattr(type(kind), part)
        assert not getattr(implementation, "__isabstractmethod__", False), (type_.value, part)
        assert implementation is not getattr(QuestionKind, part), (type_.value, part)


def test_the_sample_pack_has_one_question_of_every_kind(pack):
    """The registry's test pack covers every kind and checks clean."""
    assert {q.type for q in pack.questions} == set(QuestionType)
    assert check_pack(EVERY_KIND).problems == []


@pytest.mark.parametrize("type_", list(QuestionType), ids=lambda t: t.value)
def test_each_kinds_parts_work_on_its_sample(pack, type_):
    """Arrange, validate, grade, right answer, storage, theory and wording all work for each kind."""
    kind = question_kinds.KINDS[type_]
    question = _sample(pack, type_)
    listed = set(kind.arrange(question, None))
    assert set(kind.arrange(question, random.Random(3))) == listed
    assert listed <= {o.id for o in question.options} | set(question.events)
    right = kind.right_response(question)
    given = kind.validate(question, right)
    assert given is not None and kind.validate(question, None) is None
    grade = kind.grade(question, given)
    assert grade.correct and grade.score == 1 and grade.verdict is Verdict.RIGHT
    assert kind.decode(json.loads(json.dumps(kind.encode(given)))) == given
    initial = kind.initial_response(question, kind.arrange(question, None))
    assert initial is None or kind.validate(question, initial) is not None
    kind.theory(question, pack)  # a theory id or None, never an error
    for language in pack.languages:
        words = Words(pack, language)
        assert all(isinstance(part, str) and part for part in kind.answer_parts(question, given, words))
        assert all(part for part in kind.answer_parts(question, question.answer, words, dates=True))
    with pytest.raises(ResponseError):
        kind.validate(question, 12345)


@pytest.mark.parametrize("type_", list(QuestionType), ids=lambda t: t.value)
def test_each_kind_exports_itself_or_says_why_not(pack, type_):
    """Each kind makes its printed item, its GIFT and Moodle XML answers (or a reason it cannot), and its xAPI
    interaction (its own interaction type) and response pattern."""
    import xml.etree.ElementTree as ET

    from sco_app.core.question_kinds import Unexportable

    kind = question_kinds.KINDS[type_]
    question = _sample(pack, type_)
    words = Words(pack, "id")
    item = kind.item(question, words)
    assert item.id == question.id and item.type is type_ and item.prompt and item.language == "id"
    for write in (kind.gift, lambda i: kind.moodle(i, ET.Element("question"))):
        try:
            written = write(item)
        except Unexportable as reason:
            assert str(reason)
        else:
            assert written
    definition = kind.xapi_interaction(question, {lang: Words(pack, lang) for lang in pack.languages})
    assert definition["interactionType"] == kind.xapi_type and definition["correctResponsesPattern"]
    response = kind.xapi_response(kind.validate(question, kind.right_response(question)))
    assert isinstance(response, str) and response


def test_an_unknown_kind_is_an_error_everywhere():
    """kind_of refuses a type it does not have, by name or stored string, and says which kinds there are."""
    with pytest.raises(question_kinds.UnknownKind, match="unknown question kind 'essay'; the kinds are theory"):
        question_kinds.kind_of("essay")
    with pytest.raises(question_kinds.UnknownKind):
        quiz.theory_of(type("Fake", (), {"type": "essay"})(), None)


def test_generated_questions_come_from_their_kinds(pack):
    """Theory, map and order questions are made from the pack by their kinds, in registry order."""
    made = quiz.generated_questions(pack, pack.questions)
    assert {q.type for q in made} <= set(QuestionType)
    assert [q.type for q in made] == sorted((q.type for q in made), key=list(QuestionType).index)
    assert all(q.generated for q in made)


def _by_id(pack, question_id):
    return next(q for q in quiz.questions_of(pack) if q.id == question_id)


def test_a_defensible_theory_earns_its_share_and_says_why_in_both_languages(pack):
    """A credited alternative reading scores its share, is not 'right', and the note names the paper's reading."""
    grade = quiz.grade(_by_id(pack, "q-theory"), {"power"})
    assert (grade.correct, grade.score, grade.verdict) == (False, 0.5, Verdict.DEFENSIBLE)
    note = grade.feedback[0]
    assert note.get("en") == "The paper's reading is Threat. Yours is defensible: Balancing a stronger state."
    assert note.get("id") == ("Tafsiran artikel adalah Ancaman. Jawaban Anda dapat dipertahankan: "
                              "Mengimbangi negara yang lebih kuat.")
    assert quiz.grade(_by_id(pack, "q-theory"), {"interests"}).verdict is Verdict.WRONG


def test_a_defensible_choice_option_earns_its_share(pack):
    """An option with credit: 0.5 scores half, with its feedback as the reason."""
    grade = quiz.grade(_by_id(pack, "q-choice"), {"b"})
    assert (grade.score, grade.verdict) == (0.5, Verdict.DEFENSIBLE)
    assert grade.feedback[0].get("en") == "The paper's reading is An organisation. Yours is defensible: Close enough."


def test_a_defensible_placement_in_a_sort_earns_part_of_its_share(pack):
    """Sorting an event under a credited alternative reading earns that part of the event's share."""
    question = _by_id(pack, "q-sort")
    placed = {**quiz.right_response(question), "pipeline": "threat"}
    grade = quiz.grade(question, placed)
    assert grade.score == pytest.approx(2.5 / 3) and grade.verdict is Verdict.DEFENSIBLE and not grade.correct
    assert grade.feedback[0].get("en") == ("The paper reads The pipeline as Interests; Threat is defensible: "
                                           "Energy security as a threat.")
    wrong = {**placed, "founding": "interests"}
    assert quiz.grade(question, wrong).verdict is Verdict.PARTLY_RIGHT


def test_questions_made_from_events_credit_their_alternative_readings(pack):
    """A generated theory question gives an event's alternative reading half the credit, with its explanation."""
    question = _by_id(pack, "gen-theory-pipeline")
    grade = quiz.grade(question, {"threat"})
    assert grade.score == 0.5 and "Energy security as a threat." in grade.feedback[0].get("en")
    assert quiz.grade(_by_id(pack, "gen-theory-exercise"), {"threat"}).score == 0


def test_several_right_options_share_the_credit_and_a_wrong_one_takes_it_away(pack):
    """With several right options each earns an equal share; a wrong one ticked costs a whole."""
    import dataclasses

    base = _by_id(pack, "q-choice")
    options = tuple(dataclasses.replace(o, correct=o.id in ("a", "b"), partial=0.0) for o in base.options)
    question = dataclasses.replace(base, options=options, answer=("a", "b"))
    assert quiz.grade(question, {"a"}).score == 0.5 and quiz.grade(question, {"a"}).verdict is Verdict.PARTLY_RIGHT
    assert quiz.grade(question, {"a", "c"}).score == 0 and quiz.grade(question, {"a", "b"}).correct


def test_partial_credit_counts_in_an_exams_score(pack):
    """An exam's per cent adds the shares of defensible answers."""
    from sco_app.core.model import ExamSettings

    exam = quiz.make_exam([_by_id(pack, "q-theory"), _by_id(pack, "q-choice")], ExamSettings(questions=2), 1)
    grades = {"q-theory": quiz.grade(_by_id(pack, "q-theory"), {"power"}),
              "q-choice": quiz.grade(_by_id(pack, "q-choice"), {"a"})}
    result = quiz.exam_result(exam, grades, {})
    assert (result["percent"], result["right"], result["answered"]) == (75, 1, 2)


def test_true_false_offers_true_then_false_and_grades_the_choice(pack):
    """A true-false question has the options True and False, in that order whatever the seed, with their feedback."""
    question = _by_id(pack, "q-true-false")
    kind = question_kinds.kind_of(question)
    assert kind.arrange(question, random.Random(9)) == ("true", "false")
    assert [o.text.get("id") for o in question.options] == ["Benar", "Salah"]
    assert quiz.grade(question, {"true"}).correct
    wrong = quiz.grade(question, {"false"})
    assert not wrong.correct and wrong.feedback[0].get("en") == "No; look at the dates."


@pytest.mark.parametrize("typed", ["China", "  china ", "CHINA.", "Tiongkok", "tióngkök", "Cina"])
def test_a_short_answer_is_right_whatever_its_case_accents_and_language(pack, typed):
    """Any accepted answer in any of the pack's languages is right, ignoring case, accents, spaces and end stops."""
    assert quiz.grade(_by_id(pack, "q-short-answer"), typed).correct


def test_a_short_answer_that_differs_is_wrong_and_an_empty_one_is_no_answer(pack):
    """Another word is wrong; spaces only are no response at all."""
    question = _by_id(pack, "q-short-answer")
    assert quiz.grade(question, "Russia").verdict is Verdict.WRONG
    assert question_kinds.kind_of(question).validate(question, "   ") is None
    assert quiz.grade(question, "   ").verdict is Verdict.UNANSWERED


def test_a_short_answers_right_answer_reads_in_the_students_language(pack):
    """The right answer shown is the list accepted in the student's language."""
    question = _by_id(pack, "q-short-answer")
    kind = question_kinds.kind_of(question)
    assert kind.answer_parts(question, question.answer, Words(pack, "id")) == ["Tiongkok", "Cina"]
    assert kind.answer_parts(question, question.answer, Words(pack, "en")) == ["China"]
    assert kind.answer_parts(question, "tiongkok", Words(pack, "en")) == ["tiongkok"]
