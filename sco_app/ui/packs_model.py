"""The library window's table: one row per lesson pack, with what it says about itself, whether it
validates (or is still being checked) and where it is."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from sco_app.core.library import Origin, PackEntry
from sco_app.ui.table_model import ListTableModel

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


class PacksModel(ListTableModel):
    """One row per pack: title, version, languages, authors, validates, where."""

    def __init__(self, language: str) -> None:
        super().__init__([self.tr("Title"), self.tr("Version"), self.tr("Languages"), self.tr("Authors"),
                          self.tr("Validates"), self.tr("Where")])
        self.language = language
        self.updates: dict[int, PackEntry] = {}  # row -> the installed pack it would update
        self.checking = False  # packs not checked yet are being checked now (else: when chosen)

    def set_entries(self, entries: list[PackEntry], updates: dict[int, PackEntry]) -> None:
        self.updates = updates
        self.set_rows(entries)

    def set_entry(self, row: int, entry: PackEntry) -> None:
        """One pack, now checked."""
        self.rows[row] = entry
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def set_updates(self, updates: dict[int, PackEntry]) -> None:
        self.updates = updates
        if self.rows:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self.rows) - 1, 1))

    def where(self, entry: PackEntry) -> str:
        if entry.origin is Origin.BUILT_IN:
            return self.tr("built into the app")
        if entry.origin is Origin.LIBRARY:
            return self.tr("your library")
        place = str(entry.path)
        return place if entry.writable else self.tr("{place} (read-only)").format(place=place)

    def validates(self, entry: PackEntry) -> str:
        if not entry.checked:
            return self.tr("checking…") if self.checking else self.tr("not checked yet")
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
                version = entry.version or ("?" if entry.checked else "")
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
