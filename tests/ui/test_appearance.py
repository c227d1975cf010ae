"""Light, dark and high contrast: the views take their ink from the palette, and nothing is told by colour alone."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QComboBox, QHeaderView

from sco_app import app
from sco_app.core.preferences import HIGH_CONTRAST
from sco_app.ui import theme
from sco_app.ui.private_settings import preferences


@pytest.fixture
def win(qtbot):
    _state, window = app.build()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#202124"), (QPalette.ColorRole.WindowText, "#E8EAED"),
                         (QPalette.ColorRole.Base, "#17181A"), (QPalette.ColorRole.Text, "#E8EAED")):
        palette.setColor(role, QColor(colour))
    return palette


def test_high_contrast_from_the_view_menu_rebuilds_in_white_on_black(win, qtbot):
    """View > High contrast: a new window on the same event and date, black paper, white ink, wide lines, remembered."""
    state = win.state
    state.select("peace-mission-2007")
    date = state.date
    replaced = []
    win.contrast_requested.connect(lambda on: replaced.append(on))
    win.contrast_action.trigger()
    assert replaced == [True] and theme.high_contrast()
    new = app._windows[0]
    qtbot.addWidget(new)
    assert new is not win and new.state.selected == "peace-mission-2007" and new.state.date == date
    assert QApplication.instance().palette().color(QPalette.ColorRole.Window) == QColor("black")
    assert new.map.scheme.name == "contrast" and new.map.plot.backgroundBrush().color() == QColor("black")
    assert new.timeline.labels.ink == QColor("white")
    assert preferences().get(HIGH_CONTRAST)
    assert new.contrast_action.isChecked()
    new.contrast_action.trigger()  # and back
    assert not theme.high_contrast()
    assert QApplication.instance().palette().color(QPalette.ColorRole.Window) != QColor("black")
    assert app._windows[0].map.scheme.name == "light"
    qtbot.addWidget(app._windows[0])


def test_a_dark_system_palette_gives_light_ink_on_the_views(qtbot):
    """With a dark palette the timeline's titles and axes are light, the sea dark, and the labels stay readable."""
    application = QApplication.instance()
    before = QPalette(application.palette())
    application.setPalette(_dark_palette())
    try:
        _state, window = app.build()
        qtbot.addWidget(window)
        assert window.map.scheme.name == "dark"
        assert window.timeline.labels.ink.lightness() > 200
        assert window.map.plot.backgroundBrush().color().lightness() < 60
        assert window.timeline.plot.getPlotItem().getAxis("bottom").textPen().color().lightness() > 200
    finally:
        application.setPalette(before)


def _mask(kind) -> list[bool]:
    """Where a status fill has its colour (True) or the ground (False): the pattern without the colour."""
    image: QImage = theme.status_brush(kind).texture().toImage()
    ground = theme.scheme().land
    return [abs(QColor(image.pixel(x, y)).lightness() - ground.lightness()) > 20 or
            QColor(image.pixel(x, y)).hue() != ground.hue()
            for y in range(image.height()) for x in range(image.width())]


def _drawn_kinds(pack) -> dict:
    return {kind.id: kind for kind in pack.status_kinds if kind.shown_as is None}


def test_every_fill_has_a_painter():
    """Each fill pattern a pack may name (the core's closed set) is drawn by the theme."""
    from sco_app.core.status_kinds import FILLS

    assert set(theme.FILL_PAINTERS) == set(FILLS)


def test_every_status_fill_differs_by_pattern_not_only_by_colour(win):
    """The SCO lesson's member, observer, partner and other kinds, and the Shanghai Five: solid, stripes, dots,
    cross-hatch and bands, so that grey print tells them apart."""
    masks = {kind_id: _mask(kind) for kind_id, kind in _drawn_kinds(win.state.pack).items()}
    assert set(masks) == {"shanghai-five", "member", "observer", "partner", "guest"}
    assert all(masks["member"])  # solid
    for a, b in itertools.combinations(masks, 2):
        assert masks[a] != masks[b], f"{a} and {b} have the same pattern"
    for kind_id in ("observer", "partner", "guest", "shanghai-five"):
        share = sum(masks[kind_id]) / len(masks[kind_id])
        assert 0.15 < share < 0.85, f"{kind_id}'s pattern is {share:.0%} colour: too close to solid or empty"


def test_the_map_legend_shows_each_status_in_its_pattern(win):
    """The legend's samples use the same patterned brushes as the states."""
    win.map.legends.fold(False)  # opened (on a small map it starts folded to its heading)
    swatches = [sample.brush for sample, _label in win.map.legend.items if getattr(sample, "brush", None) is not None]
    keys = {theme.status_brush(kind).texture().toImage().bits().tobytes() for kind in _drawn_kinds(win.state.pack).values()}
    shown = {b.texture().toImage().bits().tobytes() for b in swatches if not b.texture().isNull()}
    assert keys <= shown


@pytest.mark.parametrize("tab", ["map", "events", "actors", "quiz"])
def test_every_view_has_an_accessible_name_and_description(win, tab):
    """Each scrolling view on screen (lists, tables, text, plots) is named and described for a screen reader."""
    win.tabs.setCurrentWidget(getattr(win, tab))
    views = [w for w in win.findChildren(QAbstractScrollArea)
             if w.isVisible() and not isinstance(w, QHeaderView) and not isinstance(w.parent(), QComboBox)
             and not isinstance(w.parentWidget(), QComboBox)]
    assert views
    missing = [f"{type(w).__name__} {w.accessibleName()!r}" for w in views
               if not (w.accessibleName() and w.accessibleDescription())]
    assert missing == []
    assert win.map.accessibleDescription() and win.timeline.plot.accessibleDescription()
