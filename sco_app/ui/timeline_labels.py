"""Event titles on the timeline, shown by level of detail so that they never pile up.

At every repaint the visible events are labelled greedily: the selected event first, then the
paper's own readings, then the rest, each only where its text overlaps no label already placed and
no event's symbol. A title sits just above its own symbol, inside the plot (moved left or cut with "…"
at the right edge; the symbol's tooltip has it whole). Zooming in reveals more titles; no per-event
text item exists, so 10,000 events stay fast.
"""

from __future__ import annotations

import bisect

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QPainter
from PySide6.QtWidgets import QGraphicsItem

GAP = 6  # pixels between two labels
MAX_CHARS = 42
MARK = 8  # half a symbol with its edge, in pixels: a label covers no symbol's square
LIFT = 9  # pixels from a symbol's centre up to the foot of its label (clear of the symbol)
LEAD = 6  # a label starts this far left of its symbol's centre, so that it stands over it


class LabelLayer(pg.GraphicsObject):
    def __init__(self, box: pg.ViewBox, ink=QColor(40, 40, 40), strong=QColor("#A03A00")) -> None:
        super().__init__()
        self.box = box
        self.ink, self.strong = QColor(ink), QColor(strong)  # titles; the selected event's title
        self.xy = np.zeros((0, 2))
        self.texts: list[str] = []
        self.priority = np.zeros(0)
        self.selected = -1
        self.widths = np.zeros(0)
        self.scale = 1.0  # gaps grow with the text
        self.set_font(QFont(QGuiApplication.font()))
        self.clear_of: list[QGraphicsItem] = []  # items no title may cover while they show (the date cursor's label)
        self.shown: list[int] = []  # indices labelled at the last paint (read by tests)
        self.boxes: list[QRectF] = []  # where their titles were drawn, in the device's pixels
        box.sigRangeChanged.connect(self._range_changed)

    def set_font(self, font: QFont, scale: float = 1.0) -> None:
        """Draw the titles in ``font`` (the timeline's label font: it follows the zoom), with gaps ``scale`` times
        as wide as at the OS's text size."""
        self.font, self.scale = QFont(font), scale
        self.metrics = QFontMetrics(self.font)
        self._measure_later()
        self._range_changed()

    def set_events(self, xy: np.ndarray, titles: list[str], paper: list[bool]) -> None:
        self.xy = xy
        self.texts = [t if len(t) <= MAX_CHARS else t[: MAX_CHARS - 1] + "…" for t in titles]
        self._measure_later()
        self.priority = np.array(paper, dtype=bool)
        self._range_changed()

    def _measure_later(self) -> None:
        """Forget the titles' widths: each is measured when its title is first a candidate for a label (of 10,000
        titles a paint looks at a few hundred). The narrowest is guessed from the shortest title (the thinning's
        slot: a guess too narrow only keeps more candidates)."""
        self.widths = np.full(len(self.texts), np.nan)
        shortest = min(self.texts, key=len, default="")
        self.narrowest = 0.75 * self.metrics.horizontalAdvance(shortest) if shortest else 40.0

    def _width(self, k: int) -> float:
        if np.isnan(width := self.widths[k]):
            width = self.widths[k] = self.metrics.horizontalAdvance(self.texts[k])
        return float(width)

    def set_selected(self, index: int) -> None:
        self.selected = index
        self.update()

    def _range_changed(self, *_args) -> None:
        self.prepareGeometryChange()
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self.box.viewRect()

    def _thin(self, visible: np.ndarray, px: np.ndarray, py: np.ndarray) -> np.ndarray:
        """Keep, per lane and per slot as wide as the narrowest label, only the event of highest
        priority: no other one could get a label there, so thousands of events cost little."""
        if len(visible) <= 200:
            return visible
        slot = max(self.narrowest, 24.0)
        rank = np.where(visible == self.selected, 0, np.where(self.priority[visible], 1, 2))
        keys = np.round(py[visible]).astype(np.int64) * 1_000_000 + (px[visible] // slot).astype(np.int64)
        order = np.lexsort((rank, keys))
        first = np.ones(len(order), dtype=bool)
        first[1:] = keys[order][1:] != keys[order][:-1]
        return visible[order[first]]

    def paint(self, painter: QPainter, *_args) -> None:
        if len(self.xy) == 0:
            self.shown, self.boxes = [], []
            return
        t = painter.transform()
        px = t.m11() * self.xy[:, 0] + t.m21() * self.xy[:, 1] + t.dx()
        py = t.m12() * self.xy[:, 0] + t.m22() * self.xy[:, 1] + t.dy()
        area = t.mapRect(self.box.viewRect())  # the plot's area, in the device's pixels
        lo, hi = area.left() + 2, area.right() - 2
        visible = np.flatnonzero((px >= area.left()) & (px <= area.right()))
        marks = {}  # row (pixel y) -> sorted x of the symbols in view: what a label must not cover
        for row in np.unique(np.round(py[visible])):
            marks[float(row)] = np.sort(px[visible][np.round(py[visible]) == row])
        visible = self._thin(visible, px, py)
        order = visible[np.lexsort((px[visible], ~self.priority[visible], visible != self.selected))]
        placed: dict[float, list[tuple[float, float]]] = {}  # row -> (left, right) of its labels, sorted
        self.shown, self.boxes, texts = [], [], []
        height, descent, scale = self.metrics.height(), self.metrics.descent(), self.scale
        to_device = self.sceneTransform().inverted()[0] * t  # scene -> the device's pixels
        kept = [to_device.mapRect(item.sceneBoundingRect()) for item in self.clear_of if item.isVisible()]
        for k in order:
            text, width = self.texts[k], self._width(k)
            if width > hi - lo:  # wider than the plot: cut to fit
                text = self.metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(hi - lo))
                width = self.metrics.horizontalAdvance(text)
            left = min(max(px[k] - LEAD * scale, lo), hi - width)  # over its symbol, moved left at the right edge
            bottom = py[k] - LIFT * scale
            row = float(round(bottom))
            if self._covers_a_label(placed, row, left, left + width, height, GAP * scale) or \
                    self._covers_a_symbol(marks, left, left + width, bottom - height, bottom, MARK * scale) or \
                    any(r.intersects(QRectF(left, bottom - height, width, height)) for r in kept):
                continue
            lane = placed.setdefault(row, [])
            bisect.insort(lane, (left, left + width))
            self.shown.append(int(k))
            self.boxes.append(QRectF(left, bottom - height, width, height))
            texts.append(text)
        painter.save()
        painter.resetTransform()
        painter.setFont(self.font)
        for k, box, text in zip(self.shown, self.boxes, texts):
            painter.setPen(self.strong if k == self.selected else self.ink)
            painter.drawText(QPointF(box.left(), box.bottom() - descent), text)
        painter.restore()

    @staticmethod
    def _covers_a_label(placed, row: float, left: float, right: float, height: float, gap: float) -> bool:
        for other, spans in placed.items():
            if abs(other - row) >= height:  # labels of rows this far apart cannot meet
                continue
            at = bisect.bisect_left(spans, (left,))  # a row's spans are disjoint: only the neighbours can meet
            if (at > 0 and spans[at - 1][1] + gap > left) or (at < len(spans) and spans[at][0] < right + gap):
                return True
        return False

    @staticmethod
    def _covers_a_symbol(marks, left: float, right: float, top: float, bottom: float, mark: float) -> bool:
        for row, xs in marks.items():
            if row + mark <= top or row - mark >= bottom:
                continue
            first = np.searchsorted(xs, left - mark)
            if first < len(xs) and xs[first] <= right + mark:
                return True
        return False


