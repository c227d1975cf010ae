"""The quiz engine grades every question type, makes questions from a pack, schedules reviews and draws exams."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from sco_app.core import quiz
from sco_app.core.model import ExamSettings, QuestionType
from sco_app.core.packs import load_pack
from sco_app.core.resources import lessons_dir


@pytest.fixture(scope="module")
def template():
    return load_pack(lessons_dir() / "template")


@pytest.fixture(scope="module")
def sco():
    return load_pack(lessons_dir() / "sco-balancing")


def _q(pack, question_id):
    return next(q for q in quiz.questions_of(pack) if q.id == question_id)


def test_theory_question_gives_the_chosen_options_feedback(template):
    """A wrong theory is graded wrong, with the feedback written for that option."""
    question = _q(template, "q-founding-theory")
    wrong = quiz.grade(question, {"balance-of-interests"})
    assert not wrong.correct and wrong.right == ("balance-of-threat",)
    assert "later in the paper" in wrong.feedback[0].get("en")
    assert quiz.grade(question, {"balance-of-threat"}).correct


def test_choice_question_needs_exactly_the_right_options(template):
    """Multiple choice is right only when the chosen set equals the right set."""
    question = _q(template, "q-first-agreement")
    assert quiz.grade(question, {"a"}).correct
    assert not quiz.grade(question, {"a", "b"}).correct
    assert not quiz.grade(question, set()).correct


def test_map_question_accepts_the_right_country(template):
    """A click inside the right country is right; another country is not."""
    question = _q(template, "q-find-india")
    assert quiz.grade(question, "IND").correct
    assert not quiz.grade(question, "PAK").correct and not quiz.grade(question, None).correct


def test_order_question_scores_positions(template):
    """The order is right only in date order; a partly right order gets part of the score."""
    question = _q(template, "q-three-steps")
    assert question.answer == ("border-agreement-1996", "sco-founded", "india-pakistan-join")
    assert quiz.grade(question, list(question.answer)).correct
    partial = quiz.grade(question, ["border-agreement-1996", "india-pakistan-join", "sco-founded"])
    assert not partial.correct and partial.score == pytest.approx(1 / 3)


def test_sort_question_scores_each_event(template):
    """Each event must land in its reading's theory."""
    question = _q(template, "q-sort-two")
    right = dict(zip(question.events, question.answer))
    assert quiz.grade(question, right).correct
    half = {**right, "sco-founded": "balance-of-interests"}
    assert quiz.grade(question, half).score == 0.5


def test_finding_question_defaults_to_the_readings_passage(template):
    """A finding question's answer is the passage the event's reading rests on."""
    assert _q(template, "q-founding-finding").answer == ("finding-1",)


def test_generated_questions_cover_events_statuses_and_order(sco):
    """A pack with no authored questions still has theory, map and order questions."""
    made = quiz.generated_questions(sco)
    kinds = {q.type for q in made}
    assert kinds == {QuestionType.THEORY, QuestionType.MAP, QuestionType.ORDER}
    join = next(q for q in made if q.id == "gen-map-member-2017-06-09")
    assert join.answer == ("IND", "PAK") and "9 Jun 2017" in join.prompt.get("en")
    for question in made:
        if question.type is QuestionType.ORDER:
            days = [sco.event(e).date.first_day for e in question.answer]
            assert days == sorted(days) and len(set(days)) == len(days)
            assert list(question.events) != list(question.answer)


def test_generation_can_be_turned_off(template):
    """With quiz: generate: false the quiz asks only the authored questions."""
    import dataclasses

    off = dataclasses.replace(template, generate_questions=False)
    assert [q.id for q in quiz.questions_of(off)] == [q.id for q in template.questions]


def test_leitner_boxes():
    """Right answers move an item up a box and further into the future; a wrong one sends it back."""
    now = dt.datetime(2026, 1, 1, 9, 0)
    box, due = quiz.review(1, True, now)
    assert (box, due) == (2, now + dt.timedelta(days=1))
    box, due = quiz.review(5, True, now)
    assert box == 5 and due == now + dt.timedelta(days=16)
    assert quiz.review(4, False, now) == (1, now)


def test_practice_asks_due_items_first(template):
    """Due items come first (lowest box first), then new ones, then those not yet due; due counts the due and new."""
    now = dt.datetime(2026, 1, 1)
    qs = list(template.questions)
    schedule = {qs[0].id: (3, now - dt.timedelta(days=1)), qs[1].id: (1, now), qs[2].id: (2, now + dt.timedelta(days=2))}
    order = [q.id for q in quiz.practice_order(qs, schedule, now, random.Random(1))]
    assert order[:2] == [qs[1].id, qs[0].id] and order[-1] == qs[2].id
    assert quiz.due_count([q.id for q in qs], schedule, now) == len(qs) - 1  # all but the one not yet due


def test_exam_is_reproducible_from_its_seed(sco):
    """The same seed draws the same questions in the same order with the same option order."""
    settings = ExamSettings(questions=10)
    first = quiz.make_exam(quiz.questions_of(sco), settings, seed=42)
    again = quiz.make_exam(quiz.questions_of(sco), settings, seed=42)
    other = quiz.make_exam(quiz.questions_of(sco), settings, seed=7)
    assert [q.id for q in first.questions] == [q.id for q in again.questions] and first.arrangement == again.arrangement
    assert [q.id for q in first.questions] != [q.id for q in other.questions]
    assert len(first.questions) == 10


def test_exam_result_breaks_down_by_theory(sco):
    """The result gives a percentage, pass or fail, and right/asked per theory."""
    settings = ExamSettings(questions=6, types=(QuestionType.THEORY,), pass_mark=50)
    exam = quiz.make_exam(quiz.questions_of(sco), settings, seed=3)
    grades = {q.id: quiz.grade(q, set(q.answer) if i % 2 == 0 else set()) for i, q in enumerate(exam.questions)}
    result = quiz.exam_result(exam, grades, {q.id: quiz.theory_of(q, sco) for q in exam.questions})
    assert result["percent"] == 50 and result["passed"] is True
    assert sum(asked for _right, asked in result["per_theory"].values()) == 6


def test_digest_changes_with_content_only(template):
    """The digest ignores nothing the student sees and nothing else."""
    import dataclasses

    question = _q(template, "q-first-agreement")
    assert quiz.digest(question) == quiz.digest(dataclasses.replace(question, event="sco-founded"))
    assert quiz.digest(question) != quiz.digest(dataclasses.replace(question, answer=("b",)))


def test_right_response_is_graded_right(sco):
    """For every question of the SCO pack, authored or made, the right response is graded right."""
    for question in quiz.questions_of(sco):
        assert quiz.grade(question, quiz.right_response(question)).correct, question.id
