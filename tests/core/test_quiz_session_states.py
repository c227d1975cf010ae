"""Any sequence of exam actions (answer, skip, go back, close, resume, reload the pack, wait, finish) never loses
a committed answer, never stores an unanswered question as wrong, and a resumed exam equals the one left."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from sco_app.core import progress, quiz
from sco_app.core.model import ExamSettings, QuestionType
from sco_app.core.packs import load_pack
from sco_app.core.quiz_session import QuizSession
from sco_app.core.resources import lessons_dir
from sco_app.core.session_rules import Phase

PACK = load_pack(lessons_dir() / "template")
CHANGED = dataclasses.replace(PACK, questions=PACK.questions[2:], version="1.0.1")  # edited while the exam runs


def responses(question) -> list:
    """A right response and some others, in the form the question's kind takes."""
    right = quiz.right_response(question)
    if question.type is QuestionType.MAP:
        return [right, "ATA"]
    if question.type is QuestionType.ORDER:
        return [right, tuple(reversed(right))]
    if question.type is QuestionType.SORT:
        return [right, {question.events[0]: "no-such-theory"}]
    return [right] + [{o.id} for o in question.options if not o.correct]


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.timezone.utc)

    def __call__(self) -> dt.datetime:
        return self.now


class ExamActions(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp())
        self.store = progress.ProgressStore(self.folder / progress.FILE_NAME)
        self.clock = Clock()
        self.session: QuizSession | None = None
        self.session_id = 0
        self.left: dict | None = None  # the snapshot at the last close
        self.committed: dict[int, object] = {}  # position -> the answer as stored (encoded)
        self.finished = False
        self.crashed = False

    def teardown(self) -> None:
        self.store.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    @initialize(seed=st.integers(0, 10_000), back=st.booleans(), pauses=st.booleans())
    def start(self, seed, back, pauses) -> None:
        exam = ExamSettings(questions=6, minutes=20, back_to_skipped=back, clock_pauses=pauses)
        profile = self.store.create_profile("Ana", "2301")
        self.session = QuizSession.start_exam(self.store, profile, PACK, exam, seed=seed, clock=self.clock)
        self.session_id = self.session.id
        self.session.present()

    def _open(self) -> bool:
        return self.session is not None and self.session.live

    def _asking(self) -> bool:
        return self._open() and self.session.phase is Phase.ASKING and not self.session.time_up()

    @precondition(lambda self: self._asking())
    @rule(data=st.data(), commit=st.booleans())
    def answer(self, data, commit) -> None:
        slot = self.session.slot
        response = data.draw(st.sampled_from(responses(slot.question)))
        self.session.respond(response)
        if commit:
            self.session.check(confirmed=True)
            kind = quiz.kind_of(slot.question)
            self.committed[slot.position] = kind.encode(kind.validate(slot.question, response))

    @precondition(lambda self: self._asking())
    @rule()
    def skip(self) -> None:
        self.session.skip()

    @precondition(lambda self: self._open() and self.session.phase is Phase.ANSWERED and not self.session.time_up())
    @rule()
    def next(self) -> None:
        self.session.next()

    @precondition(lambda self: self._open() and self.session.skipped() and self.session.settings.back_to_skipped
                  and self.session.phase is not Phase.READY and not self.session.time_up())
    @rule(data=st.data())
    def go_back(self, data) -> None:
        self.session.return_to(data.draw(st.sampled_from([s.position for s in self.session.skipped()])))

    @precondition(lambda self: self._open())
    @rule(minutes=st.integers(1, 12))
    def wait(self, minutes) -> None:
        self.clock.now += dt.timedelta(minutes=minutes)

    @precondition(lambda self: self._open())
    @rule(crash=st.booleans())
    def close(self, crash) -> None:
        """The window closes (saving the time used), or the app crashes or the power goes: the session object
        and the connection go."""
        if not crash:
            self.session.save_time()
        self.left = self.session.snapshot()
        self.crashed = crash
        self.session = None
        self.store.close()
        self.store = progress.ProgressStore(self.folder / progress.FILE_NAME)

    @precondition(lambda self: self.session is None and self.left is not None)
    @rule(changed=st.booleans())
    def resume(self, changed) -> None:
        [open_exam] = progress_open = [s for s in _open_exams(self.store)]
        assert open_exam.id == self.session_id and len(progress_open) == 1
        self.session = QuizSession.resume(self.store, open_exam.id, CHANGED if changed else PACK, clock=self.clock)
        again = self.session.snapshot()
        if self.crashed and self.session.settings.clock_pauses:  # the time since the last action is not charged
            assert again.pop("time_left") >= self.left.pop("time_left")
        assert again == self.left
        self.left = None

    @precondition(lambda self: self._open())
    @rule()
    def reload_the_pack(self) -> None:
        before = self.session.snapshot()
        self.session.reload(CHANGED)
        assert self.session.snapshot() == before

    @precondition(lambda self: self._open())
    @rule()
    def finish(self) -> None:
        slot = self.session.slot
        if self.session.phase is Phase.ASKING and slot.response is not None:
            kind = quiz.kind_of(slot.question)
            given = kind.validate(slot.question, slot.response)
            if given != kind.initial_response(slot.question, slot.arrangement):  # an order never moved does not count
                self.committed[slot.position] = kind.encode(given)
        self.session.finish()
        self.finished = True
        result = self.session.exam_result()
        assert result["answered"] == len(self.committed)
        assert result["answered"] + result["unanswered"] == len(self.session.slots)

    @precondition(lambda self: self.finished)
    @rule()
    def look_at_the_result(self) -> None:
        result = QuizSession.resume(self.store, self.session_id, PACK, clock=self.clock).exam_result()
        assert result == self.session.exam_result()

    @invariant()
    def no_answer_lost_and_none_invented(self) -> None:
        if not self.session_id:
            return
        rows = list(self.store.db.execute(
            "SELECT question_id, response, answered, correct, score FROM attempts WHERE session_id = ? ORDER BY id",
            (self.session_id,)))
        answered = [(q, json.loads(r)) for q, r, a, _c, _s in rows if a]
        asked = dict(self.store.db.execute("SELECT position, question_id FROM session_questions WHERE session_id = ?",
                                           (self.session_id,)))
        assert answered == [(asked[p], self.committed[p]) for p in sorted(self.committed, key=self._answer_order)]
        unanswered = [(q, r, c, s) for q, r, a, c, s in rows if not a]
        assert all(r == "null" and c == 0 and s == 0 for _q, r, c, s in unanswered)
        expected = len(asked) - len(self.committed) if self.finished else 0
        assert len(unanswered) == expected
        if self.session is not None:
            for position, encoded in self.committed.items():
                slot = self.session.slots[position]
                assert slot.answered and quiz.kind_of(slot.question).encode(slot.response) == encoded

    def _answer_order(self, position: int) -> int:
        row = self.store.db.execute("SELECT attempt_id FROM session_events WHERE session_id = ? AND action = 'check' "
                                    "AND position = ?", (self.session_id, position)).fetchone()
        return row[0]


def _open_exams(store):
    from sco_app.core.session_store import unfinished_exams

    return unfinished_exams(store)


ExamActions.TestCase.settings = settings(max_examples=30, stateful_step_count=20, deadline=None,
                                         suppress_health_check=[HealthCheck.too_slow])
test_exam_actions_never_lose_or_invent_answers = ExamActions.TestCase
