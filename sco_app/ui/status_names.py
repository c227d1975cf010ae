"""What the views call a status: the pack's own name for its kind, or the interface's words for having none.

One place that the map's tooltips, the states list and the country card share.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication


def no_status() -> str:
    """The name of having no status, in the interface's language."""
    return QCoreApplication.translate("StatusNames", "no status")


def status_name(kind, text: Callable) -> str:
    """The name of a status kind (a :class:`~sco_app.core.model.StatusKind`, or None for none) in the student's
    language; ``text`` resolves pack text (the state's ``text``)."""
    return text(kind.name) if kind is not None else no_status()
