"""Practice reporting: the score of a practice, what is due, and on which days answered questions come back."""

from __future__ import annotations

import datetime as dt

from sco_app.core import quiz
from sco_app.core.model import Question, QuestionType, Text
from sco_app.core.practice_rounds import coming_back_by_day, percent_of

NOW = dt.datetime(2025, 5, 27, 10, 0, tzinfo=dt.timezone.utc)


def _grade(score: float) -> quiz.Grade:
    return quiz.Grade(score == 1, score, (), (), quiz.Verdict.RIGHT if score == 1 else quiz.Verdict.WRONG)


def _q(qid: str) -> Question:
    return Question(qid, QuestionType.CHOICE, Text.plain("?"), ("a",))


def test_a_practice_scores_the_mean_of_its_answers():
    """Three answers, one fully right and one half right: 50 %; none yet: no score."""
    assert percent_of([]) is None
    assert percent_of([_grade(1.0), _grade(0.5), _grade(0.0)]) == 50


def test_due_counts_new_and_due_questions_not_later_ones():
    """Never answered or due by now counts; a question due tomorrow does not."""
    schedule = {"due": (1, NOW), "later": (3, NOW + dt.timedelta(days=1)), "overdue": (2, NOW - dt.timedelta(days=3))}
    assert quiz.due_count(["new", "due", "later", "overdue"], schedule, NOW) == 3


def test_coming_back_groups_answered_questions_by_day():
    """A missed question comes back today; right ones on the days their review boxes give, soonest first."""
    back = [(_q(qid), quiz.review(box, correct, NOW)[1])
            for qid, correct, box in (("missed", False, 1), ("right", True, 1), ("right-again", True, 2), ("once", True, 1))]
    today = NOW.date()
    assert coming_back_by_day(back, NOW) == [(today, 1), (today + dt.timedelta(days=1), 2),
                                             (today + dt.timedelta(days=3), 1)]


def test_coming_back_uses_the_local_calendar_day():
    """Due at 23:30 UTC is the next day in Jakarta (UTC+7); one overdue counts for today."""
    jakarta = dt.timezone(dt.timedelta(hours=7))
    back = [(_q("q"), dt.datetime(2025, 5, 27, 23, 30, tzinfo=dt.timezone.utc)),
            (_q("late"), NOW - dt.timedelta(days=2))]
    assert coming_back_by_day(back, NOW.astimezone(jakarta)) == [(dt.date(2025, 5, 27), 1), (dt.date(2025, 5, 28), 1)]
