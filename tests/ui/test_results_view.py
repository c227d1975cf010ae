"""A student's results: bars by theory and by type, the sessions, and the questions missed most."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from sco_app import app
from sco_app.core import progress, quiz
from sco_app.core.packs import load_pack
from sco_app.ui.results_view import ResultsView, summarise
from sco_app.ui.state import AppState

TEMPLATE = Path(app.lessons_dir()) / "template"
T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.timezone.utc)


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv(progress.DATA_DIR_VARIABLE, str(tmp_path))
    s = progress.ProgressStore.in_folder()
    yield s
    s.close()


@pytest.fixture
def state():
    s = AppState()
    s.load(load_pack(TEMPLATE))
    return s


def _answer(store, pack, profile, session, question_id, response, minutes=0):
    question = next(q for q in quiz.questions_of(pack) if q.id == question_id)
    grade = quiz.grade(question, response)
    mode = "exam" if session % 2 == 0 else "practice"
    store.record(profile, pack.id, pack.version, question, response, grade, mode, 900, session_id=session,
                 theory=quiz.theory_of(question, pack), now=T0 + dt.timedelta(minutes=minutes))


@pytest.fixture
def ana(store, state):
    """Ana: a practice session (3 of 4 right) and an exam (1 of 3 right); the 1996 choice question missed twice."""
    pack = state.pack
    ana = store.create_profile("Ana", "2301")
    practice = store.start_session(ana, pack.id, pack.version, "practice")
    _answer(store, pack, ana, practice, "q-founding-theory", {"balance-of-threat"})
    _answer(store, pack, ana, practice, "q-first-agreement", {"b"})
    _answer(store, pack, ana, practice, "q-find-india", "IND")
    _answer(store, pack, ana, practice, "gen-theory-india-pakistan-join", {"balance-of-interests"})
    exam = store.start_session(ana, pack.id, pack.version, "exam", seed=5)
    _answer(store, pack, ana, exam, "q-first-agreement", {"b"}, minutes=60)
    _answer(store, pack, ana, exam, "q-find-india", "PAK", minutes=61)
    _answer(store, pack, ana, exam, "q-founding-theory", {"balance-of-threat"}, minutes=62)
    store.create_profile("Budi")
    return ana


@pytest.fixture
def view(qtbot, store, state, ana):
    widget = ResultsView(state, store, ana)
    qtbot.addWidget(widget)
    widget.resize(1000, 680)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _ticks(chart) -> list[str]:
    return [name for _y, name in chart.getPlotItem().getAxis("left")._tickLevels[0]]


def test_bars_show_share_right_by_theory_and_type(view):
    """One bar per theory and per type asked, as long as the share right, named on the axis."""
    assert _ticks(view.by_theory) == ["Balance of threat", "Balance of interests"]
    # threat: founding theory x2 right, 1996 choice x2 wrong -> 50%
    # interests: the India-Pakistan theory question (right) and the map question twice (1 of 2) -> 2 of 3
    assert list(view.by_theory.bars.opts["width"]) == pytest.approx([50.0, 200 / 3])
    assert _ticks(view.by_type) == ["Which theory", "Multiple choice", "Map"]
    assert list(view.by_type.bars.opts["width"]) == pytest.approx([100.0, 0.0, 50.0])
    assert "Balance of threat: 50% right, 2 of 4" in view.by_theory.accessibleDescription()


def test_sessions_table_lists_each_session_newest_first(view):
    """The exam (33%) comes before the practice (75%), with its date, mode and number of answers."""
    model = view.history_model
    rows = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
    assert [r[1:] for r in rows] == [["Exam", "33%", "3"], ["Practice", "75%", "4"]]
    assert rows[0][0].startswith("2026-03-02")
    assert "7 answers, 57% right, in 2 sessions." == view.headline.text()


def test_missed_table_puts_the_most_missed_first(view):
    """The 1996 agreement question, missed twice of two, heads the table; the map question follows."""
    model = view.missed_model
    rows = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
    assert rows == [["What did the 1996 agreement do?", "Multiple choice", "2", "2"],
                    ["Click the state that became a member in 2017 and borders Pakistan to the east.", "Map", "1", "2"]]


def test_choosing_another_student_shows_theirs(qtbot, view):
    """Budi has answered nothing yet: the view says so, with empty bars and tables."""
    view.profiles.setCurrentIndex(view.profiles.findText("Budi"))
    assert view.headline.text() == "No answers yet on this lesson."
    assert view.missed_model.rowCount() == 0 and len(view.by_theory.bars.opts["width"]) == 0
    for widget in (view.profiles, view.history, view.missed, view.by_theory, view.by_type):
        assert widget.accessibleName()


def test_summarise_counts_in_one_pass():
    """Plain dicts in, per-theory, per-type, per-question and per-session counts out."""
    rows = [dict(correct=c, type="map", question_id=q, theory=t, session_id=1, mode="exam",
                 answered_at="2026-01-01T00:00:00+00:00", score=float(c), answered=1)
            for c, q, t in ((1, "a", "x"), (0, "a", "x"), (0, "b", None))]
    s = summarise(rows)
    assert (s.answers, s.right, s.theories, s.types) == (3, 1, {"x": [1, 2]}, {"map": [1, 3]})
    assert s.questions == {"a": [1, 2], "b": [0, 1]} and s.sessions[1][2:] == [1.0, 3]


def test_summarise_counts_unanswered_apart_from_answers():
    """An exam's unanswered question is no answer and not wrong: it counts only in its session's score."""
    rows = [dict(correct=c, type="map", question_id=q, theory="x", session_id=1, mode="exam",
                 answered_at="2026-01-01T00:00:00+00:00", score=float(c), answered=a)
            for c, q, a in ((1, "a", 1), (0, "b", 0), (0, "c", 0))]
    s = summarise(rows)
    assert (s.answers, s.right, s.unanswered) == (1, 1, 2)
    assert s.theories == {"x": [1, 1]} and s.questions == {"a": [1, 1]} and s.sessions[1][2:] == [1.0, 3]


def test_results_window_opens_from_the_quiz(qtbot, store, state, ana):
    """My results, on the quiz's start page, opens the view for the profile answering."""
    from sco_app.ui.quiz_panel import QuizPanel

    panel = QuizPanel(state, store)
    qtbot.addWidget(panel)
    panel.set_profile(ana)
    qtbot.mouseClick(panel.start.results_button, Qt.MouseButton.LeftButton)
    assert panel.results_window.isVisible() and panel.results_window.profiles.currentText() == "Ana (2301)"


