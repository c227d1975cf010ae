"""Quiz sessions in the progress store, kept as journals: every event is written as it happens.

A session's row holds who, which pack, the mode, the seed, the settings and its state (open, finished,
abandoned); ``session_questions`` holds each question as it was asked, with the order its options or
events were shown in; ``session_events`` every action in order, with the time used so far. An answer
(a check) is stored together with its event in one transaction, so after a crash or a power cut the
journal and the answers agree, and replaying the events gives back the session as it was left
(:class:`sco_app.core.quiz_session.QuizSession` does).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from typing import Any

from sco_app.core import quiz
from sco_app.core.exam_settings import settings_from_data, time_left
from sco_app.core.model import Question
from sco_app.core.progress import Profile, ProgressStore
from sco_app.core.question_codec import question_from_data, question_to_data

OPEN, FINISHED, ABANDONED = "open", "finished", "abandoned"


@dataclass(frozen=True)
class StoredSlot:
    """A question of a session, as asked: its place, the ids of what it lists as shown, its theory."""

    position: int
    question: Question
    arrangement: tuple[str, ...]
    theory: str | None


@dataclass(frozen=True)
class StoredEvent:
    action: str
    position: int | None
    data: Any
    elapsed_ms: int
    attempt_id: int | None


@dataclass(frozen=True)
class StoredSession:
    """A session's row, its questions and its events, oldest first."""

    id: int
    profile: Profile
    pack_id: str
    pack_version: str
    mode: str
    seed: int | None
    settings: dict
    started: dt.datetime
    state: str
    elapsed_ms: int
    registration: str | None
    slots: tuple[StoredSlot, ...]
    events: tuple[StoredEvent, ...]


@dataclass(frozen=True)
class OpenSession:
    """A session not yet finished or abandoned, as a list of them shows it."""

    id: int
    profile: Profile
    pack_id: str
    pack_version: str
    mode: str
    started: dt.datetime
    settings: dict
    elapsed_ms: int
    questions: int
    answered: int


def _stamp(now: dt.datetime) -> str:
    return now.isoformat(timespec="milliseconds")