class ArrowHeads(pg.GraphicsObject):
    """Arrow heads at the effect end of every cause link, drawn in pixels at paint time as one path,
    so they keep their size and point along the link at any zoom."""

    SIZE = 9.0
    MOST = 2500  # most heads drawn at once (as many as the cause lines)

    def __init__(self, box: pg.ViewBox, colour=QColor(90, 90, 90, 190)) -> None:
        super().__init__()
        self.box = box
        self.colour = QColor(colour)
        self.tails = np.zeros((0, 2))
        self.tips = np.zeros((0, 2))
        self.size = self.SIZE
        box.sigRangeChanged.connect(self._range_changed)

    def set_scale(self, scale: float) -> None:
        """Heads ``scale`` times as large as at the OS's text size (they grow with the symbols)."""
        self.size = self.SIZE * scale
        self.update()

    def set_links(self, tails: np.ndarray, tips: np.ndarray) -> None:
        self.tails, self.tips = tails, tips
        self._range_changed()

    def _range_changed(self, *_args) -> None:
        self.prepareGeometryChange()
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self.box.viewRect()

    def paint(self, painter: QPainter, *_args) -> None:
        if len(self.tips) == 0:
            return
        t = painter.transform()
        ax = t.m11() * self.tails[:, 0] + t.m21() * self.tails[:, 1] + t.dx()
        ay = t.m12() * self.tails[:, 0] + t.m22() * self.tails[:, 1] + t.dy()
        bx = t.m11() * self.tips[:, 0] + t.m21() * self.tips[:, 1] + t.dx()
        by = t.m12() * self.tips[:, 0] + t.m22() * self.tips[:, 1] + t.dy()
        dx, dy = bx - ax, by - ay
        length = np.hypot(dx, dy)
        device = painter.device()
        width, height = (device.width(), device.height()) if device else (4000, 4000)
        keep = (length > 2.5 * self.size) & (bx > -20) & (bx < width + 20) & (by > -20) & (by < height + 20)
        if np.count_nonzero(keep) > self.MOST:
            return  # level of detail: thousands of heads would be a grey smear and slow; zoom in to see them
        ux, uy = dx[keep] / length[keep], dy[keep] / length[keep]
        short = 8 * self.size / self.SIZE  # stop short of the symbol
        tip_x, tip_y = bx[keep] - ux * short, by[keep] - uy * short
        base_x, base_y = tip_x - ux * self.size, tip_y - uy * self.size
        half = self.size * 0.4
        xs = np.column_stack([tip_x, base_x - uy * half, base_x + uy * half, tip_x]).ravel()
        ys = np.column_stack([tip_y, base_y + ux * half, base_y - ux * half, tip_y]).ravel()
        connect = np.tile([1, 1, 1, 0], len(tip_x)).astype(np.int32)
        path = pg.arrayToQPath(xs, ys, connect=connect)
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, len(tip_x) <= 300)  # smooth when few (cheap)
        painter.fillPath(path, self.colour)
        painter.restore()


