"""Answers to a Learning Record Store: the outbox, sync against a real LRS (Ralph on loopback), failures."""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time

import pytest

from sco_app.core import lrs, progress, quiz, results
from sco_app.core.packs import load_pack
from sco_app.core.resources import lessons_dir
from tests.lrs_server import (  # noqa: F401 - lrs_server is a fixture
    PASSWORD, USER, LrsServer, StubLrs, accept, lrs_server, ralph_missing, reply,
)

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
        response = quiz.right_response(question)
        store.record(profile, pack.id, pack.version, question, response, quiz.grade(question, response), "practice", 1500 + n,
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
    import sqlite3

    path = tmp_path / "old.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(progress.MIGRATIONS[0])
    old.execute("INSERT INTO profiles (name, created) VALUES ('Ana', '2026-01-01T00:00:00')")
    for n in range(4):
        old.execute("INSERT INTO attempts (profile_id, pack_id, pack_version, question_id, digest, type, response, "
                    "correct, score, mode, answered_at, time_ms) VALUES (1, ?, ?, ?, 'd', 'map', '\"IND\"', 1, 1.0, "
                    "'practice', ?, 1500)", (pack.id, pack.version, f"q{n}", f"2026-01-01T00:0{n}:00.000+00:00"))
    old.execute("PRAGMA user_version = 1")
    old.commit()
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


# -- failures a real LRS does not make: small stub servers on loopback ----------------------------------------


def stub_client(stub, timeout: float = 10, deadline: float | None = None) -> lrs.LrsClient:
    options = {} if deadline is None else {"deadline": deadline}
    return lrs.LrsClient(lrs.LrsConfig(stub.endpoint, USER, PASSWORD), timeout=timeout, **options)


def _raw(data: bytes):
    def respond(handler, method, path, body):
        handler.wfile.write(data)
        handler.wfile.flush()
    return respond


@pytest.mark.parametrize("garbled", [
    b"NONSENSE\r\n\r\n",  # http.client.BadStatusLine
    b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\nConnection: close\r\n\r\n[\"only ten\"",  # IncompleteRead
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",  # a garbled chunk
], ids=["bad-status-line", "cut-short", "bad-chunk"])
def test_a_garbled_answer_is_a_failure_to_try_again(store, pack, garbled):
    """An answer http.client cannot read is an LrsUnavailable, not an error that escapes; the queue is kept."""
    answer(store, pack, 3)
    with StubLrs(_raw(garbled)) as stub:
        report = lrs.sync(store, stub_client(stub))
    assert isinstance(report.error, lrs.LrsUnavailable), report.error
    assert store.outbox_counts() == {"queued": 3, "sent": 0, "rejected": 0}


@pytest.mark.parametrize("address", ["http://lrs.example.edu/x y/", "http://lrs.example.edu:abc/", "http://h:70000/",
                                     "http://h:0/", "https://lrs.exämple.edu/xAPI/", "https://lrs.example.edu/ü/",
                                     "https://lrs.example.edu/xAPI/\n", "https://[::1/xAPI/",
                                     "https://lrs.example.edu/xAPI/?a=b"])
def test_addresses_the_standard_library_cannot_request_are_refused(address):
    """endpoint_problem is strict: what it accepts, urllib can request (ASCII, no spaces, a numeric port)."""
    assert lrs.endpoint_problem(address)
    with pytest.raises(lrs.LrsError):
        lrs.LrsClient(lrs.LrsConfig(address, "teacher", "pw"))
    assert lrs.endpoint_problem("https://xn--lrs-exmple-v5a.edu:8443/xAPI/") is None


@pytest.mark.parametrize("more", ["/xAPI/statements?page=a b", "/xAPI/statements?page=\u00e4"])
def test_a_next_page_the_server_names_badly_is_a_failure(pack, more):
    """A 'more' link http.client will not request (a space, non-ASCII) ends the fetch with an LrsError."""
    first = {"statements": [{"id": "x"}], "more": more}

    def respond(handler, method, path, body):
        reply(handler, 200, json.dumps(first).encode())

    with StubLrs(respond) as stub, pytest.raises(lrs.LrsUnavailable):
        list(stub_client(stub).fetch(lrs.pack_activity(pack.id)))


def test_plain_http_carries_no_password_but_to_this_computer():
    """A password over plain http:// goes only to loopback; https:// anywhere."""
    with pytest.raises(lrs.LrsError, match="unencrypted"):
        lrs.LrsClient(lrs.LrsConfig("http://lrs.example.edu/xAPI/", "teacher", "pw"))
    for address in ("http://127.0.0.1:8100/xAPI/", "http://localhost/xAPI/", "http://[::1]:8100/xAPI/",
                    "https://lrs.example.edu/xAPI/"):
        lrs.LrsClient(lrs.LrsConfig(address, "teacher", "pw"))


def test_a_misconfigured_address_keeps_the_queue(store, pack):
    """A server that answers 400 to everything (not an LRS, or the wrong path) rejects no answer: the queue
    stays, with an error that says to check the address."""
    answer(store, pack, 50)
    with StubLrs(lambda h, m, p, b: reply(h, 400, b'{"detail": "no such API"}')) as stub:
        report = lrs.sync(store, stub_client(stub))
    assert isinstance(report.error, lrs.LrsUnavailable) and "address" in str(report.error)
    assert (report.rejected, report.queued) == (0, 50)
    assert store.outbox_counts() == {"queued": 50, "sent": 0, "rejected": 0}


@pytest.mark.parametrize("code", [405, 410, 415, 422])
def test_other_client_errors_are_not_rejections(store, pack, code):
    """Only 400, 409 and 413 are about the statements; any other 4xx leaves even a single answer queued."""
    answer(store, pack, 1)
    with StubLrs(lambda h, m, p, b: reply(h, code)) as stub:
        report = lrs.sync(store, stub_client(stub))
    assert isinstance(report.error, lrs.LrsUnavailable) and f"HTTP {code}" in str(report.error)
    assert store.outbox_counts() == {"queued": 1, "sent": 0, "rejected": 0}


def test_a_rejected_answer_is_set_aside_and_can_be_queued_again(store, pack):
    """One statement the LRS refuses alone is rejected, the rest sent; requeueing puts it back."""
    answer(store, pack, 6)
    bad = results.statement(store.outbox_queued(10)[2])["id"]

    def respond(handler, method, path, body):
        ids = [s["id"] for s in json.loads(body)]
        if bad in ids:
            reply(handler, 400, b'{"detail": "invalid statement"}')
        else:
            reply(handler, 200, json.dumps(ids).encode())

    with StubLrs(respond) as stub:
        report = lrs.sync(store, stub_client(stub))
        assert (report.sent, report.rejected, report.queued, report.error) == (5, 1, 0, None)
        assert store.outbox_requeue_rejected() == 1
        assert store.outbox_counts() == {"queued": 1, "sent": 5, "rejected": 0}


@pytest.mark.parametrize("status, body", [
    (200, b"<html><body>Log in to the school network</body></html>"),
    (200, b'{"ok": true}'),
    (200, b'["00000000-0000-4000-8000-000000000000"]'),
    (200, b""),
    (202, b""),
], ids=["portal", "object", "other-ids", "empty", "accepted"])
def test_an_answer_that_is_not_an_lrs_s_marks_nothing_sent(store, pack, status, body):
    """A 200 that is not the list of the statements' ids (a captive portal's page, say) is no acknowledgement."""
    answer(store, pack, 4)
    with StubLrs(lambda h, m, p, b: reply(h, status, body, "text/html")) as stub:
        report = lrs.sync(store, stub_client(stub))
    assert isinstance(report.error, lrs.LrsUnavailable) and "did not answer as an LRS" in str(report.error)
    assert store.outbox_counts() == {"queued": 4, "sent": 0, "rejected": 0}


def _drip(head: bytes, tail: bytes, pause: float = 0.1):
    def respond(handler, method, path, body):
        handler.wfile.write(head)
        for byte in tail:
            handler.wfile.write(bytes([byte]))
            handler.wfile.flush()
            time.sleep(pause)
    return respond


@pytest.mark.parametrize("where", ["headers", "body"])
def test_a_dripping_server_is_cut_off_by_the_deadline(store, pack, where):
    """A server that sends a byte at a time (each within the time-out) is cut off at the request's deadline."""
    answer(store, pack, 2)
    ids = json.dumps([results.statement(a)["id"] for a in store.attempts()]).encode()
    body = ids + b" " * 100
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
    if where == "headers":
        respond = _drip(head, b"X-Slow: " + b"a" * 100 + f"\r\nContent-Length: {len(ids)}\r\n\r\n".encode() + ids)
    else:
        respond = _drip(head + f"Content-Length: {len(body)}\r\n\r\n".encode(), body)
    with StubLrs(respond) as stub:
        report = lrs.sync(store, stub_client(stub, timeout=2, deadline=1))
    assert isinstance(report.error, lrs.LrsUnavailable) and "took more than 1 s" in str(report.error)
    assert store.outbox_counts()["queued"] == 2


def test_a_huge_answer_is_refused(store, pack, monkeypatch):
    """A POST's answer over 1 MB, or a page of statements over the fetch cap, is not read."""
    answer(store, pack, 2)
    ids = json.dumps([results.statement(a)["id"] for a in store.attempts()]).encode()
    with StubLrs(lambda h, m, p, b: reply(h, 200, ids + b" " * (2 * 1024 * 1024))) as stub:
        report = lrs.sync(store, stub_client(stub))
        assert isinstance(report.error, lrs.LrsUnavailable) and "larger than 1 MB" in str(report.error)
        assert store.outbox_counts()["queued"] == 2
        monkeypatch.setattr(lrs, "MAX_FETCH_BYTES", 1000)
        with pytest.raises(lrs.LrsUnavailable, match="larger than"):
            list(stub_client(stub).fetch(lrs.pack_activity(pack.id)))


def test_two_senders_never_send_the_same_answers_at_once(tmp_path, pack):
    """While one sender's POST is under way (another window, or the command line), a second one waits for
    the queue's lease instead of sending the same answers; after it, nothing is left to send twice."""
    path = tmp_path / "progress.sqlite3"
    first, second = progress.ProgressStore(path), progress.ProgressStore(path)
    answer(first, pack, 5)
    arrived, go_on = threading.Event(), threading.Event()

    def respond(handler, method, path, body):
        arrived.set()
        go_on.wait(30)
        accept(handler, method, path, body)

    with StubLrs(respond) as stub:
        client = stub_client(stub)
        reports = []
        worker = threading.Thread(target=lambda: reports.append(lrs.sync(first, client)))
        worker.start()
        assert arrived.wait(30)
        busy = lrs.sync(second, client)
        assert busy.busy and busy.sent == 0 and len(stub.requests) == 1
        go_on.set()
        worker.join(30)
        assert reports[0].sent == 5
        after = lrs.sync(second, client)
        assert (after.sent, after.queued, after.busy) == (0, 0, False)
        assert len(stub.posted_ids()) == len(set(stub.posted_ids())) == 5
    first.close()
    second.close()


def test_a_sender_waits_for_the_lease_of_one_that_ended(tmp_path, pack):
    """A lease left by a process that no longer runs does not hold the queue; a live one's does, until it ends."""
    store = progress.ProgressStore(tmp_path / "progress.sqlite3")
    assert store.outbox_lease("elsewhere:1:x", 60)
    assert not store.outbox_lease("mine", 60, lrs.holder_gone)  # another computer's: only its time counts
    store.outbox_release("elsewhere:1:x")
    assert store.outbox_lease("mine", 60) and store.outbox_lease("mine", 60)  # renewing is claiming again
    store.close()


def test_the_sender_outlives_an_unexpected_error(tmp_path, pack, monkeypatch):
    """A locked database while marking answers sent is reported as offline, with the reason; the sender
    tries again and sends everything (it does not die silently)."""
    monkeypatch.setattr(lrs, "BACKOFF_S", 0.05)
    path = tmp_path / "progress.sqlite3"
    store = progress.ProgressStore(path)
    answer(store, pack, 4)
    real_mark, failed = progress.ProgressStore.outbox_mark, []

    def mark(self, *args, **kwargs):
        if not failed:
            failed.append(True)
            raise sqlite3.OperationalError("database is locked")
        return real_mark(self, *args, **kwargs)

    monkeypatch.setattr(progress.ProgressStore, "outbox_mark", mark)
    seen, offline, done = [], threading.Event(), threading.Event()

    def on_status(status):
        seen.append(status)
        if status.state == "offline":
            offline.set()
        if status.state == "idle" and status.queued == 0:
            done.set()

    with StubLrs() as stub:
        sender = lrs.BackgroundSender(path, lrs.LrsConfig(stub.endpoint, USER, PASSWORD), on_status, idle_s=0.1)
        sender.start()
        try:
            assert offline.wait(30) and done.wait(30)
        finally:
            sender.stop()
    message = next(s.message for s in seen if s.state == "offline")
    assert "database is locked" in message
    assert store.outbox_counts() == {"queued": 0, "sent": 4, "rejected": 0}
    store.close()


def test_the_sender_never_moves_the_progress_file_aside(tmp_path, monkeypatch):
    """The background sender cannot open the file: it says so and tries later, but never renames it (only
    the window's own opening may)."""
    monkeypatch.setattr(lrs, "BACKOFF_S", 0.05)
    path = tmp_path / "progress.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(sqlite3.DatabaseError):
        progress.ProgressStore(path, move_aside=False)
    seen = threading.Event()
    messages = []

    def on_status(status):
        messages.append(status.message)
        if len(messages) >= 2:
            seen.set()

    sender = lrs.BackgroundSender(path, lrs.LrsConfig("https://lrs.example.edu/xAPI/", "t", "p"), on_status)
    sender.start()
    try:
        assert seen.wait(30)  # it tried at least twice: the thread lives on
    finally:
        sender.stop()
    assert all("cannot open the progress file" in m for m in messages)
    assert path.read_bytes().startswith(b"this is not a database")
    assert [p.name for p in tmp_path.iterdir()] == ["progress.sqlite3"]


# -- the command line against stubs -------------------------------------------------------------------------------


def _cli(tmp_path, *args, saved: tuple | None = None, env_extra: dict | None = None):
    env = dict(os.environ, SCO_APP_DATA_DIR=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               QT_QPA_PLATFORM="offscreen", **(env_extra or {}))
    if not env_extra:
        env.pop("SCO_APP_LRS_PASSWORD", None)
    if saved is not None:
        setup = f"from sco_app.ui.lrs_settings import save_config; save_config(*{saved!r})"
        subprocess.run([sys.executable, "-c", setup], env=env, check=True, timeout=60)
    return subprocess.run([sys.executable, "-m", "sco_app", "results", "sync", *args], env=env, capture_output=True,
                          text=True, timeout=120, stdin=subprocess.DEVNULL)


def _queue(tmp_path, pack, count):
    store = progress.ProgressStore.in_folder(tmp_path / "data")
    answer(store, pack, count, name="Gita")
    return store


def test_sync_command_fails_in_one_line_without_a_traceback(tmp_path, pack):
    """A server whose answer http.client cannot read: exit 1, a clear line, no traceback."""
    _queue(tmp_path, pack, 2).close()
    with StubLrs(_raw(b"NONSENSE\r\n\r\n")) as stub:
        run = _cli(tmp_path, saved=(stub.endpoint, USER, PASSWORD))
    assert run.returncode == 1, run.stderr
    assert "Traceback" not in run.stderr and "sco-app results sync: " in run.stderr
    assert "2 still queued" in run.stderr and PASSWORD not in run.stdout + run.stderr


def test_sync_command_takes_an_endpoint_with_a_user_and_the_password_from_the_environment(tmp_path, pack):
    """--endpoint with no saved address sends, with --user and SCO_APP_LRS_PASSWORD; the saved password
    never goes to another address than its own."""
    _queue(tmp_path, pack, 3).close()
    with StubLrs() as stub, StubLrs() as other:
        run = _cli(tmp_path, "--endpoint", stub.endpoint, "--user", "ines",
                   env_extra={"SCO_APP_LRS_PASSWORD": "from-the-env"})
        assert run.returncode == 0, run.stderr
        assert run.stdout.startswith(f"sent 3 answers to {stub.endpoint}")
        auth = stub.requests[0][3]["Authorization"].split()[1]
        assert base64.b64decode(auth).decode() == "ines:from-the-env"
        assert "from-the-env" not in run.stdout + run.stderr
        elsewhere = _cli(tmp_path, "--endpoint", other.endpoint, saved=(stub.endpoint, USER, PASSWORD))
        assert elsewhere.returncode == 2 and "--user" in elsewhere.stderr
        assert other.requests == []  # the saved password was not sent there


def test_sync_command_retries_rejected_answers(tmp_path, pack):
    """--retry-rejected puts the answers the LRS rejected back in the queue and sends them."""
    store = _queue(tmp_path, pack, 3)
    store.outbox_mark([a["id"] for a in store.attempts()][:2], "rejected", "HTTP 400")
    store.close()
    with StubLrs() as stub:
        run = _cli(tmp_path, "--retry-rejected", saved=(stub.endpoint, USER, PASSWORD))
    assert run.returncode == 0, run.stderr
    assert "2 rejected answers back in the queue" in run.stdout and "sent 3 answers" in run.stdout


# -- proxies, and what counts as sent ---------------------------------------------------------------------------


class _Listener:
    """A loopback port that counts the connections made to it and answers none (a 'proxy' that must stay idle)."""

    def __init__(self) -> None:
        import socket

        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.2)
        self.address = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def __enter__(self) -> _Listener:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join(5)
        self.sock.close()


PROXY_VARIABLES = ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY",
                   "no_proxy", "NO_PROXY")


