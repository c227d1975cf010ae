"""The pack library: every lesson pack on this computer in one table, to open, import or update.

It lists the built-in packs, the packs in the user's library and those in extra folders (``$SCO_APP_PACKS``
and folders added here, such as a read-only folder shared on a lab network), each with its title,
version, languages, authors, whether it validates and where it is. A zip can be opened as it is or
imported into the library; a pack whose id is already there at a lower version is offered as an update,
which keeps the students' progress (answers are stored by pack id). The finding, checking and
installing are :mod:`sco_app.core.library`; this is only the window on them. While a pack is installed,
the live-preview watcher of the window lets go of the open pack's folder (Windows cannot rename a
folder that is watched), and takes it up again afterwards.
"""

from __future__ import annotations

from contextlib import nullcontext
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton, QTableView,
    QVBoxLayout, QWidget,
)

from sco_app.core.library import Library, Offer, Origin, PackEntry, read_entry
from sco_app.core.packs import PackError
from sco_app.core.progress import default_data_dir
from sco_app.ui.state import AppState
from sco_app.ui.table_model import ListTableModel

FOLDERS_KEY = "library/folders"
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


def settings_folders(settings: QSettings) -> list[str]:
    """The extra pack folders added in the library window."""
    value = settings.value(FOLDERS_KEY) or []
    return [value] if isinstance(value, str) else [str(v) for v in value]


def app_library(settings: QSettings | None = None) -> Library:
    """The library of this user: their data folder, ``$SCO_APP_PACKS`` and the folders of the settings."""
    settings = settings or QSettings("sco-app", "sco-app")
    return Library.from_environment(default_data_dir(), settings_folders(settings))


class PacksModel(ListTableModel):
    """One row per pack: title, version, languages, authors, validates, where."""

    def __init__(self, language: str) -> None:
        super().__init__([self.tr("Title"), self.tr("Version"), self.tr("Languages"), self.tr("Authors"),
                          self.tr("Validates"), self.tr("Where")])
        self.language = language
        self.updates: dict[int, PackEntry] = {}  # row -> the installed pack it would update

    def set_entries(self, entries: list[PackEntry], updates: dict[int, PackEntry]) -> None:
        self.updates = updates
        self.set_rows(entries)

    def where(self, entry: PackEntry) -> str:
        if entry.origin is Origin.BUILT_IN:
            return self.tr("built into the app")
        if entry.origin is Origin.LIBRARY:
            return self.tr("your library")
        place = str(entry.path)
        return place if entry.writable else self.tr("{place} (read-only)").format(place=place)

    def validates(self, entry: PackEntry) -> str:
        warnings = len(entry.problems) - entry.errors
        if not entry.ok:
            return self.tr("no: {errors} error(s)").format(errors=entry.errors)
        return self.tr("yes, {warnings} warning(s)").format(warnings=warnings) if warnings else self.tr("yes")

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry: PackEntry = self.rows[index.row()]
        column = index.column()
        if role == ENTRY_ROLE:
            return entry
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                title = entry.title_in(self.language)
                return f"{title} [zip]" if entry.is_zip else title
            if column == 1:
                newer = self.updates.get(index.row())
                version = entry.version or "?"
                return (self.tr("{version} (updates {old})").format(version=version, old=newer.version)
                        if newer is not None else version)
            if column == 2:
                return ", ".join(entry.languages)
            if column == 3:
                return ", ".join(entry.authors)
            if column == 4:
                return self.validates(entry)
            return self.where(entry)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [str(entry.path), self.tr("id: {id}").format(id=entry.id or "?")]
            lines += [p.format() for p in entry.problems[:8]]
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole and column == 4 and not entry.ok:
            return Qt.GlobalColor.darkRed
        return None


