"""A ring around the control that has the keyboard focus, in every theme and on every control, the timeline and the
map included: the style's own focus marks are faint or missing in the light and dark themes.

The ring is drawn over the window, inside the focused control's edge (so that no neighbour hides it), in the theme's
focus colour. As browsers do for ``:focus-visible``, it shows when the focus moved by keyboard (Tab, a shortcut, a
dialog opened by a key) and not when a click moved it: a student who clicks knows where the focus is. A window that
has just opened shows its ring from the first Tab on.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QGuiApplication, QPainter, QPen
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from sco_app.ui import theme

WIDTH = 3  # pixels
FOLLOWED = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.ParentChange)


class FocusRing(QWidget):
    """The ring of one window: a widget over the window's others, transparent to the mouse, placed on the target."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focus-ring")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName("")  # drawing only: nothing for a screen reader to say
        self.target: QWidget | None = None
        self._watched: list[QWidget] = []
        self.hide()

    def follow(self, target: QWidget | None) -> None:
        """Ring ``target`` (None: no ring), and keep the ring on it as it or the panes around it move."""
        for widget in self._watched:
            if isValid(widget):  # a dialog closed and deleted may have taken the watched widgets with it
                widget.removeEventFilter(self)
        self.target, self._watched = target, []
        widget = target
        while widget is not None and widget is not self.parentWidget():
            widget.installEventFilter(self)
            self._watched.append(widget)
            widget = widget.parentWidget()
        self.place()

    def place(self) -> None:
        target, window = self.target, self.parentWidget()
        if target is None or not isValid(target) or not target.isVisible() or target.window() is not window:
            self.hide()
            return
        seen = QRect(target.mapTo(window, target.rect().topLeft()), target.size())
        widget = target.parentWidget()
        while widget is not None and widget is not window:  # the part a scroll area or a pane lets be seen
            seen &= QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
            widget = widget.parentWidget()
        self.setGeometry(seen)
        self.raise_()
        self.show()
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in FOLLOWED and self.target is not None:
            self.place()
        return False

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(theme.scheme().focus, WIDTH))
        half = WIDTH / 2
        painter.drawRoundedRect(self.rect().toRectF().adjusted(half, half, -half, -half), 3, 3)


class FocusRings(QObject):
    """Gives every window a ring (a child of the window, so that it goes with it) and moves it to the focus."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.shown: FocusRing | None = None  # the ring of the window that has the focus (no window is held here)
        self.keyboard = False  # whether the focus last moved by keyboard (none has moved when the app starts)
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        window = new.window() if new is not None else None
        if self.shown is not None and isValid(self.shown) and self.shown.parentWidget() is not window:
            self.shown.follow(None)
        if new is None or window is None or window.windowType() == Qt.WindowType.Popup:
            return
        ring = ring_of(window) or FocusRing(window)
        if old is not None:  # the focus moved within the application: by a click, or by the keyboard
            self.keyboard = QGuiApplication.mouseButtons() == Qt.MouseButton.NoButton
        ring.follow(new if self.keyboard and new is not ring else None)  # a window coming back shows the last move's
        self.shown = ring


def install(app: QApplication | None = None) -> FocusRings:
    """Show the focus ring in every window of the application (once; later calls return the same)."""
    app = app or QApplication.instance()
    rings = app.findChild(FocusRings)
    return rings if rings is not None else FocusRings(app)


def ring_of(window: QWidget) -> FocusRing | None:
    """The ring drawn over ``window``, if it has one (for tests and screenshots)."""
    return window.findChild(FocusRing, options=Qt.FindChildOption.FindDirectChildrenOnly)
