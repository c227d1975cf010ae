"""A row of widgets that wraps onto more rows when it is too narrow: buttons stay whole and in view at any width.

Widgets keep their order; a stretch (``add_stretch``) pushes the widgets after it to the right end of their row.
Hidden widgets take no room. The layout tells its height for a width, so the rows it needs are always given.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QSpacerItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        self._items.append(item)

    def add_stretch(self) -> None:
        """What follows goes to the right end of its row."""
        self.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802 - Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802 - Qt override
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown) + self._gap * max(len(shown) - 1, 0)
        height = max((item.sizeHint().height() for item in shown), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        """As narrow as the widest widget (the rest wraps), one row high (the height for a width says more)."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size.grownBy(margins)

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not (item.widget() is not None and item.widget().isHidden())
                and not (item.spacerItem() is not None)]

    def _rows(self, width: int) -> list[list[QLayoutItem]]:
        """The items row by row: as many as fit in ``width``, a stretch ending nowhere but marking the right end."""
        rows: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._items:
            if item.widget() is not None and item.widget().isHidden():
                continue
            if item.spacerItem() is not None:
                rows[-1].append(item)
                continue
            need = item.sizeHint().width()
            if used and used + self._gap + need > width:
                rows.append([])
                used = 0
            used += (self._gap if used else 0) + need
            rows[-1].append(item)
        return rows

    def _arrange(self, rect: QRect, place: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        y = area.y()
        for row in self._rows(area.width()):
            widgets = [item for item in row if item.spacerItem() is None]
            if not widgets:
                continue
            height = max(item.sizeHint().height() for item in widgets)
            if place:
                self._place_row(row, area, y, height)
            y += height + self._gap
        return y - self._gap - area.y() + margins.top() + margins.bottom() if y > area.y() else 0

    def _place_row(self, row: list[QLayoutItem], area: QRect, y: int, height: int) -> None:
        """Left to right; after a stretch, the rest is set against the right end."""
        split = next((n for n, item in enumerate(row) if item.spacerItem() is not None), len(row))
        left, right = [i for i in row[:split] if i.spacerItem() is None], [i for i in row[split:] if i.spacerItem() is None]
        x = area.x()
        for item in left:
            width = min(item.sizeHint().width(), area.width())
            item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
            x += width + self._gap
        x = area.right() + 1
        for item in reversed(right):
            width = min(item.sizeHint().width(), area.width())
            x -= width
            item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
            x -= self._gap
