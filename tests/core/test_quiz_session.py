"""The quiz session engine: a practice or an exam as a state machine journalled in the progress store."""

from __future__ import annotations

import datetime as dt
import json
import random

import pytest

from sco_app.core import progress, quiz
from sco_app.core.model import ExamSettings, QuestionType
from sco_app.core.packs import load_pack
from sco_app.core.quiz_session import QuizSession
from sco_app.core.resources import lessons_dir
from sco_app.core.session_rules import LIVE, TRANSITIONS, Action, ActionRefused, IllegalAction, Phase, Refusal
from sco_app.core.session_store import exam_running, unfinished_exams

T0 = dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.timezone.utc)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> dt.datetime:
        return self.now

    def wait(self, **delta) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture(scope="module")
def pack():
    return load_pack(lessons_dir() / "template")


@pytest.fixture(scope="module")
def sco():
    return load_pack(lessons_dir() / "sco-balancing")


@pytest.fixture
def store(tmp_path):
    s = progress.ProgressStore(tmp_path / progress.FILE_NAME)
    yield s
    s.close()


@pytest.fixture
def ana(store):
    return store.create_profile("Ana", "2301")


def _exam(store, ana, pack, clock=None, **settings):
    options = {"questions": 5, "types": (QuestionType.THEORY, QuestionType.CHOICE, QuestionType.MAP,
                                         QuestionType.ORDER, QuestionType.SORT, QuestionType.FINDING)}
    options.update(settings)
    session = QuizSession.start_exam(store, ana, pack, ExamSettings(**options), seed=11, clock=clock or Clock())
    session.present()
    return session


def _answer_right(session) -> None:
    session.respond(quiz.right_response(session.slot.question))
    session.check(confirmed=True)


def _events(store, session) -> list[tuple]:
    return [(a, p, json.loads(d) if d else None) for a, p, d in store.db.execute(
        "SELECT action, position, data FROM session_events WHERE session_id = ? ORDER BY id", (session.id,))]


def test_a_question_with_no_response_cannot_be_checked(store, ana, pack):
    """Check with nothing chosen is refused (no-response), changes nothing and stores nothing."""
    session = _exam(store, ana, pack)
    while session.slot.question.type is QuestionType.ORDER:
        session.skip()
    before = session.snapshot()
    with pytest.raises(ActionRefused) as refused:
        session.check()
    assert refused.value.refusal is Refusal.NO_RESPONSE and not session.can(Action.CHECK)
    assert session.snapshot() == before and list(store.attempts()) == []


def test_an_untouched_order_needs_keep_this_order(store, ana, pack):
    """An order question left as shown is refused (untouched) unless checked with confirmed."""
    session = QuizSession.start_practice(store, ana, pack, ["q-three-steps"], clock=Clock())
    session.present()
    assert session.refusal(Action.CHECK) is Refusal.UNTOUCHED
    session.respond(list(session.slot.arrangement))  # moved and moved back: still the order shown
    with pytest.raises(ActionRefused, match="untouched"):
        session.check()
    grade = session.check(confirmed=True)
    assert grade is not None and grade.score < 1
    [row] = store.attempts()
    assert json.loads(row["response"]) == list(session.slot.arrangement)


def test_check_and_next_are_separate_actions(store, ana, pack):
    """Practice: check shows the grade and stays; a second check is illegal; next moves on."""
    session = QuizSession.start_practice(store, ana, pack, ["q-founding-theory", "q-first-agreement"], clock=Clock())
    session.present()
    first = session.current
    session.respond(quiz.right_response(session.slot.question))
    grade = session.check()
    assert grade.correct and session.phase is Phase.CHECKED and session.feedback() == grade
    with pytest.raises(IllegalAction):
        session.check()
    assert session.current == first
    session.next()
    assert session.phase is Phase.ASKING and session.current == first + 1


def test_an_exam_gives_no_feedback_and_keeps_every_answer(store, ana, pack):
    """An exam's check returns nothing and shows no feedback, but the answer is stored at once."""
    session = _exam(store, ana, pack)
    session.respond(quiz.right_response(session.slot.question))
    assert session.check(confirmed=True) is None and session.feedback() is None
    assert session.phase is Phase.ANSWERED
    [row] = store.attempts()
    assert row["mode"] == "exam" and row["correct"] == 1 and row["session_id"] == session.id


