"""The filter bar's theory toggles: on and off told apart by more than colour, in every theme, at every zoom."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from sco_app.core.packs import load_pack
from sco_app.core.resources import default_pack
from sco_app.ui import theme
from sco_app.ui.filter_bar import FilterBar
from sco_app.ui.state import AppState


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
