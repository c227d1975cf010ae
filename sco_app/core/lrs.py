"""Answers to a Learning Record Store (xAPI 1.0.3) and a class's answers back from it.

Every stored answer waits in the progress store's outbox (:meth:`ProgressStore.outbox_queued`).
:func:`sync` sends the queue oldest first in batches, as the statements of :func:`results.statement`,
and marks a batch sent only once the LRS has acknowledged it. A statement's id is derived from its
attempt, so a batch sent again after an unknown outcome (a timeout, a killed app) is stored once.
:class:`BackgroundSender` runs :func:`sync` on its own thread with its own database connection, and
waits longer after each failure. Only the standard library talks to the network, and only to the
configured endpoint (redirects are not followed), and only with a password over https:// (or to this
computer). Every request ends by a deadline, however slowly the server answers, and a reply larger than
a cap is refused. A batch counts as stored only when the server answered as an LRS does (the ids of the
statements); only one sender at a time works on the queue (:meth:`ProgressStore.outbox_lease`). The
password is never part of a message.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import random
import re
import socket
import sqlite3
import threading
import time
import urllib.parse
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from sco_app.core import results
from sco_app.core.progress import ProgressStore
from sco_app.core.xapi_addresses import XapiAddresses, addresses_from, exam_statements, handed_in_exam

if TYPE_CHECKING:
    import urllib.error

    from sco_app.core.lrs_http import Deadline
# (the network client, http.client and ssl, megabytes, is imported when a request is made: not at every start)

BATCH = 200
TIMEOUT_S = 20.0  # for each step of a request (connecting, each read)
DEADLINE_FACTOR = 3  # a whole request ends after this many times the time-out
MAX_FETCH_BYTES = 20 * 1024 * 1024  # the largest page of statements taken from the LRS
MAX_REPLY_BYTES = 1024 * 1024  # the largest answer to a POST of statements
CHUNK_BYTES = 64 * 1024
LEASE_MARGIN_S = 60.0  # a sender's lease on the queue lasts one request's deadline plus this
LEASE_POLL_S = 1.0  # how often a sender waiting for another one's lease looks again
IDLE_S = 10.0  # how often the background sender looks for new answers
BACKOFF_S, MAX_BACKOFF_S, REFUSED_RETRY_S = 2.0, 300.0, 600.0
USER_AGENT = "sco-app"


class LrsError(Exception):
    """Something went wrong talking to the LRS; the message is fit to show (it holds no password).
    :attr:`status` is the HTTP status the LRS answered with, if it answered."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class LrsUnavailable(LrsError):
    """No answer, a time-out or a server error: try again later."""


class LrsRefused(LrsError):
    """The LRS refused the user name or password (HTTP 401 or 403)."""


class LrsRejected(LrsError):
    """The LRS rejected the statements themselves (HTTP 400, 409 or 413)."""


REJECTED_CODES = (400, 409, 413)  # bad, conflicting or too large statements; any other 4xx is not about them


@dataclass(frozen=True)
class LrsConfig:
    """Where the LRS is and who we are to it. ``repr`` leaves the password out."""

    endpoint: str
    username: str = ""
    password: str = field(default="", repr=False)

    @property
    def statements_url(self) -> str:
        return self.endpoint.rstrip("/") + "/statements"

    @property
    def shown(self) -> str:
        """The endpoint as it may be shown or printed."""
        return self.endpoint


def endpoint_problem(url: str) -> str | None:
    """Why ``url`` cannot be an LRS endpoint, or None if it can (strict: what passes here is a URL that
    the standard library can request)."""
    if not url.isascii() or any(c.isspace() or not c.isprintable() for c in url):
        return "the address must be plain ASCII with no spaces (a server name with accents in its xn-- form)"
    try:
        parts = urllib.parse.urlsplit(url)
        port = parts.port
    except ValueError:
        return "the address is not a valid URL (look at the port number and any [brackets])"
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "the address must start with http:// or https:// and name a server"
    if parts.username or parts.password:
        return "put the user name and password in their own fields, not in the address"
    if port == 0 or (port is None and parts.netloc.endswith(":")):
        return "the address's port must be a number from 1 to 65535"
    if parts.query or parts.fragment or "#" in url or "?" in url:
        return "the address must not hold a ?query or #fragment"
    return None


