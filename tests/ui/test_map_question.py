"""Map questions answered carefully: the region framed, a click only chooses, Confirm commits, small states are
easy to hit, markers and names make way, and an exam never names a state."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath

from sco_app import app
from sco_app.core import progress
from sco_app.core.model import QuestionType
from sco_app.ui.map_quiz_layer import SMALL_PX

TEMPLATE = Path(app.lessons_dir()) / "template"


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv(progress.DATA_DIR_VARIABLE, str(tmp_path / "data"))
    state, win = app.build(TEMPLATE)
    qtbot.addWidget(win)
    win.resize(1366, 740)
    win.show()
    qtbot.waitExposed(win)
    store = win.quiz.store
    win.quiz.set_profile(store.create_profile("Ana"))
    yield state, win
    win.quiz.shutdown()


def _click_map(qtbot, view, lon: float, lat: float) -> None:
    from sco_app.core.projection import forward

    x, y = forward([lon, lat])
    pos = view.plot.mapFromScene(view.vb.mapViewToScene(QPointF(x, y)))
    qtbot.mouseClick(view.plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def _attempts(win) -> list[dict]:
    return list(win.quiz.store.attempts())


def _exam_of_map_questions(win) -> None:
    win.quiz.exam_settings = dataclasses.replace(win.state.pack.exam, types=(QuestionType.MAP,), questions=1,
                                                 shuffle=False, minutes=None)
    win.quiz.start_exam(seed=1)


def test_map_question_by_keyboard(qtbot, window):
    """Typing filters the list of states; Enter chooses the first found, a second Enter checks it."""
    _state, win = window
    panel = win.quiz
    with qtbot.waitSignal(panel.map_question):
        panel.start_practice(["q-find-india"])
    widget = panel.widget
    qtbot.mouseClick(win.map_question.bar.back_button, Qt.MouseButton.LeftButton)
    assert win.tabs.currentWidget() is panel and widget.find.hasFocus()
    qtbot.keyClicks(widget.find, "pakis")
    shown = [widget.list.item(r).text() for r in range(widget.list.count()) if not widget.list.item(r).isHidden()]
    assert shown == ["Pakistan"]
    qtbot.keyClick(widget.find, Qt.Key.Key_Return)
    assert widget.chosen.text() == "You chose: Pakistan" and not panel.feedback.isVisible() and _attempts(win) == []
    qtbot.keyClick(widget.find, Qt.Key.Key_Return)
    text = panel.feedback.accessibleDescription()
    assert "Not right." in text and "Your answer: Pakistan" in text and "The right answer: India" in text
    assert _attempts(win)[0]["response"] == '"PAK"'


def test_the_find_list_ignores_case_and_accents(qtbot, window):
    """"turk" finds Türkiye and Turkmenistan; Down goes from the box into the list."""
    _state, win = window
    win.quiz.start_practice(["q-find-india"])
    widget = win.quiz.widget
    qtbot.mouseClick(win.map_question.bar.back_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(widget.find, "turk")
    shown = {widget.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(widget.list.count())
             if not widget.list.item(r).isHidden()}
    assert {"TUR", "TKM"} <= shown and "IND" not in shown
    qtbot.keyClick(widget.find, Qt.Key.Key_Down)
    assert widget.list.hasFocus() and widget.response() in shown


def test_a_click_on_the_map_chooses_and_confirm_commits(qtbot, window):
    """The map shows the question; a click outlines India and commits nothing; Confirm checks it."""
    state, win = window
    win.quiz.start_practice(["q-find-india"])
    bar = win.map_question.bar
    assert win.tabs.currentWidget() is win.map and bar.isVisible()
    assert bar.prompt.text().startswith("Click the state that became a member in 2017")
    assert not bar.confirm_button.isEnabled()
    _click_map(qtbot, win.map, 78.0, 22.0)
    assert win.map.quiz.choice == "IND" and not win.map.quiz.items[1].path().isEmpty()
    assert win.tabs.currentWidget() is win.map and _attempts(win) == [] and state.selected == ""
    assert bar.choice.text() == "You chose: India" and bar.confirm_button.isEnabled()
    _click_map(qtbot, win.map, 69.0, 30.0)  # a second click changes the choice
    assert win.map.quiz.choice == "PAK" and _attempts(win) == []
    _click_map(qtbot, win.map, 78.0, 22.0)
    qtbot.mouseClick(bar.confirm_button, Qt.MouseButton.LeftButton)
    assert win.tabs.currentWidget() is win.quiz and "Right." in win.quiz.feedback.accessibleName()
    assert [a["response"] for a in _attempts(win)] == ['"IND"']
    assert not bar.isVisible() and win.map.quiz.choice is None


def test_enter_on_the_map_confirms_only_a_chosen_state(qtbot, window):
    """On the map, Enter with nothing chosen does nothing; with a state chosen it commits it."""
    _state, win = window
    win.quiz.start_practice(["q-find-india"])
    win.map.setFocus()
    qtbot.keyClick(win.map, Qt.Key.Key_Return)
    assert _attempts(win) == [] and win.tabs.currentWidget() is win.map
    _click_map(qtbot, win.map, 78.0, 22.0)
    qtbot.keyClick(win.map, Qt.Key.Key_Return)
    assert [a["response"] for a in _attempts(win)] == ['"IND"']


def test_the_question_frames_its_region_without_centring_the_answer(qtbot, window, monkeypatch):
    """Asked for Kyrgyzstan, the map zooms in on a region holding it, and not with Kyrgyzstan in its middle."""
    monkeypatch.setenv("SCO_APP_REDUCED_MOTION", "1")  # the frame is reached at once
    state, win = window
    india = next(q for q in state.pack.questions if q.id == "q-find-india")
    state.load(dataclasses.replace(state.pack, questions=(dataclasses.replace(india, id="q-find-kgz", answer=("KGZ",)),),
                                   generate_questions=False))
    view = win.map
    view.reset_view()
    home = view.vb.viewRect()
    win.quiz.start_practice(["q-find-kgz"])
    shown, target = view.vb.viewRect(), view.states_box(["KGZ"])
    assert shown.contains(target) and shown.height() < 0.7 * home.height()
    offset = shown.center() - target.center()
    assert abs(offset.x()) > 0.02 * shown.width() or abs(offset.y()) > 0.02 * shown.height()


def test_markers_and_names_make_way_during_the_question(qtbot, window):
    """While the question is up no event marker, marker legend or state name is shown and the states' legend is
    folded; afterwards they are back."""
    state, win = window
    view = win.map
    state.select("sco-founded")
    assert view._markers.isVisible() and view.marker_legend.isVisible()
    assert not view.legend.folded
    win.quiz.start_practice(["q-find-india"])
    assert not view._markers.isVisible() and not view._chosen.isVisible() and not view.marker_legend.isVisible()
    assert not any(label.isVisible() for label in view._labels.values())
    assert view.legend.folded  # the states' legend is down to its heading: it hides no state that may be the answer
    _click_map(qtbot, view, 78.0, 22.0)
    qtbot.mouseClick(win.map_question.bar.confirm_button, Qt.MouseButton.LeftButton)
    assert view._markers.isVisible() and view.marker_legend.isVisible() and not view.legend.folded


def _rightmost_point(path: QPainterPath) -> QPointF:
    points = [path.elementAt(i) for i in range(path.elementCount())]
    right = max(points, key=lambda e: e.x)
    return QPointF(right.x, right.y)


def test_a_small_state_is_chosen_by_a_click_just_outside_it(qtbot, window):
    """With all the lesson's states in view, a click 4 pixels east of Kyrgyzstan or Tajikistan (in China) chooses
    it; deep inside China a click chooses China, and in Kazakhstan's middle, Kazakhstan."""
    _state, win = window
    view, layer = win.map, win.map.quiz
    view.reset_view()
    view.set_question(True)
    px, py = view.vb.viewPixelSize()
    for code in ("KGZ", "TJK"):
        box = layer.paths[code].boundingRect()
        assert box.width() * box.height() < SMALL_PX ** 2 * px * py  # small on screen
        edge = _rightmost_point(layer.paths[code])
        outside = QPointF(edge.x() + 4 * px, edge.y())
        assert not layer.paths[code].contains(outside) and layer.paths["CHN"].contains(outside)
        assert layer.pick(outside) == code
    assert layer.pick(view.states_box(["CHN"]).center()) == "CHN"
    assert layer.pick(view.states_box(["KAZ"]).center()) == "KAZ"
    view.set_question(False)


