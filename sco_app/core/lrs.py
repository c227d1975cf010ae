"""Answers to a Learning Record Store (xAPI 1.0.3) and a class's answers back from it.

Every stored answer waits in the progress store's outbox (:meth:`ProgressStore.outbox_queued`).
:func:`sync` sends the queue oldest first in batches, as the statements of :func:`results.statement`,
and marks a batch sent only once the LRS has acknowledged it. A statement's id is derived from its
attempt, so a batch sent again after an unknown outcome (a timeout, a killed app) is stored once.
:class:`BackgroundSender` runs :func:`sync` on its own thread with its own database connection, and
waits longer after each failure. Only the standard library talks to the network, and only to the
configured endpoint (redirects are not followed). The password is never part of a message.
"""

from __future__ import annotations

import base64
import json
import random
import re
import socket
import sqlite3
import threading
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from sco_app.core import results
from sco_app.core.progress import ProgressStore

BATCH = 200
TIMEOUT_S = 20.0
IDLE_S = 10.0  # how often the background sender looks for new answers
BACKOFF_S, MAX_BACKOFF_S, REFUSED_RETRY_S = 2.0, 300.0, 600.0
USER_AGENT = "sco-app"


class LrsError(Exception):
    """Something went wrong talking to the LRS; the message is fit to show (it holds no password)."""


class LrsUnavailable(LrsError):
    """No answer, a time-out or a server error: try again later."""


class LrsRefused(LrsError):
    """The LRS refused the user name or password (HTTP 401 or 403)."""


class LrsRejected(LrsError):
    """The LRS rejected the statements themselves (HTTP 400, 409, 413, ...)."""


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
    """Why ``url`` cannot be an LRS endpoint, or None if it can."""
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "the address must start with http:// or https:// and name a server"
    if parts.username or parts.password:
        return "put the user name and password in their own fields, not in the address"
    return None


def pack_activity(pack_id: str) -> str:
    """The activity every statement about a pack's questions has as its parent."""
    return f"urn:sco-app:pack:{pack_id}"


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # noqa: ARG002 - a redirect is an error here
        return None


