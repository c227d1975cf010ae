"""A practice or an exam, as the Qt-free engine a window shows and sends actions to.

:class:`QuizSession` holds the session's state (:mod:`sco_app.core.session_rules`: a phase, the
question shown, every question's response, answer and skip) and writes each action to the progress
store's journal as it happens (:mod:`sco_app.core.session_store`) before it changes anything. After a
close, a crash or a power cut, :meth:`QuizSession.resume` replays the journal and gives back the same
questions in the same order, the same options' order, the same responses and answers, and the same
time left: an exam's clock runs from its start unless its settings say it pauses.

Practice asks due questions first (Leitner boxes, :func:`quiz.practice_order`), round after round;
an exam asks the questions drawn from its seed once each, with no feedback, and at the end stores
each question left unanswered as unanswered.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any, Callable, Iterable

from sco_app.core import quiz
from sco_app.core.exam_settings import settings_from_data, settings_to_data, time_left
from sco_app.core.model import ExamSettings, LessonPack, Question
from sco_app.core.practice_rounds import PracticeProgress, PracticeRounds, PracticeSummary, percent_of, practice_pool
from sco_app.core.progress import Profile, ProgressStore
from sco_app.core.question_kinds import Grade, kind_of
from sco_app.core.results import interaction_definition
from sco_app.core.session_rules import (
    Action, ActionRefused, IllegalAction, Mode, Phase, Refusal, check_refusal, legal, target,
)
from sco_app.core.session_store import (
    ABANDONED, FINISHED, SessionStore, StoredSession, StoredSlot, exam_running, unfinished_exams,
)

Clock = Callable[[], dt.datetime]

__all__ = ["Action", "ActionRefused", "IllegalAction", "Mode", "Phase", "Refusal", "QuizSession", "Slot",
           "exam_running", "unfinished_exams", "utc_now"]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


@dataclass
class Slot:
    """A question of the session, as asked, and what became of it."""

    stored: StoredSlot
    response: Any = None  # the response on screen, validated; None: none given yet
    grade: Grade | None = None  # once answered
    skipped: bool = False
    seen: bool = False
    shown_ms: int = 0  # the session's time used when it was last shown
    attempt_id: int | None = None

    @property
    def question(self) -> Question:
        return self.stored.question

    @property
    def position(self) -> int:
        return self.stored.position

    @property
    def arrangement(self) -> tuple[str, ...]:
        return self.stored.arrangement

    @property
    def answered(self) -> bool:
        return self.grade is not None


class QuizSession:
    """Start one with :meth:`start_practice` or :meth:`start_exam`, or take one up again with :meth:`resume`."""

    def __init__(self, store: ProgressStore, stored: StoredSession, pack: LessonPack | None, clock: Clock,
                 rng: random.Random | None = None) -> None:
        self.store, self.journal, self.clock, self.pack = store, SessionStore(store), clock, pack
        self._stored = stored
        self.id, self.mode, self.profile = stored.id, Mode(stored.mode), stored.profile
        self.pack_id, self.pack_version, self.seed, self.started = stored.pack_id, stored.pack_version, stored.seed, stored.started
        self.settings = settings_from_data(stored.settings) if self.mode is Mode.EXAM else None
        self.slots = [Slot(s) for s in stored.slots]
        self.phase, self.current = Phase.READY, None
        self.rounds = PracticeRounds(store, stored.profile, pack, stored.settings.get("pool"), clock,
                                     rng or random.Random()) if self.mode is Mode.PRACTICE else None
        for event in stored.events:
            self._apply(event.action, event.position, event.data, event.elapsed_ms, event.attempt_id)
        self._elapsed_base, self._live_since = stored.elapsed_ms, clock()  # the time used, as last saved

    # -- starting and resuming ---------------------------------------------------------------------

    @classmethod
    def start_exam(cls, store: ProgressStore, profile: Profile, pack: LessonPack, settings: ExamSettings | None = None,
                   seed: int | None = None, clock: Clock = utc_now) -> QuizSession:
        """An exam on ``pack`` drawn from ``seed`` (a new one if None) under ``settings`` (the pack's by default)."""
        settings = settings or pack.exam
        seed = random.SystemRandom().randrange(2**31) if seed is None else seed
        exam = quiz.make_exam(quiz.questions_of(pack), settings, seed)
        slots = [StoredSlot(n, q, exam.arrangement[q.id], quiz.theory_of(q, pack)) for n, q in enumerate(exam.questions)]
        session_id = SessionStore(store).create(profile, pack.id, pack.version, Mode.EXAM.value, seed,
                                                settings_to_data(settings), slots, clock(),
                                                [interaction_definition(q, pack) for q in exam.questions])
        return cls(store, SessionStore(store).load(session_id), pack, clock)

    @classmethod
    def start_practice(cls, store: ProgressStore, profile: Profile, pack: LessonPack,
                       question_ids: Iterable[str] | None = None, clock: Clock = utc_now,
                       rng: random.Random | None = None) -> QuizSession:
        """Practice on every question of ``pack``, or only those of ``question_ids`` (say, the ones missed)."""
        pool = None if question_ids is None else sorted(set(question_ids))
        if not practice_pool(pack, pool):
            raise ValueError("there is no question to practise")
        session_id = SessionStore(store).create(profile, pack.id, pack.version, Mode.PRACTICE.value, None,
                                                {"pool": pool}, [], clock())
        return cls(store, SessionStore(store).load(session_id), pack, clock, rng)

    @classmethod
    def resume(cls, store: ProgressStore, session_id: int, pack: LessonPack | None = None,
               clock: Clock = utc_now) -> QuizSession:
        """The session as it was left. An exam needs no pack (it keeps its questions as asked); a practice
        needs its pack to go on asking."""
        session = cls(store, SessionStore(store).load(session_id), pack, clock)
        if session.mode is Mode.PRACTICE and pack is None:
            raise ValueError("a practice resumes with its pack")
        return session

    # -- what to show --------------------------------------------------------------------------------

    @property
    def slot(self) -> Slot | None:
        """The question shown, if any."""
        return self.slots[self.current] if self.current is not None else None

    @property
    def live(self) -> bool:
        return self.phase not in (Phase.FINISHED, Phase.ABANDONED)

    def elapsed_ms(self) -> int:
        """Time the session has been open (across resumes; not counting the time it was closed)."""
        return self._elapsed_base + int((self.clock() - self._live_since).total_seconds() * 1000)

    def time_left(self) -> dt.timedelta | None:
        return time_left(self.settings, self.started, self.elapsed_ms(), self.clock())

    def time_up(self) -> bool:
        left = self.time_left()
        return left is not None and left <= dt.timedelta(0)

    def skipped(self) -> list[Slot]:
        """Questions skipped and not answered since."""
        return [s for s in self.slots if s.skipped and not s.answered]

    def feedback(self) -> Grade | None:
        """Practice, once checked: the grade of the answer on screen (an exam shows none until the end)."""
        return self.slot.grade if self.phase is Phase.CHECKED and self.slot is not None else None

    def refusal(self, action: Action, confirmed: bool = False, position: int | None = None) -> Refusal | None:
        """Why ``action`` (legal in this phase) would be refused now, or None if it would be taken."""
        if action not in (Action.FINISH, Action.ABANDON) and self.time_up():
            return Refusal.TIME_UP
        if action is Action.CHECK:
            return self._check_refusal(confirmed)
        if action is Action.RETURN:
            if self.mode is Mode.EXAM and not self.settings.back_to_skipped:
                return Refusal.NO_GOING_BACK
            if position is None or not 0 <= position < len(self.slots) or not self.slots[position].skipped \
                    or self.slots[position].answered:
                return Refusal.NOT_SKIPPED
        return None

    def can(self, action: Action, confirmed: bool = False, position: int | None = None) -> bool:
        """Whether ``action`` would be taken now (a window enables its buttons by it)."""
        return self.live and legal(self.phase, action) and self.refusal(action, confirmed, position) is None

    # -- actions -------------------------------------------------------------------------------------

    def present(self) -> None:
        """Show the first question (an exam with no question goes straight to its end)."""
        self._take(Action.PRESENT)
        self._move(Action.PRESENT)

    def respond(self, response) -> None:
        """The response on screen changed; it is kept (and stored) but is not yet an answer."""
        self._take(Action.RESPOND)
        slot = self.slot
        kind = kind_of(slot.question)
        given = kind.validate(slot.question, response)
        self._log(Action.RESPOND, Phase.ASKING, slot.position, None if given is None else kind.encode(given))

    def check(self, confirmed: bool = False) -> Grade | None:
        """Commit the response as the answer; practice returns its grade (the feedback), an exam None.
        An order left as shown, or a sort with events in no box, is checked only with ``confirmed``."""
        self._take(Action.CHECK, confirmed)
        grade = self._commit(confirmed)
        return grade if self.mode is Mode.PRACTICE else None

    def next(self) -> None:
        """On to the next question (an exam at its last: to its end, to hand in)."""
        self._take(Action.NEXT)
        self._move(Action.NEXT)

    def skip(self) -> None:
        """Leave the question shown without an answer (practice: it comes back in a later round)."""
        self._take(Action.SKIP)
        self._move(Action.SKIP)

    def return_to(self, position: int) -> None:
        """Go back to the skipped question at ``position`` (an exam only if its settings allow it); an
        open question left for it counts as skipped."""
        self._take(Action.RETURN, position=position)
        self._log(Action.RETURN, Phase.ASKING, self.current, {"to": position})

    def finish(self) -> None:
        """Hand the exam in (a response on screen counts, even when the time is up, and a sort with events in no
        box too; an order never moved does not), or stop practising."""
        self._take(Action.FINISH)
        if self.mode is Mode.EXAM and self.phase is Phase.ASKING and self.slot.response is not None \
                and self._check_refusal(False) in (None, Refusal.INCOMPLETE):
            self._commit(True)
        percent = None
        if self.mode is Mode.EXAM:
            percent = self.exam_result(unanswered_now=True)["percent"]
        else:
            percent = percent_of([s.grade for s in self.slots if s.answered])
        unanswered = tuple(s.stored for s in self.slots if not s.answered) if self.mode is Mode.EXAM else ()
        self._close(Action.FINISH, Phase.FINISHED, FINISHED, percent, unanswered)

    def abandon(self) -> None:
        """Give the session up: it is not offered again; what was answered stays answered."""
        self._take(Action.ABANDON)
        self._close(Action.ABANDON, Phase.ABANDONED, ABANDONED, None, ())

    def save_time(self) -> None:
        """Store the time used so far. Every action stores it; a window calls this when it closes and now and then
        (a clock that pauses then loses at most the time since, after a crash or a power cut)."""
        if self.live:
            self.journal.save_time(self.id, self.elapsed_ms())

    def reload(self, pack: LessonPack) -> None:
        """The pack was loaded again (edited on disk). An exam keeps the questions it drew; a practice
        asks the pack's questions as they are now from its next question on."""
        if self.mode is Mode.PRACTICE and pack.id == self.pack_id:
            self.pack = pack
            self.rounds.reload(pack)

    # -- results ---------------------------------------------------------------------------------------

    @property
    def exam(self) -> quiz.Exam:
        return quiz.Exam(self.seed or 0, self.settings, tuple(s.question for s in self.slots),
                         {s.question.id: s.arrangement for s in self.slots})

    def grades(self) -> dict[str, Grade]:
        """Each question's grade; one not answered is graded unanswered."""
        return {s.question.id: s.grade or quiz.unanswered(s.question) for s in self.slots}

    def responses(self) -> dict[str, Any]:
        """The answers given, by question id."""
        return {s.question.id: s.response for s in self.slots if s.answered}

    def exam_result(self, unanswered_now: bool = False) -> dict:
        """The exam's score, pass or fail, answered / right / unanswered and the per-theory breakdown."""
        if self.mode is not Mode.EXAM or (self.phase is not Phase.FINISHED and not unanswered_now):
            raise IllegalAction(Action.FINISH, self.phase)
        theories = {s.question.id: s.stored.theory for s in self.slots if s.stored.theory}
        return quiz.exam_result(self.exam, self.grades(), theories)

    def practice_progress(self) -> PracticeProgress:
        """Answers so far, right ones, and how many questions are due for review now."""
        return self.rounds.progress([s.grade for s in self.slots if s.answered])

    def practice_summary(self) -> PracticeSummary:
        """What the practice did, and the questions that come back next with when they are due."""
        return self.rounds.summary([(s.question, s.grade) for s in self.slots if s.answered])

    def snapshot(self) -> dict:
        """The session as plain data: a resumed session's snapshot equals the one left."""
        def slot(s: Slot):
            kind = kind_of(s.question)
            return (s.question.id, s.arrangement, None if s.response is None else kind.encode(s.response),
                    None if s.grade is None else (s.grade.score, s.grade.verdict.value), s.skipped, s.seen)
        return {"id": self.id, "mode": self.mode.value, "phase": self.phase.value, "current": self.current,
                "seed": self.seed, "slots": [slot(s) for s in self.slots], "time_left": self.time_left()}

    # -- the machinery -------------------------------------------------------------------------------

    def _take(self, action: Action, confirmed: bool = False, position: int | None = None) -> None:
        """Raise unless ``action`` is legal now and not refused."""
        if not self.live or not legal(self.phase, action):
            raise IllegalAction(action, self.phase)
        refusal = self.refusal(action, confirmed, position)
        if refusal is not None:
            raise ActionRefused(action, refusal)

    def _check_refusal(self, confirmed: bool) -> Refusal | None:
        slot = self.slot
        return check_refusal(slot.question, slot.arrangement, slot.response, confirmed)

    def _commit(self, confirmed: bool) -> Grade:
        """Grade the response on screen and store it as the answer, with its event, in one transaction."""
        slot = self.slot
        kind = kind_of(slot.question)
        response = slot.response if slot.response is not None else kind.initial_response(slot.question, slot.arrangement)
        grade = quiz.grade(slot.question, response)
        target(self.phase, Action.CHECK, Phase.CHECKED if self.mode is Mode.PRACTICE else Phase.ANSWERED)
        now, elapsed = self.clock(), self.elapsed_ms()
        attempt = self.journal.commit(self._stored, slot.stored, response, grade, max(0, elapsed - slot.shown_ms),
                                      elapsed, now, kind.encode(response))
        self._apply(Action.CHECK.value, slot.position, kind.encode(response), elapsed, attempt)
        return grade

    def _move(self, action: Action) -> None:
        """Present, next or skip: to the next question (a practice's: a new one from its round)."""
        if self.mode is Mode.PRACTICE:
            question = self.rounds.next_question()
            new = StoredSlot(len(self.slots), question, kind_of(question).arrange(question, None),
                             quiz.theory_of(question, self.pack))
            self._log(action, Phase.ASKING, self.current, {"to": new.position}, new,
                      interaction_definition(question, self.pack))
            return
        unseen = next((s.position for s in self.slots if not s.seen), None)
        self._log(action, Phase.ASKING if unseen is not None else Phase.AT_END, self.current, {"to": unseen})

    def _log(self, action: Action, phase: Phase, position: int | None, data: Any, new_slot: StoredSlot | None = None,
             definition: dict | None = None) -> None:
        target(self.phase, action, phase)
        elapsed = self.elapsed_ms()
        self.journal.log(self._stored, action.value, elapsed, self.clock(), position, data, new_slot, definition)
        if new_slot is not None:
            self.slots.append(Slot(new_slot))
        self._apply(action.value, position, data, elapsed, None)

    def _close(self, action: Action, phase: Phase, state: str, percent: int | None, unanswered) -> None:
        target(self.phase, action, phase)
        elapsed = self.elapsed_ms()
        self.journal.close(self._stored, state, elapsed, self.clock(), percent, unanswered)
        self._apply(action.value, None, None, elapsed, None)

    def _apply(self, action: str, position: int | None, data: Any, elapsed: int, attempt: int | None) -> None:
        """Change the state as the event says (live, after it is stored, and when replaying the journal)."""
        try:
            apply = self._APPLY[Action(action)]
        except ValueError:
            raise ValueError(f"session {self.id}: unknown event {action!r} in the journal") from None
        apply(self, action, position, data, elapsed, attempt)

    def _apply_move(self, action: str, position, data, elapsed: int, attempt) -> None:
        if self.current is not None and (action == "skip" or (action == "return" and self.phase is Phase.ASKING)):
            self.slots[self.current].skipped = True  # a question left open counts as skipped
        self.current = to = data["to"]
        self.phase = Phase.AT_END if to is None else Phase.ASKING
        if to is not None:
            slot = self.slots[to]
            slot.seen, slot.skipped, slot.shown_ms = True, False, elapsed

    def _apply_respond(self, action: str, position: int, data, elapsed: int, attempt) -> None:
        slot = self.slots[position]
        slot.response = None if data is None else kind_of(slot.question).decode(data)

    def _apply_check(self, action: str, position: int, data, elapsed: int, attempt: int | None) -> None:
        slot = self.slots[position]
        slot.response = kind_of(slot.question).decode(data)
        slot.grade, slot.attempt_id = quiz.grade(slot.question, slot.response), attempt
        self.phase = Phase.CHECKED if self.mode is Mode.PRACTICE else Phase.ANSWERED

    def _apply_end(self, action: str, position, data, elapsed: int, attempt) -> None:
        self.phase = Phase.FINISHED if action == Action.FINISH.value else Phase.ABANDONED

    _APPLY = {Action.PRESENT: _apply_move, Action.NEXT: _apply_move, Action.SKIP: _apply_move,
              Action.RETURN: _apply_move, Action.RESPOND: _apply_respond, Action.CHECK: _apply_check,
              Action.FINISH: _apply_end, Action.ABANDON: _apply_end}