def password_problem(config: LrsConfig) -> str | None:
    """Why the user name and password of ``config`` may not go to its address, or None: over plain
    http:// anyone on the way could read them, so that is only for a server on this computer."""
    parts = urllib.parse.urlsplit(config.endpoint)
    if parts.scheme != "http" or not (config.username or config.password):
        return None
    from sco_app.core.lrs_http import is_loopback

    if not is_loopback(parts.hostname):
        return ("the address starts with http://, which would send the user name and password unencrypted; "
                "use the server's https:// address (plain http:// is only for a server on this computer)")
    return None


def same_endpoint(a: str, b: str) -> bool:
    """Whether two addresses are the same LRS (ignoring a trailing slash and the case of scheme and host)."""
    def key(url: str):
        parts = urllib.parse.urlsplit(url.strip())
        return parts.scheme.lower(), parts.netloc.lower(), parts.path.rstrip("/")
    try:
        return key(a) == key(b)
    except ValueError:
        return False


def pack_activity(pack_id: str) -> str:
    """The activity every statement about a pack's questions has as its parent."""
    return f"urn:sco-app:pack:{pack_id}"


class LrsClient:
    """POST statements and GET them back, with Basic authentication."""

    def __init__(self, config: LrsConfig, timeout: float = TIMEOUT_S, deadline: float | None = None) -> None:
        problem = endpoint_problem(config.endpoint) or password_problem(config)
        if problem:
            raise LrsError(f"the LRS address is not usable: {problem}")
        self.config, self.timeout = config, timeout
        self.addresses: XapiAddresses | None = None  # where the records point (the lab's settings, read when sending)
        self.deadline = deadline if deadline is not None else DEADLINE_FACTOR * timeout
        self._headers = {"X-Experience-API-Version": results.XAPI_VERSION, "User-Agent": USER_AGENT}
        if config.username or config.password:  # an LRS open to all gets no (empty) credentials
            token = base64.b64encode(f"{config.username}:{config.password}".encode()).decode("ascii")
            self._headers["Authorization"] = f"Basic {token}"
        self._origin = urllib.parse.urlsplit(config.statements_url)[:2]

    def _call(self, method: str, url: str, body: bytes | None = None,
              limit: int = MAX_FETCH_BYTES) -> tuple[int, bytes]:
        """The status and body of one request; every failure is an :class:`LrsError` (never another error)."""
        import http.client
        import urllib.error
        import urllib.request

        from sco_app.core.lrs_http import Deadline, opener

        where = self.config.shown
        try:
            if urllib.parse.urlsplit(url)[:2] != self._origin:  # only ever the configured server
                raise LrsError(f"the LRS at {where} pointed elsewhere; not followed")
        except ValueError:
            raise LrsError(f"the LRS at {where} pointed to an address that is not valid; not followed") from None
        headers = dict(self._headers, **({"Content-Type": "application/json"} if body is not None else {}))
        deadline = Deadline(self.deadline)
        error: urllib.error.HTTPError | None = None
        try:
            with deadline:
                request = urllib.request.Request(url, data=body, method=method, headers=headers)
                try:
                    with opener(url, deadline).open(request, timeout=self.timeout) as response:
                        return response.status, self._read(response, limit, deadline)
                except urllib.error.HTTPError as exc:
                    error, detail = exc, _detail(exc)
                    exc.close()
        except LrsError:
            raise
        except (urllib.error.URLError, OSError) as exc:  # OSError: time-outs, refused or reset connections
            if deadline.passed():
                raise self._too_slow(deadline) from None
            raise LrsUnavailable(f"cannot reach the LRS at {where} ({getattr(exc, 'reason', exc)})") from None
        except (http.client.HTTPException, ValueError) as exc:  # a garbled answer; an address http.client refuses
            if deadline.passed():
                raise self._too_slow(deadline) from None
            raise LrsUnavailable(f"no usable answer from the LRS at {where} ({exc.__class__.__name__}: "
                                 f"{str(exc)[:200]})") from None
        code = error.code
        if code in (401, 403):
            raise LrsRefused(f"the LRS at {where} refused the user name or password (HTTP {code})", code)
        if code in REJECTED_CODES:
            raise LrsRejected(f"the LRS at {where} rejected the statements (HTTP {code}{detail})", code)
        raise LrsUnavailable(f"the LRS at {where} answered HTTP {code}{detail}", code)

    def _too_slow(self, deadline: Deadline) -> LrsUnavailable:
        return LrsUnavailable(f"the LRS at {self.config.shown} took more than {deadline.seconds:g} s to answer")

    def _read(self, response, limit: int, deadline: Deadline) -> bytes:
        """The body, read in pieces by the deadline and refused past ``limit`` bytes or when cut short."""
        chunks, size = [], 0
        while True:
            if deadline.passed():
                raise self._too_slow(deadline)
            chunk = response.read1(CHUNK_BYTES)
            if not chunk:
                break
            size += len(chunk)
            if size > limit:
                raise LrsUnavailable(f"the answer of the LRS at {self.config.shown} is larger than "
                                     f"{limit // 1024 ** 2 or 1} MB; not read")
            chunks.append(chunk)
        if deadline.passed():
            raise self._too_slow(deadline)
        if getattr(response, "length", None):  # fewer bytes than the server announced
            raise LrsUnavailable(f"the answer of the LRS at {self.config.shown} was cut short")
        return b"".join(chunks)

    def send(self, statements: list[dict]) -> set[str]:
        """POST ``statements``; return the ids (lower case) the LRS acknowledged as stored (or already
        held). Only a 200 listing the ids sent is an acknowledgement. A 204 No Content is what some LRSs
        (Ralph) answer when they held every statement already, but also what a server that keeps nothing
        may say: each statement then counts only once a GET shows the LRS holds it (:meth:`held`). An
        answer that is not an LRS's (an HTML page of a network's log-in portal, say) is an
        :class:`LrsUnavailable`, so nothing counts as sent that no LRS has."""
        ids = {str(s["id"]).lower() for s in statements}
        status, reply = self._call("POST", self.config.statements_url,
                                   json.dumps(statements, ensure_ascii=False).encode("utf-8"), MAX_REPLY_BYTES)
        if status == 204 and not reply.strip():
            confirmed = self.held(statements)
            if confirmed:
                return confirmed
        try:
            answer = json.loads(reply)
        except ValueError:
            answer = None
        if (status == 200 and isinstance(answer, list) and answer and all(isinstance(i, str) for i in answer)
                and {i.lower() for i in answer} <= ids):
            return {i.lower() for i in answer}
        kind = "an empty answer" if not reply.strip() else "not the ids of the statements sent"
        if status == 204:
            kind = "no content, and it does not hold the statements"
        raise LrsUnavailable(f"the server at {self.config.shown} did not answer as an LRS (HTTP {status}, {kind}); "
                             "check the address", status)

    def held(self, statements: list[dict]) -> set[str]:
        """The ids (lower case) of ``statements`` that the LRS shows it holds, each the same answer, asked
        one by one (a GET by statement id) up to the first it does not hold."""
        confirmed: set[str] = set()
        for statement in statements:
            if not self.holds(statement):
                break
            confirmed.add(str(statement["id"]).lower())
        return confirmed

    def holds(self, statement: dict) -> bool:
        """Whether the LRS holds ``statement``'s id as the same answer (the same actor, verb, question,
        result and time), as a GET by its id shows; a conflicting statement under that id is not it."""
        query = urllib.parse.urlencode({"statementId": statement["id"], "format": "exact"})
        try:
            reply = self._call("GET", f"{self.config.statements_url}?{query}", limit=MAX_REPLY_BYTES)[1]
        except LrsError as exc:
            if exc.status == 404:  # the xAPI answer for an id it does not hold
                return False
            raise
        try:
            answer = json.loads(reply)
        except ValueError:
            return False
        found = answer.get("statements", [answer]) if isinstance(answer, dict) else []  # Ralph wraps it in a list
        return any(isinstance(s, dict) and _same_answer(statement, s) for s in (found if isinstance(found, list) else []))

    def fetch(self, activity: str, page: int = 500) -> Iterator[dict]:
        """Every statement about ``activity`` or with it in its context, page by page (following ``more``)."""
        query = urllib.parse.urlencode({"activity": activity, "related_activities": "true", "limit": page})
        url, seen = f"{self.config.statements_url}?{query}", set()
        while url and url not in seen:
            seen.add(url)
            try:
                answer = json.loads(self._call("GET", url, limit=MAX_FETCH_BYTES)[1])
                statements = answer["statements"]
                if not isinstance(statements, list):
                    raise TypeError
            except (ValueError, KeyError, TypeError):
                raise LrsError(f"the LRS at {self.config.shown} did not answer with xAPI statements") from None
            yield from statements
            more = answer.get("more") or ""
            url = urllib.parse.urljoin(self.config.statements_url, str(more)) if more and statements else ""


