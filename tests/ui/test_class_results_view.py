"""The instructor's class view: the class's answers from the LRS, summarised as ``results merge`` does."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt

from sco_app import app
from sco_app.core import lrs, progress, quiz, results
from sco_app.core.packs import load_pack
from sco_app.ui.class_results_view import ClassResultsView
from sco_app.ui.lrs_settings import save_config
from sco_app.ui.state import AppState
from tests.lrs_server import PASSWORD, USER, LrsServer, lrs_server  # noqa: F401 - a fixture

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.timezone.utc)


@pytest.fixture
def state():
    s = AppState()
    s.load(load_pack(app.lessons_dir() / "template"))
    return s


@pytest.fixture(scope="module")
def class_answers(lrs_server, tmp_path_factory):
    """Three students' answers on the template pack, sent to the LRS; returns the merged CSV rows."""
    pack = load_pack(app.lessons_dir() / "template")
    store = progress.ProgressStore(tmp_path_factory.mktemp("lab") / "progress.sqlite3")
    questions = quiz.questions_of(pack)
    for s, name in enumerate(("Hana", "Indra", "Joko")):
        profile = store.create_profile(name, f"S{s}")
        for n, question in enumerate(questions):
            right = bool((n + s) % 3)
            grade = quiz.Grade(right, float(right), (), question.answer, quiz.Verdict.RIGHT if right else quiz.Verdict.WRONG)
            store.record(profile, pack.id, pack.version, question, quiz.right_response(question), grade,
                         "exam", 2000 + 500 * s + n, theory=quiz.theory_of(question, pack),
                         now=T0 + dt.timedelta(minutes=n, hours=s))
    config = lrs.LrsConfig(lrs_server.endpoint, USER, PASSWORD)
    assert lrs.sync(store, lrs.LrsClient(config)).error is None
    csv = tmp_path_factory.mktemp("csv") / "lab.csv"
    results.write_csv(results.csv_rows(store.attempts()), csv)
    store.close()
    return results.read_results([csv])


def _view(qtbot, state):
    view = ClassResultsView(state)
    qtbot.addWidget(view)
    view.resize(960, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_fetch_shows_the_same_summary_as_merge(qtbot, state, lrs_server, class_answers):
    """Fetching from the LRS gives each question's answers, students, share right and time as merge does."""
    save_config(lrs_server.endpoint, USER, PASSWORD)
    view = _view(qtbot, state)
    assert view.fetch_button.isEnabled()
    qtbot.mouseClick(view.fetch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=30000)
    keys = ("question_id", "type", "theory", "attempts", "students", "correct", "percent_correct", "mean_time_s")
    merged = [{k: str(c[k] or "") for k in keys} for c in results.difficulty(class_answers)]
    shown = [{k: str(c[k] or "") for k in keys} for c in view.summary]
    assert shown == merged
    assert "by 3 students" in view.headline.text()
    assert view.save_button.isEnabled()
    view.grab().save(str(lrs_server.folder / "class-results.png"))


def test_summary_saves_as_the_merge_summary_csv(qtbot, state, lrs_server, class_answers, tmp_path):
    """Save writes the columns of ``results merge``'s summary file."""
    save_config(lrs_server.endpoint, USER, PASSWORD)
    view = _view(qtbot, state)
    view.fetch()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=30000)
    out = tmp_path / "class-summary.csv"
    assert view.save(str(out)) == view.model.rowCount()
    assert out.read_text(encoding="utf-8-sig").splitlines()[0] == ",".join(results.SUMMARY_COLUMNS)


def test_no_server_says_how_to_set_one_up(qtbot, state):
    """With no server set up the view explains where to set it and cannot fetch."""
    view = _view(qtbot, state)
    assert not view.fetch_button.isEnabled()
    assert "Class results server" in view.headline.text()


def test_a_refused_password_is_explained(qtbot, state, lrs_server):
    """A wrong password ends the fetch with a clear message, not the password."""
    save_config(lrs_server.endpoint, USER, "bad-password-q")
    view = _view(qtbot, state)
    view.fetch()
    qtbot.waitUntil(lambda: "could not be fetched" in view.headline.text(), timeout=30000)
    assert "refused the user name or password" in view.headline.text()
    assert "bad-password-q" not in view.headline.text()
    assert view.fetch_button.isEnabled()


def test_an_unexpected_error_ends_the_fetch_with_a_message(qtbot, state, monkeypatch):
    """Whatever fails on the fetching thread, the view says so and the button works again."""
    def broken(self, activity, page=500):
        raise RuntimeError("something unforeseen")

    monkeypatch.setattr(lrs.LrsClient, "fetch", broken)
    save_config(LrsServer.closed_endpoint(), USER, PASSWORD)
    view = _view(qtbot, state)
    view.fetch()
    qtbot.waitUntil(lambda: "could not be fetched" in view.headline.text(), timeout=30000)
    assert "something unforeseen" in view.headline.text()
    assert view.fetch_button.isEnabled()


def test_the_pack_s_server_never_gets_the_saved_password(qtbot):
    """A pack's suggested server with saved credentials but no saved address: no fetching from it."""
    save_config("", USER, PASSWORD)
    state = AppState()
    state.load(dataclasses.replace(load_pack(app.lessons_dir() / "template"), lrs_endpoint="https://lrs.example.edu/"))
    view = _view(qtbot, state)
    assert view.config() is None and not view.fetch_button.isEnabled()
