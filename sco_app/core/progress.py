"""Student progress in one SQLite file: profiles, sessions, every answer, and the review schedule.

Each answer is committed in its own transaction in WAL mode with full sync, so an answer whose
``record`` returned survives a killed process or a power cut; two running copies of the app share
the file safely (SQLite's locking, with a busy timeout). A file that SQLite cannot read is moved
aside with a time stamp and a fresh one is made; :attr:`ProgressStore.moved_aside` says so. Anything
else that keeps the file from being used (locked, read-only, a full disk, a newer or another program's
file, a folder in its place) raises one of the :mod:`~sco_app.core.store_errors`, which say what to do,
and leaves the file as it is.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from sco_app.core import pins, places, quiz
from sco_app.core.model import Question
from sco_app.core.places import DATA_DIR_VARIABLE  # noqa: F401 - re-exported: the progress file's variable
from sco_app.core.store_errors import (
    StoreDamaged, StoreError, StoreFolderUnusable, StoreIsFolder, StoreMissing, StoreNotOurs, StoreTooNew, store_error,
)

FILE_NAME = "progress.sqlite3"
BUSY_TIMEOUT_S = 15.0

MIGRATIONS = [
    # version 1
    """
    CREATE TABLE profiles (
        id INTEGER PRIMARY KEY, name TEXT NOT NULL, student_id TEXT NOT NULL DEFAULT '', created TEXT NOT NULL,
        UNIQUE (name, student_id));
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY, profile_id INTEGER NOT NULL REFERENCES profiles(id), pack_id TEXT NOT NULL,
        pack_version TEXT NOT NULL, mode TEXT NOT NULL CHECK (mode IN ('practice', 'exam')), seed INTEGER,
        started TEXT NOT NULL, finished TEXT, percent INTEGER);
    CREATE TABLE attempts (
        id INTEGER PRIMARY KEY, session_id INTEGER REFERENCES sessions(id),
        profile_id INTEGER NOT NULL REFERENCES profiles(id), pack_id TEXT NOT NULL, pack_version TEXT NOT NULL,
        question_id TEXT NOT NULL, digest TEXT NOT NULL, type TEXT NOT NULL, theory TEXT, response TEXT NOT NULL,
        correct INTEGER NOT NULL, score REAL NOT NULL, mode TEXT NOT NULL, answered_at TEXT NOT NULL,
        time_ms INTEGER NOT NULL);
    CREATE INDEX attempts_by_profile ON attempts (profile_id, pack_id, question_id);
    CREATE TABLE reviews (
        profile_id INTEGER NOT NULL REFERENCES profiles(id), pack_id TEXT NOT NULL, question_id TEXT NOT NULL,
        digest TEXT NOT NULL, box INTEGER NOT NULL, due TEXT NOT NULL,
        PRIMARY KEY (profile_id, pack_id, question_id));
    """,
    # version 2: the outbox of answers for a Learning Record Store; every answer is queued as it is stored
    """
    CREATE TABLE outbox (
        attempt_id INTEGER PRIMARY KEY REFERENCES attempts(id),
        state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sent', 'rejected')),
        changed TEXT, note TEXT);
    CREATE INDEX outbox_by_state ON outbox (state, attempt_id);
    INSERT INTO outbox (attempt_id) SELECT id FROM attempts;
    CREATE TRIGGER attempts_queued AFTER INSERT ON attempts BEGIN
        INSERT INTO outbox (attempt_id) VALUES (NEW.id);
    END;
    """,
    # version 3: who is sending the outbox, until when (one sender at a time, across processes)
    """
    CREATE TABLE outbox_lease (id INTEGER PRIMARY KEY CHECK (id = 1), holder TEXT NOT NULL, until REAL NOT NULL);
    """,
    # version 4: sessions as journals (sco_app.core.session_store): their state, settings and time used, the
    # questions asked as asked, every event; an exam's unanswered questions are stored as unanswered (answered
    # 0), never as wrong, and are not sent to a Learning Record Store as answers; each question's xAPI
    # interaction definition as it was asked (its prompt, options and right answer), for the statements; a
    # profile's PIN, as a salted hash (sco_app.core.pins)
    """
    ALTER TABLE profiles ADD COLUMN pin_hash TEXT;
    ALTER TABLE sessions ADD COLUMN state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'finished', 'abandoned'));
    UPDATE sessions SET state = CASE WHEN finished IS NULL THEN 'abandoned' ELSE 'finished' END;
    ALTER TABLE sessions ADD COLUMN settings TEXT NOT NULL DEFAULT '{}';
    ALTER TABLE sessions ADD COLUMN registration TEXT;
    ALTER TABLE sessions ADD COLUMN elapsed_ms INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX sessions_open ON sessions (state, mode, pack_id);
    ALTER TABLE attempts ADD COLUMN answered INTEGER NOT NULL DEFAULT 1;
    CREATE TABLE session_questions (
        session_id INTEGER NOT NULL REFERENCES sessions(id), position INTEGER NOT NULL, question_id TEXT NOT NULL,
        digest TEXT NOT NULL, theory TEXT, question TEXT NOT NULL, arrangement TEXT NOT NULL,
        PRIMARY KEY (session_id, position));
    CREATE TABLE session_events (
        id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL REFERENCES sessions(id), at TEXT NOT NULL,
        elapsed_ms INTEGER NOT NULL, action TEXT NOT NULL, position INTEGER, data TEXT,
        attempt_id INTEGER REFERENCES attempts(id));
    CREATE INDEX session_events_by_session ON session_events (session_id, id);
    DROP TRIGGER attempts_queued;
    CREATE TRIGGER attempts_queued AFTER INSERT ON attempts WHEN NEW.answered = 1 BEGIN
        INSERT INTO outbox (attempt_id) VALUES (NEW.id);
    END;
    CREATE TABLE interactions (
        pack_id TEXT NOT NULL, pack_version TEXT NOT NULL, question_id TEXT NOT NULL, digest TEXT NOT NULL,
        definition TEXT NOT NULL, PRIMARY KEY (pack_id, pack_version, question_id, digest));
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)