def _same_answer(sent: dict, held: dict) -> bool:
    """Whether the statement an LRS holds is the one sent: the same id, actor, verb, question, result and
    time (an LRS adds its own fields, such as ``stored`` and ``authority``, and may rewrite a time's form)."""
    def instant(text):
        try:
            return dt.datetime.fromisoformat(str(text).replace("Z", "+00:00")).timestamp()
        except ValueError:
            return text

    try:
        return (str(held["id"]).lower() == str(sent["id"]).lower() and held["actor"] == sent["actor"]
                and held["verb"]["id"] == sent["verb"]["id"] and held["object"]["id"] == sent["object"]["id"]
                and {k: held.get("result", {}).get(k) for k in ("success", "response")}
                == {k: sent["result"].get(k) for k in ("success", "response")}
                and instant(held.get("timestamp")) == instant(sent.get("timestamp")))
    except (KeyError, TypeError, AttributeError):
        return False


def _detail(exc: urllib.error.HTTPError) -> str:
    """The LRS's own short explanation of an error, if it gave one."""
    import http.client

    try:
        text = exc.read(2000).decode("utf-8", "replace")
        text = str(json.loads(text).get("detail", "")) if text.lstrip().startswith("{") else text
    except (OSError, ValueError, AttributeError, http.client.HTTPException):
        return ""
    text = re.sub(r"\s+", " ", text).strip()[:200]
    return f": {text}" if text else ""