@pytest.mark.parametrize("variable", ["http_proxy", "HTTP_PROXY"])
def test_a_loopback_lrs_is_never_reached_through_a_proxy(store, pack, monkeypatch, variable):
    """With a proxy set for the school network, the request to the LRS on this computer (which carries the
    password over plain http) goes straight to it: the proxy receives nothing."""
    answer(store, pack, 3)
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    with _Listener() as proxy, StubLrs() as server:
        monkeypatch.setenv(variable, proxy.address)
        monkeypatch.setenv("NO_PROXY", "intranet.example.edu")
        report = lrs.sync(store, stub_client(server, timeout=2))
    assert proxy.connections == 0
    assert (report.sent, report.error) == (3, None)
    assert server.requests[0][3]["Authorization"].startswith("Basic ")


def test_an_lrs_with_no_user_name_is_sent_no_authorization(store, pack):
    """An address saved with no user name and password gets no Authorization header at all."""
    answer(store, pack, 1)
    with StubLrs() as server:
        assert lrs.sync(store, lrs.LrsClient(lrs.LrsConfig(server.endpoint), timeout=2)).sent == 1
    assert "Authorization" not in server.requests[0][3]


def _holding(held: dict[str, dict]):
    """An LRS that holds the statements ``held`` (id -> statement): 409 to a POST naming one of them, a GET by
    id shows them (404 for any other), and other POSTs are stored as usual."""
    from urllib.parse import parse_qs, urlsplit

    def respond(handler, method, path, body):
        if method == "POST":
            ids = [s["id"] for s in json.loads(body)]
            if any(i in held for i in ids):
                reply(handler, 409, b'{"detail": "a statement with this id is already stored"}')
            else:
                reply(handler, 200, json.dumps(ids).encode())
            return
        sid = parse_qs(urlsplit(path).query).get("statementId", [""])[0]
        if sid in held:
            reply(handler, 200, json.dumps(held[sid]).encode())
        else:
            reply(handler, 404, b'{"detail": "no such statement"}')
    return respond


