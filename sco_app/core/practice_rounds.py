"""What a practice asks next, and what it says about itself: its questions round after round, due ones
first (Leitner boxes, :func:`quiz.practice_order`); its progress as answered / due; its stop summary."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Callable, Iterable

from sco_app.core import quiz
from sco_app.core.model import LessonPack, Question
from sco_app.core.progress import Profile, ProgressStore

COMING_BACK = 5  # questions a stop summary names as coming back next


@dataclass(frozen=True)
class PracticeProgress:
    answered: int
    right: int
    due: int  # questions due for review now


@dataclass(frozen=True)
class PracticeSummary:
    """What a practice did, said when it stops: answers, right and partly right ones, and the questions
    that come back next with when each is due."""

    answered: int
    right: int
    partly: int
    coming_back: tuple[tuple[Question, dt.datetime], ...]


def practice_pool(pack: LessonPack | None, ids: Iterable[str] | None) -> list[Question]:
    """The pack's questions (with those made from it), or only those of ``ids``."""
    if pack is None:
        return []
    wanted = None if ids is None else set(ids)
    return [q for q in quiz.questions_of(pack) if wanted is None or q.id in wanted]


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

    def progress(self, grades: list[quiz.Grade]) -> PracticeProgress:
        """``grades``: the practice's answers so far."""
        return PracticeProgress(len(grades), sum(g.correct for g in grades),
                                quiz.due_count(self.schedule(self.pool()), self.clock()))

    def summary(self, grades: list[quiz.Grade]) -> PracticeSummary:
        pool = {q.id: q for q in self.pool()}
        soonest = sorted((due, qid) for qid, (_box, due) in self.schedule(list(pool.values())).items())[:COMING_BACK]
        return PracticeSummary(len(grades), sum(g.correct for g in grades), sum(0 < g.score < 1 for g in grades),
                               tuple((pool[qid], due) for due, qid in soonest))
