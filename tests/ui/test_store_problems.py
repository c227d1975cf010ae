"""A progress store that fails mid-session: the student is told what happened and what to do, the answer stays on
screen, and Try again saves it once the cause is gone; no answer the student saw accepted is lost."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from sco_app import app
from sco_app.core import progress, store_errors
from sco_app.core.model import QuestionType
from sco_app.core.packs import load_pack
from sco_app.ui.quiz_panel import QuizPanel
from sco_app.ui.state import AppState
from sco_app.ui.store_problems import problem_texts
from tests.ui.quiz_driving import answer

TEMPLATE = Path(app.lessons_dir()) / "template"


class FaultyStore(progress.ProgressStore):
    """A real progress store whose writes fail with ``fault`` (a StoreError kind) while it is set."""

    fault: type[store_errors.StoreError] | None = None

    def transaction(self):
        if self.fault is not None:
            raise self.fault(self.path, "injected by the test")
        return super().transaction()

    _write = transaction


@pytest.fixture
def panel(qtbot, tmp_path):
    store = FaultyStore(tmp_path / progress.FILE_NAME)
    state = AppState()
    state.load(load_pack(TEMPLATE))
    widget = QuizPanel(state, store)
    qtbot.addWidget(widget)
    widget.resize(900, 640)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_profile(store.create_profile("Ana", "2301"))
    yield widget
    store.fault = None
    widget.shutdown()


def test_every_kind_of_store_problem_has_words_for_the_student():
    """Each kind of StoreError the core can raise has its own 'what happened' and 'what to do' in the window."""
    texts = problem_texts()
    assert set(texts) == set(store_errors.StoreError.kinds)
    assert all(what and advice for what, advice in texts.values())
    assert len({what for what, _advice in texts.values()}) == len(texts)


def test_a_full_disk_at_check_keeps_the_answer_on_screen_and_try_again_saves_it(qtbot, panel):
    """Practice: the disk is full when Check is pressed: the bar says so and what to do, no feedback is shown and
    nothing is stored; the answer stays chosen. Once space is freed, Try again shows the feedback and stores it."""
    panel.start_practice(["q-founding-theory"])
    answer(qtbot, panel)
    chosen = panel.widget.response()
    panel.store.fault = store_errors.StoreDiskFull
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    assert panel.problem_bar.isVisible() and "The disk is full" in panel.problem_bar.text.text()
    assert "Try again" in panel.problem_bar.text.text() and not panel.feedback.isVisible()
    assert panel.widget.response() == chosen and not panel.answered and list(panel.store.attempts()) == []
    panel.store.fault = None
    qtbot.mouseClick(panel.problem_bar.try_button, Qt.MouseButton.LeftButton)
    assert not panel.problem_bar.isVisible() and panel.feedback.isVisible() and panel.answered
    assert len(list(panel.store.attempts())) == 1


def test_a_read_only_file_mid_exam_keeps_the_question_and_hands_the_answer_in_on_try_again(qtbot, panel):
    """Exam: the progress file turns read-only as an answer is handed in: the same question stays up with its
    answer; Try again hands it in and moves on, and the stored exam has that answer."""
    panel.exam_settings = dataclasses.replace(panel.state.pack.exam, types=(QuestionType.THEORY,), questions=3,
                                              minutes=None)
    panel.start_exam(seed=4)
    answer(qtbot, panel)
    question, chosen = panel.widget.question, panel.widget.response()
    panel.store.fault = store_errors.StoreReadOnly
    panel.next_question()
    assert "read-only" in panel.problem_bar.text.text() and panel.widget.question is question
    assert panel.widget.response() == chosen and panel.session.current == 0
    panel.store.fault = None
    panel.problem_bar.try_button.click()
    assert panel.session.current == 1 and not panel.problem_bar.isVisible()
    assert [a["question_id"] for a in panel.store.attempts()] == [question.id]
    panel.finish_exam()


def test_a_newer_file_at_the_start_of_a_practice_is_said_and_nothing_starts(qtbot, panel):
    """A progress file from a newer sco-app: starting a practice says so and what to do, and starts nothing."""
    panel.store.fault = store_errors.StoreTooNew
    panel.start_practice()
    assert panel.session is None and "newer version of sco-app" in panel.problem_bar.text.text()
