"""Open the window right at a deep link: a tour's step, an event, a date (for ``sco-app`` and ``sco-app render``)."""

from __future__ import annotations

from sco_app.core.deep_links import check_deep_link


def open_at(state, window, event: str | None = None, date=None, tour: str | None = None, step: int | None = None) -> None:
    """Show the pack right at a deep link: a tour's step (1-based), an event, a date (checked first)."""
    check_deep_link(state.pack, event, tour, step)
    if tour:
        window.tours.player.start(tour, (step or 1) - 1)
    if event:
        state.select(event)
    if date is not None:
        state.set_date(date)
