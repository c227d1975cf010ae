"""Answers to a Learning Record Store: the outbox, sync against a real LRS (Ralph on loopback), failures."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap

import pytest

from sco_app.core import lrs, progress, quiz, results
from sco_app.core.packs import load_pack
from sco_app.core.resources import lessons_dir
from tests.lrs_server import PASSWORD, USER, LrsServer, lrs_server, ralph_missing  # noqa: F401 - a fixture

TEMPLATE = lessons_dir() / "template"
T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.timezone.utc)


@pytest.fixture(scope="module")
def pack():
    return load_pack(TEMPLATE)


@pytest.fixture
def store(tmp_path):
    s = progress.ProgressStore(tmp_path / "progress.sqlite3")
    yield s
    s.close()


def answer(store, pack, count: int, name: str = "Ana", start: int = 0) -> None:
    """Record ``count`` answers of one student, a minute apart."""
    profile = store.create_profile(name, f"id-{name}")
    questions = quiz.questions_of(pack)
    for n in range(start, start + count):
        question = questions[n % len(questions)]
        grade = quiz.grade(question, None)
        store.record(profile, pack.id, pack.version, question, [], grade, "practice", 1500 + n,
                     theory=quiz.theory_of(question, pack), now=T0 + dt.timedelta(minutes=n))


def client(server, password: str = PASSWORD) -> lrs.LrsClient:
    return lrs.LrsClient(lrs.LrsConfig(server.endpoint, USER, password), timeout=10)


def ids_in(server) -> list[str]:
    return [s["id"] for s in server.statements()]


# -- without a server ---------------------------------------------------------------------------------------


def test_every_answer_is_queued_as_it_is_stored(store, pack):
    """Recording an answer puts it in the outbox, in the same transaction."""
    answer(store, pack, 3)
    assert store.outbox_counts() == {"queued": 3, "sent": 0, "rejected": 0}
    queued = store.outbox_queued(10)
    assert [a["id"] for a in queued] == [a["id"] for a in store.attempts()]


def test_answers_stored_before_the_outbox_existed_are_queued(tmp_path, pack):
    """Opening a version-1 progress file queues every answer it already holds."""
    path = tmp_path / "old.sqlite3"
    old = progress.ProgressStore(path)
    answer(old, pack, 4)
    old.db.execute("DROP TRIGGER attempts_queued")
    old.db.execute("DROP TABLE outbox")
    old.db.execute("PRAGMA user_version = 1")
    old.close()
    store = progress.ProgressStore(path)
    assert store.outbox_counts()["queued"] == 4
    store.close()


def test_config_never_shows_the_password():
    """The settings' repr and every message leave the password out; bad addresses are named."""
    config = lrs.LrsConfig("https://lrs.example.edu/xAPI/", "teacher", "hunter2")
    assert "hunter2" not in repr(config)
    assert config.statements_url == "https://lrs.example.edu/xAPI/statements"
    assert lrs.endpoint_problem("ftp://x/") and lrs.endpoint_problem("https://u:p@lrs.example.edu/")
    assert lrs.endpoint_problem("https://lrs.example.edu/xAPI/") is None
    with pytest.raises(lrs.LrsError) as caught:
        lrs.LrsClient(lrs.LrsConfig("https://teacher:hunter2@lrs/", "teacher", "hunter2"))
    assert "hunter2" not in str(caught.value)


def test_backoff_doubles_up_to_five_minutes():
    """Waits grow 2, 4, 8 ... seconds (within the jitter) and stop growing at five minutes."""
    waits = [lrs.backoff(n) for n in range(1, 15)]
    assert 1.7 <= waits[0] <= 2.3 and 3.4 <= waits[1] <= 4.6
    assert max(waits) <= lrs.MAX_BACKOFF_S * 1.15 and waits[-1] >= lrs.MAX_BACKOFF_S * 0.85


def test_an_unreachable_lrs_keeps_the_queue(store, pack):
    """Nothing listening: the error says so and every answer stays queued."""
    answer(store, pack, 2)
    unreachable = lrs.LrsClient(lrs.LrsConfig(LrsServer.closed_endpoint(), "t", "p"), timeout=2)
    report = lrs.sync(store, unreachable)
    assert isinstance(report.error, lrs.LrsUnavailable) and "cannot reach" in str(report.error)
    assert report.sent == 0 and store.outbox_counts()["queued"] == 2


