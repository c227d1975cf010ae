"""The problems pane: every problem of the pack on disk, as ``file:line:col`` and a message.

It fills when live preview finds the open pack broken (the last good version stays on screen) and
empties when the pack is fixed. A click or Enter on a row copies its location to the clipboard,
ready to paste into an editor's "go to"; "Open in editor" opens the file in the system's editor.

A pack may ``include:`` a file of any name (``run.bat``, say), and the system opens a file with the
program its type is associated with, which for some types runs it. So only a ``.yaml`` or ``.yml`` file
inside the pack's folder is offered to the editor; for anything else, and for a file inside a zip,
the location can only be copied.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView, QDockWidget, QHBoxLayout, QHeaderView, QLabel, QMainWindow, QMenu, QPushButton, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget,
)

from sco_app.core.packs.problems import Problem, Severity

PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1


def location(problem: Problem) -> str:
    """``file:line:col``, as editors and ``sco-app validate`` write it."""
    return f"{problem.file}:{problem.line}:{problem.column}"


EDITABLE_SUFFIXES = (".yaml", ".yml")  # the only files "Open in editor" hands to the system


def pack_folder(label: str | Path | None) -> Path | None:
    """The folder of the pack checked as ``label`` (its folder, or the folder of its pack.yaml); None
    for a zip or anything that is not a pack folder on disk."""
    if not label:
        return None
    try:
        path = Path(label).resolve()
        if path.is_file() and path.name == "pack.yaml":
            path = path.parent
        return path if path.is_dir() and (path / "pack.yaml").is_file() else None
    except (OSError, ValueError):
        return None


def _pack_folder_of(path: Path) -> Path | None:
    """The nearest folder above ``path`` holding a pack.yaml (when the pack's folder was not given)."""
    for folder in path.parents:
        if (folder / "pack.yaml").is_file():
            return folder
    return None


def local_file(problem: Problem, root: str | Path | None = None) -> Path | None:
    """The file on disk that ``problem`` is in, if it may be opened in an editor: a ``.yaml``/``.yml``
    file inside the pack folder ``root`` (when ``root`` is not a pack folder, the nearest folder above
    the file holding a pack.yaml). None for a file inside a zip, a file of another type, or one outside
    the pack."""
    if "!/" in problem.file:
        return None
    try:
        given = Path(problem.file)
        path = given.resolve()  # a link is judged by what it points to
        if given.suffix.lower() not in EDITABLE_SUFFIXES or path.suffix.lower() not in EDITABLE_SUFFIXES:
            return None
        if not path.is_file():
            return None
        folder = pack_folder(root) or _pack_folder_of(path)
        if folder is None or not path.is_relative_to(folder):
            return None
    except (OSError, ValueError):
        return None
    return path


class ProblemsPane(QDockWidget):
    """A dock listing the problems of the pack on disk, with their locations."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Problems in the lesson pack"), parent)
        self.setObjectName("problems-pane")
        self.setAccessibleName(self.tr("Problems in the lesson pack"))
        self.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self.problems: list[Problem] = []
        self.root: str | None = None  # the pack folder the problems are in, when known
        body = QWidget()
        self.summary = QLabel(wordWrap=True)
        self.summary.setAccessibleName(self.tr("Summary of the problems"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.list = QTreeWidget()
        self.list.setColumnCount(3)
        self.list.setHeaderLabels([self.tr("Location"), self.tr("Kind"), self.tr("Message")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideLeft)  # the file name and line matter most
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAccessibleName(self.tr("Problems"))
        self.list.setAccessibleDescription(self.tr("Enter copies the location of the problem; "
                                                   "the menu key offers to open its file"))
        header = self.list.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(0, 320)
        self.list.itemClicked.connect(lambda item, _column: self.copy_location(item))  # a click, Enter or a
        self.list.itemActivated.connect(lambda item, _column: self.copy_location(item))  # double click copies
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.copy_button = self._button(self.tr("&Copy location"), self.tr("Copy the file, line and column of the "
                                                                             "chosen problem to the clipboard"),
                                        lambda: self.copy_location(self.list.currentItem()))
        self.open_button = self._button(self.tr("Open in &editor"), self.tr("Open the file of the chosen problem "
                                                                              "in the system's editor"),
                                        lambda: self.open_file(self.list.currentItem()))
        self.note = QLabel()
        self.note.setAccessibleName(self.tr("What was done"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.note, 1)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.setWidget(body)
        self.set_problems([])

    def _button(self, text: str, description: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", ""))
        button.setAccessibleDescription(description)
        button.setToolTip(description)
        button.clicked.connect(slot)
        return button

    # -- contents ----------------------------------------------------------------------------------

    def show_report(self, report) -> None:
        """Show what a check of the pack found; a pack that cannot be used brings the pane up."""
        self.set_problems(report.problems, usable=report.ok, root=report.label)
        if not report.ok and not self.isVisible():
            self.show()
            window = self.parentWidget()
            if isinstance(window, QMainWindow):  # a strip under the views, not half the window
                window.resizeDocks([self], [max(160, window.height() // 4)], Qt.Orientation.Vertical)
        if not report.ok:
            self.raise_()

    def set_problems(self, problems: list[Problem], usable: bool = True, root: str | Path | None = None) -> None:
        """List ``problems`` of the pack at ``root`` (its folder or zip; None: the folder above each file
        holding a pack.yaml)."""
        self.problems = list(problems)
        self.root = str(root) if root else None
        self.list.clear()
        for problem in self.problems:
            kind = self.tr("error") if problem.severity is Severity.ERROR else self.tr("warning")
            item = QTreeWidgetItem([location(problem), kind, problem.message])
            item.setData(0, PROBLEM_ROLE, problem)
            tip = problem.message + (f"\n{self.tr('Hint:')} {problem.hint}" if problem.hint else "")
            for column in range(3):
                item.setToolTip(column, f"{location(problem)}\n{tip}")
            item.setData(2, Qt.ItemDataRole.AccessibleTextRole, tip)
            self.list.addTopLevelItem(item)
        errors = sum(p.severity is Severity.ERROR for p in self.problems)
        warnings = len(self.problems) - errors
        if not usable:
            text = self.tr("<b>The lesson pack on disk cannot be used</b> (errors: {errors}, warnings: {warnings}). "
                           "The last good version stays on screen until the problems are fixed.").format(
                errors=errors, warnings=warnings)
        elif warnings:
            text = self.tr("The lesson pack on disk is in use (warnings: {warnings}).").format(warnings=warnings)
        else:
            text = self.tr("No problems: the lesson pack on screen is the one on disk.")
        self.summary.setText(text)
        self.note.clear()
        if self.problems:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self._current_changed(self.list.currentItem(), None)

    def _current_changed(self, item, _previous) -> None:
        problem = item.data(0, PROBLEM_ROLE) if item is not None else None
        self.note.clear()  # what was done was about the row chosen before
        self.copy_button.setEnabled(problem is not None)
        self.open_button.setEnabled(problem is not None and self.openable(problem) is not None)

    # -- actions -----------------------------------------------------------------------------------

    def copy_location(self, item: QTreeWidgetItem | None) -> str:
        """Put ``file:line:col`` of the problem on the clipboard; return it ("" for no problem)."""
        if item is None:
            return ""
        text = location(item.data(0, PROBLEM_ROLE))
        QGuiApplication.clipboard().setText(text)
        self.note.setText(self.tr("Copied {location}").format(location=text))
        return text

    def openable(self, problem: Problem | None) -> Path | None:
        """The problem's file if it may be opened in an editor (a YAML file in the pack folder), else None."""
        return local_file(problem, self.root) if problem is not None else None

    def open_file(self, item: QTreeWidgetItem | None) -> bool:
        """Open the problem's file in the system's editor; False (its location copied instead) if it is
        not a YAML file in the pack folder."""
        path = self.openable(item.data(0, PROBLEM_ROLE)) if item is not None else None
        if path is None:
            if item is not None and item.data(0, PROBLEM_ROLE) is not None:
                self.copy_location(item)
                self.note.setText(self.tr("Only YAML files of the pack open in an editor; the location "
                                          "was copied instead"))
            return False
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        if not opened:
            self.note.setText(self.tr("No editor could open {file}").format(file=str(path)))
        return bool(opened)

    def _menu(self, position) -> None:
        item = self.list.itemAt(position) or self.list.currentItem()
        if item is None:
            return
        menu = QMenu(self)
        copy = QAction(self.tr("Copy location"), menu)
        copy.triggered.connect(lambda: self.copy_location(item))
        menu.addAction(copy)
        if self.openable(item.data(0, PROBLEM_ROLE)) is not None:  # only a YAML file of the pack
            open_action = QAction(self.tr("Open in editor"), menu)
            open_action.triggered.connect(lambda: self.open_file(item))
            menu.addAction(open_action)
        menu.exec(self.list.viewport().mapToGlobal(position))
