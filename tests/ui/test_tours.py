"""Tours as a class uses them: keys and clickers move through the steps, presenter mode, deep links, pictures."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from sco_app import app, cli
from sco_app.core.dates import PartialDate
from sco_app.ui import motion
from sco_app.ui.pack_images import SCHEME
from sco_app.ui.render import render

TEMPLATE = Path(app.lessons_dir()) / "template"
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000002000000020802000000fdd49a73"  # 2x2, red
                    "0000001049444154789c6338212707440c100a001f260411a28f22af0000000049454e44ae426082")


@pytest.fixture
def win(qtbot, monkeypatch):
    monkeypatch.setenv("SCO_APP_REDUCED_MOTION", "1")  # steps land at once; a test below glides on purpose
    _state, window = app.build()
    qtbot.addWidget(window)
    window.resize(1300, 860)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget() or QApplication.activeWindow(), key, modifier)


def test_keys_and_clicker_walk_the_tour_and_each_step_sets_the_views(win, qtbot):
    """Ctrl+T starts the tour; Right, Space, Page Down go on, Left and Page Up go back; each step selects its event,
    sets the date, the lens and the marked passages, and the bar says where the class is."""
    state, bar = win.state, win.tours.bar
    _key(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert win.tours.player.playing and bar.isVisible() and bar.steps.currentIndex() == 0
    assert state.selected == "" and state.highlight == {"aims", "method"} and state.date == PartialDate(1996, 4, 26)
    _key(qtbot, Qt.Key.Key_Right)
    assert state.selected == "border-agreement-1996" and state.lens == "balance-of-threat"
    assert "7,000 km" in bar.text.toPlainText() and bar.steps.currentText().startswith("Step 2 of 10")
    _key(qtbot, Qt.Key.Key_PageDown)  # as a presentation clicker sends it
    assert state.selected == "shanghai-convention" and bar.question_button.isVisible()
    _key(qtbot, Qt.Key.Key_Space)
    _key(qtbot, Qt.Key.Key_Space)
    _key(qtbot, Qt.Key.Key_PageDown)
    assert state.selected == "peace-mission-2007" and state.lens == "balance-of-power"
    assert state.highlight == {"finding-2"} and state.date == PartialDate(2007, 8, 9)
    assert "▶ Finding 2" in win.argument.toPlainText()  # the step's passage is marked in the argument panel
    assert win.filters.lens.currentData() == "balance-of-power"
    _key(qtbot, Qt.Key.Key_PageUp)
    _key(qtbot, Qt.Key.Key_Left)
    assert state.selected == "tulip-revolution" and state.highlight == frozenset()
    _key(qtbot, Qt.Key.Key_End)
    assert state.selected == "belarus-joins-2024" and not bar.next_button.isEnabled()
    _key(qtbot, Qt.Key.Key_Right)  # past the end: stays
    assert state.selected == "belarus-joins-2024"
    _key(qtbot, Qt.Key.Key_Escape)
    assert not win.tours.player.playing and not bar.isVisible() and state.lens == ""
    _key(qtbot, Qt.Key.Key_Right)  # without a tour, Right is the next event again
    assert state.selected == "laos-partner-agreed-2025"


def test_a_step_frames_the_timeline_on_its_period_and_the_map_on_its_states(win):
    """Step 4 (the Tulip Revolution) shows mid-2004 to mid-2006 and Kyrgyzstan among its neighbours."""
    win.tours.player.start("three-findings", 3)
    (left, right), _ = win.timeline.box.viewRange()
    first, last = PartialDate(2004, 6).first_day, PartialDate(2006, 6).last_day
    from sco_app.ui.timeline_view import to_x

    assert left < to_x(first) < to_x(last) < right and right - left < 3 * (to_x(last) - to_x(first))
    view = win.map.vb.viewRect()
    kyrgyzstan = win.map._paths["KGZ"].boundingRect()
    assert view.contains(kyrgyzstan) and view.width() < 4 * 4500


def test_a_glide_is_short_and_lands_on_the_target(win, qtbot, monkeypatch):
    """With motion allowed, framing a period glides there in under 300 ms; with reduced motion it jumps."""
    monkeypatch.delenv("SCO_APP_REDUCED_MOTION")
    from sco_app.ui.timeline_view import to_x

    first, last = PartialDate(2010).first_day, PartialDate(2012).last_day
    win.timeline.show_period(first, last)
    assert win.timeline._glide.running()
    qtbot.waitUntil(lambda: not win.timeline._glide.running(), timeout=motion.MOST_MS + 300)
    (left, right), _ = win.timeline.box.viewRange()
    assert left == pytest.approx(to_x(first) - 0.03 * (to_x(last) + 86400 - to_x(first)), rel=1e-6)
    monkeypatch.setenv("SCO_APP_REDUCED_MOTION", "1")
    win.timeline.show_period(PartialDate(2001).first_day, PartialDate(2002).last_day)
    assert not win.timeline._glide.running()


def test_check_your_understanding_opens_the_steps_question(win, qtbot, tmp_path, monkeypatch):
    """The step's question is asked in the quiz, on its own."""
    win.tours.player.start("three-findings", 2)
    win.quiz.set_profile(win.quiz.store.create_profile("Ana"))
    qtbot.mouseClick(win.tours.bar.question_button, Qt.MouseButton.LeftButton)
    assert win.tabs.currentWidget() is win.quiz and [q.id for q in win.quiz.rounds.pool()] == ["th-sco-founded"]