def default_data_dir() -> Path:
    """Where progress lives: ``$SCO_APP_DATA_DIR`` if set, else the OS user's application-data folder
    (never the install folder); see :mod:`sco_app.core.places`."""
    return places.user_data_dir()


@dataclass(frozen=True)
class Profile:
    id: int
    name: str
    student_id: str = ""


OUTBOX_STATES = ("queued", "sent", "rejected")
_ATTEMPTS = "SELECT a.*, p.name AS profile, p.student_id FROM attempts a JOIN profiles p ON p.id = a.profile_id "
_RECORDS = ("SELECT a.*, p.name AS profile, p.student_id, i.definition, s.registration, s.mode AS session_mode, "
            "s.state AS session_state, s.percent AS session_percent, s.settings AS session_settings, "
            "s.finished AS session_finished FROM attempts a "
            "JOIN profiles p ON p.id = a.profile_id LEFT JOIN sessions s ON s.id = a.session_id "
            "LEFT JOIN interactions i ON i.pack_id = a.pack_id AND i.pack_version = a.pack_version "
            "AND i.question_id = a.question_id AND i.digest = a.digest ")


def _dicts(cursor: sqlite3.Cursor) -> Iterator[dict]:
    names = [c[0] for c in cursor.description]
    for row in cursor:
        yield dict(zip(names, row))


def _statements(script: str) -> Iterator[str]:
    """The SQL statements of a migration, one by one (a trigger's body keeps its own semicolons)."""
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                yield pending
            pending = ""


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds")


