"""Colours and symbols shared by the views: colour-blind-safe, and never the only cue.

Theories get an Okabe-Ito colour *and* a symbol shape; statuses get a colour *and* a fill pattern.
The views' own ink and paper come from a ``Scheme``: light or dark as the system palette is, or high contrast.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPainter, QPalette, QPen, QPixmap

from sco_app.core.preferences import ZOOM_RANGE  # the zoom's limits, declared with its setting

# Okabe & Ito (2008), "Color Universal Design": distinguishable with the common colour-vision deficiencies.
OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442", "#000000"]
THEORY_SYMBOLS = ["o", "s", "t", "d", "star", "h", "p", "+"]  # pyqtgraph symbol names

STATUS_COLOURS = {
    "shanghai-five": QColor("#009E73"),
    "member": QColor("#0072B2"),
    "observer": QColor("#E69F00"),
    "partner": QColor("#56B4E9"),
    "other": QColor("#CC79A7"),
}
STATUS_PATTERNS = {  # so that no status is told by colour alone: bands, solid, stripes, dots, cross-hatch
    "shanghai-five": "bands",
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
    focus: QColor  # the ring around the control that has the keyboard focus

    @property
    def dark(self) -> bool:
        return self.name != "light"


LIGHT = Scheme("light", QColor("#202020"), QColor(90, 90, 90, 150), QColor("#F4F8FB"), QColor("#E8E8E8"),
               QColor("#707070"), QColor(40, 40, 40, 150), QColor(0, 0, 0, 12), QColor(255, 255, 255, 230),
               "#fff3b0", "#000000", QColor("#D55E00"), 1.0, QColor("#1A5FB4"))
DARK = Scheme("dark", QColor("#ECECEC"), QColor(200, 200, 200, 150), QColor("#1C2530"), QColor("#4A4F55"),
              QColor("#9A9A9A"), QColor(235, 235, 235, 160), QColor(255, 255, 255, 14), QColor(30, 30, 30, 230),
              "#5c4a00", "#ffffff", QColor("#FF8A3D"), 1.0, QColor("#8CC8FF"))
CONTRAST = Scheme("contrast", QColor("#FFFFFF"), QColor(255, 255, 255, 220), QColor("#000000"), QColor("#3A3A3A"),
                  QColor("#FFFFFF"), QColor(255, 255, 255, 220), QColor(255, 255, 255, 30), QColor(0, 0, 0, 240),
                  "#ffff00", "#000000", QColor("#FFFF00"), 1.8, QColor("#FFFF00"))

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
    elif pattern == "bands":  # level bands, half colour: the forerunner's own pattern
        painter.fillRect(0, 0, size, size // 2, ink)
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


# Every text drawn on a view is one of these, sized against the view's own font (the interface font after the zoom,
# or presenter mode's larger one): the views read this table, and presenter mode sizes its font so that the smallest
# of them is still large enough for the back row.
TEXT_SIZES = {
    "text": 1.0,  # running text
    "heading": 1.15,  # the map's title
    "label": 0.9,  # event titles and lane names on the timeline, the cursor's date, dates on the axis
    "legend": 0.85,  # the map's legends
    "place": 0.85,  # names of states on the map
    "era": 0.85,  # era titles on the timeline (bold)
    "small": 0.8,  # <small> in rich text (sources, citations, a language's code): Qt draws it at 0.8
}
ZOOM_STEP = 1.15  # Ctrl+= and Ctrl+- multiply or divide the text size by this
_BASE_POINT_SIZE: list[float] = []


def base_point_size() -> float:
    """The OS's own interface font size, in points, before any zoom (always respected)."""
    if not _BASE_POINT_SIZE:
        app = QGuiApplication.instance()
        size = QGuiApplication.font().pointSizeF() if app is not None else -1.0
        _BASE_POINT_SIZE.append(size if size > 0 else 10.0)
    return _BASE_POINT_SIZE[0]


def point_size(font: QFont) -> float:
    """A font's size in points, also for a font sized in pixels (at the 96 dpi Qt assumes then)."""
    return font.pointSizeF() if font.pointSizeF() > 0 else font.pixelSize() * 0.75


def role_font(base: QFont, role: str, bold: bool | None = None) -> QFont:
    """The font of one kind of text (a key of TEXT_SIZES) drawn on a view whose own font is ``base``."""
    font = QFont(base)
    font.setPointSizeF(point_size(base) * TEXT_SIZES[role])
    if bold is not None:
        font.setBold(bold)
    return font


def ui_scale(font: QFont) -> float:
    """How much larger than the OS's normal text ``font`` is: symbols, markers and gaps grow by as much."""
    return max(point_size(font) / base_point_size(), 0.5)


def apply_zoom(app, factor: float) -> None:
    """Scale the application's font by ``factor`` of the OS's own size. Every widget follows, style sheet or not
    (high contrast has one), and every view lays itself out again for the new size (its FontChange)."""
    font = QFont(app.font())
    if abs(point_size(font) - base_point_size() * factor) < 1e-6:
        return  # unchanged: spare every view its new layout
    font.setPointSizeF(base_point_size() * factor)
    app.setFont(font)


def zoomed(factor: float, step: int) -> float:
    """The zoom factor after one step: +1 larger, -1 smaller, 0 back to the OS's size (within ZOOM_RANGE)."""
    if step == 0:
        return 1.0
    return min(max(factor * (ZOOM_STEP if step > 0 else 1 / ZOOM_STEP), ZOOM_RANGE[0]), ZOOM_RANGE[1])


def zoom_factor() -> float:
    """How much the interface font is zoomed now (1.0: the OS's size)."""
    return point_size(QGuiApplication.font()) / base_point_size()


def toggle_style() -> str:
    """A style sheet for on/off tool buttons that shows the state by fill and border as well as colour (a check
    mark in the text is the third cue, see :func:`toggle_text`), in the scheme's own colours."""
    s = scheme()
    on_fill, on_text = {"light": ("#D6E6F5", "#000000"), "dark": ("#2E4B66", "#FFFFFF"),
                        "contrast": ("#FFFFFF", "#000000")}[s.name]
    off_border = s.ink.name() if s.name == "contrast" else s.border.name()
    return (f"QToolButton {{ border: 1px dashed {off_border}; border-radius: 4px; padding: 2px 6px; "
            f"background: transparent; }} "
            f"QToolButton:checked {{ border: 2px solid {s.ink.name()}; background: {on_fill}; color: {on_text}; }} "
            f"QToolButton:focus {{ border: 3px solid {s.selected.name()}; }}")


def toggle_text(text: str, on: bool) -> str:
    """A toggle's caption: with a check mark when on (the button keeps the width of its caption with the mark)."""
    return f"✓ {text}" if on else text


# Qt does not pass a font set on a window (presenter mode) or on the application (the zoom) down to widgets that a
# style sheet styles (high contrast and the toggles have one), unless asked to: without this, Ctrl+= would miss them.
QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_UseStyleSheetPropagationInWidgetStyles, True)
