"""The pack library: every lesson pack on this computer in one table, to open, import or update.

It lists the built-in packs, the packs in the user's library and those in extra folders (``$SCO_APP_PACKS``
and folders added here, such as a read-only folder shared on a lab network), each with its title,
version, languages, authors, whether it validates and where it is. A zip can be opened as it is or
imported into the library; a pack whose id is already there at a lower version is offered as an update,
which keeps the students' progress (answers are stored by pack id). The finding, checking and
installing are :mod:`sco_app.core.library`; this is only the window on them. The packs are found and
checked off the GUI thread (:mod:`sco_app.ui.library_checks`), within a time budget: the list appears at
once, each row says whether it validates as soon as it is known, and a pack left unchecked when the
budget ran out is checked when it is chosen. While a pack is installed,
the live-preview watcher of the window lets go of the open pack's folder (Windows cannot rename a
folder that is watched), and takes it up again afterwards.
"""

from __future__ import annotations

from contextlib import nullcontext
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton, QTableView,
    QVBoxLayout, QWidget,
)

from sco_app.core import library as core_library
from sco_app.core.library import Library, Listing, Offer, Origin, PackEntry, read_entry
from sco_app.core.pack_entry import update_offers
from sco_app.core.preferences import LAB_PACK_FOLDERS, PACK_FOLDERS, Preferences
from sco_app.core.packs import PackError
from sco_app.core.progress import default_data_dir
from sco_app.ui.library_checks import LibraryChecks
from sco_app.ui.packs_model import ENTRY_ROLE, PacksModel
from sco_app.ui.private_settings import preferences
from sco_app.ui.state import AppState

def settings_folders(settings: Preferences) -> list[str]:
    """The extra pack folders: the lab's (beside ``$SCO_APP_PACKS``), then those added in the library window."""
    return [*settings.get(LAB_PACK_FOLDERS), *settings.get(PACK_FOLDERS)]


def app_library(settings: Preferences | None = None) -> Library:
    """The library of this user: their data folder, ``$SCO_APP_PACKS``, the lab's folders and the user's."""
    return Library.from_environment(default_data_dir(), settings_folders(settings or preferences()))


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
        lab_folders = preferences().get(LAB_PACK_FOLDERS)
        self.lab_folders = QLabel(self.tr("Shared folders set by your lab: {folders}").format(
            folders="; ".join(lab_folders)), wordWrap=True)
        self.lab_folders.setAccessibleName(self.tr("Folders set by your lab"))
        self.lab_folders.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lab_folders.setVisible(bool(lab_folders))
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
        self.progress = QLabel(wordWrap=True)
        self.progress.setAccessibleName(self.tr("Checking the lesson packs"))
        self.checks = LibraryChecks(self)
        self.checks.listed.connect(self._listed)
        self.checks.checked.connect(self._checked)
        self.checks.finished.connect(self._checks_finished)
        self.listing = Listing()
        self._asked: set[int] = set()  # rows whose check was asked for alone
        self._keep: Path | None = None
        self._ran_out = False  # the time budget ran out before every pack was checked
        self._done = 0  # packs of the listing checked so far
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
        layout.addWidget(self.lab_folders)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        self.view.selectionModel().currentRowChanged.connect(lambda _current, _previous: self._show_details())
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(1080, screen.width() - 40), min(460, screen.height() - 80))  # on a 1024x768 screen too
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

    @property
    def checking(self) -> bool:
        """Whether packs are being found or checked now (in the background)."""
        return self.checks.running

    def refresh(self, select: Path | None = None) -> None:
        """Find and check every pack again, off the GUI thread, keeping the chosen row (or choosing
        ``select``); the rows come as soon as the packs are found, their checks as they are done."""
        current = self.selected()
        self._keep = select or (current.path if current else None) or self._open_path()
        if self._given_library is None:
            self.library = app_library()
        self._asked.clear()
        self._ran_out = False
        self.model.checking = True
        self.progress.setText(self.tr("Looking for lesson packs…"))
        self.checks.start(self.library, self._keep)

    def _listed(self, listing: Listing) -> None:
        self.listing = listing
        self.entries = [PackEntry.pending(path, origin) for path, origin in listing.packs]
        self._done = 0  # how many of them are checked
        self.model.set_entries(self.entries, {})
        rows = [r for r, e in enumerate(self.entries) if self._keep is not None and _same(e.path, self._keep)]
        self.view.selectRow(rows[0] if rows else 0)
        self._show_progress()
        self._show_details()

    def _checked(self, row: int, entry: PackEntry) -> None:
        if row >= len(self.entries) or not _same(self.entries[row].path, entry.path):
            return  # from a listing that has been replaced
        self._done += entry.checked and not self.entries[row].checked
        self.entries[row] = entry
        self.model.set_entry(row, entry)
        self._show_progress()
        if self.view.currentIndex().row() == row:
            self._show_details()

    def _checks_finished(self, ran_out: bool) -> None:
        self.model.checking = False
        self.model.set_updates(update_offers(self.entries))
        if self.entries:
            self.model.dataChanged.emit(self.model.index(0, 4), self.model.index(len(self.entries) - 1, 4))
        self._ran_out = ran_out
        self._show_progress()
        self._show_details()

    def _show_progress(self) -> None:
        """How far the checking is, and what a crowded folder left out."""
        total, done = len(self.entries), self._done
        if self.model.checking:
            text = self.tr("Checking the lesson packs: {done} of {total}…").format(done=done, total=total)
        elif done < total and self._ran_out:
            text = self.tr("{done} of {total} lesson packs were checked in {seconds:g} s; the others are checked "
                           "when you choose them.").format(done=done, total=total,
                                                          seconds=core_library.CHECK_BUDGET_S)
        else:
            text = self.tr("Lesson packs found: {total}.").format(total=total)
        for folder, count in self.listing.left_out:
            text += " " + self.tr("{folder} holds {count} more packs than the {limit} listed from one folder; "
                                  "share them in several folders to see them all.").format(
                folder=folder, count=count, limit=core_library.MAX_PACKS_PER_FOLDER)
        self.progress.setText(text)

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
            self.details.setText(self.tr("Looking for lesson packs…") if self.checking
                                 else self.tr("No lesson packs were found."))
            self.install_button.setEnabled(False)
            return
        if not entry.checked:
            self.install_button.setEnabled(False)
            self.details.setText(self.tr("{path}: being checked…").format(path=str(entry.path)))
            row = self.view.currentIndex().row()
            if not self.checking and row not in self._asked:  # the budget ran out before it: check it now
                self._asked.add(row)
                self.checks.check_one(row, entry.path, entry.origin)
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
        self.checks.stop()  # the library's folders may change now
        self.model.checking = False
        offer, installed = self.library.offer(candidate, self._known_entries())
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

    def _known_entries(self) -> list[PackEntry]:
        """The packs to compare an import with: those checked, and the user library's (checked now if not yet,
        since an install replaces the library's copy of a pack)."""
        return [e if e.checked else read_entry(e.path, e.origin) for e in self.entries
                if e.checked or e.origin is Origin.LIBRARY]

    def done(self, result: int) -> None:
        self.checks.stop()  # a check still running finishes its pack and is forgotten
        super().done(result)

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
        settings = preferences()
        folders = settings.get(PACK_FOLDERS)
        if folder not in folders and folder not in settings.get(LAB_PACK_FOLDERS):
            settings.set(PACK_FOLDERS, (*folders, folder))
        if self._given_library is not None and Path(folder) not in self.library.extra_folders:
            self.library.extra_folders.append(Path(folder))
        self.refresh()


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == Path(b).resolve()
    except OSError:
        return False