@dataclass
class SyncReport:
    """What one :func:`sync` did, and what is left."""

    sent: int = 0
    rejected: int = 0
    queued: int = 0
    total_sent: int = 0
    error: LrsError | None = None
    busy: bool = False  # another sender held the queue (nothing was sent by this one)


def new_holder() -> str:
    """A name for one sender's lease on the queue, unique across processes and computers."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:12]}"


def holder_gone(holder: str) -> bool:
    """Whether the sender ``holder`` names was a process of this computer that has ended (a killed app
    leaves its lease behind). Only known on POSIX; elsewhere a lease just runs out."""
    host, _, rest = holder.partition(":")
    pid = rest.partition(":")[0]
    if os.name != "posix" or host != socket.gethostname() or not pid.isdigit() or int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


def sync(store: ProgressStore, client: LrsClient, batch: int = BATCH,
         on_batch: Callable[[SyncReport], None] | None = None, stop: threading.Event | None = None,
         holder: str | None = None, lease_wait: float = 0.0) -> SyncReport:
    """Send the queued answers, oldest first, until none is left, the LRS cannot be reached or
    refuses us (``report.error``), or ``stop`` is set. Nothing is marked sent before the LRS said so.

    Each batch is read and sent under the outbox's lease (:meth:`ProgressStore.outbox_lease`); while
    another sender holds it, this one waits up to ``lease_wait`` seconds and else ends with
    ``report.busy``."""
    report, holder = SyncReport(), holder or new_holder()
    lease_s, wait = client.deadline + LEASE_MARGIN_S, lease_wait
    try:
        while not (stop and stop.is_set()):
            if not _claim(store, holder, lease_s, wait, stop):
                report.busy = not (stop and stop.is_set())
                break
            wait = 0.0  # a lease lost between batches means another sender has the queue now
            rows = store.outbox_queued(batch)
            if not rows:
                break
            try:
                _send(store, client, rows, report)
            except LrsError as exc:  # unreachable, refused us, or pointed elsewhere: the answers stay queued
                report.error = exc
                break
            if on_batch:
                on_batch(_counted(store, report))
    finally:
        try:
            store.outbox_release(holder)
        except sqlite3.Error:
            pass  # the lease runs out on its own
    return _counted(store, report)


def _claim(store: ProgressStore, holder: str, seconds: float, wait: float, stop: threading.Event | None) -> bool:
    end = time.monotonic() + wait
    while not store.outbox_lease(holder, seconds, holder_gone):
        left = end - time.monotonic()
        if left <= 0 or (stop and stop.is_set()):
            return False
        if stop is not None:
            stop.wait(min(LEASE_POLL_S, left))
        else:
            time.sleep(min(LEASE_POLL_S, left))
    return True


def _counted(store: ProgressStore, report: SyncReport) -> SyncReport:
    counts = store.outbox_counts()
    report.queued, report.total_sent = counts["queued"], counts["sent"]
    return report


def _send(store: ProgressStore, client: LrsClient, rows: list[dict], report: SyncReport) -> None:
    """Send one batch; a rejected batch is halved until the statements the LRS will not take are found.
    When it takes none of a batch's statements even one by one, the fault is the server's or its
    address's, not the answers': an :class:`LrsUnavailable`, and they stay queued."""
    rejected: list[tuple[int, str]] = []
    _send_part(store, client, rows, report, rejected)
    if len(rows) > 1 and len(rejected) == len(rows):
        raise LrsUnavailable(f"the LRS at {client.config.shown} refused every one of {len(rows)} answers, one by one "
                             f"({rejected[0][1]}); is the address right? The answers stay queued")
    for attempt_id, note in rejected:
        store.outbox_mark([attempt_id], "rejected", note)
    report.rejected += len(rejected)


def _send_part(store: ProgressStore, client: LrsClient, rows: list[dict], report: SyncReport,
               rejected: list[tuple[int, str]]) -> None:
    addresses = _addresses(client)
    statements = [results.statement(row, addresses) for row in rows]  # one per answer, as the rows
    ends = [s for row in rows if handed_in_exam(row) and store.last_answer_of(row["session_id"]) == row["id"]
            for s in exam_statements(row, addresses, results.statement(row, addresses)["context"])]
    try:
        stored = client.send(statements + ends)  # an exam's end goes with its last answer, or not at all
    except LrsRejected as exc:
        if len(rows) > 1:
            half = len(rows) // 2
            _send_part(store, client, rows[:half], report, rejected)
            _send_part(store, client, rows[half:], report, rejected)
        elif exc.status == 409 and client.holds(statements[0]):  # a conflict with itself: it is stored
            store.outbox_mark([rows[0]["id"]], "sent")
            report.sent += 1
        else:
            rejected.append((rows[0]["id"], str(exc)))
        return
    # an LRS may leave out ids it already held (Ralph does): those stay queued and go again, alone
    sent = [row["id"] for row, s in zip(rows, statements) if s["id"].lower() in stored]
    store.outbox_mark(sent, "sent")
    report.sent += len(sent)


def _addresses(client: LrsClient) -> XapiAddresses:
    """Where the records point: what the lab's settings file sets (read once per client)."""
    if client.addresses is None:
        from sco_app.core.lab_settings import preferences

        client.addresses = addresses_from(preferences())
    return client.addresses


