"""Answers go to the class's LRS in the background; the status bar shows queued and sent counts."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from sco_app import app
from sco_app.core import progress, quiz
from sco_app.core.packs import load_pack
from sco_app.ui.lrs_settings import save_config
from sco_app.ui.lrs_sync import SyncController, SyncStatusLabel
from sco_app.ui.state import AppState
from tests.ui.quiz_driving import answer
from tests.lrs_server import PASSWORD, USER, LrsServer, StubLrs, lrs_server  # noqa: F401 - a fixture

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.timezone.utc)


@pytest.fixture
def state():
    s = AppState()
    s.load(load_pack(app.lessons_dir() / "template"))
    return s


@pytest.fixture
def store(tmp_path):
    s = progress.ProgressStore(tmp_path / "progress.sqlite3")
    yield s
    s.close()


def _answers(store, pack, count):
    profile = store.create_profile("Gita", "77")
    for n, question in zip(range(count), quiz.questions_of(pack) * count):
        response = quiz.right_response(question)
        store.record(profile, pack.id, pack.version, question, response, quiz.grade(question, response), "practice", 1000,
                     now=T0 + dt.timedelta(minutes=n))


def _controller(qtbot, state, store):
    controller = SyncController(state, lambda: store.path, idle_s=0.2)
    label = SyncStatusLabel(controller)
    controller.setParent(label)  # deleted with the label, on this thread (never on the sender's)
    qtbot.addWidget(label)
    return controller, label


def test_no_server_no_status_line(qtbot, state, store):
    """With no server set up nothing is sent and the status line stays hidden."""
    controller, label = _controller(qtbot, state, store)
    controller.restart()
    assert controller.sender is None and label.isHidden()


def test_answers_are_sent_in_the_background(qtbot, state, store, lrs_server):
    """The sender sends the queue on its own thread; the label ends at '0 queued, N sent'."""
    _answers(store, state.pack, 6)
    save_config(lrs_server.endpoint, USER, PASSWORD)
    controller, label = _controller(qtbot, state, store)
    controller.restart()
    try:
        qtbot.waitUntil(lambda: "0 queued, 6 sent" in label.text(), timeout=30000)
        assert not label.isHidden() and label.accessibleName()
        assert store.outbox_counts()["sent"] == 6
        _answers(store, state.pack, 2)  # more answers later: the next look sends them
        controller.wake()
        qtbot.waitUntil(lambda: store.outbox_counts()["queued"] == 0, timeout=30000)
    finally:
        controller.stop()


def test_a_refused_password_is_shown_and_the_queue_kept(qtbot, state, store, lrs_server):
    """A wrong password shows on the status line (not the password itself) and nothing leaves the queue."""
    _answers(store, state.pack, 3)
    save_config(lrs_server.endpoint, USER, "wrong-password-xyz")
    controller, label = _controller(qtbot, state, store)
    controller.restart()
    try:
        qtbot.waitUntil(lambda: "refused" in label.text(), timeout=30000)
        assert "3 queued" in label.text() and "wrong-password-xyz" not in label.text() + label.toolTip()
        assert store.outbox_counts()["queued"] == 3
    finally:
        controller.stop()


def test_an_unreachable_server_is_retried_later(qtbot, state, store):
    """Nobody listening: the label says so and when the next try is; the answers stay queued."""
    _answers(store, state.pack, 2)
    save_config(LrsServer.closed_endpoint(), USER, PASSWORD)
    controller, label = _controller(qtbot, state, store)
    controller.restart()
    try:
        qtbot.waitUntil(lambda: "not reachable" in label.text(), timeout=30000)
        assert "2 queued" in label.text() and "next try in" in label.text()
    finally:
        controller.stop()


def test_a_sender_whose_thread_ended_is_replaced(qtbot, state, store):
    """restart() with unchanged settings wakes a live sender, but replaces one whose thread has ended."""
    save_config(LrsServer.closed_endpoint(), USER, PASSWORD)
    controller, _label = _controller(qtbot, state, store)
    controller.restart()
    first = controller.sender
    try:
        controller.restart()
        assert controller.sender is first  # alive: woken, not replaced
        first.stop()
        assert not first.is_alive()
        controller.restart()
        assert controller.sender is not first and controller.sender.is_alive()
    finally:
        controller.stop()


def test_the_pack_s_server_never_gets_the_saved_password(qtbot, store):
    """A pack naming a server (quiz: lrs:) with a saved user name and password but no saved address:
    nothing is sent there, and the settings dialog only offers the address."""
    with StubLrs() as stub:
        state = AppState()
        state.load(dataclasses.replace(load_pack(app.lessons_dir() / "template"), lrs_endpoint=stub.endpoint))
        _answers(store, state.pack, 2)
        save_config("", USER, PASSWORD)
        controller, label = _controller(qtbot, state, store)
        controller.restart()
        assert controller.sender is None and label.isHidden()
        assert stub.requests == []
        assert controller.pack_default() == stub.endpoint


def test_an_unusable_address_says_where_to_fix_it(qtbot, state, store):
    """Saved settings that cannot be used (a password over plain http:// to another computer) are shown as
    such, not as a refused password."""
    settings_http = "http://lrs.example.edu/xAPI/"
    save_config(settings_http, USER, PASSWORD)
    controller, label = _controller(qtbot, state, store)
    controller.restart()
    qtbot.waitUntil(lambda: not label.isHidden(), timeout=10000)
    assert "Class results server" in label.text() and "unencrypted" in label.toolTip()
    assert controller.sender is None


@pytest.mark.parametrize(("last", "woken"), [("idle", True), ("sending", True), ("offline", False),
                                             ("refused", False), (None, False)])
def test_a_saved_answer_is_sent_at_once_only_while_the_server_answers(qtbot, state, store, last, woken):
    """answer_stored wakes the sender when the server is answering; an offline or refusing one keeps its back-off."""
    from sco_app.core.lrs import SyncStatus

    controller, _label = _controller(qtbot, state, store)
    wakes = []
    controller.sender = type("Sender", (), {"wake": lambda self: wakes.append(1), "stop": lambda self, timeout=0: None})()
    controller.last = SyncStatus(last) if last else None
    controller.answer_stored()
    assert bool(wakes) is woken
    controller.sender = None


def test_the_quiz_tells_the_sender_of_each_answer(qtbot, tmp_path, monkeypatch):
    """In the window, checking an answer reaches the sync controller at once."""
    monkeypatch.setenv(progress.DATA_DIR_VARIABLE, str(tmp_path / "data"))
    told = []
    monkeypatch.setattr(SyncController, "answer_stored", lambda self: told.append(1))
    _state, window = app.build(app.lessons_dir() / "template")
    qtbot.addWidget(window)
    window.quiz.set_profile(window.quiz.store.create_profile("Ana"))
    window.quiz.start_practice()
    answer(qtbot, window.quiz)  # (a question with nothing chosen cannot be checked)
    window.quiz.check()
    assert told == [1]
