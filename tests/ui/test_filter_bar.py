"""The filter bar: choice boxes never cut a choice silently, its controls wrap rather than widen the window, and
its theory toggles show on and off by more than colour, in every theme, at every zoom."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from sco_app import app
from sco_app.core.packs import load_pack
from sco_app.core.resources import default_pack
from sco_app.ui import theme
from sco_app.ui.filter_bar import FilterBar
from sco_app.ui.state import AppState


@pytest.fixture
def window(qtbot):
    state, win = app.build()
    qtbot.addWidget(win)
    win.resize(1366, 740)
    win.show()
    qtbot.waitExposed(win)
    return state, win


def test_a_theory_lens_is_shown_whole(qtbot, window):
    """"Balance of interests" in the lens box is drawn whole (it used to read "Balance of intere")."""
    _state, win = window
    lens = win.filters.lens
    lens.setCurrentIndex(lens.findData("balance-of-interests"))
    assert lens.shown_text() == lens.currentText() == "Balance of interests"
    assert "Balance of interests" not in lens.toolTip()  # nothing cut, nothing to add


def test_a_long_lane_ends_in_an_ellipsis_and_its_tooltip_names_it(qtbot, window):
    """A lane too long for its box ends in "…" and the box's tooltip gives the lane whole; the list shows it whole."""
    _state, win = window
    lane = win.filters.lane
    lane.setCurrentIndex(lane.findData("alignment"))
    shown = lane.shown_text()
    assert shown.endswith("…") and shown.startswith("Alignment: the")
    assert lane.toolTip().startswith("Alignment: the CSTO and foreign bases")
    assert lane.fontMetrics().horizontalAdvance(shown) < lane.width()


def _row_of(widget, bar) -> int:
    return widget.parentWidget().mapTo(bar, QPoint(0, 0)).y()


def _rows(controls, bar) -> int:
    """How many rows the controls stand in (tops a few pixels apart are one row: the toggles' borders differ)."""
    tops = sorted(_row_of(w, bar) for w in controls)
    return 1 + sum(b - a > 8 for a, b in zip(tops, tops[1:]))


def test_the_controls_wrap_in_a_narrow_window_and_stay_whole(qtbot, window):
    """In one row at 1366 pixels; at 600 pixels the choices move to further rows, every one inside the bar."""
    _state, win = window
    bar = win.filters
    controls = [bar.theory_label, bar.lane, bar.country, bar.lens]
    assert _rows(controls, bar) == 1
    win.resize(600, 740)
    qtbot.waitUntil(lambda: bar.width() <= 600)
    assert _rows(controls, bar) > 1
    for widget in controls:
        where = QRect(widget.mapTo(bar, QPoint(0, 0)), widget.size())
        assert bar.rect().contains(where) and widget.width() >= widget.minimumSizeHint().width()


def _dark() -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#202124"), (QPalette.ColorRole.WindowText, "#E8EAED"),
                         (QPalette.ColorRole.Base, "#17181A"), (QPalette.ColorRole.Text, "#E8EAED"),
                         (QPalette.ColorRole.Button, "#2A2B2E"), (QPalette.ColorRole.ButtonText, "#E8EAED")):
        palette.setColor(role, QColor(colour))
    return palette


def _grey(image: QImage) -> list[int]:
    return [QColor(image.pixel(x, y)).lightness() for y in range(image.height()) for x in range(image.width())]


@pytest.fixture(params=["light", "dark", "contrast"])
def bar(request, qtbot):
    application = QApplication.instance()
    before = QPalette(application.palette())
    if request.param == "dark":
        application.setPalette(_dark())
    theme.set_high_contrast(application, request.param == "contrast")
    state = AppState()
    widget = FilterBar(state)
    qtbot.addWidget(widget)
    state.load(load_pack(default_pack()))
    widget.show()
    qtbot.waitExposed(widget)
    assert theme.scheme().name == request.param
    yield widget
    application.setPalette(before)


def test_a_theory_toggle_shows_on_and_off_by_mark_fill_and_border(bar, qtbot):
    """Turned off, a toggle loses its check mark, its fill and its solid border: its picture differs in grey alone
    (as a colour-blind student or a grey projector shows it), and it keeps its width so the row does not move."""
    button = next(iter(bar.theory_buttons.values()))
    on_text, on_picture, width = button.text(), button.grab().toImage(), button.width()
    button.click()
    QApplication.processEvents()
    off_text, off_picture = button.text(), button.grab().toImage()
    assert on_text.startswith("✓") and not off_text.startswith("✓") and button.width() == width
    assert bar.state.theories and next(iter(bar.theory_buttons)) not in bar.state.theories
    on, off = _grey(on_picture), _grey(off_picture)
    changed = sum(abs(a - b) > 25 for a, b in zip(on, off))
    assert changed > 0.25 * len(on)  # the fill, not a few pixels of text
    edge = [(x, 0) for x in range(4, on_picture.width() - 4)]  # the top border
    assert any(abs(QColor(on_picture.pixel(x, y)).lightness() - QColor(off_picture.pixel(x, y)).lightness()) > 25
               for x, y in edge)


def test_toggles_grow_with_the_zoom(bar, qtbot):
    """Ctrl+= makes the toggles' text and icons larger too."""
    button = next(iter(bar.theory_buttons.values()))
    height, icon = button.sizeHint().height(), button.iconSize().height()
    theme.apply_zoom(QApplication.instance(), theme.ZOOM_STEP ** 3)
    QApplication.processEvents()
    assert button.sizeHint().height() > 1.2 * height and button.iconSize().height() > 1.4 * icon


def test_the_legend_takes_its_short_form_where_the_whole_would_need_more_than_two_lines(qtbot, bar):
    """Wide, the legend names each theory whole; narrow, it gives the thinkers' surnames, the whole in its tooltip."""
    key = bar.key
    bar.resize(3000, bar.height())
    qtbot.waitUntil(lambda: "Kenneth" in key.text())
    assert key.toolTip() == ""
    bar.resize(400, bar.height())
    qtbot.waitUntil(lambda: "Kenneth" not in key.text())
    assert "BoP = Waltz" in key.text() and "Kenneth N. Waltz" in key.toolTip()
    assert key.heightForWidth(bar.width()) <= 2 * key.fontMetrics().lineSpacing() + 8  # two lines at most
    bar.resize(3000, bar.height())
    qtbot.waitUntil(lambda: "Kenneth" in key.text())