class ThinnedScatter(pg.ScatterPlotItem):
    """A scatter item that, when it draws, skips symbols hidden under a later symbol less than
    ``CELL`` pixels away: at 10,000 events most symbols are covered anyway, and blitting them all
    is what makes a repaint slow. Hover and clicks still see every point."""

    CELL = 3.0

    def _maskAt(self, obj):  # noqa: N802 - pyqtgraph's culling hook, called with the view rect when painting
        mask = super()._maskAt(obj)
        if not isinstance(obj, QRectF) or np.count_nonzero(mask) < 500:
            return mask
        view = self.getViewWidget()
        if view is None:
            return mask
        transform = self.deviceTransform(view.viewportTransform())  # item -> pixels
        index = np.flatnonzero(mask)
        x, y = self.data["x"][index], self.data["y"][index]
        px = transform.m11() * x + transform.m21() * y + transform.dx()
        py = transform.m12() * x + transform.m22() * y + transform.dy()
        keys = (np.round(py / self.CELL).astype(np.int64) << 32) + (px // self.CELL).astype(np.int64)
        _, last = np.unique(keys[::-1], return_index=True)  # the last point of a cell is drawn on top
        thinned = np.zeros_like(mask)
        thinned[index[len(index) - 1 - last]] = True
        return thinned
