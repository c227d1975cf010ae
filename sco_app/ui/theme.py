"""Colours and symbols shared by the views: colour-blind-safe, and never the only cue.

Theories get an Okabe-Ito colour *and* a symbol shape; statuses get a colour *and* a fill pattern.
The views' own ink and paper come from a ``Scheme``: light or dark as the system palette is, or high contrast.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPainter, QPalette, QPen, QPixmap

# Okabe & Ito (2008), "Color Universal Design": distinguishable with the common colour-vision deficiencies.
OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442", "#000000"]
THEORY_SYMBOLS = ["o", "s", "t", "d", "star", "h", "p", "+"]  # pyqtgraph symbol names

STATUS_COLOURS = {
    "member": QColor("#0072B2"),
    "observer": QColor("#E69F00"),
    "partner": QColor("#56B4E9"),
    "other": QColor("#CC79A7"),
}
STATUS_PATTERNS = {  # so that no status is told by colour alone: solid, stripes, dots, cross-hatch
    "member": "solid",
    "observer": "stripes",
    "partner": "dots",
    "other": "cross",
}


@dataclass(frozen=True)
class Scheme:
    """The views' own colours (the widgets take theirs from the application palette)."""

    name: str  # "light", "dark" or "contrast"
    ink: QColor  # text and strong lines drawn on a view
    muted: QColor  # secondary lines: cause links, date spans
    sea: QColor
    land: QColor  # a state with no status
    border: QColor
    hatch: QColor  # disputed areas
    band: QColor  # era bands (drawn twice as strong every other era)
    label_bg: QColor  # behind text drawn over a view (legends, the cursor's date)
    highlight_bg: str  # the source passages a reading rests on
    highlight_fg: str
    selected: QColor
    line_width: float  # borders and outlines are drawn this much wider

    @property
    def dark(self) -> bool:
        return self.name != "light"


LIGHT = Scheme("light", QColor("#202020"), QColor(90, 90, 90, 150), QColor("#F4F8FB"), QColor("#E8E8E8"),
               QColor("#707070"), QColor(40, 40, 40, 150), QColor(0, 0, 0, 12), QColor(255, 255, 255, 230),
               "#fff3b0", "#000000", QColor("#D55E00"), 1.0)
DARK = Scheme("dark", QColor("#ECECEC"), QColor(200, 200, 200, 150), QColor("#1C2530"), QColor("#4A4F55"),
              QColor("#9A9A9A"), QColor(235, 235, 235, 160), QColor(255, 255, 255, 14), QColor(30, 30, 30, 230),
              "#5c4a00", "#ffffff", QColor("#FF8A3D"), 1.0)
CONTRAST = Scheme("contrast", QColor("#FFFFFF"), QColor(255, 255, 255, 220), QColor("#000000"), QColor("#3A3A3A"),
                  QColor("#FFFFFF"), QColor(255, 255, 255, 220), QColor(255, 255, 255, 30), QColor(0, 0, 0, 240),
                  "#ffff00", "#000000", QColor("#FFFF00"), 1.8)

_contrast: list[bool] = [False]
_system_palette: list[QPalette] = []  # the palette before high contrast, to go back to


def set_high_contrast(app, on: bool) -> None:
    """Switch the high-contrast theme on or off: white on black, yellow focus and selection, wider lines."""
    if bool(on) == _contrast[0]:
        return
    _contrast[0] = bool(on)
    if on:
        _system_palette[:] = [QPalette(app.palette())]
        app.setPalette(contrast_palette())
        app.setStyleSheet("*:focus { outline: 2px solid #FFFF00; } "
                          "QAbstractItemView:focus, QTextBrowser:focus, QLineEdit:focus, QComboBox:focus, "
                          "QPushButton:focus, QToolButton:focus, QGraphicsView:focus { border: 3px solid #FFFF00; }")
    else:
        app.setPalette(_system_palette.pop() if _system_palette else QPalette())
        app.setStyleSheet("")


def high_contrast() -> bool:
    return _contrast[0]


