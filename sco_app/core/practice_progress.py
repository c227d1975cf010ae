"""How a practice is going, and what it leaves for later: answered, right, due, and when questions come back.

Practice asks the questions due for review and those never answered before anything else (see
:func:`sco_app.core.quiz.practice_order`); together they are what is *due*. When a practice stops, the questions
answered in it come back by spaced review; :func:`coming_back` says how many on which day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Iterable, Mapping

Schedule = Mapping[str, tuple[int, dt.datetime]]  # question id -> (Leitner box, due time), as the store gives it


@dataclass
class PracticeTally:
    """The answers of one practice: which questions, and the score of each (1 is fully right)."""

    scores: list[float] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)

    def add(self, question_id: str, score: float) -> None:
        self.scores.append(score)
        self.questions.append(question_id)

    @property
    def answered(self) -> int:
        return len(self.scores)

    @property
    def right(self) -> int:
        return sum(score == 1 for score in self.scores)

    @property
    def percent(self) -> int | None:
        """The session's score: the mean of its answers, in per cent (None before the first answer)."""
        return round(100 * sum(self.scores) / len(self.scores)) if self.scores else None


def due_now(question_ids: Iterable[str], schedule: Schedule, now: dt.datetime) -> int:
    """How many of the questions practice would ask before any that is not yet due: never answered, or due."""
    return sum(1 for qid in question_ids if qid not in schedule or schedule[qid][1] <= now)


def coming_back(question_ids: Iterable[str], schedule: Schedule, now: dt.datetime) -> list[tuple[dt.date, int]]:
    """For the questions ``question_ids`` (those answered in a practice), how many come back on which day, soonest
    first; one due already counts for today. Days are ``now``'s calendar days (give it in local time)."""
    days: dict[dt.date, int] = {}
    for qid in dict.fromkeys(question_ids):
        if qid in schedule:
            due = max(schedule[qid][1], now).astimezone(now.tzinfo)
            days[due.date()] = days.get(due.date(), 0) + 1
    return sorted(days.items())
