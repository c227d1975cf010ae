"""File ▸ Export handout: choose the map's date and the events whose argument cards to print, then
write the A4 PDF (see :mod:`sco_app.ui.handout`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QApplication, QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMessageBox,
                               QPushButton, QVBoxLayout, QWidget)

from sco_app.core.dates import PartialDate
from sco_app.core.model import Basis
from sco_app.ui.handout import HandoutOptions, default_events, write_handout
from sco_app.ui.state import AppState


class HandoutDialog(QDialog):
    """Asks what the handout shows and where to save it; writes it when the instructor presses Export."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, pack = state, state.pack
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Export handout"))
        self.date = QDateEdit(calendarPopup=True)
        self.date.setDisplayFormat("d MMM yyyy")
        day = (state.date or pack.events[-1].date).first_day
        self.date.setDate(QDate(day.year, day.month, day.day))
        self.date.setAccessibleName(self.tr("Date of the map"))
        self.events = QListWidget()
        self.events.setAccessibleName(self.tr("Events whose argument cards are printed"))
        chosen = set(default_events(pack))
        for event in pack.events:
            item = QListWidgetItem(f"{event.date.display()}  {state.text(event.title)}")
            item.setData(Qt.ItemDataRole.UserRole, event.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if event.id in chosen else Qt.CheckState.Unchecked)
            self.events.addItem(item)
        choose = QHBoxLayout()
        for text, name, rule in ((self.tr("The paper's &readings"), self.tr("Choose the events the paper itself reads"),
                                  lambda e: e.reading.basis is Basis.PAPER),
                                 (self.tr("&All"), self.tr("Choose every event"), lambda e: True),
                                 (self.tr("&None"), self.tr("Choose no event"), lambda e: False)):
            button = QPushButton(text)
            button.setAccessibleName(name)
            button.clicked.connect(lambda _=False, rule=rule: self._check(rule))
            choose.addWidget(button)
        choose.addStretch()
        self.path = QLineEdit(str(Path.home() / f"{pack.id}-handout.pdf"))
        self.path.setAccessibleName(self.tr("PDF file to write"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Choose the PDF file"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Map on &date:"), self.date)
        save_label = QLabel(self.tr("&Save as:"))
        save_label.setBuddy(self.path)
        form.addRow(save_label, where)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setAccessibleName(self.tr("Export the handout"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        label = QLabel(self.tr("Argument &cards of these events:"))
        label.setBuddy(self.events)
        layout.addWidget(label)
        layout.addWidget(self.events, 1)
        layout.addLayout(choose)
        note = self.tr("The handout also holds the title page, the timeline, the map with its legend, the quiz and, on separate pages, its answer key.")  # noqa: E501
        layout.addWidget(QLabel(note, wordWrap=True))
        layout.addWidget(buttons)
        self.resize(560, 560)

    def _check(self, rule) -> None:
        for row in range(self.events.count()):
            item = self.events.item(row)
            event = self.state.pack.event(item.data(Qt.ItemDataRole.UserRole))
            item.setCheckState(Qt.CheckState.Checked if rule(event) else Qt.CheckState.Unchecked)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the handout"), self.path.text(),
                                              self.tr("PDF files (*.pdf)"))
        if path:
            self.path.setText(path if path.lower().endswith(".pdf") else path + ".pdf")

    def chosen_events(self) -> list[str]:
        return [self.events.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.events.count())
                if self.events.item(row).checkState() == Qt.CheckState.Checked]

    def options(self) -> HandoutOptions:
        day = self.date.date()
        return HandoutOptions(self.state.language, PartialDate(day.year(), day.month(), day.day()),
                              tuple(self.chosen_events()))

    def accept(self) -> None:
        path = Path(self.path.text().strip()).expanduser()
        if not self.path.text().strip() or path.suffix.lower() != ".pdf":
            QMessageBox.warning(self, self.windowTitle(), self.tr("Name a PDF file, ending in .pdf."))
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write_handout(self.state.pack, path, self.options())
        except OSError as exc:
            QMessageBox.warning(self, self.windowTitle(), self.tr("The handout could not be written: {0}").format(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.written = path
        super().accept()