class LrsClient:
    """POST statements and GET them back, with Basic authentication."""

    def __init__(self, config: LrsConfig, timeout: float = TIMEOUT_S) -> None:
        problem = endpoint_problem(config.endpoint)
        if problem:
            raise LrsError(f"the LRS address is not usable: {problem}")
        self.config, self.timeout = config, timeout
        token = base64.b64encode(f"{config.username}:{config.password}".encode()).decode("ascii")
        self._headers = {"Authorization": f"Basic {token}", "X-Experience-API-Version": results.XAPI_VERSION,
                         "User-Agent": USER_AGENT}
        self._opener = urllib.request.build_opener(_NoRedirect)
        self._origin = urllib.parse.urlsplit(config.statements_url)[:2]

    def _call(self, method: str, url: str, body: bytes | None = None) -> bytes:
        if urllib.parse.urlsplit(url)[:2] != self._origin:  # only ever the configured server
            raise LrsError(f"the LRS at {self.config.shown} pointed elsewhere; not followed")
        headers = dict(self._headers, **({"Content-Type": "application/json"} if body is not None else {}))
        request = urllib.request.Request(url, data=body, method=method, headers=headers)
        where = self.config.shown
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                return response.read()
        except urllib.error.HTTPError as exc:
            detail = _detail(exc)
            if exc.code in (401, 403):
                raise LrsRefused(f"the LRS at {where} refused the user name or password (HTTP {exc.code})") from None
            if exc.code >= 500 or exc.code in (404, 408, 429) or 300 <= exc.code < 400:
                raise LrsUnavailable(f"the LRS at {where} answered HTTP {exc.code}{detail}") from None
            raise LrsRejected(f"the LRS at {where} rejected the statements (HTTP {exc.code}{detail})") from None
        except (urllib.error.URLError, socket.timeout, TimeoutError, ConnectionError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise LrsUnavailable(f"cannot reach the LRS at {where} ({reason})") from None

    def send(self, statements: list[dict]) -> None:
        """POST ``statements``; returns once the LRS has stored them (or already had them)."""
        self._call("POST", self.config.statements_url, json.dumps(statements, ensure_ascii=False).encode("utf-8"))

    def fetch(self, activity: str, page: int = 500) -> Iterator[dict]:
        """Every statement about ``activity`` or with it in its context, page by page (following ``more``)."""
        query = urllib.parse.urlencode({"activity": activity, "related_activities": "true", "limit": page})
        url, seen = f"{self.config.statements_url}?{query}", set()
        while url and url not in seen:
            seen.add(url)
            try:
                answer = json.loads(self._call("GET", url))
                statements = answer["statements"]
            except (ValueError, KeyError, TypeError):
                raise LrsError(f"the LRS at {self.config.shown} did not answer with xAPI statements") from None
            yield from statements
            more = answer.get("more") or ""
            url = urllib.parse.urljoin(self.config.statements_url, more) if more and statements else ""


def _detail(exc: urllib.error.HTTPError) -> str:
    """The LRS's own short explanation of an error, if it gave one."""
    try:
        text = exc.read(2000).decode("utf-8", "replace")
        text = str(json.loads(text).get("detail", "")) if text.lstrip().startswith("{") else text
    except (OSError, ValueError, AttributeError):
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


def sync(store: ProgressStore, client: LrsClient, batch: int = BATCH,
         on_batch: Callable[[SyncReport], None] | None = None, stop: threading.Event | None = None) -> SyncReport:
    """Send the queued answers, oldest first, until none is left, the LRS cannot be reached or
    refuses us (``report.error``), or ``stop`` is set. Nothing is marked sent before the LRS said so."""
    report = SyncReport()
    while not (stop and stop.is_set()):
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
    return _counted(store, report)


def _counted(store: ProgressStore, report: SyncReport) -> SyncReport:
    counts = store.outbox_counts()
    report.queued, report.total_sent = counts["queued"], counts["sent"]
    return report


def _send(store: ProgressStore, client: LrsClient, rows: list[dict], report: SyncReport) -> None:
    """Send one batch; a rejected batch is halved until the statement the LRS will not take is found."""
    try:
        client.send([results.statement(row) for row in rows])
    except LrsRejected as exc:
        if len(rows) > 1:
            half = len(rows) // 2
            _send(store, client, rows[:half], report)
            _send(store, client, rows[half:], report)
            return
        store.outbox_mark([rows[0]["id"]], "rejected", str(exc))
        report.rejected += 1
        return
    store.outbox_mark([row["id"] for row in rows], "sent")
    report.sent += len(rows)


def backoff(failures: int, rng: random.Random | None = None) -> float:
    """Seconds to wait after ``failures`` failures in a row: doubling up to five minutes, with a little
    jitter so that a room of computers does not knock at the same moment."""
    wait = min(MAX_BACKOFF_S, BACKOFF_S * 2 ** max(0, failures - 1))
    return wait * (rng or random).uniform(0.85, 1.15)


@dataclass(frozen=True)
class SyncStatus:
    """What the background sender is doing: ``state`` is sending, idle, offline or refused."""

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
        self._stop, self._wake = threading.Event(), threading.Event()
        self._thread = threading.Thread(target=self._run, name="lrs-sender", daemon=True)

    def start(self) -> None:
        self._thread.start()

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
        try:
            store = ProgressStore(self.db_path)
        except (OSError, RuntimeError, sqlite3.Error) as exc:
            self._status("offline", SyncReport(), f"cannot open the progress file: {exc}")
            return
        try:
            failures = 0
            while not self._stop.is_set():
                self._wake.clear()
                report = _counted(store, SyncReport())
                if report.queued:
                    self._status("sending", report)
                    report = sync(store, self.client, self.batch, stop=self._stop,
                                  on_batch=lambda r: self._status("sending", r))
                if report.error is None:
                    failures, wait = 0, self.idle_s
                    self._status("idle", report)
                elif isinstance(report.error, LrsRefused):
                    wait = REFUSED_RETRY_S
                    self._status("refused", report, str(report.error), wait)
                else:
                    failures += 1
                    wait = backoff(failures)
                    self._status("offline", report, str(report.error), wait)
                self._wake.wait(wait)
        finally:
            store.close()


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
