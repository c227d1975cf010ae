"""Results of one student over time: share right by theory and by question type, sessions, most missed.

The attempts come from :meth:`ProgressStore.attempts`, are added up once in plain Python
(:func:`summarise`) and shown as two bar charts (one ``BarGraphItem``
each), a table of sessions and a table of the questions missed most. Tables use one small model, not a
widget per row, so a year of practice builds as fast as a week.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pyqtgraph as pg
from html import escape

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from sco_app.core import quiz
from sco_app.core.model import Basis, Question, QuestionType, Reading
from sco_app.core.question_kinds import Verdict, kind_of
from sco_app.core.question_kinds.words import Words
from sco_app.core.progress import Profile, ProgressStore
from sco_app.ui import theme
from sco_app.ui.profile_dialog import profile_label, type_names
from sco_app.ui.state import AppState
from sco_app.ui.table_model import ListTableModel

MOST_MISSED = 25
BAR_ROOM_PX = 240  # a chart's bars and their numbers get at least this width beside the names
TYPE_COLOUR = "#56B4E9"


def announce(widget: QWidget, name: str, description: str) -> None:
    """Tell screen readers that ``widget`` now says something new (an alert, as a live region would)."""
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    try:
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Alert))
    except RuntimeError:  # no accessibility bridge (offscreen, some CI): nobody to tell
        pass


class Report(QObject):
    """The results of one answer (practice feedback) and of one exam, as HTML for a label or a browser."""

    def __init__(self, state: AppState) -> None:
        super().__init__()
        self.state = state

    def _list(self, parts: list[str], ordered: bool = False) -> str:
        if len(parts) <= 1:
            return escape(parts[0]) if parts else escape(self.tr("no answer"))
        tag = "ol" if ordered else "ul"
        return f"<{tag} style='margin-top:0'>" + "".join(f"<li>{escape(p)}</li>" for p in parts) + f"</{tag}>"

    def answer_parts(self, question: Question, answer, dates: bool = False) -> list[str]:
        """How an answer reads, part by part: a response, or ``question.answer`` (the right one). Options by their
        text, states by name, events by title (and date, if ``dates``), sorted events with their theory."""
        words = Words(self.state.pack, self.state.language, self.state.fallbacks())
        return kind_of(question).answer_parts(question, answer, words, dates)

    def verdict(self, question: Question, grade: quiz.Grade) -> str:
        """The verdict in words: right, partly right (how much), defensible (how much), not right, not answered."""
        share = 100 * grade.score
        return {Verdict.RIGHT: lambda: self.tr("Right."),
                Verdict.PARTLY_RIGHT: lambda: self.tr("Not quite: {p:.0f}% of it is right.").format(p=share),
                Verdict.DEFENSIBLE: lambda: self.tr("Defensible: {p:.0f}% of the credit.").format(p=share),
                Verdict.WRONG: lambda: self.tr("Not right."),
                Verdict.UNANSWERED: lambda: self.tr("Not answered.")}[grade.verdict]()

    def answer_html(self, question: Question, response, grade: quiz.Grade, readings: bool = True) -> str:
        """Right or wrong, the answer given and the right one, the feedback, and the paper's reading."""
        ordered = question.type is QuestionType.ORDER
        right, wrong = theme.verdict_colours()
        colour, mark = {Verdict.RIGHT: (right, "✔"), Verdict.DEFENSIBLE: (right, "◐"), Verdict.PARTLY_RIGHT: (wrong, "✘"),
                        Verdict.WRONG: (wrong, "✘"),
                        Verdict.UNANSWERED: (theme.scheme().ink.name(), "–")}[grade.verdict]  # not answered: not wrong
        parts = [f"<p style='font-size:large; color:{colour}'><b>{mark} {escape(self.verdict(question, grade))}</b></p>",
                 f"<p><b>{escape(self.tr('Your answer:'))}</b> "
                 f"{self._list(self.answer_parts(question, response), ordered)}</p>"]
        if not grade.correct:
            right = self.answer_parts(question, grade.right, dates=True)
            parts.append(f"<p><b>{escape(self.tr('The right answer:'))}</b> {self._list(right, ordered)}</p>")
        event = self.state.pack.event(question.event) if question.event else None
        theory = event is not None and readings and question.type is QuestionType.THEORY
        told = [r.explanation for r in (event.reading, *event.alternatives)] if theory else []  # shown below
        parts += [f"<p>{escape(self.state.text(text))}</p>" for text in grade.feedback if text not in told]
        if theory:
            parts.append(self._reading(event.reading, self.tr("The paper's reading")))
            parts += [self._reading(r, self.tr("Another reading")) for r in event.alternatives]
        return "".join(parts)

    def _reading(self, reading: Reading, heading: str) -> str:
        theory = self.state.pack.theory(reading.theory)
        basis = (self.tr("the paper's own argument") if reading.basis is Basis.PAPER
                 else self.tr("a teaching interpretation, not a claim of the paper"))
        return (f"<p><b>{escape(heading)}: {escape(self.state.text(theory.name))}</b> "
                f"<i>({escape(basis)})</i><br/>{escape(self.state.text(reading.explanation))}</p>")

    def exam_html(self, exam: quiz.Exam, grades: dict, responses: dict, result: dict) -> str:
        """The exam's result page: score, pass or fail, per theory, and (if its settings say so) each answer."""
        pack, settings = self.state.pack, exam.settings
        parts = [f"<h2>{escape(self.tr('Exam result'))}</h2>",
                 f"<p style='font-size:xx-large'><b>{result['percent']}%</b>"]
        if result["passed"] is not None:
            right, wrong = theme.verdict_colours()
            colour, word = (right, self.tr("✔ Passed")) if result["passed"] else (wrong, self.tr("✘ Not passed"))
            parts.append(f" <span style='color:{colour}'>{escape(word)}</span>")
        parts.append("</p><p>")
        if settings.pass_mark is not None:
            parts.append(escape(self.tr("Pass mark: {p}%.").format(p=settings.pass_mark)) + " ")
        parts.append(escape(self.tr("Of {asked} questions: {answered} answered, {right} fully right, {unanswered} not "
                                    "answered. Exam number {seed}.").format(
            asked=len(exam.questions), answered=result["answered"], right=result["right"],
            unanswered=result["unanswered"], seed=exam.seed)) + "</p>")
        if result["per_theory"]:
            parts.append(f"<h3>{escape(self.tr('By theory'))}</h3><table cellpadding='4' cellspacing='0'>")
            ids = [t.id for t in pack.theories]
            for theory_id, (good, asked) in result["per_theory"].items():
                share = round(100 * good / asked) if asked else 0
                colour = theme.theory_style(ids, theory_id)[0].name()
                blocks = round(share / 5)  # a bar of 20 blocks, in the theory's colour
                rest = "#555555" if theme.scheme().dark else "#dddddd"
                bar = (f"<span style='color:{colour}'>{'█' * blocks}</span>"
                       f"<span style='color:{rest}'>{'█' * (20 - blocks)}</span>")
                parts.append(f"<tr><td>{escape(self.state.text(pack.theory(theory_id).name))}</td><td>{bar}</td>"
                             f"<td align='right'>{good} / {asked} ({share}%)</td></tr>")
            parts.append("</table>")
        if settings.feedback:
            parts.append(f"<h3>{escape(self.tr('Question by question'))}</h3>")
            for n, question in enumerate(exam.questions, 1):
                grade = grades.get(question.id) or quiz.grade(question, None)
                parts.append(f"<hr/><p><b>{n}. {escape(self.state.text(question.prompt))}</b></p>"
                             + self.answer_html(question, responses.get(question.id), grade))
        return "".join(parts)


