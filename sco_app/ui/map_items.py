"""The map's drawing pieces: many rings as one path, a fast path layer, pens that keep their width, legend samples."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.LegendItem import ItemSample
from pyqtgraph.graphicsItems.ScatterPlotItem import drawSymbol
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsRectItem

from sco_app.ui import theme


def rings_path(rings: list[np.ndarray]) -> QPainterPath:
    """One odd-even path of many closed (N, 2) rings, built in a single call."""
    if not rings:
        return QPainterPath()
    xy = np.concatenate(rings)
    connect = np.ones(len(xy), dtype=np.int32)
    connect[np.cumsum([len(r) for r in rings]) - 1] = 0  # a ring's last vertex starts no line
    return pg.arrayToQPath(xy[:, 0], xy[:, 1], connect=connect, finiteCheck=False)


def cosmetic_pen(colour, width: float, style=Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(QBrush(QColor(colour)), width, style, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    pen.setCosmetic(True)
    return pen


class PathLayer(QGraphicsPathItem):
    """A path item for long borders. Qt's antialiased fill of a huge path is slow (~80 ms for the world), so ``aliased``
    fills without (~3 ms; the antialiased border hides the stairs); wide pens too (~400 ms for the members' borders),
    so a thick line is 1-px ``passes`` side by side (~2 ms each). Lines and ``cached`` items keep a pixmap till a zoom."""

    def __init__(self, pen=None, brush=None, path=None, aliased=False, passes=(), cached=False):
        super().__init__(QPainterPath() if path is None else path)
        self.setPen(pen or QPen(Qt.PenStyle.NoPen))
        self.setBrush(brush or QBrush())
        self.aliased, self.passes = aliased, passes
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache if cached or passes else self.cacheMode())

    def shape(self) -> QPainterPath:
        return QPainterPath() if self.passes else self.path()  # lines are never hit; areas are hit inside

    def boundingRect(self) -> QRectF:
        return self.path().controlPointRect().adjusted(-100, -100, 100, 100)  # km: room for border and passes

    def paint(self, painter, option, widget=None) -> None:
        if self.passes:
            base = painter.worldTransform()
            painter.setPen(self.pen())
            for dx, dy in self.passes:  # device pixels
                painter.setWorldTransform(base * QTransform.fromTranslate(dx, dy))
                painter.drawPath(self.path())
        elif self.aliased:
            painter.setRenderHint(painter.RenderHint.Antialiasing, False)
            brush = self.brush()
            if brush.style() == Qt.BrushStyle.TexturePattern:  # a pattern in screen pixels, whatever the zoom
                brush.setTransform(painter.worldTransform().inverted()[0])
            painter.fillPath(self.path(), brush)
            painter.setRenderHint(painter.RenderHint.Antialiasing, True)
            painter.strokePath(self.path(), self.pen())
        else:
            super().paint(painter, option, widget)


class Swatch(ItemSample):
    """A legend sample: a filled box (status, hatching), a line (outline) or a marker symbol, ``scale`` times the size
    it has at the OS's text size (it grows with the legend's text)."""

    def __init__(self, brush=None, pen=None, line=False, symbol=None, scale: float = 1.0, width: float = 22):
        super().__init__(QGraphicsRectItem())  # a stand-in: a click on a sample hides nothing on the map
        self.scale_, self.width_ = scale, width
        self.setFixedWidth(width * scale)
        self.setFixedHeight(16 * scale)
        self.brush, self.pen, self.line, self.symbol = brush, pen or cosmetic_pen(theme.scheme().border, 1), line, symbol
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # painted once, not per frame

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return QRectF(0, 0, self.width_ * self.scale_, 16 * self.scale_)

    def paint(self, p, *args):
        p.setRenderHint(p.RenderHint.Antialiasing)
        p.scale(self.scale_, self.scale_)
        p.setPen(self.pen)
        p.setBrush(self.brush or QBrush())
        if self.symbol:
            p.translate(11, 8)
            drawSymbol(p, self.symbol, 10, self.pen, self.brush)
        elif self.line:
            p.drawLine(QPointF(2, 8), QPointF(20, 8))
        else:
            p.fillRect(QRectF(2, 2, 18, 12), theme.scheme().land)
            p.drawRect(QRectF(2, 2, 18, 12))

    def mouseClickEvent(self, event):  # noqa: N802 - pyqtgraph override
        event.ignore()  # the legend under it folds or opens
