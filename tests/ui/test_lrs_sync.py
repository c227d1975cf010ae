"""Answers go to the class's LRS in the background; the status bar shows queued and sent counts."""

from __future__ import annotations

import datetime as dt

import pytest

from sco_app import app
from sco_app.core import progress, quiz
from sco_app.core.packs import load_pack
from sco_app.ui.lrs_settings import save_config
from sco_app.ui.lrs_sync import SyncController, SyncStatusLabel
from sco_app.ui.state import AppState
from tests.lrs_server import PASSWORD, USER, LrsServer, lrs_server  # noqa: F401 - a fixture

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
        store.record(profile, pack.id, pack.version, question, [], quiz.grade(question, None), "practice", 1000,
                     now=T0 + dt.timedelta(minutes=n))


def _controller(qtbot, state, store):
    controller = SyncController(state, lambda: store.path, idle_s=0.2)
    label = SyncStatusLabel(controller)
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