@dataclass
class Summary:
    """Answers added up: [right, asked] per theory, per type and per question; sessions by id."""

    answers: int = 0
    right: int = 0
    unanswered: int = 0  # an exam's questions left unanswered: not answers, and not wrong
    theories: dict[str, list[int]] = field(default_factory=dict)
    types: dict[str, list[int]] = field(default_factory=dict)
    questions: dict[str, list[int]] = field(default_factory=dict)
    sessions: dict = field(default_factory=dict)  # session id -> [mode, first answer time, score sum, answers]


def summarise(attempts) -> Summary:
    """One pass over the attempts (dicts as the store gives them), as they stream from the store. An exam's
    question left unanswered counts in its session's score (as the exam's score does) but is no answer."""
    s = Summary()
    tables = ((s.types, "type"), (s.questions, "question_id"), (s.theories, "theory"))
    for a in attempts:
        session = s.sessions.get(a["session_id"])
        if session is None:
            s.sessions[a["session_id"]] = [a["mode"], a["answered_at"], a["score"], 1]
        else:
            session[2] += a["score"]
            session[3] += 1
        if not a["answered"]:
            s.unanswered += 1
            continue
        right = a["correct"]
        s.answers += 1
        s.right += right
        for table, column in tables:
            key = a[column]
            cell = table.get(key)
            if cell is None:
                if key is not None:
                    table[key] = [right, 1]
            else:
                cell[0] += right
                cell[1] += 1
    return s


