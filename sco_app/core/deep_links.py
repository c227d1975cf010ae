"""Deep links (``--event``, ``--tour``, ``--step``): checked against a pack before any window opens."""

from __future__ import annotations

from sco_app.core.model import LessonPack
from sco_app.core.packs.problems import did_you_mean


class DeepLinkError(ValueError):
    """A deep link names an event, tour or step the pack does not have; the message says which and what is there."""


def check_deep_link(pack: LessonPack, event: str | None = None, tour: str | None = None, step: int | None = None) -> None:
    """Raise DeepLinkError if ``event``, ``tour`` or ``step`` (1-based) is not in ``pack``."""
    if event and event not in {e.id for e in pack.events}:
        hint = did_you_mean(event, [e.id for e in pack.events])
        raise DeepLinkError(f"the pack {pack.id!r} has no event {event!r}" + (f"; {hint}" if hint else ""))
    tours = {t.id: t for t in pack.tours}
    if tour and tour not in tours:
        known = ", ".join(tours) or "none"
        raise DeepLinkError(f"the pack {pack.id!r} has no tour {tour!r} (its tours: {known})")
    if step is not None and not tour:
        raise DeepLinkError("--step needs --tour")
    if tour and step is not None and not 1 <= step <= len(tours[tour].steps):
        raise DeepLinkError(f"the tour {tour!r} has steps 1 to {len(tours[tour].steps)}, not {step}")
