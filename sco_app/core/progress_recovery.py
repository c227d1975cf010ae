"""Recover a damaged progress file: every row SQLite can still read, copied into a new progress file.

A progress file whose check fails is often still readable almost everywhere: a damaged index, or a few
damaged pages of one table, leave the other rows intact. :func:`salvage` reads each table of the damaged
file in rowid order, and where a read fails it steps over the unreadable rows one by one, so that every
row that can be read is copied. The damaged file is only read, never changed. ``sco-app results recover``
uses it, and then puts the new file in the damaged one's place (the damaged one is kept beside it).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from sco_app.core.progress import SCHEMA_VERSION, ProgressStore
from sco_app.core.store_errors import StoreDamaged, StoreNotOurs, StoreTooNew, store_error

NOT_DATA = ("outbox_lease",)  # who was sending the outbox: not worth keeping
MAX_GAP = 100_000  # rows probed one by one past a damaged part, when the table's last rowid cannot be read


@dataclass
class Recovery:
    """What :func:`salvage` copied: rows per table, and how many rows it could not read (where known)."""

    source: Path
    target: Path
    copied: dict[str, int] = field(default_factory=dict)
    unreadable: int = 0


def salvage(damaged: str | Path, target: str | Path) -> Recovery:
    """Copy every readable row of the progress file ``damaged`` into a new progress file at ``target``
    (which must not exist yet). Raises :class:`StoreDamaged` when not even the file's header can be read,
    and :class:`StoreTooNew` or :class:`StoreNotOurs` for a file that is not this version's to read."""
    damaged, target = Path(damaged), Path(target)
    if target.exists():
        raise FileExistsError(f"{target} exists already")
    try:
        source = sqlite3.connect(f"{damaged.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    except sqlite3.Error as exc:
        raise store_error(exc, damaged) from exc
    try:
        version = _version(source, damaged)
        recovery = Recovery(damaged, target)
        store = ProgressStore(target, move_aside=False)
        try:
            store.db.execute("PRAGMA foreign_keys=OFF")  # an answer is kept even if its profile's row is lost
            store.db.execute("BEGIN IMMEDIATE")
            for table in _tables(store.db):  # in the order they were made, so a row's references come first
                recovery.copied[table] = _copy(source, store.db, table, recovery) if version else 0
            if version < 4:  # sessions from before their journals: none can be resumed (as migration 4 says)
                store.db.execute("UPDATE sessions SET state = CASE WHEN finished IS NULL THEN 'abandoned' "
                                 "ELSE 'finished' END")
            store.db.execute("COMMIT")
        except BaseException:
            if store.db.in_transaction:
                store.db.execute("ROLLBACK")
            store.close()
            target.unlink(missing_ok=True)
            raise
        store.close()
    finally:
        source.close()
    return recovery


def _version(source: sqlite3.Connection, path: Path) -> int:
    try:
        version = source.execute("PRAGMA user_version").fetchone()[0]
        tables = source.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise StoreDamaged(path, f"not even its header can be read: {exc}") from exc
    if version > SCHEMA_VERSION:
        raise StoreTooNew(path, f"its format is {version}; this sco-app reads up to {SCHEMA_VERSION}")
    if version == 0 and tables:
        raise StoreNotOurs(path)
    return version


def _tables(db: sqlite3.Connection) -> list[str]:
    rows = db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid")
    return [name for (name,) in rows if name not in NOT_DATA]


def _columns(db: sqlite3.Connection, table: str) -> list[str]:
    try:
        return [row[1] for row in db.execute(f"PRAGMA table_info({table})")]
    except sqlite3.DatabaseError:
        return []


def _copy(source: sqlite3.Connection, target: sqlite3.Connection, table: str, recovery: Recovery) -> int:
    """Copy the readable rows of ``table`` (the columns both files have); return how many."""
    have = set(_columns(source, table))
    columns = [c for c in _columns(target, table) if c in have]
    if not columns:
        return 0
    names = ", ".join(columns)
    insert = f"INSERT OR REPLACE INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))})"
    count, batch = 0, []
    for row in _readable_rows(source, table, names, recovery):
        batch.append(row)
        if len(batch) == 1000:
            target.executemany(insert, batch)
            count, batch = count + len(batch), []
    target.executemany(insert, batch)
    return count + len(batch)


def _readable_rows(db: sqlite3.Connection, table: str, names: str, recovery: Recovery) -> Iterator[tuple]:
    """The rows of ``table`` in rowid order, stepping over those that cannot be read."""
    try:
        last_rowid = db.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0]
    except sqlite3.DatabaseError:
        last_rowid = None
    scan = f"SELECT rowid, {names} FROM {table} NOT INDEXED WHERE rowid > ? ORDER BY rowid"
    probe = f"SELECT rowid, {names} FROM {table} NOT INDEXED WHERE rowid = ?"
    after = -(2 ** 63)
    while True:
        try:
            for row in db.execute(scan, (after,)):
                after = row[0]
                yield row[1:]
            return
        except sqlite3.DatabaseError:
            pass
        # a damaged part: step over it one row at a time, until a row can be read again
        limit = last_rowid if last_rowid is not None else after + MAX_GAP
        for rowid in range(max(after, 0) + 1, limit + 1):
            try:
                row = db.execute(probe, (rowid,)).fetchone()
            except sqlite3.DatabaseError:
                recovery.unreadable += 1
                continue
            if row is not None:
                after = rowid
                yield row[1:]
                break
        else:
            return