def test_a_bare_204_leaves_the_queue_intact(store, pack):
    """A server that answers every POST with 204 No Content, and holds none of them when asked, marks
    nothing sent: all 60 answers stay queued (one look by GET, not sixty)."""
    answer(store, pack, 60)

    def respond(handler, method, path, body):
        reply(handler, 204) if method == "POST" else reply(handler, 404, b'{"detail": "no such statement"}')

    with StubLrs(respond) as stub:
        report = lrs.sync(store, stub_client(stub))
    assert isinstance(report.error, lrs.LrsUnavailable) and "HTTP 204" in str(report.error)
    assert store.outbox_counts() == {"queued": 60, "sent": 0, "rejected": 0}
    assert [method for method, *_ in stub.requests] == ["POST", "GET"]


def test_a_204_for_statements_the_lrs_already_holds_counts_them_sent(store, pack):
    """204 to a batch the LRS held already (as Ralph answers): each is confirmed by a GET, then marked sent."""
    answer(store, pack, 3)
    held = {s["id"]: s for s in (results.statement(a) for a in store.attempts())}

    def respond(handler, method, path, body):
        reply(handler, 204) if method == "POST" else _holding(held)(handler, method, path, body)

    with StubLrs(respond) as stub:
        report = lrs.sync(store, stub_client(stub))
    assert (report.sent, report.queued, report.error) == (3, 0, None)