def test_an_exam_without_going_back_hands_in_skipped_questions_unanswered(store, ana, pack):
    """Skipping is for good by default: no return; at the end the skipped ones are stored as unanswered."""
    session = _exam(store, ana, pack)
    _answer_right(session)
    session.next()
    skipped = session.current
    session.skip()
    with pytest.raises(ActionRefused, match="no-going-back"):
        session.return_to(skipped)
    while session.phase is not Phase.AT_END:
        session.skip()
    session.finish()
    result = session.exam_result()
    assert (result["answered"], result["right"], result["unanswered"]) == (1, 1, 4)
    assert result["percent"] == 20
    rows = list(store.attempts())
    assert [(r["answered"], r["correct"]) for r in rows].count((0, 0)) == 4
    assert all(r["response"] == "null" for r in rows if not r["answered"])
    assert store.outbox_counts()["queued"] == 1  # only the answer goes to the class's LRS


def test_an_exam_may_allow_going_back_to_skipped_questions(store, ana, pack):
    """With back_to_skipped, a skipped question is answered later; an open one left for it is skipped."""
    session = _exam(store, ana, pack, back_to_skipped=True)
    first = session.current
    session.skip()
    second = session.current
    session.return_to(first)
    assert session.current == first and [s.position for s in session.skipped()] == [second]
    _answer_right(session)
    session.next()
    assert session.current == second + 1  # on through the questions not yet seen
    while session.phase is not Phase.AT_END:
        session.skip()
    session.return_to(second)
    _answer_right(session)
    session.next()
    assert session.phase is Phase.AT_END
    with pytest.raises(ActionRefused, match="not-skipped"):
        session.return_to(first)  # answered: no going back to change it


def test_every_event_is_in_the_journal_as_it_happens(store, ana, pack):
    """The journal holds each question as asked, each response as given, skips and the answer's event."""
    session = _exam(store, ana, pack)
    question = session.slot.question
    response = quiz.right_response(question)
    session.respond(response)
    session.check(confirmed=True)
    session.next()
    session.skip()
    actions = [(a, p) for a, p, _d in _events(store, session)]
    assert actions == [("present", None), ("respond", 0), ("check", 0), ("next", 0), ("skip", 1)]
    kind = quiz.kind_of(question)
    assert _events(store, session)[1][2] == kind.encode(kind.validate(question, response))
    stored = store.db.execute("SELECT question_id, arrangement FROM session_questions WHERE session_id = ? "
                              "ORDER BY position", (session.id,)).fetchall()
    assert [(q, tuple(json.loads(a))) for q, a in stored] == [(s.question.id, s.arrangement) for s in session.slots]


def test_a_closed_exam_resumes_as_it_was_left(store, ana, pack):
    """After a close (no finish), resume gives the same questions, order, responses, answers and time."""
    clock = Clock()
    session = _exam(store, ana, pack, clock, minutes=30, back_to_skipped=True)
    _answer_right(session)
    session.next()
    session.skip()
    session.respond(quiz.right_response(session.slot.question))  # on screen, not yet an answer
    left = session.snapshot()
    del session
    [open_exam] = unfinished_exams(store, ana, pack.id)
    again = QuizSession.resume(store, open_exam.id, clock=clock)
    assert again.snapshot() == left
    assert open_exam.answered == 1 and open_exam.questions == 5


def test_the_clock_runs_through_a_close_unless_the_exam_pauses_it(store, ana, pack):
    """Closed for ten minutes: a running clock has used them; one that pauses has not."""
    for pauses, expected in ((False, 15), (True, 25)):
        clock = Clock()
        session = _exam(store, ana, pack, clock, minutes=30, clock_pauses=pauses)
        clock.wait(minutes=5)
        session.skip()  # an event: the time used so far is stored
        clock.wait(minutes=10)  # closed
        again = QuizSession.resume(store, session.id, clock=clock)
        assert again.time_left() == dt.timedelta(minutes=expected)


def test_when_time_is_up_only_handing_in_is_left_and_the_answer_on_screen_counts(store, ana, pack):
    """Time up: respond and check are refused (time-up); finish keeps the response on screen as the answer."""
    clock = Clock()
    session = _exam(store, ana, pack, clock, minutes=1)
    session.respond(quiz.right_response(session.slot.question))
    clock.wait(seconds=61)
    assert session.time_up() and session.refusal(Action.CHECK) is Refusal.TIME_UP
    with pytest.raises(ActionRefused, match="time-up"):
        session.skip()
    session.finish()
    assert session.exam_result()["answered"] == (0 if session.slots[0].question.type is QuestionType.ORDER else 1)