def test_presenter_mode_hides_the_chrome_and_enlarges_the_text(win, qtbot):
    """F5: full screen, no menu bar or filters, the argument and the tour bar in larger type; Escape comes back."""
    win.tours.player.start("three-findings", 1)
    size = win.argument.font().pointSizeF()
    _key(qtbot, Qt.Key.Key_F5)
    assert win.tours.presenting and win.isFullScreen()
    assert not win.menuBar().isVisible() and not win.filters.isVisible()
    assert win.argument.font().pointSizeF() > size * 1.5 and win.tours.bar.font() == win.argument.font()
    before = win.state.selected
    _key(qtbot, Qt.Key.Key_Space)  # in presenter mode Space goes on from anywhere
    assert win.state.selected != before
    _key(qtbot, Qt.Key.Key_Escape)
    assert not win.tours.presenting and win.menuBar().isVisible() and win.argument.font().pointSizeF() == size
    assert win.tours.player.playing  # Escape left presenter mode, not the tour


def test_every_step_of_the_sco_tour_renders(win):
    """Each step draws a different, non-blank picture of the window."""
    tour = win.state.pack.tour("three-findings")
    pictures = []
    for index in range(len(tour.steps)):
        win.tours.player.go(index) if win.tours.player.playing else win.tours.player.start(tour.id, index)
        QApplication.processEvents()
        image: QImage = win.grab().toImage()
        colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 37)}
        assert len(colours) > 20, f"step {index + 1} looks blank"
        pictures.append(image)
    assert all(a != b for a, b in zip(pictures, pictures[1:]))


def test_the_narrative_shows_quotes_and_apostrophes_as_written(win):
    """A step's text is shown as written: "the paper's" reads as such, not as an HTML entity."""
    win.tours.player.start("three-findings", 2)
    shown = win.tours.bar.text.toPlainText()
    assert "the SCO itself calls the \"three evils\"" in shown and "&#x27;" not in shown and "&quot;" not in shown


def test_render_draws_a_tour_step_and_refuses_an_unknown_one(tmp_path):
    """sco-app render --tour ID --step N writes the step; a wrong tour or step is a clear error."""
    out = render(None, "main", tmp_path / "step.png", tour="three-findings", step=6, size=(1000, 700))
    image = QImage(str(out))
    assert image.width() == 1000
    assert cli.main(["render", "--tour", "three-findings", "--step", "11", "--out", str(tmp_path / "x.png")]) == 2
    assert cli.main(["render", "--tour", "no-such-tour", "--out", str(tmp_path / "x.png")]) == 2
    assert not (tmp_path / "x.png").exists()


