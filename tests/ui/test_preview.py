"""Every view opens alone on the demo pack, as `python -m sco_app.ui.preview VIEW` does."""

import pytest

from sco_app.ui.preview import VIEWS, make_preview


@pytest.mark.parametrize("name", VIEWS)
def test_every_view_opens_alone(qtbot, name):
    """Each view builds on the demo pack, shows, and paints something."""
    state, widget = make_preview(name)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    image = widget.grab().toImage()
    assert image.width() == 900 and state.selected == state.pack.events[-1].id
    assert len({image.pixel(x, y) for x in range(0, 900, 4) for y in range(0, 600, 4)}) > 2