class SessionStore:
    """The session journals of one :class:`ProgressStore` (on its connection)."""

    def __init__(self, store: ProgressStore) -> None:
        self.store = store

    def create(self, profile: Profile, pack_id: str, pack_version: str, mode: str, seed: int | None, settings: dict,
               slots: list[StoredSlot], now: dt.datetime, definitions: list[dict] = ()) -> int:
        """A new open session with its questions (an exam's, all at once; a practice's come one by one) and
        their xAPI interaction definitions (``definitions``, one per slot)."""
        with self.store.transaction() as db:
            cursor = db.execute(
                "INSERT INTO sessions (profile_id, pack_id, pack_version, mode, seed, started, state, settings, "
                "registration) VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?)",
                (profile.id, pack_id, pack_version, mode, seed, _stamp(now), json.dumps(settings), str(uuid.uuid4())))
            session_id = cursor.lastrowid
            for slot in slots:
                self._insert_slot(db, session_id, slot)
            for slot, definition in zip(slots, definitions):
                self.store.insert_definition(db, pack_id, pack_version, slot.question, definition)
        return session_id

    @staticmethod
    def _insert_slot(db, session_id: int, slot: StoredSlot) -> None:
        db.execute("INSERT INTO session_questions VALUES (?, ?, ?, ?, ?, ?, ?)",
                   (session_id, slot.position, slot.question.id, quiz.digest(slot.question), slot.theory,
                    json.dumps(question_to_data(slot.question), ensure_ascii=False), json.dumps(slot.arrangement)))

    @staticmethod
    def _insert_event(db, session_id: int, action: str, elapsed_ms: int, now: dt.datetime, position: int | None,
                      data: Any, attempt_id: int | None = None) -> None:
        db.execute("INSERT INTO session_events (session_id, at, elapsed_ms, action, position, data, attempt_id) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?)",
                   (session_id, _stamp(now), elapsed_ms, action, position,
                    None if data is None else json.dumps(data, ensure_ascii=False), attempt_id))
        db.execute("UPDATE sessions SET elapsed_ms = ? WHERE id = ?", (elapsed_ms, session_id))

    def log(self, session: StoredSession | Any, action: str, elapsed_ms: int, now: dt.datetime,
            position: int | None = None, data: Any = None, new_slot: StoredSlot | None = None,
            definition: dict | None = None) -> None:
        """One event (with the question it brings in, and its interaction definition, for a practice's next
        question) in one transaction."""
        with self.store.transaction() as db:
            if new_slot is not None:
                self._insert_slot(db, session.id, new_slot)
            if definition is not None:
                self.store.insert_definition(db, session.pack_id, session.pack_version, new_slot.question, definition)
            self._insert_event(db, session.id, action, elapsed_ms, now, position, data)

    def save_time(self, session_id: int, elapsed_ms: int) -> None:
        with self.store.transaction() as db:
            db.execute("UPDATE sessions SET elapsed_ms = ? WHERE id = ?", (elapsed_ms, session_id))

    def commit(self, session: StoredSession | Any, slot: StoredSlot, response, grade: quiz.Grade, time_ms: int,
               elapsed_ms: int, now: dt.datetime, data: Any) -> int:
        """An answer checked: the attempt (and, in practice, its review) and the event with the response as
        ``data`` stores it, in one transaction."""
        with self.store.transaction() as db:
            attempt = self.store.insert_attempt(db, session.profile, session.pack_id, session.pack_version,
                                                slot.question, response, grade, session.mode, time_ms, session.id,
                                                slot.theory, now)
            self._insert_event(db, session.id, "check", elapsed_ms, now, slot.position, data, attempt)
        return attempt

    def close(self, session: StoredSession | Any, state: str, elapsed_ms: int, now: dt.datetime,
              percent: int | None = None, unanswered: tuple[StoredSlot, ...] = ()) -> None:
        """Finish or abandon a session; a finished exam's unanswered questions are stored as unanswered."""
        with self.store.transaction() as db:
            for slot in unanswered:
                self.store.insert_attempt(db, session.profile, session.pack_id, session.pack_version, slot.question,
                                          None, quiz.unanswered(slot.question), session.mode, 0, session.id,
                                          slot.theory, now)
            self._insert_event(db, session.id, "finish" if state == FINISHED else "abandon", elapsed_ms, now, None, None)
            db.execute("UPDATE sessions SET state = ?, finished = ?, percent = ? WHERE id = ?",
                       (state, _stamp(now), percent, session.id))

    def load(self, session_id: int) -> StoredSession:
        db = self.store.db
        row = db.execute("SELECT s.id, s.profile_id, p.name, p.student_id, s.pack_id, s.pack_version, s.mode, s.seed, "
                         "s.settings, s.started, s.state, s.elapsed_ms, s.registration FROM sessions s "
                         "JOIN profiles p ON p.id = s.profile_id WHERE s.id = ?", (session_id,)).fetchone()
        if row is None:
            raise KeyError(f"no session {session_id}")
        slots = tuple(StoredSlot(position, question_from_data(json.loads(question)), tuple(json.loads(arrangement)),
                                 theory)
                      for position, question, arrangement, theory in db.execute(
                          "SELECT position, question, arrangement, theory FROM session_questions WHERE session_id = ? "
                          "ORDER BY position", (session_id,)))
        events = tuple(StoredEvent(action, position, None if data is None else json.loads(data), elapsed, attempt)
                       for action, position, data, elapsed, attempt in db.execute(
                           "SELECT action, position, data, elapsed_ms, attempt_id FROM session_events "
                           "WHERE session_id = ? ORDER BY id", (session_id,)))
        return StoredSession(row[0], Profile(row[1], row[2], row[3]), row[4], row[5], row[6], row[7], json.loads(row[8]),
                             dt.datetime.fromisoformat(row[9]), row[10], row[11], row[12], slots, events)

    def open_sessions(self, mode: str | None = None, profile: Profile | None = None,
                      pack_id: str | None = None) -> list[OpenSession]:
        """Sessions neither finished nor abandoned (left by a close, a crash or a power cut), newest first."""
        pid = profile.id if profile else None
        rows = self.store.db.execute(
            "SELECT s.id, s.profile_id, p.name, p.student_id, s.pack_id, s.pack_version, s.mode, s.started, s.settings, "
            "s.elapsed_ms, (SELECT COUNT(*) FROM session_questions q WHERE q.session_id = s.id), "
            "(SELECT COUNT(*) FROM attempts a WHERE a.session_id = s.id AND a.answered = 1) "
            "FROM sessions s JOIN profiles p ON p.id = s.profile_id WHERE s.state = 'open' "
            "AND (? IS NULL OR s.mode = ?) AND (? IS NULL OR s.profile_id = ?) AND (? IS NULL OR s.pack_id = ?) "
            "ORDER BY s.id DESC", (mode, mode, pid, pid, pack_id, pack_id))
        return [OpenSession(r[0], Profile(r[1], r[2], r[3]), r[4], r[5], r[6], dt.datetime.fromisoformat(r[7]),
                            json.loads(r[8]), r[9], r[10], r[11]) for r in rows]


def unfinished_exams(store: ProgressStore, profile: Profile | None = None, pack_id: str | None = None) -> list[OpenSession]:
    """Exams left open (by a close, a crash or a power cut), which a quiz session can resume, newest first."""
    return SessionStore(store).open_sessions("exam", profile, pack_id)


def exam_running(store: ProgressStore, pack_id: str, now: dt.datetime | None = None) -> bool:
    """Whether an exam on ``pack_id`` is under way in ``store``: open, with time left (one with no time limit
    runs until it is handed in or given up). The live reload of a pack waits while one is."""
    now = now or dt.datetime.now(dt.timezone.utc)
    for session in unfinished_exams(store, pack_id=pack_id):
        left = time_left(settings_from_data(session.settings), session.started, session.elapsed_ms, now)
        if left is None or left > dt.timedelta(0):
            return True
    return False
