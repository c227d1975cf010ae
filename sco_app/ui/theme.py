"""Colours and symbols shared by the views: colour-blind-safe, and never the only cue.

Theories get an Okabe-Ito colour *and* a symbol shape; statuses get a colour *and* a fill pattern.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

# Okabe & Ito (2008), "Color Universal Design": distinguishable with the common colour-vision deficiencies.
OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442", "#000000"]
THEORY_SYMBOLS = ["o", "s", "t", "d", "star", "h", "p", "+"]  # pyqtgraph symbol names

STATUS_COLOURS = {
    "member": QColor("#0072B2"),
    "observer": QColor("#E69F00"),
    "partner": QColor("#56B4E9"),
    "other": QColor("#CC79A7"),
}
STATUS_PATTERNS = {
    "member": Qt.BrushStyle.SolidPattern,
    "observer": Qt.BrushStyle.SolidPattern,
    "partner": Qt.BrushStyle.Dense4Pattern,
    "other": Qt.BrushStyle.Dense6Pattern,
}
NO_STATUS = QColor("#E8E8E8")
BORDER = QColor("#707070")
SELECTED = QColor("#D55E00")


def theory_style(theory_ids: list[str], theory_id: str) -> tuple[QColor, str]:
    """The colour and pyqtgraph symbol of ``theory_id`` among the pack's theories, by position."""
    index = theory_ids.index(theory_id) if theory_id in theory_ids else len(theory_ids)
    return QColor(OKABE_ITO[index % len(OKABE_ITO)]), THEORY_SYMBOLS[index % len(THEORY_SYMBOLS)]


_BASE_POINT_SIZE: list[float] = []


def apply_zoom(app, factor: float) -> None:
    """Scale the application's font by ``factor`` of the OS's own size (which is always respected)."""
    from PySide6.QtGui import QFont

    font = QFont(app.font())
    if not _BASE_POINT_SIZE:
        _BASE_POINT_SIZE.append(font.pointSizeF() if font.pointSizeF() > 0 else 10.0)
    font.setPointSizeF(_BASE_POINT_SIZE[0] * factor)
    app.setFont(font)