def test_a_click_in_a_neighbour_of_like_size_chooses_that_neighbour(qtbot, window):
    """Zoomed out until Afghanistan is small on screen, a click in Pakistan next to it still chooses Pakistan."""
    from sco_app.core.projection import forward

    _state, win = window
    view, layer = win.map, win.map.quiz
    view.reset_view()
    view.set_question(True)
    view.vb.scaleBy((2.0, 2.0))
    px, py = (abs(v) for v in view.vb.viewPixelSize())
    afghanistan = layer.paths["AFG"].boundingRect()
    assert afghanistan.width() * afghanistan.height() < SMALL_PX ** 2 * px * py
    click = QPointF(*forward([68.0, 31.0]))
    near = QRectF(click.x() - 6 * px, click.y() - 6 * py, 12 * px, 12 * py)
    assert layer.paths["PAK"].contains(click) and layer.paths["AFG"].intersects(near)
    assert layer.pick(click) == "PAK"
    view.set_question(False)


def test_practice_names_the_state_under_the_pointer_an_exam_never(qtbot, window):
    """Practice: the map's tooltip names the state; exam: no tooltip, the choice unnamed and the list untouched."""
    _state, win = window
    view = win.map
    win.quiz.start_practice(["q-find-india"])
    assert view.tooltip_at(78.0, 22.0) == "<b>India</b>"
    win.quiz.stop()
    _exam_of_map_questions(win)
    widget = win.quiz.widget
    assert widget.question.type is QuestionType.MAP and not widget.names_shown
    assert view.tooltip_at(78.0, 22.0) == ""
    _click_map(qtbot, view, 78.0, 22.0)
    assert widget.response() == "IND" and view.quiz.choice == "IND"
    assert "India" not in widget.chosen.text() and "India" not in win.map_question.bar.choice.text()
    assert widget.list.currentItem() is None
    qtbot.mouseClick(win.map_question.bar.confirm_button, Qt.MouseButton.LeftButton)
    assert not win.quiz.exam_running() and _attempts(win)[-1]["response"] == '"IND"'