def test_a_conflict_the_lrs_confirms_is_the_same_answer_counts_as_sent(store, pack):
    """409 for an answer the LRS already holds unchanged (a GET shows it): sent, not rejected."""
    answer(store, pack, 4)
    first = results.statement(next(store.attempts()))
    with StubLrs(_holding({first["id"]: dict(first, stored="2026-03-02T09:00:01Z")})) as stub:
        report = lrs.sync(store, stub_client(stub))
    assert (report.sent, report.rejected, report.queued, report.error) == (4, 0, 0, None)


def test_a_conflict_with_another_answer_under_the_same_id_is_rejected(store, pack):
    """409, and the statement the LRS holds under that id is another answer: rejected, the rest sent."""
    answer(store, pack, 4)
    first = results.statement(next(store.attempts()))
    other = dict(first, result=dict(first["result"], success=not first["result"]["success"]))
    with StubLrs(_holding({first["id"]: other})) as stub:
        report = lrs.sync(store, stub_client(stub))
    assert (report.sent, report.rejected, report.queued, report.error) == (3, 1, 0, None)


def test_a_handed_in_exam_reaches_the_lrs_with_its_end(tmp_path, lrs_server):
    """Syncing a handed-in exam sends its answers and, with the last, 'completed' and 'passed'; the real LRS stores
    each once, also when the answers are sent again."""
    from tests.core.test_results import _every_kind_session

    _pack, store = _every_kind_session(tmp_path, pass_mark=50, hand_in=True)
    before = set(ids_in(lrs_server))
    report = lrs.sync(store, client(lrs_server), batch=3)
    assert (report.sent, report.queued, report.error) == (8, 0, None)
    new = [s for s in lrs_server.statements() if s["id"] not in before]
    verbs = sorted(s["verb"]["id"].rsplit("/", 1)[1] for s in new)
    assert verbs == ["answered"] * 8 + ["completed", "passed"]
    end = next(s for s in new if s["verb"]["id"].endswith("/completed"))
    assert end["result"]["completion"] is True and end["context"]["registration"]
    store.outbox_mark([a["id"] for a in store.attempts()], "queued")  # as if the acknowledgements were lost
    assert lrs.sync(store, client(lrs_server)).sent == 8
    assert len(ids_in(lrs_server)) == len(set(ids_in(lrs_server))) == len(before) + 10
    store.close()


def test_the_network_client_is_imported_only_when_a_request_is_made():
    """Importing the LRS client (every start does, for the sync status) imports neither http.client nor ssl:
    megabytes that a class without an LRS never uses."""
    import subprocess
    import sys

    code = ("import sys; from sco_app.core import lrs; lrs.password_problem(lrs.LrsConfig('https://lrs.example/x'));"
            "print(sorted(m for m in ('http.client', 'ssl', 'urllib.request') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
