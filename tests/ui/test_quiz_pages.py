"""The quiz fits every screen: at 1366x768 and 1024x768, at normal and 200 % text, for every question type in
practice and in exam, the prompt and every action button lie wholly inside the window's visible area, and after
Check the verdict is scrolled into view."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from sco_app import app
from sco_app.core import progress, quiz
from sco_app.core.model import QuestionType
from sco_app.ui import theme
from sco_app.ui.flow_layout import FlowLayout
from tests.ui.quiz_driving import answer

SCREENS = {"lab 1366x768": (1366, 740), "projector 1024x768": (1024, 740)}  # a maximised window's inside


def window_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def visible_rect(widget: QWidget) -> QRect:
    """The part of ``widget`` a student can see: clipped by every parent (scroll areas included) and the window."""
    rect, parent = window_rect(widget), widget.parentWidget()
    while parent is not None and not parent.isWindow():
        rect = rect.intersected(window_rect(parent))
        parent = parent.parentWidget()
    return rect.intersected(widget.window().rect())


def wholly_visible(widget: QWidget) -> bool:
    return widget.isVisible() and not widget.visibleRegion().isEmpty() and visible_rect(widget) == window_rect(widget)


@pytest.fixture(params=[(name, zoom) for name in SCREENS for zoom in (1.0, 2.0)],
                ids=lambda p: f"{p[0]} at {int(p[1] * 100)}%")
def window(request, qtbot, tmp_path, monkeypatch):
    name, zoom = request.param
    monkeypatch.setenv(progress.DATA_DIR_VARIABLE, str(tmp_path / "data"))
    qapp = QApplication.instance()
    theme.apply_zoom(qapp, zoom)  # (tests/ui/conftest.py puts the OS's size back, also when the test is skipped)
    state, win = app.build()  # the SCO lesson: its long sort questions and titles
    qtbot.addWidget(win)
    width, height = SCREENS[name]
    win.setProperty("screen", (width, height))
    win.resize(width, height)
    win.show()
    qtbot.waitExposed(win)
    if win.filters.minimumSizeHint().width() > width:
        pytest.skip("the filter bar is wider than this screen at this text size: the quiz cannot be judged in it")
    win.quiz.set_profile(win.quiz.store.create_profile("Dewi Lestari", "2301"))
    yield state, win
    win.quiz.shutdown()


def _first_of_each_kind(pack):
    found = {}
    for question in quiz.questions_of(pack):
        found.setdefault(question.type, question)
    assert set(found) == set(QuestionType)
    return found


def _assert_in_view(win, widgets, where: str) -> None:
    width, height = win.property("screen")
    assert win.width() <= width and win.height() <= height, f"{where}: the window outgrew the screen"
    hidden = [w.accessibleName() or w.text() for w in widgets if not wholly_visible(w)]
    assert hidden == [], f"{where} ({width}x{height}): not wholly in view"


def _buttons(panel) -> list:
    return [b for b in (panel.check_button, panel.next_button, panel.skip_button, panel.show_button,
                        panel.stop_button) if not b.isHidden()]


def test_every_question_fits_in_practice_and_the_verdict_shows(qtbot, window):
    """Practice, each question type: prompt and buttons in view; after Check, the verdict too."""
    state, win = window
    panel = win.quiz
    for kind, question in _first_of_each_kind(state.pack).items():
        panel.start_practice([question.id])
        if kind is QuestionType.MAP:
            bar = win.map_question.bar
            assert win.tabs.currentWidget() is win.map
            _assert_in_view(win, [bar.prompt, bar.confirm_button, bar.back_button], "map question on the map")
            qtbot.mouseClick(bar.back_button, Qt.MouseButton.LeftButton)
        win.tabs.setCurrentWidget(panel)
        _assert_in_view(win, [panel.prompt, *_buttons(panel)], f"practice {kind.value}")
        answer(qtbot, panel)
        qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
        assert panel.feedback.isVisible(), kind
        verdict = window_rect(panel.feedback)
        verdict.setHeight(min(verdict.height(), 2 * panel.feedback.fontMetrics().height()))
        assert visible_rect(panel.feedback).contains(verdict), f"verdict of {kind.value} not scrolled into view"
        _assert_in_view(win, [panel.prompt, *_buttons(panel)], f"practice {kind.value}, checked")
        panel.stop()


def test_every_question_fits_in_an_exam(qtbot, window):
    """An exam of one question of each type: prompt, Next and Skip in view (on the map: prompt and Confirm)."""
    state, win = window
    panel = win.quiz
    win.tabs.setCurrentWidget(panel)
    for kind in QuestionType:
        panel.exam_settings = dataclasses.replace(state.pack.exam, types=(kind,), questions=2, shuffle=False,
                                                  minutes=30)
        panel.start_exam(seed=5)
        assert panel.widget.question.type is kind
        if kind is QuestionType.MAP:
            bar = win.map_question.bar
            _assert_in_view(win, [bar.prompt, bar.confirm_button, bar.back_button], "exam map question on the map")
            qtbot.mouseClick(bar.back_button, Qt.MouseButton.LeftButton)
        _assert_in_view(win, [panel.prompt, panel.clock_label, *_buttons(panel)], f"exam {kind.value}")
        panel.finish_exam()


def test_the_buttons_wrap_rather_than_cut(qtbot):
    """In a narrow page the question's buttons go onto a second row, each whole; in a wide one they share a row."""
    from sco_app.ui.quiz_pages import QuestionPage

    page = QuestionPage()
    qtbot.addWidget(page)
    page.resize(900, 400)
    page.show()
    qtbot.waitExposed(page)
    buttons = [page.check_button, page.next_button, page.show_button]
    page.skip_button.hide()
    assert isinstance(page.buttons, FlowLayout)
    qtbot.waitUntil(lambda: len({b.y() for b in buttons}) == 1)
    page.resize(page.stop_button.width() + page.show_button.width() + 30, 400)
    qtbot.waitUntil(lambda: len({b.y() for b in buttons}) > 1)
    for button in [*buttons, page.stop_button]:
        assert button.width() == button.sizeHint().width() and wholly_visible(button)
