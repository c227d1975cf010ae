"""The map, driven as a student would: move the date, click markers and countries, read the tooltips."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from sco_app.core import geo
from sco_app.core.dates import PartialDate
from sco_app.core.packs import load_pack
from sco_app.core.projection import forward
from sco_app.ui import theme
from sco_app.ui.map_view import MapView
from sco_app.ui.state import AppState

MINIMAL = Path(__file__).resolve().parents[1] / "packs" / "minimal"
ACTORS = """actors:
  - code: CHN
    statuses:
      - {status: founding-member, from: 2001-06-15}
  - code: IND
    statuses:
      - {status: observer, from: 2005-07-05, to: 2017-06-08}
      - {status: member, from: 2017-06-09}
  - code: PAK
    statuses:
      - {status: observer, from: 2005-07-05, to: 2017-06-08}
      - {status: member, from: 2017-06-09}
"""
INDIA = (77.0, 16.0)  # inland, away from the name at India's centre
PAKISTAN = (68.5, 26.5)
SRINAGAR = (74.8, 34.08)  # in Natural Earth's "Jammu and Kashmir" disputed area


@pytest.fixture
def pack(tmp_path):
    """tests/packs/minimal with China, India and Pakistan, and places for its two events."""
    folder = tmp_path / "south-asia"
    shutil.copytree(MINIMAL, folder)
    text = (folder / "pack.yaml").read_text(encoding="utf-8")
    start, end = text.index("actors:"), text.index("eras:")
    text = text[:start] + ACTORS + text[end:]
    text = text.replace("    date: 2001-06-15\n", "    date: 2001-06-15\n    place: {name: Shanghai, lon: 121.47, lat: 31.23}\n"
                        "    actors: [CHN]\n")
    text = text.replace("    date: 2003-05\n", "    date: 2003-05\n    place: {name: Astana, lon: 71.43, lat: 51.13}\n"
                        "    actors: [CHN, IND, PAK]\n")
    (folder / "pack.yaml").write_text(text, encoding="utf-8")
    return load_pack(folder)


@pytest.fixture
def shown(qtbot, pack):
    state = AppState()
    view = MapView(state)
    qtbot.addWidget(view)
    state.load(pack)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    return state, view


def _viewport_pos(view: MapView, lon: float, lat: float) -> QPoint:
    x, y = forward([lon, lat])
    return view.plot.mapFromScene(view.vb.mapViewToScene(QPointF(x, y)))


def _colour_at(view: MapView, lon: float, lat: float) -> QColor:
    image = view.plot.viewport().grab().toImage()
    return image.pixelColor(_viewport_pos(view, lon, lat) * image.devicePixelRatio())


def test_the_date_drives_the_fills(shown):
    """India and Pakistan are filled as observers on 1 Jun 2016 and as members on 1 Jul 2017."""
    state, view = shown
    state.set_date(PartialDate(2016, 6, 1))
    assert (view.status_fill("IND"), view.status_fill("PAK"), view.status_fill("CHN")) == ("observer", "observer", "member")
    assert _colour_at(view, *INDIA) == QColor(state.pack.status_kind("observer").colour)
    assert _colour_at(view, *PAKISTAN) == QColor(state.pack.status_kind("observer").colour)
    state.set_date(PartialDate(2017, 7, 1))
    assert (view.status_fill("IND"), view.status_fill("PAK")) == ("member", "member")
    assert _colour_at(view, *INDIA) == QColor(state.pack.status_kind("member").colour)
    assert "Status on 1 Jul 2017" in view.plot.getPlotItem().titleLabel.text


def test_before_membership_there_is_no_status(shown):
    """In 2001 India had no status yet: it is filled as "none" and its tooltip says so."""
    state, view = shown
    state.set_date(PartialDate(2001, 6, 15))
    assert view.status_fill("IND") == "none"
    assert "no status" in view.tooltip_at(*INDIA)


def test_events_after_the_date_are_hollow(shown):
    """On 15 Jun 2001 the Astana event (May 2003) is still to come: its marker is white, later in its theory's colour."""
    state, view = shown
    state.set_date(PartialDate(2001, 6, 15))
    assert _colour_at(view, 71.43, 51.13) == QColor("white")
    state.set_date(PartialDate(2017, 7, 1))
    assert _colour_at(view, 71.43, 51.13) == theme.theory_style(["t1"], "t1")[0]


def test_clicking_a_marker_selects_its_event(qtbot, shown):
    """A click on the Astana marker selects the event held there, and chooses no country."""
    state, view = shown
    with qtbot.assertNotEmitted(state.actor_chosen):
        qtbot.mouseClick(view.plot.viewport(), Qt.MouseButton.LeftButton, pos=_viewport_pos(view, 71.43, 51.13))
    assert state.selected == "ev2"
    assert state.date == PartialDate(2003, 5)
    assert "States in the chosen event" in [label.text for _, label in view.legend.items]