def set_aside(path: Path) -> Path:
    """Rename the damaged progress file ``path`` (and its -wal and -shm files) to ``NAME.corrupt-STAMP``,
    beside it, so that nothing is deleted; return its new path."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target, number = path.with_name(f"{path.name}.corrupt-{stamp}"), 1
    while target.exists():  # never over a file set aside before
        number += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{number}")
    path.replace(target)
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            extra.replace(target.with_name(target.name + suffix))
    return target


class ProgressStore:
    """``move_aside=False`` is for every opening but the app's own first one (the background sender,
    ``results sync``): an error then is raised and the file is left where it is, since it may be only
    passing (another copy holding a lock) rather than a damaged file."""

    def __init__(self, path: str | Path, move_aside: bool = True) -> None:
        self.path = Path(path)
        self.moved_aside: Path | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = self._connect()
        except (sqlite3.Error, OSError) as exc:
            error = store_error(exc, self.path)
            # only a damaged file is moved aside: locked, read-only or another's, the file may be fine
            if not (move_aside and isinstance(error, StoreDamaged)):
                raise error from (None if error is exc else exc)
            try:
                self.moved_aside = self._move_aside()
                self.db = self._connect()
            except (sqlite3.Error, OSError) as again:
                raise store_error(again, self.path) from again

    @classmethod
    def in_folder(cls, folder: str | Path | None = None, move_aside: bool = True) -> ProgressStore:
        return cls(Path(folder or default_data_dir()) / FILE_NAME, move_aside)

    @classmethod
    def existing(cls, path: str | Path | None = None) -> ProgressStore:
        """The progress file at ``path`` (by default this user's), opened only if it is there: nothing is
        created or moved aside, and every reason it cannot be used is a :class:`StoreError`."""
        path = Path(path) if path else default_data_dir() / FILE_NAME
        if not path.exists():
            if path.parent.exists() and not path.parent.is_dir():
                raise StoreFolderUnusable(path, f"{path.parent} is a file, not a folder")
            raise StoreMissing(path)
        if path.is_dir():
            raise StoreIsFolder(path)
        return cls(path, move_aside=False)

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
        try:
            self._refuse_unknown(db)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            db.execute("PRAGMA foreign_keys=ON")
            if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise StoreDamaged(self.path, "SQLite's check of the file failed")
            self._migrate(db)
        except BaseException:
            db.close()
            raise
        return db

    def _refuse_unknown(self, db: sqlite3.Connection) -> None:
        """Raise :class:`StoreNotOurs` for another program's database and :class:`StoreTooNew` for a newer
        sco-app's file, before anything in it is changed: a new progress file holds no tables, and one of
        ours has a schema version."""
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreTooNew(self.path, f"its format is {version}; this sco-app reads up to {SCHEMA_VERSION}")
        if version == 0 and db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]:
            raise StoreNotOurs(self.path)

    def _migrate(self, db: sqlite3.Connection) -> None:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        for number in range(version, SCHEMA_VERSION):
            db.execute("BEGIN IMMEDIATE")
            try:
                if db.execute("PRAGMA user_version").fetchone()[0] == number:  # another copy may have done it
                    for statement in _statements(MIGRATIONS[number]):
                        db.execute(statement)
                    db.execute(f"PRAGMA user_version = {number + 1}")
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise

    def _move_aside(self) -> Path:
        return set_aside(self.path)

    def close(self) -> None:
        self.db.close()

    def explain(self, exc: BaseException) -> StoreError:
        """What an error raised while reading or writing this store means, as a :class:`StoreError`."""
        return store_error(exc, self.path)

    # -- profiles and sessions -----------------------------------------------------------------------

    def profiles(self) -> list[Profile]:
        rows = self.db.execute("SELECT id, name, student_id FROM profiles ORDER BY name COLLATE NOCASE, student_id")
        return [Profile(*row) for row in rows]

    def create_profile(self, name: str, student_id: str = "") -> Profile:
        name, student_id = name.strip(), student_id.strip()
        if not name:
            raise ValueError("a profile needs a name")
        with self._write() as db:
            db.execute("INSERT OR IGNORE INTO profiles (name, student_id, created) VALUES (?, ?, ?)",
                       (name, student_id, _now()))
            row = db.execute("SELECT id FROM profiles WHERE name = ? AND student_id = ?", (name, student_id)).fetchone()
        return Profile(row[0], name, student_id)

    def set_pin(self, profile: Profile, pin: str | None) -> None:
        """Give ``profile`` a PIN (kept as a salted hash only), or take it away with None."""
        stored = None if pin is None else pins.hash_pin(pin)
        with self._write() as db:
            db.execute("UPDATE profiles SET pin_hash = ? WHERE id = ?", (stored, profile.id))

    def has_pin(self, profile: Profile) -> bool:
        row = self.db.execute("SELECT pin_hash FROM profiles WHERE id = ?", (profile.id,)).fetchone()
        return bool(row and row[0])

    def check_pin(self, profile: Profile, pin: str) -> bool:
        """Whether ``pin`` opens ``profile``: True for a profile with no PIN, else only for its own PIN."""
        row = self.db.execute("SELECT pin_hash FROM profiles WHERE id = ?", (profile.id,)).fetchone()
        if row is None:
            return False
        return row[0] is None or pins.pin_matches(row[0], pin)

    def start_session(self, profile: Profile, pack_id: str, pack_version: str, mode: str, seed: int | None = None) -> int:
        with self._write() as db:
            cursor = db.execute(
                "INSERT INTO sessions (profile_id, pack_id, pack_version, mode, seed, started) VALUES (?, ?, ?, ?, ?, ?)",
                (profile.id, pack_id, pack_version, mode, seed, _now()))
        return cursor.lastrowid

    def finish_session(self, session_id: int, percent: int | None = None) -> None:
        with self._write() as db:
            db.execute("UPDATE sessions SET finished = ?, percent = ? WHERE id = ?", (_now(), percent, session_id))

    # -- answers -----------------------------------------------------------------------------------

    def record(self, profile: Profile, pack_id: str, pack_version: str, question: Question, response,
               grade: quiz.Grade, mode: str, time_ms: int, session_id: int | None = None,
               theory: str | None = None, now: dt.datetime | None = None, definition: dict | None = None) -> int:
        """Store one answer (and, in practice, its next review) in one transaction; return its id.
        ``definition``: the question's xAPI interaction definition (``results.interaction_definition``)."""
        with self._write() as db:
            if definition is not None:
                self.insert_definition(db, pack_id, pack_version, question, definition)
            return self.insert_attempt(db, profile, pack_id, pack_version, question, response, grade, mode, time_ms,
                                       session_id, theory, now)

    def record_unanswered(self, profile: Profile, pack_id: str, pack_version: str, question: Question, mode: str,
                          session_id: int | None = None, theory: str | None = None) -> int:
        """Store that a question was asked and left unanswered (an exam's): never a wrong answer."""
        with self._write() as db:
            return self.insert_attempt(db, profile, pack_id, pack_version, question, None, quiz.unanswered(question),
                                       mode, 0, session_id, theory)

    def insert_attempt(self, db: sqlite3.Connection, profile: Profile, pack_id: str, pack_version: str,
                       question: Question, response, grade: quiz.Grade, mode: str, time_ms: int,
                       session_id: int | None = None, theory: str | None = None, now: dt.datetime | None = None) -> int:
        """:meth:`record`'s insert, inside a transaction the caller holds (:meth:`transaction`). A grade
        whose verdict is unanswered is stored as unanswered (``answered`` 0) and leaves reviews alone."""
        now = now or dt.datetime.now(dt.timezone.utc)
        digest = quiz.digest(question)
        answered = grade.verdict is not quiz.Verdict.UNANSWERED
        response_text = json.dumps(quiz.encode_response(question, response) if answered else None, ensure_ascii=False)
        cursor = db.execute(
            "INSERT INTO attempts (session_id, profile_id, pack_id, pack_version, question_id, digest, type, theory, "
            "response, correct, score, mode, answered_at, time_ms, answered) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (session_id, profile.id, pack_id, pack_version, question.id, digest, question.type.value, theory,
             response_text, int(grade.correct), grade.score, mode, now.isoformat(timespec="milliseconds"), time_ms,
             int(answered)))
        if mode == "practice" and answered:
            row = db.execute("SELECT box, digest FROM reviews WHERE profile_id = ? AND pack_id = ? AND question_id = ?",
                             (profile.id, pack_id, question.id)).fetchone()
            box = row[0] if row and row[1] == digest else 1  # a new (or changed) question starts in box 1
            box, due = quiz.review(box, grade.correct, now)
            db.execute("INSERT OR REPLACE INTO reviews VALUES (?, ?, ?, ?, ?, ?)",
                       (profile.id, pack_id, question.id, digest, box, due.isoformat(timespec="seconds")))
        return cursor.lastrowid

    @staticmethod
    def insert_definition(db: sqlite3.Connection, pack_id: str, pack_version: str, question: Question,
                          definition: dict) -> None:
        """Keep a question's xAPI interaction definition (once per pack version and question content)."""
        db.execute("INSERT OR IGNORE INTO interactions VALUES (?, ?, ?, ?, ?)",
                   (pack_id, pack_version, question.id, quiz.digest(question), json.dumps(definition, ensure_ascii=False)))

    def schedule(self, profile: Profile, pack_id: str, questions: list[Question]) -> dict[str, tuple[int, dt.datetime]]:
        """The review box and due time of each question whose content has not changed since."""
        digests = {q.id: quiz.digest(q) for q in questions}
        rows = self.db.execute("SELECT question_id, digest, box, due FROM reviews WHERE profile_id = ? AND pack_id = ?",
                               (profile.id, pack_id))
        return {qid: (box, dt.datetime.fromisoformat(due)) for qid, digest, box, due in rows
                if digests.get(qid) == digest}

    def attempts(self, profile: Profile | None = None, pack_id: str | None = None, records: bool = False) -> Iterator[dict]:
        """Every stored answer (of one profile or pack), oldest first, with its profile's name and id; with
        ``records``, also its question's xAPI ``definition`` and its session's ``registration`` (for statements)."""
        sql = ((_RECORDS if records else _ATTEMPTS)
               + "WHERE (? IS NULL OR a.profile_id = ?) AND (? IS NULL OR a.pack_id = ?) ORDER BY a.id")
        pid = profile.id if profile else None
        yield from _dicts(self.db.execute(sql, (pid, pid, pack_id, pack_id)))

    # -- the outbox for a Learning Record Store ----------------------------------------------------------

    def outbox_counts(self) -> dict[str, int]:
        """How many answers are queued, sent and rejected (by the LRS, as malformed or conflicting)."""
        counts = dict.fromkeys(OUTBOX_STATES, 0)
        counts.update(self.db.execute("SELECT state, COUNT(*) FROM outbox GROUP BY state"))
        return counts

    def outbox_queued(self, limit: int) -> list[dict]:
        """The oldest ``limit`` queued answers, as :meth:`attempts` gives them."""
        sql = _RECORDS + "JOIN outbox o ON o.attempt_id = a.id WHERE o.state = 'queued' ORDER BY o.attempt_id LIMIT ?"
        return list(_dicts(self.db.execute(sql, (limit,))))

    def last_answer_of(self, session_id: int) -> int | None:
        """The id of the last answered question of the session (where its end's statements go)."""
        return self.db.execute("SELECT MAX(id) FROM attempts WHERE session_id = ? AND answered = 1",
                               (session_id,)).fetchone()[0]

    def outbox_mark(self, attempt_ids: list[int], state: str, note: str | None = None) -> None:
        """Mark answers sent (the LRS acknowledged them) or rejected, in one transaction."""
        if state not in OUTBOX_STATES:
            raise ValueError(f"unknown outbox state {state!r}")
        with self._write() as db:
            db.executemany("UPDATE outbox SET state = ?, changed = ?, note = ? WHERE attempt_id = ?",
                           [(state, _now(), note, attempt_id) for attempt_id in attempt_ids])

    def outbox_requeue_rejected(self) -> int:
        """Put every answer the LRS rejected back in the queue (after the LRS was fixed); return how many."""
        with self._write() as db:
            return db.execute("UPDATE outbox SET state = 'queued', changed = ?, note = NULL WHERE state = 'rejected'",
                              (_now(),)).rowcount

    def outbox_lease(self, holder: str, seconds: float, gone: Callable[[str], bool] | None = None) -> bool:
        """Claim (or renew) the right to send the outbox for ``seconds``, for ``holder``; False while another
        holder's claim has not run out (and ``gone`` does not say that holder has ended). Only the holder
        of the lease reads and marks the queue, so two senders (two windows, the app and ``results sync``)
        never send the same answers at once."""
        with self._write() as db:
            now = time.time()
            row = db.execute("SELECT holder, until FROM outbox_lease WHERE id = 1").fetchone()
            if row is not None and row[0] != holder and row[1] > now and not (gone and gone(row[0])):
                return False
            db.execute("INSERT OR REPLACE INTO outbox_lease (id, holder, until) VALUES (1, ?, ?)", (holder, now + seconds))
        return True

    def outbox_release(self, holder: str) -> None:
        """Give up ``holder``'s lease (if it still has it), so that another sender may start at once."""
        with self._write() as db:
            db.execute("DELETE FROM outbox_lease WHERE id = 1 AND holder = ?", (holder,))

    def transaction(self) -> _Transaction:
        """``with store.transaction() as db:`` one write transaction (BEGIN IMMEDIATE ... COMMIT)."""
        return _Transaction(self.db, self.path)

    _write = transaction


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any error: one answer is one transaction. An SQLite
    error (a full disk, a read-only or locked file) comes out as the :class:`StoreError` it means."""

    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self.db, self.path = db, path

    def __enter__(self) -> sqlite3.Connection:
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise store_error(exc, self.path) from exc
        return self.db

    def __exit__(self, kind, value, traceback) -> None:
        try:
            self.db.execute("COMMIT" if kind is None else "ROLLBACK")
        except sqlite3.Error as exc:
            if kind is None:  # the answer is not stored: say why
                if self.db.in_transaction:
                    try:
                        self.db.execute("ROLLBACK")
                    except sqlite3.Error:
                        pass
                raise store_error(exc, self.path) from exc
        if kind is not None and issubclass(kind, sqlite3.Error) and not isinstance(value, StoreError):
            raise store_error(value, self.path) from value
