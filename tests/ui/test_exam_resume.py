"""Nothing lost, nothing invented: an exam left by closing the window is kept to resume, the next start offers it
with the same questions, order, answers and time left, and a question left unanswered is shown as unanswered."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from sco_app import app
from sco_app.core import progress, quiz_session
from sco_app.core.model import QuestionType
from tests.ui.quiz_driving import answer, reply

TEMPLATE = Path(app.lessons_dir()) / "template"


def _window(qtbot, language: str = "en"):
    state, win = app.build(TEMPLATE, language)
    app._windows[:] = [win]
    qtbot.addWidget(win)
    win.resize(1200, 740)
    win.show()
    qtbot.waitExposed(win)
    win.tabs.setCurrentWidget(win.quiz)
    return state, win


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv(progress.DATA_DIR_VARIABLE, str(tmp_path / "data"))
    state, win = _window(qtbot)
    win.quiz.set_profile(win.quiz.store.create_profile("Ana", "2301"))
    win.quiz.exam_settings = dataclasses.replace(state.pack.exam, types=(QuestionType.THEORY,), questions=3,
                                                 minutes=30, feedback=True)
    yield state, win
    app._windows.clear()


def _open_exams(store) -> list:
    return quiz_session.unfinished_exams(store)


def _leave_with_two_answered(qtbot, win, respond: bool = True) -> dict:
    """Start an exam of three questions, answer two, put a response on the third (if ``respond``), and close the
    window choosing to leave."""
    win.quiz.start_exam(seed=9)
    for _ in range(2):
        answer(qtbot, win.quiz)
        win.quiz.check()
    if respond:
        answer(qtbot, win.quiz)  # chosen, not yet handed in
    left = win.quiz.session.snapshot()
    seen = []
    reply("Leave, resume later", seen)
    assert win.close()
    assert seen and "offered to resume when sco-app starts again" in seen[0]
    return left


def test_closing_mid_exam_asks_and_leaving_keeps_the_exam_to_resume(qtbot, window):
    """Leaving hands nothing in: the exam stays open with its two answers, and no question is stored as answered
    wrongly or as unanswered."""
    _state, win = window
    _leave_with_two_answered(qtbot, win)
    store = progress.ProgressStore.in_folder()
    [left] = _open_exams(store)
    assert (left.answered, left.questions) == (2, 3)
    assert [a["answered"] for a in store.attempts()] == [1, 1]
    assert store.db.execute("SELECT finished FROM sessions").fetchall() == [(None,)]
    store.close()


def test_the_next_start_offers_the_exam_and_resumes_it_as_it_was_left(qtbot, window):
    """The next window offers the exam left open; "Resume" brings back the same questions in the same order, the
    two answers, the response on screen, the time left, and exam mode."""
    _state, win = window
    left = _leave_with_two_answered(qtbot, win)
    state, again = _window(qtbot)
    seen = []
    reply("Resume the exam", seen)
    assert again.offer_unfinished_exam()
    assert seen and "2 of 3 questions are answered" in seen[0] and "Time left: 2" in seen[0]
    import datetime as dt

    from sco_app.core.dates import PartialDate

    today = dt.datetime.now().astimezone()
    assert f"started {PartialDate(today.year, today.month, today.day).display()} " in seen[0]  # the app's words
    quiz_panel = again.quiz
    assert quiz_panel.exam_running() and state.exam_mode and quiz_panel.profile.name == "Ana"
    now = quiz_panel.session.snapshot()
    assert now.pop("time_left") <= left.pop("time_left")
    assert now == left
    assert quiz_panel.widget.question.id == left["slots"][2][0]
    assert quiz_panel.widget.response() and quiz_panel.refusal() is None  # the response chosen is on screen again
    assert "Question 3 of 3" in quiz_panel.status.text()
    quiz_panel.finish_exam()


def test_not_now_leaves_the_exam_open_and_hand_in_now_shows_the_unanswered(qtbot, window):
    """"Not now" keeps the exam for later; "Hand it in now" ends it: the result says answered, right and not answered,
    and shows the unanswered questions as not answered, never as wrong."""
    _state, win = window
    _leave_with_two_answered(qtbot, win, respond=False)
    _state2, again = _window(qtbot)
    reply("Not now", [])
    assert not again.offer_unfinished_exam() and not again.quiz.exam_running()
    assert len(_open_exams(again.quiz.store)) == 1
    reply("Hand it in now", [])
    assert again.offer_unfinished_exam()
    text = again.quiz.result.toPlainText()
    assert not again.quiz.exam_running() and _open_exams(again.quiz.store) == []
    assert "Of 3 questions: 2 answered" in text and "1 not answered" in text and "Not answered." in text
    result = again.quiz.last_result
    assert (result["answered"], result["unanswered"]) == (2, 1)


def test_an_exam_whose_time_ran_out_while_closed_is_only_handed_in(qtbot, window):
    """An exam whose clock ran out while the app was closed offers no resume: it is handed in with what was
    answered."""
    _state, win = window
    _leave_with_two_answered(qtbot, win, respond=False)
    _state2, again = _window(qtbot)
    again.quiz.now = lambda: quiz_session.utc_now() + dt.timedelta(hours=2)
    seen = []
    reply("Hand it in now", seen)
    assert again.offer_unfinished_exam()
    assert "Its time is over" in seen[0] and not again.quiz.exam_running()
    assert again.quiz.last_result["answered"] == 2


def test_a_pin_protected_profile_is_asked_for_before_its_exam_resumes(qtbot, window, monkeypatch):
    """Resuming another student's exam on a shared computer asks for that profile's PIN; a cancelled PIN resumes
    nothing."""
    from sco_app.ui import profile_pins

    _state, win = window
    win.quiz.store.set_pin(win.quiz.profile, "4711")
    _leave_with_two_answered(qtbot, win)
    _state2, again = _window(qtbot)
    asked = []
    monkeypatch.setattr(profile_pins.PinDialog, "exec", lambda self: asked.append(self.profile.name) or 0)
    reply("Resume the exam", [])
    assert not again.offer_unfinished_exam() and asked == ["Ana"] and not again.quiz.exam_running()


def test_an_unanswered_question_is_not_a_wrong_one_in_the_results(qtbot, window):
    """After an exam with a skipped question, Quiz > Results counts it as unanswered, not as a wrong answer."""
    from sco_app.ui.results_view import ResultsView

    _state, win = window
    win.quiz.start_exam(seed=2)
    reply("Skip it", [])
    win.quiz.skip_question()
    while win.quiz.exam_running():
        answer(qtbot, win.quiz)
        win.quiz.check()
    assert win.quiz.last_result["unanswered"] == 1
    view = ResultsView(win.state, win.quiz.store, win.quiz.profile)
    qtbot.addWidget(view)
    assert "1 exam questions left unanswered" in view.headline.text()
    rows = [a for a in win.quiz.store.attempts() if a["mode"] == "exam"]
    assert sorted(a["answered"] for a in rows) == [0, 1, 1]


def test_a_lab_that_needs_a_student_id_starts_no_exam_without_one(qtbot, window, tmp_path, monkeypatch):
    """With the lab's settings asking for a student id, a profile without one is told how to go on and no exam
    starts; a profile with one starts it."""
    from PySide6.QtWidgets import QMessageBox

    from sco_app.core import lab_settings

    lab = tmp_path / "lab.ini"
    lab.write_text("[xapi]\nstudent_id_required = true\n", encoding="utf-8")
    monkeypatch.setenv(lab_settings.VARIABLE, str(lab))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    _state, win = window
    win.quiz.set_profile(win.quiz.store.create_profile("Budi"))
    win.quiz.start_exam(seed=1)
    assert told and "student id" in told[0] and not win.quiz.exam_running()
    win.quiz.set_profile(win.quiz.store.create_profile("Budi", "2302"))
    win.quiz.start_exam(seed=1)
    assert win.quiz.exam_running()
    win.quiz.finish_exam()
