"""Where the main window goes and how big it is: always inside the screen's available area (the part the task bar
and panels leave), never smaller than a usable size, and its panes in usable proportions.

The window manager's frame (title bar, borders) is outside the window's own geometry and unknown until the window
is shown, so a room for it, FRAME, is kept: the whole frame is on screen, the title bar included.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QStackedWidget, QTabWidget, QWidget

USABLE = QSize(800, 560)  # the least a window is given back (unless the screen is smaller): every pane works
ROOMY = QSize(2400, 1400)  # a first start on a very large screen: lines stay readable, not a 4K screen's width
FRAME = QMargins(4, 40, 4, 4)  # room for a window manager's frame while its real size is not known
LEAST_SHARE = 0.2  # of a splitter's length, for each of its panes


def frame_margins(frame: QRect, geometry: QRect) -> QMargins:
    """The frame around a shown window (from its frame and inner geometries), or FRAME while none is known."""
    margins = QMargins(geometry.left() - frame.left(), geometry.top() - frame.top(),
                       frame.right() - geometry.right(), frame.bottom() - geometry.bottom())
    return margins if margins.top() > 0 else FRAME


def first_geometry(available: QRect, frame: QMargins = FRAME) -> QRect:
    """The window's geometry at a first start: the available area (less the frame), up to ROOMY, centred."""
    inside = available.marginsRemoved(frame)
    size = inside.size().boundedTo(ROOMY)
    return _centred(size, inside)


def clamped_geometry(geometry: QRect, available: QRect, frame: QMargins = FRAME) -> QRect:
    """``geometry`` (a restored one) brought inside the available area with its frame, and grown to USABLE."""
    inside = available.marginsRemoved(frame)
    size = geometry.size().expandedTo(USABLE).boundedTo(inside.size())
    left = min(max(geometry.left(), inside.left()), inside.right() + 1 - size.width())
    top = min(max(geometry.top(), inside.top()), inside.bottom() + 1 - size.height())
    return QRect(QPoint(left, top), size)


def place(window: QWidget, geometry: QRect, frame: QMargins = FRAME) -> None:
    """Give ``window`` the inner ``geometry`` (from first_geometry or clamped_geometry) with its frame's corner where
    that geometry's frame would begin: a window manager's frame smaller than ``frame`` leaves a gap at the bottom,
    never a title bar above the screen's top (a window's position is its frame's)."""
    window.resize(geometry.size())
    window.move(geometry.topLeft() - QPoint(frame.left(), frame.top()))


def usable_shares(sizes: list[int], defaults: list[float]) -> list[float]:
    """A splitter's pane sizes as shares of its length; ``defaults`` if the sizes are unusable (no length), else each
    pane given at least LEAST_SHARE, taken from the largest."""
    total = sum(sizes)
    if total <= 0 or len(sizes) != len(defaults):
        return list(defaults)
    shares = [size / total for size in sizes]
    for k, share in enumerate(shares):
        if share < LEAST_SHARE:
            largest = max(range(len(shares)), key=shares.__getitem__)
            shares[largest] -= LEAST_SHARE - share
            shares[k] = LEAST_SHARE
    return shares


def _centred(size: QSize, area: QRect) -> QRect:
    return QRect(QPoint(area.left() + (area.width() - size.width()) // 2,
                        area.top() + (area.height() - size.height()) // 2), size)


class PageTabs(QTabWidget):
    """Tabs whose least size is that of the page shown, not of the largest page: the argument panel beside them
    keeps its room while the map or a list is shown, and the quiz gets what it needs when it is opened."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._last_laid_out = None
        self.pages().layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            laid_out = self._laid_out()
            if laid_out == self._last_laid_out:
                return True  # (a page behind a tab changed its wishes: nothing here moves, nothing is repainted)
            self._last_laid_out = laid_out
        return super().event(event)

    def _laid_out(self) -> tuple:
        """What the tabs' own layout (the tab bar, the page in sight) and their least size depend on."""
        page = self.currentWidget()
        return (self.size(), self.count(), self.currentIndex(), self.tabBar().sizeHint(),
                self.tabBar().minimumSizeHint(), page.minimumSizeHint() if page is not None else None,
                page.minimumSize() if page is not None else None)

    def pages(self) -> QStackedWidget:
        """The stack of pages under the tab bar."""
        return self.findChild(QStackedWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)

    def replace_page(self, index: int, page: QWidget) -> None:
        """Put ``page`` in place of the page at ``index``, under the same tab, and shown if that tab is the current
        one. The tab bar is left as it is: inserting a tab and removing one would lay the tabs out again twice and
        repaint them, page in sight included."""
        stack = self.pages()
        old = stack.widget(index)
        for widget in (page, old):  # (where they are would be repainted under the page in sight as they come and go)
            widget.move(-widget.width(), -widget.height())
        stack.insertWidget(index, page)
        stack.blockSignals(True)  # (the tabs take a page's leaving as its tab's)
        stack.removeWidget(old)
        stack.blockSignals(False)
        if self.currentIndex() == index:
            stack.setCurrentIndex(index)
            self.updateGeometry()

    def minimumSizeHint(self):  # noqa: N802 - Qt override
        page, whole = self.currentWidget(), super().minimumSizeHint()
        if page is None:
            return whole
        around = whole - self.pages().minimumSizeHint()  # the tab bar and the frame
        return (page.minimumSizeHint().expandedTo(page.minimumSize()) + around).expandedTo(
            self.tabBar().minimumSizeHint())
