"""The events list: a sortable, filterable table of the pack's events, the text twin of the timeline.

Keyboard and screen-reader users read the lesson here; selecting a row selects the event everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from sco_app.core.dates import display_span
from sco_app.ui.state import AppState
from sco_app.ui.table_model import ListTableModel

READING_COLUMNS = (3, 4)  # theory and link: hidden in exam mode
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
ID_ROLE = Qt.ItemDataRole.UserRole + 3


class EventsModel(ListTableModel):
    """One row per event, in date order: date, title, lane, theory, basis."""

    def __init__(self, state: AppState) -> None:
        super().__init__([])
        self.headers = [self.tr("Date"), self.tr("Event"), self.tr("Lane"), self.tr("Theory"), self.tr("Link")]
        self.state = state
        self.row_of: dict[str, int] = {}
        state.pack_loaded.connect(self.reset)

    def reset(self, pack) -> None:
        self.row_of = {event.id: row for row, event in enumerate(pack.events)}
        self.set_rows(pack.events)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        event = self.rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return event.id
        if role == SEARCH_ROLE:
            text = self.state.text
            return f"{text(event.title)} {text(event.description)} {' '.join(event.actors)}".casefold()
        if role == SORT_ROLE:
            return event.date.ordinal() if column == 0 else self.data(index)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            pack, text = self.state.pack, self.state.text
            if column == 0:
                return display_span(event.date, event.end)
            if column == 1:
                return text(event.title)
            if column == 2:
                return text(pack.lane(event.lane).title)
            if column == 3:
                return text(pack.theory(event.reading.theory).short)
            return self.tr("the paper's own") if event.reading.basis.value == "paper" else self.tr("teaching reading")
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return self.state.text(self.state.pack.theory(event.reading.theory).name)
        return None


class EventFilter(QSortFilterProxyModel):
    """Keeps the rows that pass the state's filters and whose title, description or actors contain
    every word typed."""

    def __init__(self, state: AppState) -> None:
        super().__init__()
        self.state = state
        self.words: list[str] = []
        self.setSortRole(SORT_ROLE)
        state.filters_changed.connect(lambda: self.set_query(" ".join(self.words)))

    def set_query(self, query: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self.words = query.casefold().split()
            self.endFilterChange()
        else:
            self.words = query.casefold().split()
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802 - Qt override
        model = self.sourceModel()
        if not self.state.shown(model.rows[row]):
            return False
        blob = model.index(row, 0, parent).data(SEARCH_ROLE) or ""
        return all(word in blob for word in self.words)


class EventsTable(QWidget):
    """A filter box over the events table; selecting a row selects the event in the state."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.model = EventsModel(state)
        self.proxy = EventFilter(state)
        self.proxy.setSourceModel(self.model)
        self.filter_box = QLineEdit(placeholderText=self.tr("Filter events (title, description, country code)"))
        self.filter_box.setAccessibleName(self.tr("Filter events"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self.proxy.set_query)
        self.filter_box.returnPressed.connect(self.jump_to_first)
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Events"))
        self.view.setAccessibleDescription(self.tr(
            "The timeline as text: one row per event with its date, title, lane and reading. "
            "Moving to a row selects the event; Control+F filters the list."))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 150)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.view)
        state.selection_changed.connect(self.show_selection)
        state.exam_mode_changed.connect(self._show_reading_columns)

    def _show_reading_columns(self, exam: bool) -> None:
        """In exam mode the columns that tell an event's reading (its theory, the paper's own or not) are hidden."""
        for column in READING_COLUMNS:
            self.view.setColumnHidden(column, exam)

    def jump_to_first(self) -> None:
        """Enter in the search box selects the first event found."""
        if self.proxy.rowCount():
            self.state.select(self.proxy.index(0, 0).data(ID_ROLE))
            self.view.setFocus()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.state.select(current.data(ID_ROLE))

    def show_selection(self, event_id: str) -> None:
        """Move the table's current row to ``event_id`` (if it is not filtered out)."""
        row = self.model.row_of.get(event_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            if self.view.currentIndex().row() != index.row():
                self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