def test_class_rows_come_back_from_statements(store, pack):
    """Statements turn back into rows for the difficulty summary, each statement once, other packs left out."""
    answer(store, pack, 3)
    statements = [results.statement(a) for a in store.attempts()]
    other = dict(statements[0], id="00000000-0000-4000-8000-000000000000",
                 object={"id": "urn:sco-app:pack:other:question:q"})
    rows = lrs.rows_from_statements(statements + statements[:1] + [other, {"id": "x"}], pack.id)
    assert len(rows) == 3
    assert {r["question_id"] for r in rows} == {a["question_id"] for a in store.attempts()}
    assert rows[0]["time_ms"] == 1500 and rows[0]["student_id"] == "id-Ana"
    assert results.difficulty(rows)[0]["attempts"] >= 1


# -- against a real LRS --------------------------------------------------------------------------------------


def test_statements_arrive_once_and_match(store, pack, lrs_server):
    """Every answer arrives as its xAPI statement; syncing again, or re-queuing, stores nothing twice."""
    answer(store, pack, 7, name="Budi")
    before = set(ids_in(lrs_server))
    report = lrs.sync(store, client(lrs_server), batch=3)
    assert (report.sent, report.queued, report.error) == (7, 0, None)
    expected = {results.statement(a)["id"]: results.statement(a) for a in store.attempts()}
    stored = {s["id"]: s for s in lrs_server.statements() if s["id"] not in before}
    assert stored.keys() == expected.keys()
    for sid, statement in expected.items():
        for key in ("actor", "verb", "object", "result", "context", "timestamp"):
            assert stored[sid][key] == statement[key], key
    store.outbox_mark([a["id"] for a in store.attempts()], "queued")  # as if the acknowledgements were lost
    assert lrs.sync(store, client(lrs_server)).sent == 7
    assert len(ids_in(lrs_server)) == len(set(ids_in(lrs_server))) == len(before) + 7
    fetched = list(client(lrs_server).fetch(lrs.pack_activity(pack.id), page=4))  # follows the "more" links
    assert expected.keys() <= {s["id"] for s in fetched}


def test_wrong_credentials_keep_the_queue_and_say_so(store, pack, lrs_server):
    """A wrong password is refused with a clear message (without the password); nothing leaves the queue."""
    answer(store, pack, 3)
    report = lrs.sync(store, client(lrs_server, password="not-the-password"))
    assert isinstance(report.error, lrs.LrsRefused)
    assert "refused the user name or password" in str(report.error)
    assert "not-the-password" not in str(report.error)
    assert store.outbox_counts() == {"queued": 3, "sent": 0, "rejected": 0}


def test_a_statement_the_lrs_rejects_does_not_block_the_rest(store, pack, lrs_server):
    """One answer the LRS will not take (it holds another statement with its id) is set aside as rejected;
    the others are sent."""
    answer(store, pack, 4, name="Citra")
    clash = results.statement(store.outbox_queued(10)[1])
    clash["result"] = dict(clash["result"], success=not clash["result"]["success"])
    client(lrs_server).send([clash])
    report = lrs.sync(store, client(lrs_server))
    assert (report.sent, report.rejected, report.queued) == (3, 1, 0)
    assert store.outbox_counts()["rejected"] == 1


def test_sync_command_sends_and_never_prints_the_password(tmp_path, pack, lrs_server):
    """``sco-app results sync`` sends the queue and says so; a wrong password fails clearly, printing no secret."""
    data, config = tmp_path / "data", tmp_path / "config"
    store = progress.ProgressStore.in_folder(data)
    answer(store, pack, 5, name="Dewi")
    store.close()
    env = dict(os.environ, SCO_APP_DATA_DIR=str(data), XDG_CONFIG_HOME=str(config), QT_QPA_PLATFORM="offscreen")

    def run(*args, password=PASSWORD):
        setup = ("from sco_app.ui.lrs_settings import save_config; "
                 f"save_config({lrs_server.endpoint!r}, {USER!r}, {password!r})")
        subprocess.run([sys.executable, "-c", setup], env=env, check=True, timeout=60)
        return subprocess.run([sys.executable, "-m", "sco_app", "results", "sync", *args], env=env,
                              capture_output=True, text=True, timeout=120)

    wrong = run(password="wrong-secret-123")
    assert wrong.returncode == 1
    assert "refused the user name or password" in wrong.stderr and "5 still queued" in wrong.stderr
    assert "wrong-secret-123" not in wrong.stdout + wrong.stderr
    done = run()
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"sent 5 answers to {lrs_server.endpoint}; 0 still queued")
    assert PASSWORD not in done.stdout + done.stderr
    nothing = subprocess.run([sys.executable, "-m", "sco_app", "results", "sync"], capture_output=True, text=True,
                             env=dict(env, XDG_CONFIG_HOME=str(tmp_path / "empty")), timeout=60)
    assert nothing.returncode == 2 and "no Learning Record Store is set up" in nothing.stderr


