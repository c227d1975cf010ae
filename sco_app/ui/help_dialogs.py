"""Help > Quick guide (what each part of the window does) and Help > Keyboard shortcuts.

The shortcuts list reads the window's menus, so it always names the keys the window really has; the keys that
work inside a view (the timeline, the map, the tour, the quiz) are listed after them.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHeaderView, QMenu, QTextBrowser, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)


def _dialog(parent: QWidget, title: str, body: QWidget, size: tuple[int, int]) -> QDialog:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    close = QDialogButtonBox()
    close.addButton(QCoreApplication.translate("HelpDialogs", "&Close"), QDialogButtonBox.ButtonRole.RejectRole)
    close.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(body)
    layout.addWidget(close)
    available = parent.screen().availableGeometry() if parent is not None else None
    width, height = size
    if available is not None:  # never larger than the screen
        width, height = min(width, available.width() - 40), min(height, available.height() - 80)
    dialog.resize(width, height)
    return dialog


class QuickGuide(QTextBrowser):
    """What each part of the window is for, in a few lines each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Quick guide"))
        self.setAccessibleDescription(self.tr("What each part of the window does, and where to begin."))
        self.setOpenExternalLinks(False)
        parts = [
            (self.tr("The timeline (top)"), self.tr(
                "The lesson's events by date, one lane per kind of event. A symbol's shape and colour say which "
                "theory reads the event; a bold edge marks the paper's own reading; a grey bar, an event that lasted. "
                "Click a symbol to choose its event. Drag the orange line to choose a day for the map.")),
            (self.tr("The map"), self.tr(
                "Each state's status on the chosen day (member, observer, partner), told by pattern as well as "
                "colour. Click a marker for its event, a country for its story.")),
            (self.tr("The argument (right)"), self.tr(
                "Everything the lesson says about the chosen event: its date, its reading by a theory and whether "
                "it is the paper's own, what caused it and what it led to (as links), its sources, and the passages "
                "of the paper it rests on, marked.")),
            (self.tr("Events list and States list"), self.tr(
                "The timeline and the map as text. Ctrl+F searches the events: the list shows what matches and the "
                "timeline rings it; Enter opens the first match.")),
            (self.tr("Filters and the theory lens"), self.tr(
                "The buttons and boxes above the timeline show one theory, lane or country only; the theory lens "
                "fades everything but one theory.")),
            (self.tr("Guided tour"), self.tr(
                "Tour ▸ Start (Ctrl+T) walks through the paper's findings step by step; the views move for you.")),
            (self.tr("Quiz"), self.tr(
                "Practice gives feedback after every answer; an exam gives the score at the end. Your answers are "
                "kept on this computer under your name.")),
            (self.tr("Seeing well"), self.tr(
                "Ctrl+= and Ctrl+- make all text larger or smaller; View ▸ High contrast draws white on black; "
                "View ▸ Language switches between English and Bahasa Indonesia.")),
        ]
        self.setHtml("".join(f"<h3>{escape(heading)}</h3><p>{escape(text)}</p>" for heading, text in parts))


class ShortcutsTable(QTreeWidget):
    """Every key of the window's menus, then the keys that work inside each view."""

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.setAccessibleDescription(self.tr("Keys, and what they do, grouped by where they work."))
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.setRootIsDecorated(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.setWordWrap(True)
        groups = [(self.tr("Menus"), menu_shortcuts(window))] + self.view_keys(window)
        for group, rows in groups:
            heading = QTreeWidgetItem(self, [group])
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            heading.setFirstColumnSpanned(True)
            for keys, what in rows:
                QTreeWidgetItem(self, [keys, what])

    def view_keys(self, window) -> list[tuple[str, list[tuple[str, str]]]]:
        tabs = [(window.tabs.tabText(k), window.tabs.tabText(k).replace("&", "")) for k in range(window.tabs.count())]
        return [
            (self.tr("Anywhere"), [
                (self.tr("Tab, Shift+Tab"), self.tr("Move to the next or previous control (it is ringed)")),
                *[(f"Alt+{text[text.index('&') + 1].upper()}", self.tr("Show the “{tab}” tab").format(tab=name))
                  for text, name in tabs if "&" in text[:-1]]]),
            (self.tr("Timeline"), [
                ("+, -", self.tr("Zoom in or out")), (self.tr("Ctrl+← / →"), self.tr("Move earlier or later")),
                ("Home", self.tr("Show every event"))]),
            (self.tr("Map"), [("+, -", self.tr("Zoom in or out")), ("0", self.tr("Frame the lesson's states again"))]),
            (self.tr("Events list"), [
                (self.tr("Enter (in the search box)"), self.tr("Open the first event found")),
                (self.tr("↑ / ↓"), self.tr("Open the previous or next event in the list"))]),
            (self.tr("Guided tour"), [
                (self.tr("→, Space, Page Down"), self.tr("Next step")), (self.tr("←, Page Up"), self.tr("Previous step")),
                ("Home, End", self.tr("First or last step")), ("Esc", self.tr("End the tour"))]),
            (self.tr("Quiz"), [
                ("1 … 9", self.tr("Choose an answer")), ("Enter", self.tr("Check the answer, then go on"))]),
        ]


def menu_shortcuts(window) -> list[tuple[str, str]]:
    """(keys, the action's name) of every action with a shortcut in the window's menus, in menu order."""
    rows: list[tuple[str, str]] = []

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())
            elif action.shortcuts():
                keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
                row = (keys, action.text().replace("&", "").rstrip("…"))
                if row not in rows:
                    rows.append(row)

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu())
    return rows


def show_quick_guide(window) -> QDialog:
    dialog = _dialog(window, QCoreApplication.translate("QuickGuide", "Quick guide"), QuickGuide(), (640, 620))
    dialog.show()
    return dialog


def show_shortcuts(window) -> QDialog:
    dialog = _dialog(window, QCoreApplication.translate("ShortcutsTable", "Keyboard shortcuts"), ShortcutsTable(window),
                     (620, 640))
    dialog.show()
    return dialog