class RowsModel(ListTableModel):
    """A read-only table of plain rows (tuples of strings and numbers)."""

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        value = self.rows[index.row()][index.column()] if index.isValid() else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole) and value is not None:
            return str(value)
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(value, str):
            return value  # the whole text, where a narrow column cuts it
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, (int, float)):  # numbers to the right
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class BarChart(pg.PlotWidget):
    """Horizontal bars of per-cent right, one per named row, with the counts written at the bar ends."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.setAccessibleName(title)
        self.setTitle(title, color=theme.OKABE_ITO[7], size="11pt")
        item = self.getPlotItem()
        item.setMouseEnabled(False, False)
        item.setMenuEnabled(False)
        item.hideButtons()
        item.invertY(True)
        item.setLabel("bottom", self.tr("% right"))
        item.setXRange(-2, 103, padding=0)
        for side in ("left", "bottom"):
            item.getAxis(side).setTextPen("k")
            item.getAxis(side).setPen("k")
        self.bars = pg.BarGraphItem(x0=[], y=[], width=[], height=0.6)
        self.addItem(self.bars)
        self.labels: list[pg.TextItem] = []
        self.percents: list[float] = []
        item.getViewBox().sigResized.connect(self._place_labels)

    def set_rows(self, rows: list[tuple[str, int, int, str]]) -> None:
        """``rows``: (name, right, asked, colour)."""
        for label in self.labels:
            self.removeItem(label)
        percents = [100 * right / asked if asked else 0 for _, right, asked, _ in rows]
        self.bars.setOpts(x0=[0] * len(rows), y=list(range(len(rows))), width=percents, height=0.6,
                          brushes=[pg.mkBrush(colour) for *_, colour in rows] or None, pen="k")
        self.labels, self.percents = [], percents
        for y, ((_, right, asked, _), percent) in enumerate(zip(rows, percents)):
            label = pg.TextItem(f"{percent:.0f}% ({right}/{asked})", color="k")
            label.setPos(percent, y)
            self.addItem(label)
            self.labels.append(label)
        self._place_labels()
        axis = self.getPlotItem().getAxis("left")
        axis.setTicks([[(y, name) for y, (name, *_) in enumerate(rows)]])
        metrics = QFontMetrics(axis.style["tickFont"] or self.font())
        names = max([metrics.horizontalAdvance(name) for name, *_ in rows], default=20) + 14
        axis.setWidth(names)  # every name shows, and the bars keep room beside them (the chart asks for it)
        self.setMinimumWidth(names + BAR_ROOM_PX)
        self.getPlotItem().setYRange(-0.6, max(len(rows), 1) - 0.4, padding=0)
        self.setAccessibleDescription("; ".join(
            self.tr("{name}: {p}% right, {right} of {asked}").format(name=name, p=round(p), right=right, asked=asked)
            for (name, right, asked, _), p in zip(rows, percents)))

    def _place_labels(self, *_args) -> None:
        """Each bar's numbers inside it where they fit (on a light patch), else just past its end; the axis runs far
        enough past 100 % for the numbers outside, so none is ever cut, in any language or width."""
        box = self.getPlotItem().getViewBox()
        if box.width() <= 0 or not self.labels:
            return
        gap, widths = 6, [label.textItem.boundingRect().width() for label in self.labels]
        for _ in range(3):  # the axis's end changes the scale, which may change what fits: settle it
            px = box.viewPixelSize()[0] or 1.0
            inside = [percent / px >= width + 2 * gap for percent, width in zip(self.percents, widths)]
            end = max([100.0] + [p + (w + 2 * gap) * px for p, w, fits in zip(self.percents, widths, inside) if not fits])
            if abs(box.viewRange()[0][1] - 1.03 * end) < px:
                break
            box.setXRange(-0.02 * end, 1.03 * end, padding=0)  # (a little room at both ends: 0 and 100 show)
        for label, percent, fits in zip(self.labels, self.percents, inside):
            label.setAnchor((1, 0.5) if fits else (0, 0.5))
            label.fill = pg.mkBrush(255, 255, 255, 220) if fits else pg.mkBrush(None)
            label.setPos(percent - gap * px if fits else percent + gap * px, label.pos().y())
            label.update()


class ResultsView(QWidget):
    """One profile's results on the loaded pack; choose another profile in the box at the top."""

    def __init__(self, state: AppState, store: ProgressStore, profile: Profile | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.store, self.summary = state, store, Summary()
        self.setWindowTitle(self.tr("Results"))
        self.profiles = QComboBox()
        self.profiles.setAccessibleName(self.tr("Whose results"))
        for p in store.profiles():
            self.profiles.addItem(profile_label(p), p)
            if profile is not None and p.id == profile.id:
                self.profiles.setCurrentIndex(self.profiles.count() - 1)
        self.headline = QLabel(wordWrap=True)
        self.headline.setAccessibleName(self.tr("Summary of the results"))
        self.by_theory, self.by_type = BarChart(self.tr("By theory")), BarChart(self.tr("By question type"))
        self.history_model = RowsModel([self.tr("Date"), self.tr("Mode"), self.tr("Score"), self.tr("Answers")])
        self.missed_model = RowsModel([self.tr("Question"), self.tr("Type"), self.tr("Missed"), self.tr("Asked")])
        self.history = self._table(self.history_model, self.tr("Sessions, newest first"))
        self.missed = self._table(self.missed_model, self.tr("Questions missed most often"))
        self.missed.horizontalHeader().setStretchLastSection(False)
        self.missed.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the question's text
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Student:")))
        top.addWidget(self.profiles)
        top.addWidget(self.headline, 1)
        for label, kind in ((self.tr("Export &CSV…"), "csv"), (self.tr("Export &xAPI…"), "xapi")):
            button = QPushButton(label)
            button.setAccessibleName(label.replace("&", "").rstrip("…"))
            button.clicked.connect(lambda _checked=False, k=kind: self._choose_export(k))
            top.addWidget(button)
        grid = QGridLayout()
        grid.addWidget(self.by_theory, 0, 0)
        grid.addWidget(self.by_type, 0, 1)
        for column, (label, table) in enumerate(((self.tr("Sessions"), self.history),
                                                 (self.tr("Missed most often"), self.missed))):
            box = QVBoxLayout()
            box.addWidget(QLabel(f"<b>{label}</b>"))
            box.addWidget(table)
            grid.addLayout(box, 1, column)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        self.profiles.currentIndexChanged.connect(self.refresh)
        state.pack_loaded.connect(self.refresh)
        self.refresh()

    def export(self, kind: str, path: str) -> int:
        """Write the chosen profile's answers on this pack as CSV or xAPI statements; return how many."""
        from sco_app.core import results

        profile, pack = self.profiles.currentData(), self.state.pack
        attempts = self.store.attempts(profile, pack.id if pack else None, records=kind == "xapi")
        if kind == "csv":
            return results.write_csv(results.csv_rows(attempts), path)
        from sco_app.core.xapi_addresses import addresses_from
        from sco_app.ui.private_settings import preferences

        return results.write_xapi(attempts, path, addresses_from(preferences()))  # the lab's LMS addresses

    def _choose_export(self, kind: str) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        pattern = self.tr("Spreadsheet (*.csv)") if kind == "csv" else self.tr("xAPI statements (*.json)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the answers"), f"results.{'csv' if kind == 'csv' else 'json'}", pattern)
        if path:
            count = self.export(kind, path)
            QMessageBox.information(self, self.tr("Exported"), self.tr("{0} answers written to {1}").format(count, path))

    def _table(self, model: RowsModel, name: str) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setAccessibleName(name)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setResizeContentsPrecision(40)  # fit the first rows, not a year's sessions
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def refresh(self, *_args) -> None:
        """Read the chosen profile's attempts on the loaded pack and show them."""
        profile, pack = self.profiles.currentData(), self.state.pack
        if profile is None or pack is None:
            self.summary = Summary()
        else:
            self.summary = summarise(self.store.attempts(profile, pack.id))
        s = self.summary
        if s.answers:
            self.headline.setText(self.tr("{n} answers, {p:.0f}% right, in {k} sessions.").format(
                n=s.answers, p=100 * s.right / s.answers, k=len(s.sessions)))
        else:
            self.headline.setText(self.tr("No answers yet on this lesson."))
        if s.unanswered:
            self.headline.setText(self.headline.text() + " " + self.tr("{n} exam questions left unanswered.").format(
                n=s.unanswered))
        self._charts()
        self._tables()

    def _charts(self) -> None:
        pack, s = self.state.pack, self.summary
        theories = [t for t in pack.theories if t.id in s.theories] if pack else []
        ids = [t.id for t in pack.theories] if pack else []
        self.by_theory.set_rows([(self.state.text(t.name), *s.theories[t.id], theme.theory_style(ids, t.id)[0].name())
                                 for t in theories])
        names = type_names()
        self.by_type.set_rows([(names[kind], *s.types[kind.value], TYPE_COLOUR)
                               for kind in QuestionType if kind.value in s.types])

    def _tables(self) -> None:
        s, words = self.summary, {"practice": self.tr("Practice"), "exam": self.tr("Exam")}
        sessions = sorted(s.sessions.values(), key=lambda v: v[1], reverse=True)
        self.history_model.set_rows([(_local(at), words.get(mode, mode), f"{100 * total / n:.0f}%", n)
                                     for mode, at, total, n in sessions])
        pack = self.state.pack
        known = {q.id: q for q in quiz.questions_of(pack)} if pack else {}
        names = type_names()
        missed = sorted(((asked - right, asked, qid) for qid, (right, asked) in s.questions.items() if right < asked),
                        key=lambda v: (-v[0], -v[1], v[2]))[:MOST_MISSED]
        self.missed_model.set_rows([
            (self.state.text(known[qid].prompt) if qid in known else qid,
             names[known[qid].type] if qid in known else "", miss, asked)
            for miss, asked, qid in missed])


def _local(stamp: str) -> str:
    """A stored UTC time stamp as local date and time, to the minute."""
    try:
        return dt.datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp
