"""The states list: every actor of the pack (states, and organisations, which the map cannot draw) with its status on
the chosen date, the text twin of the map.

Screen-reader and keyboard users read the map here; choosing a row opens the actor's card.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from sco_app.ui.state import AppState
from sco_app.ui.status_names import status_name
from sco_app.ui.table_model import ListTableModel

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class ActorsModel(ListTableModel):
    def __init__(self, state: AppState) -> None:
        super().__init__([])
        self.headers = [self.tr("State"), self.tr("Code"), self.tr("Status on the chosen date"), self.tr("Since")]
        self.state = state
        state.pack_loaded.connect(lambda pack: self.set_rows(pack.actors))
        if state.pack is not None:  # made after the pack was loaded
            self.set_rows(state.pack.actors)
        state.date_changed.connect(self._date_changed)

    def _date_changed(self, _date) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 2), self.index(len(self.rows) - 1, 3))

    def _membership(self, actor):
        date = self.state.date
        found = [m for m in actor.memberships if date is not None and m.covers(date)]
        return found[-1] if found else None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        actor = self.rows[index.row()]
        if role == CODE_ROLE:
            return actor.code
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        column = index.column()
        if column == 0:
            name = self.state.text(actor.name)
            return name if actor.is_state else self.tr("{name} (organisation)").format(name=name)
        if column == 1:
            return actor.code
        membership = self._membership(actor)
        if column == 2:
            return status_name(membership.status if membership else None, self.state.text)
        return membership.start.display() if membership else ""


class ActorsTable(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.model = ActorsModel(state)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(proxy)
        self.view.setAccessibleName(self.tr("States and their status on the chosen date"))
        self.view.setAccessibleDescription(self.tr(
            "The map as text: one row per state with its status on the chosen date and every status it has had. "
            "Enter opens the state's card."))
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.activated.connect(lambda index: state.choose_actor(index.data(CODE_ROLE)))
        self.view.clicked.connect(lambda index: state.choose_actor(index.data(CODE_ROLE)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