def test_an_exam_running_is_found_for_the_live_reload(store, ana, pack):
    """An open exam with time left is running on its pack; finished, or out of time, it is not."""
    clock = Clock()
    session = _exam(store, ana, pack, clock, minutes=10)
    assert exam_running(store, pack.id, clock()) and not exam_running(store, "another-pack", clock())
    assert not exam_running(store, pack.id, clock() + dt.timedelta(minutes=11))
    session.finish()
    assert not exam_running(store, pack.id, clock()) and unfinished_exams(store) == []


def test_an_abandoned_exam_is_not_offered_again_and_keeps_its_answers(store, ana, pack):
    """Abandon closes the session; answers given stay, nothing is stored as unanswered."""
    session = _exam(store, ana, pack)
    _answer_right(session)
    session.abandon()
    assert unfinished_exams(store) == [] and [r["answered"] for r in store.attempts()] == [1]
    with pytest.raises(IllegalAction):
        session.next()


def test_practice_reports_answered_and_due_and_a_stop_summary(store, ana, pack):
    """Practice progress is answered / right / due; stopping names what comes back next and when."""
    clock = Clock()
    session = QuizSession.start_practice(store, ana, pack, clock=clock, rng=random.Random(1))
    session.present()
    session.respond(quiz.right_response(session.slot.question))
    session.check(confirmed=True)
    session.next()
    wrong = session.slot.question
    kind = quiz.kind_of(wrong)
    if wrong.type is QuestionType.ORDER:
        session.check(confirmed=True)
    else:
        session.respond(next(r for r in _wrong_responses(wrong) if kind.validate(wrong, r) is not None))
        session.check()
    progress_now = session.practice_progress()
    assert (progress_now.answered, progress_now.right) == (2, 1) and progress_now.due >= 1
    session.finish()
    summary = session.practice_summary()
    assert summary.answered == 2 and summary.coming_back[0][0].id == wrong.id
    assert summary.coming_back[0][1] == clock()  # a wrong answer comes back at once
    assert session.phase is Phase.FINISHED


def _wrong_responses(question):
    if question.type is QuestionType.MAP:
        return ["ATA"]
    if question.type is QuestionType.SORT:
        return [{question.events[0]: "no-such-theory"}]
    return [{o.id} for o in question.options if not o.correct]


def test_a_practice_resumes_with_its_pack(store, ana, pack):
    """A practice left open is taken up again at the question shown, with its response."""
    session = QuizSession.start_practice(store, ana, pack, clock=Clock())
    session.present()
    _answer_right(session)
    session.next()
    left = session.snapshot()
    with pytest.raises(ValueError):
        QuizSession.resume(store, session.id)
    assert QuizSession.resume(store, session.id, pack, clock=session.clock).snapshot() == left


def test_every_action_not_in_the_table_is_illegal(store, ana, pack):
    """For each phase reached, each action the transition table lacks raises IllegalAction and changes nothing."""
    session = QuizSession.start_exam(store, ana, pack, ExamSettings(questions=3), seed=5, clock=Clock())
    phases = {}
    phases[Phase.READY] = session.snapshot()
    for phase in LIVE:
        for action in Action:
            if (phase, action) in TRANSITIONS:
                continue
            probe = QuizSession.resume(store, session.id, pack, clock=session.clock)
            if probe.phase is not phase:
                continue
            before = probe.snapshot()
            with pytest.raises(IllegalAction):
                getattr(probe, {"return": "return_to"}.get(action.value, action.value))(
                    *([0] if action is Action.RETURN else []) + ([None] if action is Action.RESPOND else []))
            assert probe.snapshot() == before
        if phase is Phase.READY:
            session.present()
        elif phase is Phase.ASKING:
            _answer_right(session)


def test_every_action_has_its_journal_replay():
    """The engine replays every action of the state machine from the journal."""
    assert set(QuizSession._APPLY) == set(Action)


def test_an_exams_sort_and_order_items_follow_its_seed(store, ana, sco):
    """Every kind's items are shuffled by the exam's seed: the sort question's events too (issue item 7)."""
    settings = ExamSettings(questions=10, types=(QuestionType.SORT, QuestionType.ORDER, QuestionType.CHOICE))
    questions = quiz.questions_of(sco)
    shown = {}
    for seed in range(8):
        exam = quiz.make_exam(questions, settings, seed)
        assert exam.arrangement == quiz.make_exam(questions, settings, seed).arrangement
        for question in exam.questions:
            shown.setdefault(question.id, set()).add(exam.arrangement[question.id])
            if question.type is QuestionType.ORDER:
                assert exam.arrangement[question.id] != question.answer
    sorts = [qid for qid in shown if qid.startswith("sort-")]
    assert sorts and all(len(shown[qid]) > 1 for qid in sorts)
