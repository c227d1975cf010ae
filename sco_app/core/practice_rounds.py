"""What a practice asks next, and what it says about itself: its questions round after round, due ones
first (Leitner boxes, :func:`quiz.practice_order`); its progress as answered / right / due; its stop
summary, with the days on which the questions answered come back.

Practice asks the questions due for review and those never answered before anything else; together they
are what is *due* (:func:`quiz.due_count`). When a practice stops, the questions answered in it come back by
spaced review; :func:`coming_back_by_day` says how many on which day.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Callable, Iterable

from sco_app.core import quiz
from sco_app.core.model import LessonPack, Question
from sco_app.core.progress import Profile, ProgressStore


@dataclass(frozen=True)
class PracticeProgress:
    answered: int
    right: int  # fully right
    due: int  # questions due now: never answered, or due for review
    percent: int | None  # the mean score of the answers, in per cent (None before the first answer)


@dataclass(frozen=True)
class PracticeSummary:
    """What a practice did, said when it stops: answers, fully and partly right ones, its score, what is due
    now, and each question answered with when it comes back (soonest first)."""

    answered: int
    right: int
    partly: int
    percent: int | None
    due: int
    coming_back: tuple[tuple[Question, dt.datetime], ...]


def practice_pool(pack: LessonPack | None, ids: Iterable[str] | None) -> list[Question]:
    """The pack's questions (with those made from it), or only those of ``ids``."""
    if pack is None:
        return []
    wanted = None if ids is None else set(ids)
    return [q for q in quiz.questions_of(pack) if wanted is None or q.id in wanted]


def due_now(store: ProgressStore, profile: Profile, pack: LessonPack, questions: list[Question] | None,
            now: dt.datetime) -> int:
    """How many of ``questions`` (default: all the pack's) a practice would ask before any not yet due."""
    questions = quiz.questions_of(pack) if questions is None else questions
    return quiz.due_count([q.id for q in questions], store.schedule(profile, pack.id, questions), now)


def percent_of(grades: list[quiz.Grade]) -> int | None:
    """A practice's score: the mean of its answers' scores, in per cent (None before the first answer)."""
    return round(100 * sum(g.score for g in grades) / len(grades)) if grades else None


def coming_back_by_day(coming_back: Iterable[tuple[Question, dt.datetime]], now: dt.datetime) -> list[tuple[dt.date, int]]:
    """How many of the questions ``coming_back`` come back on which day, soonest first; one due already counts for
    today. Days are ``now``'s calendar days (give it in local time)."""
    days: dict[dt.date, int] = {}
    for _question, due in coming_back:
        day = max(due, now).astimezone(now.tzinfo).date()
        days[day] = days.get(day, 0) + 1
    return sorted(days.items())


class PracticeRounds:
    def __init__(self, store: ProgressStore, profile: Profile, pack: LessonPack | None, ids: list[str] | None,
                 clock: Callable[[], dt.datetime], rng: random.Random) -> None:
        self.store, self.profile, self.pack, self.ids, self.clock, self.rng = store, profile, pack, ids, clock, rng
        self.round: list[Question] = []

    def pool(self) -> list[Question]:
        return practice_pool(self.pack, self.ids)

    def next_question(self) -> Question:
        """The next question of the round; a new round (due ones first) when it is over."""
        if not self.round:
            pool = self.pool()
            self.round = quiz.practice_order(pool, self.schedule(pool), self.clock(), self.rng)
        if not self.round:
            raise ValueError("there is no question to practise")
        return self.round.pop(0)

    def reload(self, pack: LessonPack) -> None:
        """Ask the questions of ``pack`` as they are now, from the next one on."""
        self.pack = pack
        by_id = {q.id: q for q in self.pool()}
        self.round = [by_id[q.id] for q in self.round if q.id in by_id]

    def schedule(self, pool: list[Question]) -> dict[str, tuple[int, dt.datetime]]:
        return self.store.schedule(self.profile, self.pack.id, pool) if self.pack is not None else {}

    def due(self) -> int:
        return due_now(self.store, self.profile, self.pack, self.pool(), self.clock()) if self.pack is not None else 0

    def progress(self, grades: list[quiz.Grade]) -> PracticeProgress:
        """``grades``: the practice's answers so far."""
        return PracticeProgress(len(grades), sum(g.correct for g in grades), self.due(), percent_of(grades))

    def summary(self, answers: list[tuple[Question, quiz.Grade]]) -> PracticeSummary:
        """``answers``: each question answered in the practice, with its grade."""
        grades = [grade for _question, grade in answers]
        asked = list({q.id: q for q, _grade in answers}.values())
        schedule = self.schedule(asked)
        back = sorted(((q, schedule[q.id][1]) for q in asked if q.id in schedule), key=lambda pair: pair[1])
        return PracticeSummary(len(grades), sum(g.correct for g in grades), sum(0 < g.score < 1 for g in grades),
                               percent_of(grades), self.due(), tuple(back))
