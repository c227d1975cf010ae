"""For the instructor: the whole class's answers on the loaded lesson, fetched from the LRS, as the
same per-question difficulty summary that ``sco-app results merge`` writes (hardest first).

The statements are fetched on a thread of their own (the window stays responsive while a large class
downloads); the result comes back through a queued signal.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from sco_app.core import lrs, quiz, results
from sco_app.ui.lrs_settings import load_config
from sco_app.ui.profile_dialog import type_names
from sco_app.ui.results_view import RowsModel
from sco_app.ui.state import AppState


class _Relay(QObject):
    """Carries the fetching thread's result to the view. The thread holds only this child of the view,
    never the view itself: the view's last reference is then never dropped (and the widget deleted)
    on the fetching thread, which would crash Qt."""

    fetched = Signal(object)
    failed = Signal(str)


class ClassResultsView(QWidget):
    """Quiz ▸ Class results: fetch the class's statements for this lesson and summarise each question."""

    fetched = Signal(object)  # (rows, summary) from the fetching thread
    failed = Signal(str)

    def __init__(self, state: AppState, parent: QWidget | None = None, config: lrs.LrsConfig | None = None) -> None:
        super().__init__(parent)
        self.state, self._config = state, config
        self.rows: list[dict] = []
        self.summary: list[dict] = []
        self._thread: threading.Thread | None = None
        self.setWindowTitle(self.tr("Class results"))
        self.headline = QLabel(wordWrap=True)
        self.headline.setAccessibleName(self.tr("Summary of the class's results"))
        self.fetch_button = QPushButton(self.tr("&Fetch from the server"))
        self.fetch_button.setAccessibleName(self.tr("Fetch the class's answers from the server"))
        self.fetch_button.clicked.connect(self.fetch)
        self.save_button = QPushButton(self.tr("&Save summary as CSV…"))
        self.save_button.setAccessibleName(self.tr("Save the summary as CSV"))
        self.save_button.clicked.connect(self._choose_save)
        self.save_button.setEnabled(False)
        self.model = RowsModel([self.tr("Question"), self.tr("Type"), self.tr("Theory"), self.tr("Answers"),
                                self.tr("Students"), self.tr("% right"), self.tr("Mean time (s)")])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Questions, hardest first"))
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(self.headline, 1)
        top.addWidget(self.fetch_button)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self._relay = _Relay(self)  # owned by the view (Qt parent)
        self._relay.fetched.connect(self.fetched, Qt.ConnectionType.QueuedConnection)
        self._relay.failed.connect(self.failed, Qt.ConnectionType.QueuedConnection)
        self.fetched.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.failed.connect(self._fail, Qt.ConnectionType.QueuedConnection)
        self._idle_text()
        self.setTabOrder(self.fetch_button, self.save_button)
        self.setTabOrder(self.save_button, self.table)

    def config(self) -> lrs.LrsConfig | None:
        return self._config or load_config()  # never the pack's suggestion with the saved password

    def _idle_text(self) -> None:
        config = self.config()
        if config is None:
            self.headline.setText(self.tr("No class results server is set up: choose Quiz ▸ Class results server… "
                                          "and give its address, user name and password."))
        else:
            self.headline.setText(self.tr("Fetch the class's answers on this lesson from {0}.").format(config.shown))
        self.fetch_button.setEnabled(config is not None)

    def fetch(self) -> None:
        """Fetch the statements about the loaded pack on a thread; :attr:`fetched` or :attr:`failed` follows."""
        config, pack = self.config(), self.state.pack
        if config is None or pack is None or (self._thread is not None and self._thread.is_alive()):
            return
        questions = quiz.questions_of(pack)
        types = {q.id: q.type.value for q in questions}
        theories = {q.id: quiz.theory_of(q, pack) or "" for q in questions}
        self.fetch_button.setEnabled(False)
        self.headline.setText(self.tr("Fetching the class's answers from {0}…").format(config.shown))

        relay, pack_id = self._relay, pack.id  # the thread must hold no reference to the view

        def work() -> None:
            try:
                statements = lrs.LrsClient(config).fetch(lrs.pack_activity(pack_id))
                rows = lrs.rows_from_statements(statements, pack_id, types, theories)
                signal, payload = relay.fetched, (rows, results.difficulty(rows))
            except lrs.LrsError as exc:
                signal, payload = relay.failed, str(exc)
            except Exception as exc:  # noqa: BLE001 - whatever it was, the view must not stay "Fetching…"
                signal, payload = relay.failed, f"{exc.__class__.__name__}: {exc}"
            try:
                signal.emit(payload)
            except RuntimeError:  # the view closed meanwhile
                pass

        self._thread = threading.Thread(target=work, name="class-results", daemon=True)
        self._thread.start()

    def wait(self, timeout: float = 30.0) -> None:
        """Wait for a fetch under way to end (for scripts and tests)."""
        if self._thread is not None:
            self._thread.join(timeout)

    def _show(self, payload) -> None:
        self.rows, self.summary = payload
        self.fetch_button.setEnabled(True)
        self.save_button.setEnabled(bool(self.rows))
        students = len({(r["profile"], r["student_id"]) for r in self.rows})
        if not self.rows:
            self.headline.setText(self.tr("The server holds no answers on this lesson yet."))
        else:
            right = sum(r["correct"] for r in self.rows)
            self.headline.setText(self.tr("{n} answers by {k} students, {p:.0f}% right. The hardest questions "
                                          "come first.").format(n=len(self.rows), k=students,
                                                                p=100 * right / len(self.rows)))
        pack = self.state.pack
        known = {q.id: q for q in quiz.questions_of(pack)} if pack is not None else {}
        names = {kind.value: name for kind, name in type_names().items()}
        theory_names = {t.id: self.state.text(t.name) for t in pack.theories} if pack is not None else {}
        self.model.set_rows([
            (self.state.text(known[c["question_id"]].prompt) if c["question_id"] in known else c["question_id"],
             names.get(c["type"], c["type"]), theory_names.get(c["theory"], c["theory"] or ""), c["attempts"],
             c["students"], c["percent_correct"], c["mean_time_s"])
            for c in self.summary])

    def _fail(self, message: str) -> None:
        self.fetch_button.setEnabled(True)
        self.headline.setText(self.tr("The class's answers could not be fetched: {0}").format(message))

    def save(self, path: str) -> int:
        """Write the summary as CSV, with the columns of ``results merge``'s summary; return how many rows."""
        return results.write_csv(self.summary, path, results.SUMMARY_COLUMNS)

    def _choose_save(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the class summary"), "class-summary.csv",
                                              self.tr("Spreadsheet (*.csv)"))
        if path:
            self.save(path)