def test_a_kill_between_send_and_acknowledgement_sends_nothing_twice(tmp_path, pack, lrs_server):
    """The app dies after the LRS stored a batch but before it marked it sent: the next sync stores nothing twice."""
    path = tmp_path / "progress.sqlite3"
    store = progress.ProgressStore(path)
    answer(store, pack, 6, name="Eko")
    before = len(ids_in(lrs_server))
    script = textwrap.dedent(f"""
        import os, signal
        from sco_app.core import lrs, progress
        progress.ProgressStore.outbox_mark = lambda *a, **k: os.kill(os.getpid(), signal.SIGKILL)
        store = progress.ProgressStore({str(path)!r})
        lrs.sync(store, lrs.LrsClient(lrs.LrsConfig({lrs_server.endpoint!r}, {USER!r}, {PASSWORD!r})))
    """)
    killed = subprocess.run([sys.executable, "-c", script], timeout=60)
    assert killed.returncode == -signal.SIGKILL
    assert len(ids_in(lrs_server)) == before + 6  # the LRS has them ...
    assert store.outbox_counts()["queued"] == 6  # ... but this computer never heard so
    report = lrs.sync(store, client(lrs_server))
    assert (report.sent, report.queued) == (6, 0)
    assert len(ids_in(lrs_server)) == len(set(ids_in(lrs_server))) == before + 6
    store.close()


def test_the_lrs_going_down_mid_sync_and_coming_back(tmp_path, store, pack):
    """The LRS stops after the first batch: the rest stays queued; once it is back, all arrive exactly once."""
    if ralph_missing():
        pytest.skip(ralph_missing())
    server = LrsServer(tmp_path / "lrs").start()
    try:
        answer(store, pack, 10)
        report = lrs.sync(store, client(server), batch=4, on_batch=lambda _report: server.stop())
        assert report.sent == 4 and report.queued == 6
        assert isinstance(report.error, lrs.LrsUnavailable)
        server.start()
        report = lrs.sync(store, client(server), batch=4)
        assert (report.sent, report.queued, report.error) == (6, 0, None)
        assert len(ids_in(server)) == len(set(ids_in(server))) == 10
    finally:
        server.stop()


def test_background_sender_sends_and_reports(tmp_path, pack, lrs_server):
    """The sender thread sends the queue on its own and reports queued and sent counts; stop ends it."""
    import threading

    path = tmp_path / "progress.sqlite3"
    store = progress.ProgressStore(path)
    answer(store, pack, 5, name="Fajar")
    seen, idle = [], threading.Event()

    def on_status(status):
        seen.append(status)
        if status.state == "idle":
            idle.set()

    sender = lrs.BackgroundSender(path, lrs.LrsConfig(lrs_server.endpoint, USER, PASSWORD), on_status, idle_s=0.2)
    sender.start()
    assert idle.wait(30)
    sender.stop()
    assert seen[0].state == "sending" and seen[0].queued == 5
    assert idle.is_set() and [s for s in seen if s.state == "idle"][0].queued == 0
    assert store.outbox_counts()["queued"] == 0
    store.close()


# -- the pack's default server ---------------------------------------------------------------------------------


def _pack_with(tmp_path, lrs_line: str):
    import shutil

    folder = tmp_path / "pack"
    shutil.copytree(TEMPLATE, folder)
    with open(folder / "pack.yaml", "a", encoding="utf-8") as out:
        out.write(f"\nquiz:\n  lrs: {lrs_line}\n")
    return folder


def test_a_pack_may_name_its_lrs(tmp_path):
    """``quiz: lrs:`` gives the pack's default server; packs without it have none."""
    from sco_app.core.packs import check_pack

    assert load_pack(TEMPLATE).lrs_endpoint is None
    assert load_pack(_pack_with(tmp_path, "https://lrs.example.edu/xAPI/")).lrs_endpoint == "https://lrs.example.edu/xAPI/"
    report = check_pack(_pack_with(tmp_path / "bad", "https://teacher:secret@lrs.example.edu/xAPI/"))
    assert not report.ok and any("lrs" in p.format() for p in report.errors)