def test_clicking_a_country_chooses_it(qtbot, shown):
    """A click inside India emits actor_chosen("IND"); a click on a state outside the pack emits nothing."""
    state, view = shown
    with qtbot.waitSignal(state.actor_chosen, timeout=1000) as blocker:
        qtbot.mouseClick(view.plot.viewport(), Qt.MouseButton.LeftButton, pos=_viewport_pos(view, *INDIA))
    assert blocker.args == ["IND"]
    with qtbot.assertNotEmitted(state.actor_chosen):  # Dhaka: Bangladesh is not in this pack
        qtbot.mouseClick(view.plot.viewport(), Qt.MouseButton.LeftButton, pos=_viewport_pos(view, 90.4, 23.7))
    assert state.selected == ""


def test_kashmir_tooltip_quotes_natural_earth(qtbot, shown):
    """Hovering Jammu and Kashmir shows its name, Natural Earth's own note and the claimants."""
    _state, view = shown
    note = next(a.note for a in geo.load_disputed_areas() if a.name == "Jammu and Kashmir")
    text = view.tooltip_at(*SRINAGAR)
    assert "Jammu and Kashmir" in text and f"Natural Earth: {note}" in text and "Pakistan" in text
    viewport = view.plot.viewport()
    pos = _viewport_pos(view, *SRINAGAR)
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, pos, viewport.mapToGlobal(pos)))
    assert note in QToolTip.text()
    QToolTip.hideText()


def test_lens_outlines_and_names_the_theory(shown):
    """Choosing a lens adds it to the legend; choosing none removes it."""
    state, view = shown
    state.set_lens("t1")
    assert "Lens: Theory one" in [label.text for _, label in view.legend.items]
    state.set_lens("")
    assert not any(label.text.startswith("Lens") for _, label in view.legend.items)


def test_keys_zoom_and_reset(qtbot, shown):
    """+ zooms in, - zooms out and 0 frames the pack's states again."""
    _state, view = shown
    view.setFocus()
    home = view.vb.viewRect().width()
    qtbot.keyClick(view, "+")
    assert view.vb.viewRect().width() < home
    qtbot.keyClick(view, "0")
    assert view.vb.viewRect().width() == pytest.approx(home, rel=1e-6)
    qtbot.keyClick(view, "-")
    assert view.vb.viewRect().width() > home


def test_the_map_can_be_named_and_focused(shown):
    """A screen reader finds a name, and a description that lists the states by status."""
    _state, view = shown
    assert view.accessibleName()
    assert view.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert "China" in view.accessibleDescription()


def test_a_full_repaint_is_not_blank(shown):
    """Grabbing the whole widget draws land, sea, statuses and the legend."""
    _state, view = shown
    image = view.grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 9) for y in range(0, image.height(), 9)}
    assert len(colours) > 8


def test_the_legends_never_overlap(shown, qtbot):
    """Tall, the events' legend sits under the statuses' one; short, it moves to the top right corner."""
    _state, view = shown
    assert view.marker_legend.opts["offset"] == (8, -8)  # bottom left
    view.resize(1000, 200)
    qtbot.waitUntil(lambda: view.marker_legend.opts["offset"] == (-8, 8))  # top right
    QApplication.processEvents()
    a = view.legend.mapRectToScene(view.legend.boundingRect())
    b = view.marker_legend.mapRectToScene(view.marker_legend.boundingRect())
    assert not a.intersects(b)
    view.resize(1000, 700)
    qtbot.waitUntil(lambda: view.marker_legend.opts["offset"] == (8, -8))


def test_disputed_areas_are_never_filled_with_a_claimants_status(shown):
    """Jammu and Kashmir, inside India's shape, stays neutral and hatched while India is filled as a member."""
    state, view = shown
    state.set_date(PartialDate(2017, 7, 1))
    member = QColor(state.pack.status_kind("member").colour)
    assert _colour_at(view, *INDIA) == member
    assert _colour_at(view, *SRINAGAR) != member and _colour_at(view, *SRINAGAR).hue() != member.hue()
    assert "Disputed area (Natural Earth), no status" in [label.text for _, label in view.legend.items]


def test_the_legend_lists_only_the_statuses_the_pack_uses(shown):
    """A pack without Shanghai Five participants shows no legend row for them."""
    _state, view = shown
    labels = [label.text for _, label in view.legend.items]
    assert "Member" in labels and "Observer" in labels
    assert not any("Shanghai Five" in text for text in labels)


@pytest.mark.parametrize("day", [PartialDate(2001, 6, 15), PartialDate(2005, 7, 5)])
def test_crimea_is_never_drawn_as_part_of_a_member(qtbot, monkeypatch, day):
    """On the SCO pack's map, Crimea (inside Russia's de facto shape) is not filled in Russia's member colour."""
    from sco_app.core.resources import lessons_dir

    monkeypatch.setenv("SCO_APP_REDUCED_MOTION", "1")  # framing jumps instead of gliding
    state = AppState()
    view = MapView(state)
    qtbot.addWidget(view)
    state.load(load_pack(lessons_dir() / "sco-balancing"))
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    state.set_date(day)
    view.frame(["UKR"])
    member = QColor(state.pack.status_kind("member").colour)
    assert view.status_fill("RUS") == "member" and _colour_at(view, 40.0, 50.5) == member
    assert _colour_at(view, 34.1, 44.95).hue() != member.hue()  # Simferopol
