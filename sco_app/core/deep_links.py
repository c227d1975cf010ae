"""Deep links (``--event``, ``--tour``, ``--step``): checked against a pack before any window opens."""

from __future__ import annotations

from sco_app.core.model import LessonPack
from sco_app.core.packs.problems import closest, did_you_mean


class DeepLinkError(ValueError):
    """A deep link names an event, tour or step the pack does not have; the message says which and what is there.

    ``kind`` says which part of the link is wrong (one of LINK_PARTS), ``value`` what it gave, and ``suggestion``
    the closest id the pack has, if one is close (a misspelling or the start of an id)."""

    def __init__(self, message: str, kind: str, value, suggestion: str | None = None) -> None:
        super().__init__(message)
        self.kind, self.value, self.suggestion = kind, value, suggestion


LINK_PARTS = {"event": ("event",), "tour": ("tour", "step"), "step": ("step",), "step-without-tour": ("step",)}
"""What a DeepLinkError's kind may be -> the parts of the link left out when the lesson opens without it."""


def check_deep_link(pack: LessonPack, event: str | None = None, tour: str | None = None, step: int | None = None) -> None:
    """Raise DeepLinkError if ``event``, ``tour`` or ``step`` (1-based) is not in ``pack``."""
    if event and event not in {e.id for e in pack.events}:
        ids = [e.id for e in pack.events]
        hint, near = did_you_mean(event, ids), closest(event, ids)
        raise DeepLinkError(f"the pack {pack.id!r} has no event {event!r}" + (f"; {hint}" if hint else ""),
                            "event", event, near[0] if near else None)
    tours = {t.id: t for t in pack.tours}
    if tour and tour not in tours:
        known = ", ".join(tours) or "none"
        hint, near = did_you_mean(tour, tours), closest(tour, tours)
        raise DeepLinkError(f"the pack {pack.id!r} has no tour {tour!r}" + (f"; {hint}" if hint else "")
                            + f" (its tours: {known})", "tour", tour, near[0] if near else None)
    if step is not None and not tour:
        raise DeepLinkError("--step needs --tour", "step-without-tour", step)
    if tour and step is not None and not 1 <= step <= len(tours[tour].steps):
        raise DeepLinkError(f"the tour {tour!r} has steps 1 to {len(tours[tour].steps)}, not {step}", "step", step)
