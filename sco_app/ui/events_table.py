"""The events list: a sortable, searchable table of the pack's events, the text twin of the timeline.

Keyboard and screen-reader users read the lesson here; a click on a row, Enter in the search box or moving
through the rows selects the event everywhere. Typing a search or changing a filter never does: it lists the
matches (and marks them on the timeline), keeps the selection and the date, and says when the filters hide
what the search found.
"""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from sco_app.core.dates import display_span
from sco_app.core.model import Basis
from sco_app.core.search import EventIndex, Found
from sco_app.ui.state import AppState
from sco_app.ui.table_model import ListTableModel

READING_COLUMNS = (3, 4)  # theory and link: hidden in exam mode
ID_ROLE = Qt.ItemDataRole.UserRole + 3
FITTED_ROWS = 100  # the columns fit the rows shown and this many more (all: seconds for 10,000 events); a longer
# text ends in "…" and its tooltip holds it whole


class EventsModel(ListTableModel):
    """One row per event, in date order: date, title, lane, theory, basis."""

    def __init__(self, state: AppState) -> None:
        super().__init__([])
        self.headers = [self.tr("Date"), self.tr("Event"), self.tr("Lane"), self.tr("Theory"), self.tr("Link")]
        self.state = state
        self.row_of: dict[str, int] = {}
        self._index: EventIndex | None = None  # made at the first search (tenths of a second for 10,000 events)
        self.sorted_by = (0, Qt.SortOrder.AscendingOrder)  # the column and order of the rows (the header's indicator)
        self._keys: dict[int, list] = {}  # column -> each event's sort key, in the pack's order
        state.pack_loaded.connect(self.reset)
        if state.pack is not None:  # made after the pack was loaded
            self.reset(state.pack)

    def reset(self, pack) -> None:
        self._index, self._keys = None, {}
        self.set_rows(self._in_order(pack.events))
        self.rows_reordered()

    @property
    def index_(self) -> EventIndex:
        """The searchable text of the pack's events."""
        if self._index is None:
            self._index = EventIndex(self.state.pack.events if self.state.pack else (), self.state.language,
                                     self.state.fallbacks())
        return self._index

    def rows_reordered(self) -> None:
        self.row_of = {event.id: row for row, event in enumerate(self.rows)}

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Put the rows in the order of ``column`` (ties keep the pack's order). The keys are made once, and Python
        sorts them: a sort through :meth:`data` would call into Python for every comparison (seconds for 10,000
        events)."""
        if not 0 <= column < len(self.headers) or self.sorted_by == (column, order):
            return
        self.sorted_by = (column, order)
        if self.state.pack is not None:
            self.reorder(self._in_order(self.state.pack.events))

    def _in_order(self, events) -> list:
        column, order = self.sorted_by
        if column not in self._keys:
            self._keys[column] = [self._sort_key(event, column) for event in events]
        keys = self._keys[column]
        numbers = sorted(range(len(events)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        return [events[number] for number in numbers]

    def _sort_key(self, event, column: int):
        """Dates by their first day, every other column by its text (case folded)."""
        return event.date.ordinal() if column == 0 else self._text(event, column).casefold()

    def _text(self, event, column: int) -> str:
        """The text ``event``'s row shows in ``column``."""
        pack, text = self.state.pack, self.state.text
        if column == 0:
            return display_span(event.date, event.end, event.open_end)
        if column == 1:
            return text(event.title)
        if column == 2:
            return text(pack.lane(event.lane).title)
        if column == 3:
            return text(pack.theory(event.reading.theory).short)
        if event.reading.basis is not Basis.PAPER:
            return self.tr("teaching reading")
        return text(pack.work_of_reading(event.reading).wording.own_short)  # "the paper's own", "the treaty's own"

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        event = self.rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return event.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(event, column)
        if role == Qt.ItemDataRole.ToolTipRole and column != 3:  # the whole text where a column cuts it
            return self._text(event, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return self.state.text(self.state.pack.theory(event.reading.theory).name)
        return None


class EventFilter(QSortFilterProxyModel):
    """Keeps the rows that pass the state's filters and whose title, description or actors contain
    every word typed, in the order of the events model (which sorts itself: :meth:`EventsModel.sort`)."""

    def __init__(self, state: AppState) -> None:
        super().__init__()
        self.state = state
        self.query = ""
        self.matching: set[str] | None = None  # ids of the events matching the query; None: no query

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The table's header asks for an order: the events model puts its rows in it."""
        self.sourceModel().sort(column, order)

    def set_query(self, query: str) -> None:
        """Show the rows matching ``query`` (and the filters); an empty query shows every row the filters pass."""
        model = self.sourceModel()
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
        self.query = query
        index = model.index_
        self.matching = {index.events[k].id for k in index.matching(query)} if query.split() else None
        if hasattr(self, "endFilterChange"):
            self.endFilterChange()
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802 - Qt override
        event = self.sourceModel().rows[row]
        return (self.matching is None or event.id in self.matching) and self.state.shown(event)


class EventsTable(QWidget):
    """A search box over the events table, a line saying what the search found, and the table."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._following = False  # True while the table follows a search or the filters: no row change selects
        self.model = EventsModel(state)
        self.proxy = EventFilter(state)
        self.proxy.setSourceModel(self.model)
        self.filter_box = QLineEdit(placeholderText=self.tr("Search events (title, description, country code)"))
        self.filter_box.setAccessibleName(self.tr("Search events"))
        self.filter_box.setAccessibleDescription(self.tr(
            "The list shows the events that match; Enter opens the first one. Typing selects nothing."))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self.search)
        self.filter_box.returnPressed.connect(self.jump_to_first)
        self.summary = QLabel(wordWrap=True)
        self.summary.setAccessibleName(self.tr("What the search found"))
        self.clear_filters = QPushButton(self.tr("Show all events"))
        self.clear_filters.setAccessibleName(self.tr("Clear the filters"))
        self.clear_filters.setToolTip(self.tr("Switch off the theory, lane and country filters"))
        self.clear_filters.clicked.connect(self._clear_filters)
        found_row = QHBoxLayout()
        found_row.setContentsMargins(4, 0, 4, 0)
        found_row.addWidget(self.summary, 1)
        found_row.addWidget(self.clear_filters)
        self.view = EventsView(self)
        self.view.setAccessibleName(self.tr("Events"))
        self.view.setAccessibleDescription(self.tr(
            "The timeline as text: one row per event with its date, title, lane and reading. "
            "Moving to a row selects the event; Control+F searches the list."))
        self.view.setModel(self.proxy)
        self.view.horizontalHeader().setSortIndicator(*self.model.sorted_by)  # the model's order: nothing to sort
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)  # a cut title ends in "…" and has a tooltip
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(FITTED_ROWS)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 150)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.view.clicked.connect(lambda index: state.select(index.data(ID_ROLE)))
        self.view.activated.connect(lambda index: state.select(index.data(ID_ROLE)))  # Enter on a row
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_box)
        layout.addLayout(found_row)
        layout.addWidget(self.view)
        state.selection_changed.connect(self.show_selection)
        state.filters_changed.connect(lambda: self.search(self.filter_box.text()))
        state.pack_loaded.connect(lambda _pack: self.search(self.filter_box.text()))
        self._say(None)
        state.exam_mode_changed.connect(self._show_reading_columns)

    @contextmanager
    def _following_the_list(self):
        """While the rows change under the table, its current row may move: that is not the student's choice."""
        self._following = True
        try:
            yield
        finally:
            self._following = False

    def search(self, query: str) -> None:
        """List the events matching ``query``, mark them on the timeline, say what was found; select nothing."""
        with self._following_the_list():
            self.proxy.set_query(query)
            self.show_selection(self.state.selected)
        found = self.model.index_.find(query, self.state.filters) if query.split() else None
        self.state.set_found(found.shown if found else ())
        self._say(found)

    def _say(self, found: Found | None) -> None:
        """One line under the search box: how many events match, and whether the filters hide some of them."""
        self.clear_filters.setVisible(bool(found and found.hidden))
        if found is None:
            self.summary.setText("")
            self.summary.hide()
            return
        hiding = self._filter_names(found.hiding)
        if len(found.shown) == 1:
            text = self.tr("1 event matches: press Enter to open it, or click it.")
        elif found.shown:
            text = self.tr("{count} events match: Enter opens the first, or click one.").format(count=len(found.shown))
        elif found.hidden:
            text = self.tr("No event in the list matches: the filter ({filters}) hides every match ({count})."
                           ).format(filters=hiding, count=len(found.hidden))
        else:
            text = self.tr("No event matches “{query}”. Try a shorter word or another spelling."
                           ).format(query=self.filter_box.text().strip())
        if found.shown and found.hidden:
            text += " " + self.tr("The filter ({filters}) hides {count} more.").format(filters=hiding,
                                                                                      count=len(found.hidden))
        self.summary.setText(text)
        self.summary.show()

    def _filter_names(self, names: tuple[str, ...]) -> str:
        """The filters that hide matches, as the filter bar names them, with what they are set to."""
        pack, text, state = self.state.pack, self.state.text, self.state
        said = {
            "theories": lambda: self.tr("Theories: {0}").format(", ".join(
                text(t.short) for t in pack.theories if t.id in state.theories) or self.tr("none")),
            "lanes": lambda: self.tr("Lane: {0}").format(", ".join(
                text(lane.title) for lane in pack.lanes if lane.id in state.lanes)),
            "actors": lambda: self.tr("Country: {0}").format(", ".join(
                text(a.name) for a in pack.actors if a.code in state.actors)),
        }
        return "; ".join(said[name]() for name in names)

    def _clear_filters(self) -> None:
        self.filter_box.setFocus()  # the button goes away: the search stays where the student is
        self.state.set_filters(theories=(), lanes=(), actors=())

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
        if current.isValid() and not self._following:
            self.state.select(current.data(ID_ROLE))

    def show_selection(self, event_id: str) -> None:
        """Move the table's current row to ``event_id``; none if it is not listed (filtered out or not found)."""
        row = self.model.row_of.get(event_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else QModelIndex()
        if not index.isValid():
            with self._following_the_list():
                self.view.selectionModel().clear()
            return
        if self.view.currentIndex().row() != index.row():
            with self._following_the_list():
                self.view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)


class EventsView(QTableView):
    """The table: entering it with Tab marks its first row as current without selecting that event (arrows,
    Enter or a click do)."""

    def __init__(self, owner: EventsTable) -> None:
        super().__init__()
        self.owner = owner

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt override
        with self.owner._following_the_list():
            super().focusInEvent(event)
