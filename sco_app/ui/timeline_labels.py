"""Event titles on the timeline, shown by level of detail so that they never pile up.

At every repaint the visible events are labelled greedily: the selected event first, then the
paper's own readings, then the rest, each only where its text overlaps no label already placed in its
lane. Zooming in reveals more titles; no per-event text item exists, so 10,000 events stay fast.
"""

from __future__ import annotations

import bisect

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter

GAP = 6  # pixels between a symbol and its label, and between labels
MAX_CHARS = 42


class LabelLayer(pg.GraphicsObject):
    def __init__(self, box: pg.ViewBox) -> None:
        super().__init__()
        self.box = box
        self.xy = np.zeros((0, 2))
        self.texts: list[str] = []
        self.priority = np.zeros(0)
        self.selected = -1
        self.font = QFont()
        self.font.setPointSizeF(8.5)
        self.metrics = QFontMetrics(self.font)
        self.widths = np.zeros(0)
        self.shown: list[int] = []  # indices labelled at the last paint (read by tests)
        box.sigRangeChanged.connect(self._range_changed)

    def set_events(self, xy: np.ndarray, titles: list[str], paper: list[bool]) -> None:
        self.xy = xy
        self.texts = [t if len(t) <= MAX_CHARS else t[: MAX_CHARS - 1] + "…" for t in titles]
        self.widths = np.array([self.metrics.horizontalAdvance(t) for t in self.texts], dtype=float)
        self.priority = np.array(paper, dtype=bool)
        self._range_changed()

    def set_selected(self, index: int) -> None:
        self.selected = index
        self.update()

    def _range_changed(self, *_args) -> None:
        self.prepareGeometryChange()
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self.box.viewRect()

    def paint(self, painter: QPainter, *_args) -> None:
        if len(self.xy) == 0:
            self.shown = []
            return
        t = painter.transform()
        px = t.m11() * self.xy[:, 0] + t.m21() * self.xy[:, 1] + t.dx()
        py = t.m12() * self.xy[:, 0] + t.m22() * self.xy[:, 1] + t.dy()
        device = painter.device()
        width = device.width() if device else 4000
        visible = np.flatnonzero((px > -200) & (px < width + 10))
        order = sorted(visible, key=lambda k: (k != self.selected, not self.priority[k], px[k]))
        placed: dict[int, list[tuple[float, float]]] = {}
        self.shown = []
        height = self.metrics.height()
        for k in order:
            left = px[k] + GAP + 4
            right = left + self.widths[k]
            row = placed.setdefault(int(round(py[k])), [])
            at = bisect.bisect_left(row, (left,))
            if (at > 0 and row[at - 1][1] + GAP > left) or (at < len(row) and row[at][0] < right + GAP):
                continue
            row.insert(at, (left, right))
            self.shown.append(int(k))
        painter.save()
        painter.resetTransform()
        painter.setFont(self.font)
        for k in self.shown:
            bold = k == self.selected
            painter.setPen(QColor("#A03A00") if bold else QColor(40, 40, 40))
            painter.drawText(QPointF(px[k] + GAP + 4, py[k] - height / 2 + self.metrics.ascent() - 9), self.texts[k])
        painter.restore()
