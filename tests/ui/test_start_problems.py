"""A start that cannot go as asked shows it in a window with what to do, prints it once, and goes on as chosen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from sco_app import app
from sco_app.cli import main
from sco_app.ui import start_problems


@pytest.fixture
def no_main_loop(main_loop_till_views):
    """The window is built and shown, and run() returns once its views are in instead of waiting for the student
    to quit."""
    app._windows.clear()
    yield
    for window in app._windows:
        window.close()
        window.deleteLater()
    app._windows.clear()


def test_a_pack_that_cannot_be_opened_is_shown_in_a_window_and_printed_once(answer_boxes, capsys, no_main_loop):
    """`sco-app --pack /nope` shows the problem and what to do in a message box; Quit ends with exit status 1."""
    answer_boxes("Quit")
    assert main(["--pack", "/nope"]) == 1
    box = answer_boxes.seen[0]
    assert "“/nope”" in box["text"] and "no such file or folder" in box["text"]
    assert "shortcut" in box["informative"] and box["buttons"][:2] == ["Open the built-in lesson", "Quit"]
    assert capsys.readouterr().err.count("no such file or folder") == 1
    assert app._windows == []


def test_a_failed_pack_can_fall_back_to_the_built_in_lesson(answer_boxes, no_main_loop):
    """Choosing "Open the built-in lesson" opens the window on the SCO lesson."""
    answer_boxes("Open the built-in lesson")
    assert main(["--pack", "/nope"]) == 0
    assert answer_boxes.seen and app._windows[0].state.pack.id == "sco-balancing"


def test_a_shortened_event_id_offers_the_closest_event(answer_boxes, capsys, no_main_loop):
    """`--event tulip` names "tulip-revolution" in the box; choosing it opens the lesson there (no welcome)."""
    answer_boxes("Open “tulip-revolution”")
    assert main(["--event", "tulip"]) == 0
    box = answer_boxes.seen[0]
    assert "“tulip”" in box["text"] and "“tulip-revolution”" in box["text"]
    assert app._windows[0].state.selected == "tulip-revolution"
    assert getattr(app._windows[0], "welcome", None) is None
    assert capsys.readouterr().err.count("did you mean 'tulip-revolution'?") == 1


def test_a_bad_link_can_open_the_lesson_without_it_or_quit(answer_boxes, no_main_loop):
    """"Open the lesson" drops the bad tour (and its step); Quit ends with exit status 2."""
    answer_boxes("Open the lesson")
    assert main(["--tour", "three-finding", "--step", "3"]) == 0
    assert "“three-findings”" in answer_boxes.seen[0]["text"]
    assert not app._windows[0].tours.player.playing
    answer_boxes("Quit")
    assert main(["--tour", "three-findings", "--step", "99"]) == 2
    assert "step 99" in answer_boxes.seen[1]["text"] and answer_boxes.seen[1]["buttons"][:2] == ["Open the lesson", "Quit"]


def test_every_kind_of_link_problem_is_told():
    """Each part of a deep link that can be wrong has its sentence for the message box."""
    texts = start_problems.link_problem_texts()
    assert set(texts) == set(app.LINK_PARTS)
    assert all(texts[kind]("x") for kind in texts)


def test_a_first_start_welcomes_and_the_next_does_not(answer_boxes, no_main_loop, qtbot):
    """The welcome opens at the first start only; a deep link never opens it."""
    assert main([]) == 0
    first = app._windows[0]
    assert first.welcome.isVisible()
    first.welcome.reject()
    first.close()
    assert main([]) == 0
    assert getattr(app._windows[0], "welcome", None) is None
