"""The quiz's focus layout: the filter bar and the timeline fold away while the Quiz tab is up, a button brings them
back, and they come back by themselves when the student leaves the quiz."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from sco_app import app
from sco_app.core import progress, quiz
from sco_app.core.model import QuestionType


def _theory_question(window) -> str:
    """A question answered in the Quiz tab (a map question is answered on the map)."""
    return next(q.id for q in quiz.questions_of(window.state.pack) if q.type is QuestionType.THEORY)


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv(progress.DATA_DIR_VARIABLE, str(tmp_path / "data"))
    _state, win = app.build()
    qtbot.addWidget(win)
    win.resize(1366, 740)
    win.show()
    qtbot.waitExposed(win)
    win.quiz.set_profile(win.quiz.store.create_profile("Dewi Lestari", "2301"))
    yield win
    win.quiz.shutdown()


def test_the_quiz_tab_folds_the_timeline_and_gives_the_quiz_its_height(qtbot, window):
    """Choosing the Quiz tab folds the filter bar and the timeline; the quiz grows into the room they leave."""
    before = window.quiz.height()
    assert window.timeline.isVisible() and window.filters.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)  # the Quiz tab's mnemonic
    assert window.tabs.currentWidget() is window.quiz
    assert not window.timeline.isVisible() and not window.filters.isVisible()
    qtbot.waitUntil(lambda: window.quiz.height() > before + window.timeline.minimumSizeHint().height())


def test_the_button_brings_the_timeline_back_while_answering(qtbot, window):
    """During practice, 'Show timeline' brings the timeline and filters back and 'Hide timeline' folds them again."""
    window.tabs.setCurrentWidget(window.quiz)
    window.quiz.start_practice([_theory_question(window)])
    button = window.quiz_focus.button
    assert button.isVisible() and button.accessibleName()
    assert not window.timeline.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.timeline.isVisible() and window.filters.isVisible()
    assert button.text().replace("&", "") == "Hide timeline"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not window.timeline.isVisible()
    assert button.text().replace("&", "") == "Show timeline"


def test_leaving_the_quiz_brings_the_timeline_back_and_forgets_the_choice(qtbot, window):
    """Going to the Map tab mid-question shows the timeline; back in the quiz it is folded again."""
    window.tabs.setCurrentWidget(window.quiz)
    window.quiz.start_practice([_theory_question(window)])
    qtbot.mouseClick(window.quiz_focus.button, Qt.MouseButton.LeftButton)  # shown by the student...
    window.tabs.setCurrentWidget(window.map)
    assert window.timeline.isVisible()
    window.tabs.setCurrentWidget(window.quiz)
    assert not window.timeline.isVisible()  # ...until the quiz was left: folded again on the way back
    assert not window.quiz_focus.button.isChecked()


def test_show_on_timeline_and_map_brings_the_timeline_back(qtbot, window):
    """After a practice answer, 'Show on timeline and map' goes to the map with the timeline in view."""
    from tests.ui.quiz_driving import answer

    window.tabs.setCurrentWidget(window.quiz)
    window.quiz.start_practice([_theory_question(window)])
    answer(qtbot, window.quiz)
    qtbot.mouseClick(window.quiz.check_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.quiz.show_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.map
    assert window.timeline.isVisible()


def test_a_map_question_on_the_map_keeps_the_timeline_folded(qtbot, window):
    """A map question is answered on the map with the timeline folded; the map alone shows it again."""
    question = next(q.id for q in quiz.questions_of(window.state.pack) if q.type is QuestionType.MAP)
    window.tabs.setCurrentWidget(window.quiz)
    window.quiz.start_practice([question])
    assert window.tabs.currentWidget() is window.map
    assert not window.timeline.isVisible()
    window.quiz.stop()
    window.tabs.setCurrentWidget(window.map)
    assert window.timeline.isVisible()


def test_enter_on_start_practice_starts_it(qtbot, window):
    """On the quiz's start page, Enter on the focused "Start practice" starts it (as Space does), by keys alone."""
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)
    start = window.quiz.start.practice_button
    qtbot.waitUntil(start.hasFocus)
    qtbot.keyClick(start, Qt.Key.Key_Return)
    assert window.quiz.pages.currentIndex() == 1 and window.quiz.session is not None
