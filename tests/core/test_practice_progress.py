"""Practice progress: answered and right, what is due, and on which days answered questions come back."""

from __future__ import annotations

import datetime as dt

from sco_app.core import quiz
from sco_app.core.practice_progress import PracticeTally, coming_back, due_now

NOW = dt.datetime(2025, 5, 27, 10, 0, tzinfo=dt.timezone.utc)


def test_tally_counts_answers_right_and_the_mean_score():
    """Three answers, one fully right and one half right: 3 answered, 1 right, 50 %."""
    tally = PracticeTally()
    assert (tally.answered, tally.right, tally.percent) == (0, 0, None)
    for qid, score in (("a", 1.0), ("b", 0.5), ("c", 0.0)):
        tally.add(qid, score)
    assert (tally.answered, tally.right, tally.percent) == (3, 1, 50)


def test_due_counts_new_and_due_questions_not_later_ones():
    """Never answered or due by now counts; a question due tomorrow does not."""
    schedule = {"due": (1, NOW), "later": (3, NOW + dt.timedelta(days=1)), "overdue": (2, NOW - dt.timedelta(days=3))}
    assert due_now(["new", "due", "later", "overdue"], schedule, NOW) == 3


def test_coming_back_groups_answered_questions_by_day():
    """A missed question comes back today; right ones on the days their review boxes give, soonest first."""
    schedule = {}
    for qid, correct, box in (("missed", False, 1), ("right", True, 1), ("right-again", True, 2), ("twice", True, 1)):
        schedule[qid] = quiz.review(box, correct, NOW)
    days = coming_back(["missed", "right", "right-again", "twice", "twice", "never-answered"], schedule, NOW)
    today = NOW.date()
    assert days == [(today, 1), (today + dt.timedelta(days=1), 2), (today + dt.timedelta(days=3), 1)]


def test_coming_back_uses_the_local_calendar_day():
    """Due at 23:30 UTC is the next day in Jakarta (UTC+7)."""
    jakarta = dt.timezone(dt.timedelta(hours=7))
    schedule = {"q": (2, dt.datetime(2025, 5, 27, 23, 30, tzinfo=dt.timezone.utc))}
    assert coming_back(["q"], schedule, NOW.astimezone(jakarta)) == [(dt.date(2025, 5, 28), 1)]