def backoff(failures: int, rng: random.Random | None = None) -> float:
    """Seconds to wait after ``failures`` failures in a row: doubling up to five minutes, with a little
    jitter so that a room of computers does not knock at the same moment."""
    wait = min(MAX_BACKOFF_S, BACKOFF_S * 2 ** max(0, failures - 1))
    return wait * (rng or random).uniform(0.85, 1.15)


@dataclass(frozen=True)
class SyncStatus:
    """What the background sender is doing: ``state`` is sending, idle, offline, refused, or waiting (for
    another sender to finish with the queue)."""

    state: str
    queued: int = 0
    sent: int = 0
    rejected: int = 0
    message: str = ""
    retry_in: float = 0.0


class BackgroundSender:
    """Sends the outbox on a thread of its own, waiting ``idle_s`` between looks and backing off after
    failures. ``on_status`` is called on that thread with a :class:`SyncStatus`."""

    def __init__(self, db_path: str | Path, config: LrsConfig, on_status: Callable[[SyncStatus], None],
                 idle_s: float = IDLE_S, batch: int = BATCH, timeout: float = TIMEOUT_S) -> None:
        self.client = LrsClient(config, timeout)
        self.db_path, self.on_status, self.idle_s, self.batch = Path(db_path), on_status, idle_s, batch
        self.holder = new_holder()
        self._stop, self._wake = threading.Event(), threading.Event()
        self._thread = threading.Thread(target=self._run, name="lrs-sender", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def is_alive(self) -> bool:
        return self._thread.is_alive()

    def wake(self) -> None:
        """Look at the queue now (an answer was stored, or the student asked to retry)."""
        self._wake.set()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _status(self, state: str, report: SyncReport, message: str = "", retry_in: float = 0.0) -> None:
        if self._stop.is_set():  # whoever listened may be gone
            return
        self.on_status(SyncStatus(state, report.queued, report.total_sent, report.rejected, message, retry_in))

    def _run(self) -> None:
        """Look, send, wait; again until stopped. No error ends the thread: an unexpected one (a locked
        database, a bug) is reported as offline, with its reason, and tried again later."""
        store: ProgressStore | None = None
        failures, last = 0, SyncReport()
        try:
            while not self._stop.is_set():
                self._wake.clear()
                try:
                    if store is None:
                        try:  # never moved aside from here: the window's own opening decides that
                            store = ProgressStore(self.db_path, move_aside=False)
                        except Exception as exc:
                            raise _Unopened(f"cannot open the progress file: {exc}") from exc
                    report = last = _counted(store, SyncReport())
                    if report.queued:
                        self._status("sending", report)
                        report = last = sync(store, self.client, self.batch, stop=self._stop, holder=self.holder,
                                             on_batch=lambda r: self._status("sending", r))
                    if report.busy:
                        wait = LEASE_POLL_S
                        self._status("waiting", report, "another copy of sco-app is sending these answers", wait)
                    elif report.error is None:
                        failures, wait = 0, self.idle_s
                        self._status("idle", report)
                    elif isinstance(report.error, LrsRefused):
                        wait = REFUSED_RETRY_S
                        self._status("refused", report, str(report.error), wait)
                    else:
                        failures += 1
                        wait = backoff(failures)
                        self._status("offline", report, str(report.error), wait)
                except Exception as exc:  # noqa: BLE001 - the sender must outlive any one failure
                    failures += 1
                    wait = backoff(failures)
                    if isinstance(exc, sqlite3.Error) and store is not None:  # open it afresh next time
                        store.close()
                        store = None
                    message = str(exc) if isinstance(exc, _Unopened) else (
                        f"sending stopped on an unexpected error ({exc.__class__.__name__}: {exc})")
                    try:
                        self._status("offline", last, message, wait)
                    except Exception:  # noqa: BLE001 - nobody to tell
                        pass
                self._wake.wait(wait)
        finally:
            if store is not None:
                store.close()


class _Unopened(Exception):
    """The progress file could not be opened (this time)."""


def rows_from_statements(statements: Iterable[dict], pack_id: str, types: dict[str, str] | None = None,
                         theories: dict[str, str] | None = None) -> list[dict]:
    """The answers in a class's statements about one pack, as rows :func:`results.difficulty` takes
    (each statement once, by id; statements about other packs or not from sco-app are left out).
    ``types`` and ``theories`` (question id to type and theory) come from the pack, where it is loaded."""
    prefix = pack_activity(pack_id) + ":question:"
    types, theories = types or {}, theories or {}
    rows, seen = [], set()
    for s in statements:
        try:
            activity = s["object"]["id"]
            if not activity.startswith(prefix) or s["id"] in seen:
                continue
            seen.add(s["id"])
            question = activity[len(prefix):]
            actor, result = s["actor"], s.get("result", {})
            account = actor.get("account", {})
            seconds = re.fullmatch(r"PT([\d.]+)S", result.get("duration", "") or "")
            rows.append({"pack_id": pack_id, "question_id": question, "profile": actor.get("name", ""),
                         "student_id": account.get("name", ""),
                         "type": types.get(question) or s["object"].get("definition", {}).get("interactionType", ""),
                         "theory": theories.get(question, ""), "correct": int(bool(result.get("success"))),
                         "time_ms": round(float(seconds[1]) * 1000) if seconds else 0})
        except (KeyError, TypeError, AttributeError, ValueError):
            continue  # not one of ours: skip it
    return rows