def contrast_palette() -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    black, white, yellow = QColor("#000000"), QColor("#FFFFFF"), QColor("#FFFF00")
    for role, colour in ((roles.Window, black), (roles.WindowText, white), (roles.Base, black),
                         (roles.AlternateBase, QColor("#1A1A1A")), (roles.Text, white), (roles.Button, black),
                         (roles.ButtonText, white), (roles.BrightText, yellow), (roles.Highlight, yellow),
                         (roles.HighlightedText, black), (roles.ToolTipBase, black), (roles.ToolTipText, white),
                         (roles.Link, QColor("#00FFFF")), (roles.LinkVisited, QColor("#FF80FF")),
                         (roles.PlaceholderText, QColor("#C0C0C0")), (roles.Light, white), (roles.Midlight, white),
                         (roles.Mid, QColor("#C0C0C0")), (roles.Dark, white), (roles.Shadow, white)):
        palette.setColor(role, colour)
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#A0A0A0"))
    return palette


def scheme() -> Scheme:
    """The scheme for the views now: high contrast if chosen, else dark when the palette's window is dark."""
    if _contrast[0]:
        return CONTRAST
    app = QGuiApplication.instance()
    window = app.palette().color(QPalette.ColorRole.Window) if app else QColor("white")
    return DARK if window.lightness() < 128 else LIGHT


def verdict_colours() -> tuple[str, str]:
    """Text colours for right and wrong: darker Okabe-Ito green and vermillion on light paper, lighter on dark."""
    return ("#007A5A", "#B33C00") if not scheme().dark else ("#5EE0B5", "#FF9A6B")


def status_brush(group: str) -> QBrush:
    """A state's fill: its status colour in its pattern (stripes, dots and cross-hatch drawn thick enough to see)."""
    if group not in STATUS_COLOURS:
        return QBrush(scheme().land)
    return QBrush(_pattern_pixmap(group, STATUS_COLOURS[group].name(), scheme().land.name()))


_PIXMAPS: dict[tuple, QPixmap] = {}


def _pattern_pixmap(group: str, colour: str, ground: str) -> QPixmap:
    key = (group, colour, ground)
    if key in _PIXMAPS:
        return _PIXMAPS[key]
    size = 10
    pixmap = QPixmap(size, size)
    pattern = STATUS_PATTERNS[group]
    pixmap.fill(QColor(colour) if pattern == "solid" else QColor(ground))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ink = QColor(colour)
    if pattern == "stripes":  # diagonal bands, 60% colour: seamless when tiled
        pen = QPen(ink, 4.2)
        painter.setPen(pen)
        for k in (-size, 0, size):
            painter.drawLine(k, size, k + size, 0)
    elif pattern == "dots":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink)
        painter.drawEllipse(1, 1, 4, 4)
        painter.drawEllipse(6, 6, 4, 4)
        painter.drawEllipse(-4, 6, 4, 4)
        painter.drawEllipse(6, -4, 4, 4)
    elif pattern == "cross":
        painter.setPen(QPen(ink, 2))
        painter.drawLine(0, 5, size, 5)
        painter.drawLine(5, 0, 5, size)
    painter.end()
    _PIXMAPS[key] = pixmap
    return pixmap


def theory_style(theory_ids: list[str], theory_id: str) -> tuple[QColor, str]:
    """The colour and pyqtgraph symbol of ``theory_id`` among the pack's theories, by position."""
    index = theory_ids.index(theory_id) if theory_id in theory_ids else len(theory_ids)
    return QColor(OKABE_ITO[index % len(OKABE_ITO)]), THEORY_SYMBOLS[index % len(THEORY_SYMBOLS)]


def neutral_colour() -> QColor:
    """The one colour of every event while an exam runs (no theory shown): grey, strong enough on any paper."""
    return QColor("#8A8A8A") if scheme().name != "contrast" else QColor("#FFFFFF")


_BASE_POINT_SIZE: list[float] = []


def apply_zoom(app, factor: float) -> None:
    """Scale the application's font by ``factor`` of the OS's own size (which is always respected)."""
    from PySide6.QtGui import QFont

    font = QFont(app.font())
    if not _BASE_POINT_SIZE:
        _BASE_POINT_SIZE.append(font.pointSizeF() if font.pointSizeF() > 0 else 10.0)
    font.setPointSizeF(_BASE_POINT_SIZE[0] * factor)
    app.setFont(font)