class PackLibraryDialog(QDialog):
    """Choose a lesson pack to open, import a zip into the library, or add a folder of packs."""

    open_requested = Signal(str)  # the path of the pack to open

    def __init__(self, state: AppState, library: Library | None = None, parent: QWidget | None = None,
                 watcher=None) -> None:
        super().__init__(parent)
        self.state = state
        self.watcher = watcher if watcher is not None else getattr(parent, "pack_watcher", None)  # live preview
        self._given_library = library
        self.library = library or app_library()
        self.entries: list[PackEntry] = []
        self.setWindowTitle(self.tr("Lesson pack library"))
        self.setAccessibleName(self.tr("Lesson pack library"))
        intro = QLabel(self.tr("The lesson packs on this computer: those built into the app, those in your "
                               "library and those in shared folders. Choose one and press Enter to open it."),
                       wordWrap=True)
        self.model = PacksModel(state.language)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Lesson packs"))
        self.view.setAccessibleDescription(self.tr("Title, version, languages, authors, whether the pack "
                                                   "validates, and where it is"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)  # a long path: shortened in the middle
        header.resizeSection(0, 340)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.doubleClicked.connect(lambda _index: self.open_selected())
        self.details = QLabel(wordWrap=True)
        self.details.setAccessibleName(self.tr("About the chosen pack"))
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.open_button = self._button(self.tr("&Open"), self.tr("Open the chosen pack in the app"),
                                        self.open_selected)
        self.open_button.setDefault(True)
        self.install_button = self._button(self.tr("&Install into library"),
                                           self.tr("Copy the chosen pack into your library"), self.install_selected)
        self.import_button = self._button(self.tr("Import &zip…"),
                                          self.tr("Choose a lesson pack zip and install it into your library"),
                                          self.choose_zip)
        self.folder_button = self._button(self.tr("Add &folder…"),
                                          self.tr("Add a folder of lesson packs, such as a shared folder, to the list"),
                                          self.choose_folder)
        self.close_button = self._button(self.tr("Close"), self.tr("Close the library"), self.reject)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.install_button, self.import_button, self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        self.view.selectionModel().currentRowChanged.connect(lambda _current, _previous: self._show_details())
        self.resize(1080, 460)
        self.refresh()
        self.view.setFocus()

    def _button(self, text: str, description: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setAccessibleDescription(description)
        button.setToolTip(description)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # -- the list ----------------------------------------------------------------------------------

    def refresh(self, select: Path | None = None) -> None:
        """Find and check every pack again, keeping the chosen row (or choosing ``select``)."""
        current = self.selected()
        keep = select or (current.path if current else None) or self._open_path()
        if self._given_library is None:
            self.library = app_library()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.entries = self.library.entries()
        finally:
            QGuiApplication.restoreOverrideCursor()
        updates = {}
        for row, entry in enumerate(self.entries):
            if entry.origin is not Origin.LIBRARY and entry.ok and entry.id:
                offer, installed = self.library.offer(entry, self.entries)
                if offer is Offer.UPDATE and installed is not None and installed.origin is Origin.LIBRARY:
                    updates[row] = installed
        self.model.set_entries(self.entries, updates)
        rows = [r for r, e in enumerate(self.entries) if keep is not None and _same(e.path, keep)]
        self.view.selectRow(rows[0] if rows else 0)
        self._show_details()

    def _open_path(self) -> Path | None:
        pack = self.state.pack
        return Path(pack.root) if pack is not None and pack.root else None

    def selected(self) -> PackEntry | None:
        index = self.view.currentIndex() if hasattr(self, "view") else QModelIndex()
        return index.data(ENTRY_ROLE) if index.isValid() else None

    def _show_details(self) -> None:
        entry = self.selected()
        self.open_button.setEnabled(entry is not None and entry.ok)
        if entry is None:
            self.details.setText(self.tr("No lesson packs were found."))
            self.install_button.setEnabled(False)
            return
        lines = [self.tr("{title}, version {version}, id {id}: {path}").format(
            title=entry.title_in(self.state.language), version=entry.version or "?", id=entry.id or "?",
            path=str(entry.path))]
        if not entry.ok:
            lines.append(self.tr("It cannot be opened until its problems are fixed; the first: {problem}")
                         .format(problem=entry.problems[0].format().splitlines()[0] if entry.problems else "?"))
        can_install = entry.ok and entry.origin is Origin.EXTRA  # built-in packs are always there
        self.install_button.setText(self.tr("&Install into library"))
        if can_install:
            offer, installed = self.library.offer(entry, self.entries)
            if offer is Offer.UPDATE and installed is not None and installed.origin is Origin.LIBRARY:
                self.install_button.setText(self.tr("&Update library copy"))
                lines.append(self.tr("An update of version {old} in your library; students' progress is kept.")
                             .format(old=installed.version))
            elif offer in (Offer.SAME, Offer.OLDER) and installed is not None:
                can_install = False
                lines.append(self.tr("Version {version} is already on this computer ({where}).")
                             .format(version=installed.version, where=self.model.where(installed)))
        self.install_button.setAccessibleName(self.install_button.text().replace("&", ""))
        self.install_button.setEnabled(can_install)
        self.details.setText("\n".join(lines))

    # -- actions -----------------------------------------------------------------------------------

    def open_selected(self) -> None:
        """Open the chosen pack (a zip opens as it is) and close the library."""
        entry = self.selected()
        if entry is None or not entry.ok:
            return
        self.open_requested.emit(str(entry.path))
        self.accept()

    def install_selected(self) -> PackEntry | None:
        entry = self.selected()
        return self.import_pack(entry.path) if entry is not None else None

    def choose_zip(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a lesson pack zip"), "",
                                              self.tr("Lesson packs (*.zip)"))
        if path:
            self.import_pack(Path(path))

    def import_pack(self, path: Path) -> PackEntry | None:
        """Install the pack at ``path`` into the library: new, or (asked first) an update; None if not done."""
        candidate = read_entry(path)
        if not candidate.ok:
            details = "\n".join(p.format() for p in candidate.problems[:20])
            QMessageBox.warning(self, self.tr("This lesson pack has problems"),
                                self.tr("It was not imported.") + "\n\n" + details)
            return None
        offer, installed = self.library.offer(candidate, self.entries or None)
        title = candidate.title_in(self.state.language)
        if offer is Offer.UPDATE and installed is not None:
            answer = QMessageBox.question(
                self, self.tr("Update the lesson pack?"),
                self.tr("“{title}” version {old} is on this computer. Install version {new} in its place? "
                        "Students' answers and review schedule are kept.").format(
                    title=title, old=installed.version, new=candidate.version))
            if answer != QMessageBox.StandardButton.Yes:
                return None
        elif offer in (Offer.SAME, Offer.OLDER) and installed is not None:
            QMessageBox.information(
                self, self.tr("Already on this computer"),
                self.tr("“{title}” version {version} is already here ({where}); version {new} was not "
                        "installed.").format(title=title, version=installed.version,
                                             where=self.model.where(installed), new=candidate.version))
            return None
        try:
            with self._watch_paused():
                entry = self.library.install(path)
        except PackError as exc:
            QMessageBox.warning(self, self.tr("This lesson pack has problems"),
                                "\n".join(p.format() for p in exc.problems[:20]))
            return None
        except OSError as exc:
            self.refresh()  # lists what is there now (and puts back an old copy an update left aside)
            if offer is Offer.UPDATE and installed is not None and installed.path.is_dir():
                text = self.tr("Version {new} of “{title}” could not be installed, so version {old} stays in "
                               "your library, unchanged. Close any program using its files and try again.").format(
                    new=candidate.version, title=title, old=installed.version)
            else:
                text = self.tr("“{title}” could not be installed: your library folder could not be "
                               "written.").format(title=title)
            self.details.setText(text)
            QMessageBox.warning(self, self.tr("The pack could not be installed"),
                                text + "\n\n" + self.tr("The system said: {error}").format(error=str(exc)))
            return None
        pack = self.state.pack
        if pack is not None and pack.id == entry.id and offer is Offer.UPDATE:
            self.open_requested.emit(str(entry.path))  # the pack on screen was updated: show the new version
        self.refresh(select=entry.path)
        return entry

    def _watch_paused(self):
        """A block during which the window's watcher does not watch the open pack (nothing if none)."""
        paused = getattr(self.watcher, "paused", None)
        return paused() if paused is not None else nullcontext()

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add a folder of lesson packs"))
        if folder:
            self.add_folder(folder)

    def add_folder(self, folder: str) -> None:
        """Remember ``folder`` as a place to look for packs (it may be read-only) and list its packs."""
        settings = QSettings("sco-app", "sco-app")
        folders = settings_folders(settings)
        if folder not in folders:
            settings.setValue(FOLDERS_KEY, folders + [folder])
        if self._given_library is not None and Path(folder) not in self.library.extra_folders:
            self.library.extra_folders.append(Path(folder))
        self.refresh()


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == Path(b).resolve()
    except OSError:
        return False
