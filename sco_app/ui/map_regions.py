"""The map's layer of the pack's own seas and regions (from GeoJSON files in the pack).

A sea is tinted under the land, so that a rough outline drawn along the coasts never covers a state; a region on
land is outlined over the states' fills. Each is named where its name fits inside it (level of detail, as the
states are), and described in the map's tooltip.
"""

from __future__ import annotations

import html

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from sco_app.core.model import RegionKind
from sco_app.core.projection import label_point
from sco_app.ui.map_items import PathLayer, cosmetic_pen, rings_path

SEA_Z, LAND_Z, LABEL_Z = -1.0, 2.5, 8.4  # under the land (0); over the hatching (2); under the states' names (8.5)
WATER = QColor("#56B4E9")  # the tint of a sea: the sea's own colour, a quarter of the way to this blue


def _mix(a: QColor, b: QColor, share: float) -> QColor:
    return QColor.fromRgbF(*(x + (y - x) * share for x, y in zip(a.getRgbF()[:3], b.getRgbF()[:3])))


class RegionsLayer:
    """The seas and regions of one pack on one map."""

    def __init__(self, box: pg.ViewBox, scheme) -> None:
        self.box, self.scheme = box, scheme
        tint = _mix(scheme.sea, WATER, 0.35 if scheme.dark else 0.25)
        self.seas = PathLayer(cosmetic_pen(_mix(scheme.sea, WATER, 0.7), 0.8 * scheme.line_width, Qt.PenStyle.DashLine),
                              QBrush(tint), aliased=True, cached=True)
        self.lands = PathLayer(cosmetic_pen(scheme.ink, 1.2 * scheme.line_width, Qt.PenStyle.DashDotLine))
        for layer, z in ((self.seas, SEA_Z), (self.lands, LAND_Z)):
            layer.setZValue(z)
            box.addItem(layer, ignoreBounds=True)
        self.paths: list[tuple] = []  # (region, projected path)
        self.labels: dict[str, pg.TextItem] = {}
        self.text = str

    def show(self, pack, frame, text, font: QFont) -> None:
        """Draw the regions of ``pack`` in ``frame``'s projection; ``text`` resolves pack text."""
        for label in self.labels.values():
            self.box.removeItem(label)
        self.paths, self.labels, self.text = [], {}, text
        seas, lands = [], []
        for region in pack.regions:
            rings = frame.project_rings([ring for shape in region.shapes for ring in shape.rings])
            if not rings:
                continue  # outside this map's window
            self.paths.append((region, rings_path(rings)))
            (seas if region.kind is RegionKind.SEA else lands).extend(rings)
            label = pg.TextItem(text(region.name), anchor=(0.5, 0.5), color=self.scheme.ink)
            italic = QFont(font)
            italic.setItalic(True)
            label.setFont(italic)
            label.setPos(*label_point(rings))
            label.setZValue(LABEL_Z)
            self.box.addItem(label, ignoreBounds=True)
            self.labels[region.id] = label
        self.seas.setPath(rings_path(seas))
        self.lands.setPath(rings_path(lands))

    def set_font(self, font: QFont) -> None:
        italic = QFont(font)
        italic.setItalic(True)
        for label in self.labels.values():
            label.setFont(italic)

    def show_labels(self, px: float, py: float, allowed: bool) -> None:
        """Name a region where its name fits inside it at this zoom (``px``, ``py``: km per pixel)."""
        for region, path in self.paths:
            label = self.labels[region.id]
            box, at = label.boundingRect(), label.pos()
            w, h = 0.85 * box.width() * px, 0.4 * box.height() * py
            label.setVisible(allowed and path.contains(QRectF(at.x() - w / 2, at.y() - h / 2, w, h)))

    def tooltip_parts(self, pt: QPointF, sea: bool) -> list[str]:
        """The names and descriptions of the regions at ``pt`` (a sea only where no state is: ``sea``)."""
        parts = []
        for region, path in self.paths:
            if (sea or region.kind is RegionKind.LAND) and path.boundingRect().contains(pt) and path.contains(pt):
                about = f"<br>{html.escape(self.text(region.description))}" if region.description else ""
                parts.append(f"<b>{html.escape(self.text(region.name))}</b>{about}")
        return parts