def test_exports_from_the_results_view(qtbot, tmp_path, monkeypatch):
    """The results view writes the same CSV and xAPI exports as the command line."""
    import csv
    import json

    from sco_app.core import progress, quiz
    from sco_app.core.packs import load_pack
    from sco_app.core.resources import lessons_dir
    from sco_app.ui.results_view import ResultsView
    from sco_app.ui.state import AppState

    pack = load_pack(lessons_dir() / "template")
    store = progress.ProgressStore(tmp_path / progress.FILE_NAME)
    ana = store.create_profile("Ana")
    for question in pack.questions:
        response = quiz.right_response(question)
        store.record(ana, pack.id, pack.version, question, response, quiz.grade(question, response), "practice", 900)
    state = AppState()
    state.load(pack)
    view = ResultsView(state, store, ana)
    qtbot.addWidget(view)
    assert view.export("csv", str(tmp_path / "r.csv")) == len(pack.questions)
    with open(tmp_path / "r.csv", newline="", encoding="utf-8-sig") as f:
        assert {row["profile"] for row in csv.DictReader(f)} == {"Ana"}
    assert view.export("xapi", str(tmp_path / "r.json")) == len(pack.questions)
    assert json.loads((tmp_path / "r.json").read_text())[0]["verb"]["display"]["en-US"] == "answered"
    store.close()


@pytest.mark.parametrize("width", [360, 520, 900])
def test_bar_numbers_are_never_cut(qtbot, width):
    """Long names (as in Indonesian) leave a narrow plot: each bar's "50% (2/4)" shows whole, inside its bar where
    it fits, else past its end, and the axis reaches far enough for it."""
    from sco_app.ui.results_view import BarChart

    chart = BarChart("Menurut teori")
    qtbot.addWidget(chart)
    chart.resize(width, 260)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_rows([("Perimbangan kekuatan (Kenneth N. Waltz)", 2, 4, "#0072B2"),
                    ("Perimbangan ancaman (Stephen M. Walt)", 4, 4, "#E69F00"),
                    ("Perimbangan kepentingan (Randall L. Schweller)", 1, 9, "#009E73")])
    box = chart.getPlotItem().getViewBox()
    assert [label.textItem.toPlainText() for label in chart.labels] == ["50% (2/4)", "100% (4/4)", "11% (1/9)"]

    def whole() -> bool:
        return all(box.sceneBoundingRect().contains(label.mapRectToScene(label.boundingRect())) for label in chart.labels)

    qtbot.waitUntil(whole)


def test_a_cell_cut_by_a_narrow_column_shows_whole_as_a_tooltip():
    """The tables' text cells carry their whole text as a tooltip; numbers need none."""
    from PySide6.QtCore import Qt

    from sco_app.ui.results_view import RowsModel

    model = RowsModel(["Question", "Missed"])
    model.set_rows([("A long question that a narrow column cuts short", 3)])
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "A long question that a narrow column cuts short"
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) is None


def test_a_defensible_answer_reads_as_defensible_with_the_papers_reading(qapp):
    """The feedback of a credited alternative says its share and why, after the paper's reading; in Indonesian too."""
    from sco_app.core.model import QuestionType
    from sco_app.ui import i18n
    from sco_app.ui.results_view import Report

    every_kind = Path(__file__).resolve().parents[1] / "packs" / "every-kind"
    state = AppState()
    state.load(load_pack(every_kind))
    question = next(q for q in state.pack.questions if q.type is QuestionType.THEORY)
    grade = quiz.grade(question, {"power"})
    report = Report(state)
    assert report.verdict(question, grade) == "Defensible: 50% of the credit."
    html = report.answer_html(question, {"power"}, grade)
    assert "The paper&#x27;s reading is Threat. Yours is defensible: Balancing a stronger state." in html
    i18n.install("id")
    state = AppState("id")
    state.load(load_pack(every_kind))
    assert Report(state).verdict(question, grade) == "Dapat dipertahankan: 50% dari nilai penuh."
    assert "Tafsiran artikel adalah Ancaman." in Report(state).answer_html(question, {"power"}, grade)
