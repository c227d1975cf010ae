"""How the views say how well a date is known, and what kind of note a date has, in the interface language.

One label per member of :class:`~sco_app.core.dates.Certainty` and of
:class:`~sco_app.core.model.DateNoteKind` (a test checks none is missing).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sco_app.core.dates import Certainty
from sco_app.core.model import DateNoteKind


def certainty_labels() -> dict[Certainty, str]:
    """The words for every certainty a date can have: known to the day, approximate, ..."""
    return {
        Certainty.DAY: QCoreApplication.translate("DateLabels", "known to the day"),
        Certainty.MONTH: QCoreApplication.translate("DateLabels", "known to the month"),
        Certainty.YEAR: QCoreApplication.translate("DateLabels", "known to the year"),
        Certainty.PART_OF_MONTH: QCoreApplication.translate("DateLabels", "known to part of the month"),
        Certainty.PART_OF_YEAR: QCoreApplication.translate("DateLabels", "known to part of the year"),
        Certainty.ABOUT: QCoreApplication.translate("DateLabels", "approximate"),
        Certainty.BEFORE: QCoreApplication.translate("DateLabels", "the latest it can be"),
        Certainty.AFTER: QCoreApplication.translate("DateLabels", "the earliest it can be"),
    }


def note_labels() -> dict[DateNoteKind, str]:
    """The heading of a note on a date, for every kind of note."""
    return {
        DateNoteKind.NOTE: QCoreApplication.translate("DateLabels", "About the date:"),
        DateNoteKind.DISAGREEMENT: QCoreApplication.translate("DateLabels", "Sources disagree:"),
        DateNoteKind.ESTIMATE: QCoreApplication.translate("DateLabels", "An estimated date:"),
        DateNoteKind.CALENDAR: QCoreApplication.translate("DateLabels", "Converted from another calendar:"),
    }
