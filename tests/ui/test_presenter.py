"""Presenter mode as a lecturer uses it: on a 1024x768 or 1280x720 projector, from the back row, with a clicker."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontInfo, QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractSlider, QApplication, QComboBox, QGraphicsTextItem, QLabel, QTextEdit, QWidget,
)

from sco_app import app, cli
from sco_app.core import quiz
from sco_app.core.packs import load_pack
from sco_app.core.resources import default_pack
from sco_app.ui import presenter, theme
from sco_app.ui.render import build_window, write_picture
from sco_app.ui.timeline_labels import LabelLayer

PROJECTORS = {"1024x768": "projector-1024x768", "1280x720": "projector-1280x720"}  # screens of tests/screens.json
CHARACTER_REFERENCE = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);")


@pytest.fixture
def win(qtbot, monkeypatch):
    monkeypatch.setenv("SCO_APP_REDUCED_MOTION", "1")
    _state, window = app.build()
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def _screen(name: str):
    return next(s for s in QGuiApplication.screens() if s.name() == name)


def _present(win, qtbot, projector: str, step: int = 2):
    """Project the tour at ``step`` (0-based) full screen on the projector ``projector``, with F5."""
    presenter.choose_screen(PROJECTORS[projector])
    win.tours.player.start("three-findings", step)
    qtbot.keyClick(win, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: win.tours.presenting and win.geometry() == _screen(PROJECTORS[projector]).geometry())
    bar = win.tours.bar  # the layout settles once the views have their type
    qtbot.waitUntil(lambda: bar.height() == bar.sizeHint().height() and not win.tours.presenter.layout.again.isActive())
    return win.tours.presenter


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget() or QApplication.activeWindow(), key, modifier)


# -- what the back row reads -------------------------------------------------------------------------------

def _document_sizes(document: QTextDocument) -> list[int]:
    """The pixel size of every run of visible text in a rich-text document."""
    sizes, block = [], document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.text().strip():
                sizes.append(QFontInfo(fragment.charFormat().font()).pixelSize())
            fragments += 1
        block = block.next()
    return sizes


def _widget_sizes(widget: QWidget) -> list[int]:
    if isinstance(widget, QTextEdit):
        return _document_sizes(widget.document())
    if isinstance(widget, QLabel) and widget.text():
        document = QTextDocument()
        document.setDefaultFont(widget.font())
        document.setHtml(widget.text()) if widget.textFormat() != Qt.TextFormat.PlainText else document.setPlainText(widget.text())
        return _document_sizes(document)
    if isinstance(widget, QAbstractButton) and widget.text() or isinstance(widget, QComboBox):
        return [QFontInfo(widget.font()).pixelSize()]
    return []


def _scene_sizes(view: pg.GraphicsView) -> list[int]:
    """Every text a pyqtgraph view draws: text items (titles, legends, names, the cursor's date), axes, labels."""
    sizes = []
    for item in view.scene().items():
        if not item.isVisible() or not item.sceneBoundingRect().intersects(view.sceneRect()):
            continue
        if isinstance(item, QGraphicsTextItem) and item.toPlainText().strip():
            sizes += _document_sizes(item.document())
        elif isinstance(item, pg.AxisItem) and item.isVisible() and item.style["showValues"]:
            sizes.append(QFontInfo(item.style["tickFont"]).pixelSize())
        elif isinstance(item, LabelLayer) and item.shown:
            sizes.append(QFontInfo(item.font).pixelSize())
    return sizes


def text_sizes(window: QWidget) -> list[tuple[int, str]]:
    """(pixel size, what) of every visible text in the window: widgets' and the pyqtgraph views' own."""
    found = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() or widget.window() is not window:
            continue
        found += [(size, type(widget).__name__) for size in _widget_sizes(widget)]
        if isinstance(widget, pg.GraphicsView):
            found += [(size, f"{type(widget).__name__} item") for size in _scene_sizes(widget)]
    return found


def _cut_off(widget: QWidget) -> bool:
    """Whether any part of ``widget`` lies outside one of its parents (up to its window): cut off, out of sight."""
    parent = widget.parentWidget()
    while parent is not None:
        if not parent.rect().contains(QRect(widget.mapTo(parent, QPoint(0, 0)), widget.size())):
            return True
        if parent.isWindow():
            return False
        parent = parent.parentWidget()
    return False


def _controls_outside(window: QWidget) -> list[str]:
    """Every visible control (button, list, scroll bar, anything taking the focus) not wholly inside the window."""
    outside = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if isinstance(widget, (QAbstractButton, QComboBox, QAbstractSlider)) or widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            if _cut_off(widget):
                outside.append(f"{type(widget).__name__} {widget.accessibleName()!r} at "
                               f"{QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())}")
    return outside


@pytest.mark.parametrize("projector", PROJECTORS)
@pytest.mark.parametrize("zoom", [0, 1, 2, 3])
def test_the_projection_fits_the_projector_at_every_zoom_step(win, qtbot, projector, zoom):
    """At 1024x768 and 1280x720 and zoom steps 0 to 3, presenter mode fills the screen and no more, every control is
    inside it, the timeline, map and narrative show, and at no zoom no text is smaller than 20 px."""
    for _ in range(zoom):
        win.zoom(1)
    _present(win, qtbot, projector)
    screen = _screen(PROJECTORS[projector]).geometry()
    assert win.geometry() == screen and win.minimumSizeHint().width() <= screen.width()
    assert win.minimumSizeHint().height() <= screen.height()
    assert _controls_outside(win) == []
    layout = win.tours.presenter.layout
    for view in (win.tours.bar, win.timeline, win.map, layout.narrative, win.argument):
        assert view.isVisible() and view.height() > view.fontMetrics().height(), type(view).__name__
    sizes = text_sizes(win)
    assert len(sizes) > 30  # buttons, lanes, axis, titles, legends, names, narrative, argument...
    smallest = min(sizes)
    assert smallest[0] >= (presenter.MIN_PX if zoom == 0 else presenter.MIN_PX * theme.ZOOM_STEP ** zoom * 0.95), smallest


def test_ctrl_plus_scales_every_view_in_presenter_mode(win, qtbot):
    """Ctrl+= in presenter mode makes the timeline's labels, lanes and axis, the map's names and legends, the
    narrative and the argument larger; Ctrl+0 goes back."""
    _present(win, qtbot, "1024x768")
    before = sorted(text_sizes(win))
    for _ in range(2):
        _key(qtbot, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    after = sorted(text_sizes(win))
    assert min(after)[0] > min(before)[0] * 1.25, (min(before), min(after))
    assert QFontInfo(win.argument.font()).pixelSize() > 1.25 * presenter.presenter_pixels(768)
    assert QFontInfo(win.timeline.labels.font).pixelSize() > 1.25 * 0.9 * presenter.presenter_pixels(768)
    _key(qtbot, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert sorted(text_sizes(win))[0][0] == min(before)[0]


def test_zoom_scales_every_view_in_high_contrast(qtbot):
    """High contrast: Ctrl+= three times enlarges the widgets, the timeline's titles, lanes and axis, the map's names
    and legends and the argument alike (about 1.15 cubed), not the timeline's titles alone."""
    theme.set_high_contrast(QApplication.instance(), True)
    _state, win = app.build()
    qtbot.addWidget(win)
    win.resize(1300, 800)
    win.show()
    qtbot.waitExposed(win)
    win.state.select("peace-mission-2007")

    def sizes():
        axis = win.timeline.plot.getPlotItem().getAxis("left").style["tickFont"]
        return {"filters": QFontInfo(win.filters.theory_label.font()).pixelSize(),
                "toggle": QFontInfo(next(iter(win.filters.theory_buttons.values())).font()).pixelSize(),
                "argument": QFontInfo(win.argument.font()).pixelSize(), "lanes": QFontInfo(axis).pixelSize(),
                "titles": QFontInfo(win.timeline.labels.font).pixelSize(),
                "legend": min(_document_sizes(win.map.legend.items[1][1].item.document())),
                "names": max(QFontInfo(label.textItem.font()).pixelSize() for label in win.map._labels.values())}

    before = sizes()
    for _ in range(3):
        win.zoom(1)
    QApplication.processEvents()  # with a style sheet (high contrast has one) Qt hands the new font down in a moment
    after = sizes()
    for what in before:
        assert after[what] / before[what] == pytest.approx(theme.ZOOM_STEP ** 3, rel=0.15), what


# -- the clicker -----------------------------------------------------------------------------------------

def test_right_reveals_and_goes_on_after_check_your_understanding(win, qtbot, monkeypatch):
    """In presenter mode "Check your understanding" shows the step's question to the room with no profile and records
    nothing; Right then reveals the answer and why, and the next Right goes to the next step."""
    asked_for_profile = []
    monkeypatch.setattr("sco_app.ui.profile_dialog.ProfileDialog.exec", lambda *_: asked_for_profile.append(1) or 0)
    shown = _present(win, qtbot, "1024x768", step=2)
    qtbot.mouseClick(win.tours.bar.question_button, Qt.MouseButton.LeftButton)
    question = shown.layout.question
    assert question.isVisible() and question.asking and not question.revealed
    text = question.toPlainText()
    assert "Balance of threat" in text and "✔" not in text and "Why:" not in text
    _key(qtbot, Qt.Key.Key_Right)
    assert question.revealed and win.tours.player.index == 2
    assert "✔ B. Balance of threat" in question.toPlainText() and "Why:" in question.toPlainText()
    _key(qtbot, Qt.Key.Key_Right)
    assert win.tours.player.index == 3 and not question.isVisible() and shown.layout.narrative.isVisible()
    assert asked_for_profile == [] and win.quiz._store is None  # no profile, and the progress store never opened


def test_left_closes_the_class_question_before_it_goes_back(win, qtbot):
    """Left (Page Up) while a question is up closes it and stays on the step; the next Left goes back."""
    shown = _present(win, qtbot, "1024x768", step=2)
    assert shown.ask()
    _key(qtbot, Qt.Key.Key_PageUp)
    assert not shown.layout.question.asking and win.tours.player.index == 2
    _key(qtbot, Qt.Key.Key_PageUp)
    assert win.tours.player.index == 1


@pytest.mark.parametrize("clicked", ["argument", "next_button", "map", "steps"])
def test_clicker_keys_work_after_a_click_anywhere(win, qtbot, clicked):
    """After a click on the argument panel, a button, the map or the step list, Page Down, Right and Space go on,
    Page Up and Left go back, End and Home jump, and B or "." black the projection and show it again."""
    _present(win, qtbot, "1024x768", step=1)
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
        _key(qtbot, key)
        assert player.index == expected, key
    black = win.tours.presenter.black
    _key(qtbot, Qt.Key.Key_B)
    assert black.isVisible() and black.geometry() == win.rect()
    _key(qtbot, Qt.Key.Key_Right)  # the first click shows the picture again, on the same step
    assert not black.isVisible() and player.index == 0
    _key(qtbot, Qt.Key.Key_Period)
    assert black.isVisible()
    _key(qtbot, Qt.Key.Key_Escape)  # Escape shows the picture, a second Escape leaves presenter mode
    assert not black.isVisible() and win.tours.presenting
    _key(qtbot, Qt.Key.Key_Escape)
    assert not win.tours.presenting and player.playing


def test_clicker_keys_go_on_after_a_click_outside_presenter_mode(win, qtbot):
    """Without presenter mode a playing tour also takes Page Down, Right and Space after a click in the argument panel
    or on a button, but a text field keeps its keys."""
    win.tours.player.start("three-findings", 0)
    qtbot.mouseClick(win.argument.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    _key(qtbot, Qt.Key.Key_PageDown)
    _key(qtbot, Qt.Key.Key_Right)
    assert win.tours.player.index == 2
    qtbot.mouseClick(win.tours.bar.previous_button, Qt.MouseButton.LeftButton)
    _key(qtbot, Qt.Key.Key_Space)
    assert win.tours.player.index == 2
    win.find_event()
    _key(qtbot, Qt.Key.Key_Space)
    _key(qtbot, Qt.Key.Key_Right)
    assert win.tours.player.index == 2 and win.events.filter_box.text() == " "


# -- the layout ----------------------------------------------------------------------------------------

def test_presenter_mode_shows_the_map_when_the_quiz_tab_was_open(win, qtbot):
    """With the Quiz tab open, presenter mode still shows the timeline, the map and the argument; leaving it puts
    the map back in its tab and the Quiz tab in front again."""
    win.tabs.setCurrentWidget(win.quiz)
    _present(win, qtbot, "1024x768")
    assert win.map.isVisible() and win.timeline.isVisible() and win.argument.isVisible()
    assert not win.quiz.isVisible()
    projection = win.rect()
    assert projection.contains(QRect(win.map.mapTo(win, QPoint(0, 0)), win.map.size()))
    assert win.map.width() > 0.4 * projection.width() and win.map.height() > 0.3 * projection.height()
    qtbot.keyClick(win, Qt.Key.Key_F5)
    assert not win.tours.presenting and win.tabs.currentWidget() is win.quiz and win.tabs.indexOf(win.map) == 0
    assert win.menuBar().isVisible() and QFontInfo(win.argument.font()).pixelSize() == QFontInfo(win.font()).pixelSize()


@pytest.mark.parametrize("presenting", [False, True])
def test_the_tour_bar_keeps_one_height_from_step_to_step(win, qtbot, presenting):
    """The bar is as tall at every step of the tour (the timeline under it never jumps), with or without presenter
    mode, however long each step's narrative is."""
    if presenting:
        _present(win, qtbot, "1024x768", step=0)
    else:
        win.tours.player.start("three-findings", 0)
    bar, heights, tops = win.tours.bar, set(), set()
    for index in range(len(win.tours.player.tour.steps)):
        win.tours.player.go(index)
        QApplication.processEvents()
        heights.add(bar.height())
        tops.add(win.timeline.mapTo(win, QPoint(0, 0)).y())
    assert len(heights) == 1 and len(tops) == 1


def test_the_map_legends_are_compact_in_presenter_mode_and_fold(win, qtbot):
    """In presenter mode the legends list only what the map shows and cover little of it; a click on a legend, or L,
    folds it to its heading and opens it again."""
    _present(win, qtbot, "1024x768", step=4)
    view = win.map.vb
    map_area = view.width() * view.height()
    legends = (win.map.legend, win.map.marker_legend)
    covered = sum(legend.boundingRect().width() * legend.boundingRect().height() for legend in legends)
    assert covered < 0.22 * map_area  # about half of what the full legends covered
    labels = [label.text for legend in legends for _sample, label in legend.items]
    assert not any("Disputed" in text for text in labels)
    rows = len(win.map.legend.items)
    qtbot.mouseClick(win.map.plot.viewport(), Qt.MouseButton.LeftButton,
                     pos=win.map.plot.mapFromScene(win.map.legend.sceneBoundingRect().center()))
    assert win.map.legend.folded and len(win.map.legend.items) == 1 < rows
    win.map.setFocus()
    qtbot.keyClick(win.map, Qt.Key.Key_L)
    assert not win.map.legend.folded and len(win.map.legend.items) == rows


# -- two screens ----------------------------------------------------------------------------------------

def test_two_screens_project_on_the_chosen_one_and_keep_the_lecturers_view(win, qtbot):
    """View > Presenter screen (remembered) puts the projection full screen on the projector; the laptop shows the
    step's narrative, the next step, the question with its answer and a clock, and follows the clicker."""
    win.tours.screen_menu.aboutToShow.emit()
    choice = next(a for a in win.tours.screen_menu.actions() if a.text().startswith("projector-1280x720"))
    choice.trigger()
    assert presenter.chosen_screen() == "projector-1280x720"
    win.tours.player.start("three-findings", 2)
    qtbot.keyClick(win, Qt.Key.Key_F5)
    shown = win.tours.presenter
    qtbot.waitUntil(lambda: win.screen().name() == "projector-1280x720" and win.isFullScreen())
    lecturer = shown.lecturer
    assert lecturer is not None and lecturer.isVisible() and lecturer.screen().name() == "laptop"
    assert "Uzbekistan joins" in lecturer.now.toPlainText()
    assert "Finding 2: outside pressure, the Tulip Revolution" in lecturer.coming.toPlainText()
    assert re.search(r"\d\d:\d\d", lecturer.clock.text())
    assert shown.ask() and "✔" in lecturer.question.toPlainText() and "✔" not in shown.layout.question.toPlainText()
    _key(qtbot, Qt.Key.Key_PageDown)
    _key(qtbot, Qt.Key.Key_PageDown)
    assert "March 2005" in lecturer.now.toPlainText() and not lecturer.question.isVisible()
    qtbot.keyClick(lecturer, Qt.Key.Key_B)  # the clicker steers from the laptop's window too
    assert shown.black.isVisible() and lecturer.black_note.isVisible()
    shown.leave()
    assert shown.lecturer is None and win.screen().name() == "laptop"


# -- text is text -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("language", ["en", "id"])
def test_no_step_shows_a_character_reference(qtbot, tmp_path, language):
    """Every step of the built-in tour, drawn as presenter mode's SVG, has its narrative as plain text: quotes and
    apostrophes as themselves, never "&quot;" or "&#x27;"."""
    from sco_app.ui import motion
    from sco_app.ui.export_text import document_info

    pack = load_pack(default_pack())
    state, window = build_window(pack, language)
    qtbot.addWidget(window)
    motion.set_instant(True)
    try:
        window.resize(1024, 768)
        window.show()
        window.tours.player.start("three-findings")
        window.tours.presenter.enter(QRect(0, 0, 1024, 768))
        for index, step in enumerate(pack.tour("three-findings").steps):
            window.tours.player.go(index)
            QApplication.processEvents()
            out = tmp_path / f"step-{index + 1}.svg"
            write_picture(window, out, (1024, 768), document_info(pack, language))
            root = ElementTree.parse(out).getroot()
            text = " ".join(" ".join(element.itertext()) for element in root.iter() if element.tag.endswith("text"))
            text = " ".join(text.split())
            assert not CHARACTER_REFERENCE.search(text), f"step {index + 1}: {CHARACTER_REFERENCE.search(text)[0]}"
            opening = " ".join(state.text(step.text).split()[:6])
            assert opening in text, f"step {index + 1} does not show its narrative"
        if language == "en":
            window.tours.player.go(2)
            assert '"three evils"' in window.tours.presenter.layout.narrative.toPlainText()
    finally:
        motion.set_instant(False)


def test_render_presenter_writes_the_projection(qapp, tmp_path, capsys):
    """sco-app render --presenter --tour ID --step N --size 1024x768 draws presenter mode at that size."""
    out = tmp_path / "slide.png"
    assert cli.main(["render", "--presenter", "--tour", "three-findings", "--step", "4", "--size", "1024x768",
                     "--out", str(out)]) == 0
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 768)
    assert cli.main(["render", "--presenter", "--view", "map", "--out", str(tmp_path / "x.png")]) == 2
    assert "presenter mode is the whole window" in capsys.readouterr().err


# -- the class question -----------------------------------------------------------------------------------

def test_every_question_of_the_pack_can_be_put_to_the_class(qtbot):
    """Each question of the built-in pack (its own and those made from it) is shown without its answer, then with the
    right answer the quiz engine grades right and its feedback; every kind of quiz item has a way to be shown."""
    from sco_app.core.authoring.quiz_items import quiz_items
    from sco_app.ui.class_question import ClassQuestion
    from sco_app.ui.results_view import Report
    from sco_app.ui.state import AppState

    state = AppState()
    state.load(load_pack(default_pack()))
    shown = ClassQuestion(state)
    qtbot.addWidget(shown)
    questions = quiz.questions_of(state.pack)
    assert {item.kind for item in quiz_items(state.pack, "en", questions)} <= set(shown.shown_item)
    report = Report(state)
    for question in questions:
        assert shown.ask(question.id)
        asked = shown.toPlainText()
        assert "✔" not in asked
        shown.reveal()
        revealed = " ".join(shown.toPlainText().split())
        grade = quiz.grade(question, quiz.right_response(question))
        assert grade.correct
        for part in report.answer_parts(question, grade.right, dates=question.type.value not in ("theory", "choice", "finding")):
            assert " ".join(part.split()) in revealed, (question.id, part)
        for feedback in grade.feedback:
            assert " ".join(state.text(feedback).split()) in revealed, question.id
    assert not shown.ask("no-such-question")


def test_compact_legends_fold_when_they_would_hide_the_map_and_a_click_opens_them(win, qtbot):
    """At the largest zoom on a 1024x768 projector the legends start folded to their headings (open they would hide
    more than a third of the map); a click opens one, and it stays open."""
    from sco_app.ui.map_legends import MOST_COVERED

    for _ in range(3):
        win.zoom(1)
    _present(win, qtbot, "1024x768", step=4)
    legend, view = win.map.legend, win.map.vb
    assert legend.folded and win.map.marker_legend.folded
    opened = sum(it.open_size().width() * it.open_size().height() for it in (legend, win.map.marker_legend))
    assert opened > MOST_COVERED * view.width() * view.height()
    qtbot.mouseClick(win.map.plot.viewport(), Qt.MouseButton.LeftButton,
                     pos=win.map.plot.mapFromScene(legend.sceneBoundingRect().center()))
    assert not legend.folded
    win.tours.player.next()  # a new step rebuilds the legends: the class's choice holds
    QApplication.processEvents()
    assert not legend.folded


def test_the_tour_bar_takes_its_short_captions_where_the_whole_ones_do_not_fit(qtbot):
    """Outside presenter mode too, a narrow bar (a small window, a large zoom) shows its short captions rather than
    cut buttons, and can be as narrow as those; with room again it shows the whole captions."""
    from sco_app.ui.state import AppState
    from sco_app.ui.tour_bar import TourBar
    from sco_app.ui.tour_player import TourPlayer

    state = AppState()
    state.load(load_pack(default_pack()))
    player = TourPlayer(state)
    bar = TourBar(state, player)
    qtbot.addWidget(bar)
    player.start("three-findings", 2)
    bar.resize(1400, bar.sizeHint().height())
    qtbot.waitUntil(lambda: bar.width() == 1400)
    assert bar.next_button.text() == "&Next ▶" and bar.end_button.text() == "End tour"
    bar.resize(bar.minimumWidth(), bar.height())
    qtbot.waitUntil(lambda: bar.next_button.text() == "▶")
    assert bar.minimumWidth() < 700 and bar.end_button.accessibleName() == "End tour"
    for button in (bar.previous_button, bar.next_button, bar.question_button, bar.presenter_button, bar.end_button):
        assert QRect(button.mapTo(bar, QPoint(0, 0)), button.size()).right() <= bar.width(), button.accessibleName()
    bar.resize(1400, bar.height())
    qtbot.waitUntil(lambda: bar.next_button.text() == "&Next ▶")
