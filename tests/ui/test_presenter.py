"""Presenter mode as a lecturer uses it: on a 1024x768 or 1280x720 projector, from the back row, on two screens."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontInfo, QImage
from PySide6.QtWidgets import QApplication

from sco_app import app, cli
from sco_app.core.packs import load_pack
from sco_app.core.resources import default_pack
from sco_app.ui import presenter, theme
from sco_app.ui.render import build_window, write_picture
from tests.ui.projection import (
    PROJECTORS, controls_outside, document_sizes, open_window, present, press, screen_named, text_sizes,
)

CHARACTER_REFERENCE = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);")


@pytest.fixture
def win(qtbot, monkeypatch):
    return open_window(qtbot, monkeypatch)


@pytest.mark.parametrize("projector", PROJECTORS)
@pytest.mark.parametrize("zoom", [0, 1, 2, 3])
def test_the_projection_fits_the_projector_at_every_zoom_step(win, qtbot, projector, zoom):
    """At 1024x768 and 1280x720 and zoom steps 0 to 3, presenter mode fills the screen and no more, every control is
    inside it, the timeline, map and narrative show, and at no zoom no text is smaller than 20 px."""
    for _ in range(zoom):
        win.zoom(1)
    present(win, qtbot, projector)
    screen = screen_named(PROJECTORS[projector]).geometry()
    assert win.geometry() == screen and win.minimumSizeHint().width() <= screen.width()
    assert win.minimumSizeHint().height() <= screen.height()
    assert controls_outside(win) == []
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
    present(win, qtbot, "1024x768")
    before = sorted(text_sizes(win))
    for _ in range(2):
        press(qtbot, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    after = sorted(text_sizes(win))
    assert min(after)[0] > min(before)[0] * 1.25, (min(before), min(after))
    assert QFontInfo(win.argument.font()).pixelSize() > 1.25 * presenter.presenter_pixels(768)
    assert QFontInfo(win.timeline.labels.font).pixelSize() > 1.25 * 0.9 * presenter.presenter_pixels(768)
    press(qtbot, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
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
    win.map.legends.fold(False)  # opened by a click: it stays open as the text grows

    def sizes():
        axis = win.timeline.plot.getPlotItem().getAxis("left").style["tickFont"]
        return {"filters": QFontInfo(win.filters.theory_label.font()).pixelSize(),
                "toggle": QFontInfo(next(iter(win.filters.theory_buttons.values())).font()).pixelSize(),
                "argument": QFontInfo(win.argument.font()).pixelSize(), "lanes": QFontInfo(axis).pixelSize(),
                "titles": QFontInfo(win.timeline.labels.font).pixelSize(),
                "legend": min(document_sizes(win.map.legend.items[1][1].item.document())),
                "names": max(QFontInfo(label.textItem.font()).pixelSize() for label in win.map._labels.values())}

    before = sizes()
    for _ in range(3):
        win.zoom(1)
    QApplication.processEvents()  # with a style sheet (high contrast has one) Qt hands the new font down in a moment
    after = sizes()
    for what in before:
        assert after[what] / before[what] == pytest.approx(theme.ZOOM_STEP ** 3, rel=0.15), what


def test_presenter_mode_shows_the_map_when_the_quiz_tab_was_open(win, qtbot):
    """With the Quiz tab open, presenter mode still shows the timeline, the map and the argument; leaving it puts
    the map back in its tab and the Quiz tab in front again."""
    win.tabs.setCurrentWidget(win.quiz)
    present(win, qtbot, "1024x768")
    assert win.map.isVisible() and win.timeline.isVisible() and win.argument.isVisible()
    assert not win.quiz.isVisible()
    projection = win.rect()
    assert projection.contains(QRect(win.map.mapTo(win, QPoint(0, 0)), win.map.size()))
    assert win.map.width() > 0.4 * projection.width() and win.map.height() > 0.3 * projection.height()
    qtbot.keyClick(win, Qt.Key.Key_F5)
    assert not win.tours.presenting and win.tabs.currentWidget() is win.quiz and win.tabs.indexOf(win.map) == 0
    qtbot.waitUntil(win.quiz.isVisible)
    assert not win.map.isVisible()  # the map under the quiz would show through its page
    assert not win.timeline.isVisible()  # the quiz's own layout again: the timeline folded beside it
    assert win.menuBar().isVisible() and QFontInfo(win.argument.font()).pixelSize() == QFontInfo(win.font()).pixelSize()


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
    steps, text = win.tours.player.tour.steps, win.state.text

    def opening(index: int) -> str:
        return " ".join(text(steps[index].text).split()[:5])

    assert opening(2) in " ".join(lecturer.now.toPlainText().split())
    assert text(steps[3].title) in lecturer.coming.toPlainText() and lecturer.coming.toPlainText().startswith("Next:")
    assert re.search(r"\d\d:\d\d", lecturer.clock.text())
    assert shown.ask() and "✔" in lecturer.question.toPlainText() and "✔" not in shown.layout.question.toPlainText()
    press(qtbot, Qt.Key.Key_PageDown)
    press(qtbot, Qt.Key.Key_PageDown)
    assert opening(3) in " ".join(lecturer.now.toPlainText().split()) and not lecturer.question.isVisible()
    size = QFontInfo(lecturer.now.font()).pixelSize()
    qtbot.keyClick(lecturer, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)  # the zoom keys work there too
    QApplication.processEvents()
    assert QFontInfo(lecturer.now.font()).pixelSize() > size
    assert QFontInfo(win.argument.font()).pixelSize() > presenter.presenter_pixels(720)
    qtbot.keyClick(lecturer, Qt.Key.Key_B)  # the clicker steers from the laptop's window too
    assert shown.black.isVisible() and lecturer.black_note.isVisible()
    shown.leave()
    assert shown.lecturer is None and win.screen().name() == "laptop"


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
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 768)
    assert cli.main(["render", "--presenter", "--view", "map", "--out", str(tmp_path / "x.png")]) == 2
    assert "presenter mode is the whole window" in capsys.readouterr().err
