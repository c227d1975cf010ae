"""A read-only Qt table over a Python list: the row count, column count and headers every table here shares."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt


class ListTableModel(QAbstractTableModel):
    """Rows in ``self.rows``, column titles in ``self.headers``; subclasses give ``data``."""

    def __init__(self, headers: list[str]) -> None:
        super().__init__()
        self.headers: list[str] = headers
        self.rows: list = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def reorder(self, rows: list) -> None:
        """The same rows in the order of ``rows``: the views keep their selection and current row (their
        persistent indexes follow the rows they were on)."""
        self.layoutAboutToBeChanged.emit()
        new_row = {id(row): number for number, row in enumerate(rows)}
        before = self.persistentIndexList()
        after = [self.index(new_row[id(self.rows[index.row()])], index.column()) for index in before]
        self.rows = list(rows)
        self.rows_reordered()
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def rows_reordered(self) -> None:
        """Called when :attr:`rows` took another order, before the views hear of it (what a subclass keeps about
        the rows' places is made again here)."""

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt override
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None
