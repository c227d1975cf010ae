"""The clicker's keys in every state: after any click, after "Check your understanding", with a class question up."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QPoint, Qt

from sco_app.ui.class_question import LETTERS
from sco_app.ui.clicker import KEYS, ClickerActions
from tests.ui.projection import open_window, present, press


@pytest.fixture
def win(qtbot, monkeypatch):
    return open_window(qtbot, monkeypatch)


def test_every_clicker_key_has_an_action():
    """Each key of the table names one of the actions the clicker can take, and every action has a key."""
    actions = {field.name for field in dataclasses.fields(ClickerActions)}
    assert set(KEYS.values()) == actions


def test_right_reveals_and_goes_on_after_check_your_understanding(win, qtbot, monkeypatch):
    """In presenter mode "Check your understanding" shows the step's question to the room with no profile and records
    nothing; Right then reveals the answer and why, and the next Right goes to the next step."""
    asked_for_profile = []
    monkeypatch.setattr("sco_app.ui.profile_dialog.ProfileDialog.exec", lambda *_: asked_for_profile.append(1) or 0)
    shown = present(win, qtbot, "1024x768", step=2)
    qtbot.mouseClick(win.tours.bar.question_button, Qt.MouseButton.LeftButton)
    question = shown.layout.question
    assert question.isVisible() and question.asking and not question.revealed
    asked = question.question  # the step's own question: its right option, lettered as the room sees it
    assert asked.id == win.tours.player.step.question
    letter, right = next((LETTERS[n], o) for n, o in enumerate(asked.options) if o.correct)
    text = question.toPlainText()
    assert f"{letter}. {win.state.text(right.text)}" in text and "✔" not in text and "Why:" not in text
    press(qtbot, Qt.Key.Key_Right)
    assert question.revealed and win.tours.player.index == 2
    assert f"✔ {letter}. {win.state.text(right.text)}" in question.toPlainText() and "Why:" in question.toPlainText()
    press(qtbot, Qt.Key.Key_Right)
    assert win.tours.player.index == 3 and not question.isVisible() and shown.layout.narrative.isVisible()
    assert asked_for_profile == [] and win.quiz._store is None  # no profile, and the progress store never opened


def test_left_closes_the_class_question_before_it_goes_back(win, qtbot):
    """Left (Page Up) while a question is up closes it and stays on the step; the next Left goes back."""
    shown = present(win, qtbot, "1024x768", step=2)
    assert shown.ask()
    press(qtbot, Qt.Key.Key_PageUp)
    assert not shown.layout.question.asking and win.tours.player.index == 2
    press(qtbot, Qt.Key.Key_PageUp)
    assert win.tours.player.index == 1


@pytest.mark.parametrize("clicked", ["argument", "next_button", "map", "steps"])
def test_clicker_keys_work_after_a_click_anywhere(win, qtbot, clicked):
    """After a click on the argument panel, a button, the map or the step list, Page Down, Right and Space go on,
    Page Up and Left go back, End and Home jump, and B or "." black the projection and show it again."""
    present(win, qtbot, "1024x768", step=1)
    target = {"argument": win.argument.viewport(), "next_button": win.tours.bar.next_button,
              "map": win.map.plot.viewport(), "steps": win.tours.bar.steps}[clicked]
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    if clicked == "steps":
        win.tours.bar.steps.hidePopup()
    player = win.tours.player
    start = player.index
    for key, expected in ((Qt.Key.Key_PageDown, start + 1), (Qt.Key.Key_Right, start + 2), (Qt.Key.Key_Space, start + 3),
                          (Qt.Key.Key_PageUp, start + 2), (Qt.Key.Key_Left, start + 1), (Qt.Key.Key_End, 9),
                          (Qt.Key.Key_Home, 0)):
        press(qtbot, key)
        assert player.index == expected, key
    black = win.tours.presenter.black
    press(qtbot, Qt.Key.Key_B)
    assert black.isVisible() and black.geometry() == win.rect()
    press(qtbot, Qt.Key.Key_Right)  # the first click shows the picture again, on the same step
    assert not black.isVisible() and player.index == 0
    press(qtbot, Qt.Key.Key_Period)
    assert black.isVisible()
    press(qtbot, Qt.Key.Key_Escape)  # Escape shows the picture, a second Escape leaves presenter mode
    assert not black.isVisible() and win.tours.presenting
    press(qtbot, Qt.Key.Key_Escape)
    assert not win.tours.presenting and player.playing


def test_clicker_keys_go_on_after_a_click_outside_presenter_mode(win, qtbot):
    """Without presenter mode a playing tour also takes Page Down, Right and Space after a click in the argument panel
    or on a button, but a text field keeps its keys."""
    win.tours.player.start("three-findings", 0)
    qtbot.mouseClick(win.argument.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    press(qtbot, Qt.Key.Key_PageDown)
    press(qtbot, Qt.Key.Key_Right)
    assert win.tours.player.index == 2
    qtbot.mouseClick(win.tours.bar.previous_button, Qt.MouseButton.LeftButton)
    press(qtbot, Qt.Key.Key_Space)
    assert win.tours.player.index == 2
    win.find_event()
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Right)
    assert win.tours.player.index == 2 and win.events.filter_box.text() == " "