def test_deep_links_open_at_the_place_or_say_what_is_wrong(win, capsys, answer_boxes):
    """open_at selects the event, sets the date, plays the tour at a step; a bad link names the fix (the box: Quit)."""
    answer_boxes("Quit", "Quit")
    app.open_at(win.state, win, event="andijan-unrest", date=PartialDate(2006, 1, 1))
    assert win.state.selected == "andijan-unrest" and win.state.date == PartialDate(2006, 1, 1)
    app.open_at(win.state, win, tour="three-findings", step=7)
    assert win.state.selected == "sco-csto-memorandum" and win.tours.bar.steps.currentIndex() == 6
    assert cli.main(["--event", "andijan-unrst"]) == 2
    assert "did you mean 'andijan-unrest'" in capsys.readouterr().err
    assert cli.main(["--tour", "three-findings", "--step", "99"]) == 2
    assert "steps 1 to 10" in capsys.readouterr().err


def test_event_and_step_pictures_show_with_caption_and_credit(qtbot, tmp_path, monkeypatch):
    """A pack's image appears in the argument panel and in the tour bar, read from inside the pack."""
    monkeypatch.setenv("SCO_APP_REDUCED_MOTION", "1")
    folder = tmp_path / "pack"
    shutil.copytree(TEMPLATE, folder)
    (folder / "images").mkdir()
    (folder / "images" / "summit.png").write_bytes(PNG)
    text = (folder / "pack.yaml").read_text(encoding="utf-8")
    image = ("    image: {file: images/summit.png, alt: Leaders at a table, caption: The summit hall, "
             "credit: 'Photo: A. Person, CC BY 4.0'}\n")
    text = text.replace("    place: {name: Shanghai, lon: 121.47, lat: 31.23}\n",
                        "    place: {name: Shanghai, lon: 121.47, lat: 31.23}\n" + image, 1)
    text += ("\ntours:\n  - id: t\n    title: A tour\n    steps:\n      - text: Look at this.\n"
             "        event: border-agreement-1996\n" + image.replace("    image", "        image"))
    (folder / "pack.yaml").write_text(text, encoding="utf-8")
    state, window = app.build(folder)
    qtbot.addWidget(window)
    window.show()
    state.select("border-agreement-1996")
    html = window.argument.toHtml()
    assert f"{SCHEME}:images/summit.png" in html and "The summit hall" in html and "CC BY 4.0" in html
    window.tours.player.start("t")
    assert window.tours.bar.picture.isVisible() and not window.tours.bar.picture.pixmap().isNull()
    assert window.tours.bar.picture.accessibleDescription() == "Leaders at a table"
    assert QColor(window.tours.bar.picture.pixmap().toImage().pixel(0, 0)).alpha() == 255


def test_view_reduce_motion_is_remembered_and_makes_steps_jump(win, monkeypatch):
    """View > Reduce motion: remembered in the settings, and framing no longer glides."""
    monkeypatch.delenv("SCO_APP_REDUCED_MOTION")
    assert not motion.reduced_motion()
    win.tours.reduce_motion_action.trigger()
    assert motion.reduced_motion()
    win.timeline.show_period(PartialDate(2010).first_day, PartialDate(2012).last_day)
    assert not win.timeline._glide.running()
    win.tours.reduce_motion_action.trigger()
    assert not motion.reduced_motion()


def test_a_step_about_the_source_scrolls_to_its_marked_passage(win):
    """Step 8 (finding 3, no event): the argument panel shows the source with finding 3 marked and in view."""
    win.tours.player.start("three-findings", 7)
    panel = win.argument
    assert win.state.selected == "" and "▶ Finding 3" in panel.toPlainText()
    assert panel.verticalScrollBar().value() > 0
    cursor = panel.cursorForPosition(panel.viewport().rect().center())
    assert cursor.position() > panel.toPlainText().index("The source text")


def test_the_tour_bar_is_named_for_screen_readers_and_reached_by_tab(win, qtbot):
    """With a tour playing, every control of the bar has an accessible name and Tab reaches Next from the bar."""
    from PySide6.QtWidgets import QAbstractButton, QComboBox

    win.tours.player.start("three-findings", 1)
    controls = [w for kind in (QAbstractButton, QComboBox) for w in win.tours.bar.findChildren(kind) if w.isVisible()]
    assert controls and all(w.accessibleName() for w in controls)
    visited, widget = set(), win.tours.bar
    for _ in range(12):
        widget = widget.nextInFocusChain()
        visited.add(widget)
    assert win.tours.bar.next_button in visited and win.tours.bar.steps in visited
