"""The map's layer for a map question: the state chosen, outlined boldly, and generous targets for small states.

While a map question is up the map view hands clicks to :meth:`QuizLayer.pick`. A state that is small on screen
(Kyrgyzstan and Tajikistan, with all of Central Asia in view) is chosen by a click up to :data:`REACH_PX` pixels outside it, nearest
first, in the sea or in a state many times larger (China, Kazakhstan), so a student need not hit a sliver; a click
in a neighbour of like size (Pakistan beside Afghanistan) chooses that neighbour. The choice is
drawn as a wide outline in the selection colour, over a casing that keeps it visible on every fill.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath

from sco_app.ui.map_items import PathLayer, cosmetic_pen

SMALL_PX = 40  # a state smaller than this on screen (the mean of its box's sides) gets the generous target
LARGER = 4  # a click inside a state gives way to a small state nearby only if it is this many times larger
REACH_PX = (3, 6, 10, 14)  # how far outside a small state a click still chooses it, tried nearest first
WIDE = tuple((dx, dy) for dx in range(-2, 3) for dy in range(-2, 3) if abs(dx) + abs(dy) <= 2)  # ~5-px line
CASING = tuple((dx, dy) for dx in range(-4, 5) for dy in range(-4, 5) if 3 <= abs(dx) + abs(dy) <= 4)


class QuizLayer:
    def __init__(self, view_box, scheme, z: float) -> None:
        self.vb, self.active, self.names_shown, self.choice = view_box, False, False, None
        self.items = (PathLayer(cosmetic_pen(scheme.sea, 1), passes=CASING),
                      PathLayer(cosmetic_pen(scheme.selected, 1), passes=WIDE))
        for n, item in enumerate(self.items):
            item.setZValue(z + n / 10)
            view_box.addItem(item, ignoreBounds=True)
        self.paths: dict[str, QPainterPath] = {}
        self.hits: list[tuple[str, QRectF]] = []

    def set_shapes(self, paths: dict[str, QPainterPath], hits: list[tuple[str, QRectF]]) -> None:
        """The states' shapes (projected) and their boxes in hit-testing order, from the map view."""
        self.paths, self.hits = paths, hits
        self.set_choice(self.choice)

    def set_choice(self, code: str | None) -> None:
        """Outline the state ``code`` (None: none)."""
        self.choice = code
        path = self.paths.get(code, QPainterPath()) if code else QPainterPath()
        for item in self.items:
            item.setPath(path)

    def pick(self, pt: QPointF) -> str | None:
        """The state a click at ``pt`` (view coordinates) chooses: the one under it, unless that is the sea or a state
        many times larger than a small state within reach (then the small state, nearest first)."""
        px, py = (abs(v) for v in self.vb.viewPixelSize())
        under = next(((code, box) for code, box in self.hits if box.contains(pt) and self.paths[code].contains(pt)),
                     (None, QRectF()))
        room = under[1].width() * under[1].height() / LARGER if under[0] else float("inf")
        small = [(code, box) for code, box in self.hits
                 if box.width() * box.height() < min(SMALL_PX ** 2 * px * py, room)]
        for reach in REACH_PX:
            near = QRectF(pt.x() - reach * px, pt.y() - reach * py, 2 * reach * px, 2 * reach * py)
            found = [(box.width() * box.height(), code) for code, box in small
                     if box.intersects(near) and self.paths[code].intersects(near)]
            if found:
                return min(found)[1]
        return under[0]
