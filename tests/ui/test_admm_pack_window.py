"""The second example pack (ASEAN's ADMM) in the window: its own legend, opening view, works, sea and tour."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QApplication

from sco_app import app
from sco_app.core.dates import parse_date
from sco_app.core.resources import lessons_dir

ADMM = lessons_dir() / "admm-defence"


@pytest.fixture
def win(qtbot, monkeypatch):
    monkeypatch.setenv("SCO_APP_REDUCED_MOTION", "1")
    _state, window = app.build(ADMM, language="en")
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    qtbot.waitExposed(window)
    return window


def _legend_rows(win) -> list[str]:
    """The states' legend's rows as a student reads them, opened (on a small map it starts folded)."""
    win.map.legends.fold(False)
    return [label.text for _sample, label in win.map.legend.items]


def test_the_legend_names_the_packs_own_kinds(win):
    """The states' legend lists ASEAN members, the observer and ADMM-Plus countries, and no SCO words."""
    rows = _legend_rows(win)
    assert any("ASEAN member (in the ADMM)" in row for row in rows)
    assert any("ADMM-Plus country" in row for row in rows)
    assert not any("Dialogue partner" in row or "SCO" in row or "Shanghai" in row for row in rows)


def test_the_map_opens_on_the_pacific_with_new_zealand_and_the_united_states(win, qtbot):
    """Framing the lesson (key 0) shows the pack's view: Jakarta, Wellington and Washington are all in sight, and on
    the chosen date the United States is filled as an ADMM-Plus country."""
    win.state.set_date(parse_date("2019-09-10"))
    win.map.setFocus()
    qtbot.keyClick(win.map.plot, "0")
    (x0, x1), (y0, y1) = win.map.vb.viewRange()
    shown = QRectF(x0, y0, x1 - x0, y1 - y0)
    for lon, lat in ((106.8, -6.2), (174.8, -41.3), (-77.0, 38.9)):
        assert shown.contains(QPointF(*win.map.projection.forward([lon, lat]))), (lon, lat)
    assert win.map.status_fill("USA") == "plus-country" and win.map.status_fill("NZL") == "plus-country"
    assert win.map.status_fill("IDN") == "member"


def test_the_sea_is_named_in_the_tooltip(win):
    """Pointing at the South China Sea names it and says who claims it."""
    tip = win.map.tooltip_at(113.0, 13.0)
    assert "South China Sea" in tip and "Philippines" in tip


def test_asean_is_listed_as_an_organisation_with_no_shape(win, qtbot):
    """The states list shows ASEAN as an organisation; its card says the map has no shape for it."""
    model = win.actors.view.model()
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert "ASEAN (the Association) (organisation)" in names
    win.state.choose_actor("ASEAN")  # what choosing its row does
    assert "An organisation: the map has no shape for it." in win.argument.toPlainText()


def test_the_timeline_draws_every_event_in_the_packs_lanes(win):
    """All ten events are on the timeline, in the pack's three lanes."""
    assert sorted(win.timeline.ids) == sorted(e.id for e in win.state.pack.events) and len(win.timeline.ids) == 10
    assert win.timeline.lane_titles[0].startswith("Ministers")


def test_a_tour_step_marks_a_concept_papers_aims_in_its_words(win, qtbot):
    """The tour's third step selects the first ADMM-Plus; the argument panel heads the paper's text "Aims set out in"
    and calls the reading an aim the concept paper itself states."""
    win.tours.player.start("admm-in-four-steps", 2)
    qtbot.waitUntil(lambda: win.state.selected == "first-admm-plus")
    text = win.argument.toPlainText()
    assert "Aims set out in ASEAN Defence Ministers' Meeting, ADMM-Plus Concept Paper" in text
    assert "An aim the concept paper itself states" in text
    assert "The paper's own argument" not in text and "Abstract of" not in text
    assert "October 2010, Hanoi" in win.tours.bar.text.toPlainText()


def test_in_indonesian_the_legend_and_the_translated_aims_say_so(qtbot, monkeypatch):
    """In Bahasa Indonesia the legend is the pack's Indonesian, and the aims are marked as a translation."""
    monkeypatch.setenv("SCO_APP_REDUCED_MOTION", "1")
    _state, window = app.build(ADMM, language="id")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert any("Negara ADMM-Plus" in row for row in _legend_rows(window))
    window.state.select("first-admm")
    text = window.argument.toPlainText()
    assert "Tujuan yang dirumuskan dalam" in text and "(terjemahan; karya ini berbahasa Inggris)" in text
    QApplication.processEvents()


def test_the_welcome_names_both_works(win, qtbot):
    """The welcome says the lesson makes two works explorable, and names each."""
    from PySide6.QtWidgets import QLabel

    from sco_app.ui.welcome import WelcomeDialog

    dialog = WelcomeDialog(win.state, win)
    qtbot.addWidget(dialog)
    intro = next(label.text() for label in dialog.findChildren(QLabel) if "explorable" in label.text())
    assert intro.startswith("This lesson makes 2 works explorable:")
    assert "Concept Paper for the Establishment of an ASEAN Defence Ministers' Meeting" in intro
    assert "ADMM-Plus Concept Paper" in intro


def test_sco_app_render_draws_its_map_with_its_own_fills(qapp, tmp_path, capsys):
    """`sco-app render --view map` of the example pack writes a map whose fills are its kinds' colours (the
    ADMM-Plus countries' orange dots and the members' solid blue)."""
    from PySide6.QtGui import QColor, QImage

    from sco_app.cli import main

    out = tmp_path / "map.png"
    assert main(["render", "--pack", str(ADMM), "--view", "map", "--date", "2019-09-10", "--size", "900x600",
                 "--out", str(out)]) == 0
    image = QImage(str(out))
    colours = {QColor(image.pixel(x, y)).name().upper() for x in range(0, 900, 3) for y in range(0, 600, 3)}
    assert {"#0072B2", "#E69F00"} <= colours
