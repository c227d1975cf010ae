"""The keys a presentation clicker sends, for the tour, from anywhere in the window and whatever has the focus.

Clickers send Page Down / Page Up (some Right / Left or Space), Home and End, and B or "." to black the screen.
While a tour plays (or in presenter mode) an application-wide event filter takes these keys before any widget does,
so that they still work after a click on a button, in the argument panel, on the map, or after "Check your
understanding". Outside presenter mode a widget that needs them keeps them: a text field, a list or table, the quiz.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget,
)


@dataclass(frozen=True)
class ClickerActions:
    """What the keys do: the presenter's forward and back (which also ask and answer a class question), jumps to
    the first and last step, the black screen, and leaving presenter mode."""

    forward: Callable[[], None]
    back: Callable[[], None]
    first: Callable[[], None]
    last: Callable[[], None]
    black: Callable[[], None]
    escape: Callable[[], bool]  # True if it did something (uncovered the screen, left presenter mode)


KEYS: dict[Qt.Key, str] = {  # every key a clicker sends -> the action it triggers
    Qt.Key.Key_Right: "forward", Qt.Key.Key_PageDown: "forward", Qt.Key.Key_Space: "forward",
    Qt.Key.Key_Left: "back", Qt.Key.Key_PageUp: "back",
    Qt.Key.Key_Home: "first", Qt.Key.Key_End: "last",
    Qt.Key.Key_B: "black", Qt.Key.Key_Period: "black",
    Qt.Key.Key_Escape: "escape",
}


def keeps_keys(widget: QWidget | None, quiz: QWidget | None) -> bool:
    """Whether ``widget`` (the focus, outside presenter mode) needs the arrows, Space, Home and End itself."""
    if widget is None:
        return False
    if quiz is not None and (widget is quiz or quiz.isAncestorOf(widget)):
        return True
    if isinstance(widget, (QLineEdit, QAbstractSpinBox, QAbstractItemView)):
        return True
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, (QTextEdit, QPlainTextEdit)) and not widget.isReadOnly()


class ClickerKeys(QObject):
    """The filter: on the application only while ``active()`` (a tour plays, or presenter mode is on: call
    :meth:`follow` when that changes), since an application's filter sees every event of every object; it acts
    only for the windows it is given."""

    def __init__(self, actions: ClickerActions, windows: Callable[[], tuple], active: Callable[[], bool],
                 presenting: Callable[[], bool], quiz: Callable[[], QWidget | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.actions, self.windows, self.active, self.presenting, self.quiz = actions, windows, active, presenting, quiz
        self.installed = False
        self.follow()

    def follow(self, *_args) -> None:
        """Install or remove the filter as ``active()`` says now."""
        app = QApplication.instance()
        if app is not None and self.active() != self.installed:
            (app.installEventFilter if self.active() else app.removeEventFilter)(self)
            self.installed = self.active()

    def _wanted(self, watched, event) -> bool:
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier or event.key() not in KEYS:
            return False
        if not isinstance(watched, QWidget) or not self.active():
            return False
        if QApplication.activePopupWidget() is not None or QApplication.activeModalWidget() is not None:
            return False  # an open step list or a dialog keeps its keys
        if watched.window() not in self.windows():
            return False
        if self.presenting():
            return True
        if KEYS[event.key()] == "escape":
            return False  # outside presenter mode Escape is the bar's (it ends the tour) or the focused widget's
        return not keeps_keys(QApplication.focusWidget(), self.quiz())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) or not self._wanted(watched, event):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # no window shortcut (Left and Right are also the Go menu's) takes it: the key press comes
            return True
        if not event.isAutoRepeat():  # a held key does not race through the tour
            action = KEYS[event.key()]
            if action == "escape":
                return self.actions.escape()
            getattr(self.actions, action)()
        return True
