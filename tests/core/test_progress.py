"""The progress store keeps every answer, survives a corrupt file and migrates its schema."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3

import pytest

from sco_app.core import progress, quiz
from sco_app.core.packs import load_pack
from sco_app.core.resources import lessons_dir
from sco_app.core.store_errors import (
    StoreDamaged, StoreDiskFull, StoreError, StoreFolderUnusable, StoreIsFolder, StoreLocked, StoreNotOurs,
    StoreReadOnly, StoreTooNew,
)


@pytest.fixture(scope="module")
def pack():
    return load_pack(lessons_dir() / "template")


@pytest.fixture
def store(tmp_path):
    s = progress.ProgressStore(tmp_path / progress.FILE_NAME)
    yield s
    s.close()


def _answer(store, pack, profile, question_id, response, mode="practice", now=None):
    question = next(q for q in quiz.questions_of(pack) if q.id == question_id)
    grade = quiz.grade(question, response)
    return store.record(profile, pack.id, pack.version, question, response, grade, mode, 1200, now=now), grade


def test_answers_are_kept_with_their_profile(store, pack):
    """An answer is stored with profile, pack, question, response, result, mode and time taken."""
    ana = store.create_profile("Ana", "2301")
    _answer(store, pack, ana, "q-founding-theory", {"balance-of-threat"})
    [row] = list(store.attempts(ana))
    assert (row["profile"], row["student_id"], row["pack_id"], row["question_id"]) == ("Ana", "2301", "starter-pack", "q-founding-theory")
    assert (row["correct"], row["mode"], row["time_ms"], row["response"]) == (1, "practice", 1200, '["balance-of-threat"]')


def test_profiles_are_unique_by_name_and_id(store):
    """Creating the same profile twice gives the same profile; names sort case-blind."""
    a = store.create_profile("budi")
    assert store.create_profile("budi ") == a
    store.create_profile("Ana")
    assert [p.name for p in store.profiles()] == ["Ana", "budi"]
    with pytest.raises(ValueError):
        store.create_profile("  ")


def test_practice_schedules_reviews(store, pack):
    """A right answer schedules the question a day later; a wrong one makes it due at once."""
    ana = store.create_profile("Ana")
    now = dt.datetime(2026, 1, 5, 10, 0, tzinfo=dt.timezone.utc)
    _answer(store, pack, ana, "q-founding-theory", {"balance-of-threat"}, now=now)
    _answer(store, pack, ana, "q-first-agreement", {"b"}, now=now)
    schedule = store.schedule(ana, pack.id, list(pack.questions))
    assert schedule["q-founding-theory"] == (2, now + dt.timedelta(days=1))
    assert schedule["q-first-agreement"] == (1, now)
    assert quiz.due_count(["q-founding-theory", "q-first-agreement"], schedule, now) == 1


def test_exam_answers_do_not_touch_reviews(store, pack):
    """Exam answers are stored but leave the practice schedule alone."""
    ana = store.create_profile("Ana")
    _answer(store, pack, ana, "q-founding-theory", {"balance-of-threat"}, mode="exam")
    assert store.schedule(ana, pack.id, list(pack.questions)) == {}


def test_changed_question_loses_its_schedule_only(store, pack):
    """After a pack update that changes a question, its review restarts; unchanged ones keep theirs."""
    import dataclasses

    ana = store.create_profile("Ana")
    _answer(store, pack, ana, "q-founding-theory", {"balance-of-threat"})
    _answer(store, pack, ana, "q-first-agreement", {"a"})
    changed = [dataclasses.replace(q, answer=("b",)) if q.id == "q-first-agreement" else q for q in pack.questions]
    assert set(store.schedule(ana, pack.id, changed)) == {"q-founding-theory"}


def test_corrupt_file_is_moved_aside(tmp_path):
    """A file SQLite cannot read is renamed with a time stamp and a fresh store is made."""
    path = tmp_path / progress.FILE_NAME
    path.write_bytes(b"this is not a database" * 100)
    store = progress.ProgressStore(path)
    assert store.moved_aside is not None and store.moved_aside.exists()
    assert store.moved_aside.name.startswith(progress.FILE_NAME + ".corrupt-")
    assert store.moved_aside.read_bytes().startswith(b"this is not a database")
    assert store.profiles() == []
    store.close()


def test_schema_is_versioned(tmp_path):
    """A new file is at the current schema version; a newer one than the app knows is refused."""
    path = tmp_path / progress.FILE_NAME
    progress.ProgressStore(path).close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == progress.SCHEMA_VERSION
    db.execute(f"PRAGMA user_version = {progress.SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    with pytest.raises(StoreTooNew, match="newer sco-app") as raised:
        progress.ProgressStore(path)
    assert isinstance(raised.value, RuntimeError)


def test_two_stores_share_one_file(tmp_path, pack):
    """Two open copies (two running apps) both write and both see every answer."""
    path = tmp_path / progress.FILE_NAME
    first, second = progress.ProgressStore(path), progress.ProgressStore(path)
    ana = first.create_profile("Ana")
    _answer(first, pack, ana, "q-founding-theory", {"balance-of-threat"})
    _answer(second, pack, second.create_profile("Ana"), "q-find-india", "IND")
    assert len(list(first.attempts())) == len(list(second.attempts())) == 2
    first.close()
    second.close()


def test_data_dir_follows_the_environment(monkeypatch, tmp_path):
    """SCO_APP_DATA_DIR moves the progress file (labs with redirected user data, tests)."""
    monkeypatch.setenv(progress.DATA_DIR_VARIABLE, str(tmp_path / "lab"))
    store = progress.ProgressStore.in_folder()
    assert store.path == tmp_path / "lab" / progress.FILE_NAME and store.path.exists()
    store.close()


def test_a_locked_file_is_never_moved_aside(tmp_path, monkeypatch):
    """A progress file that another program holds locked raises StoreLocked, and stays where it is, untouched."""
    import sqlite3

    monkeypatch.setattr(progress, "BUSY_TIMEOUT_S", 0.2)
    path = tmp_path / progress.FILE_NAME
    first = progress.ProgressStore(path)
    first.create_profile("Ana")
    first.close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")  # held until it closes, readers too
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE profiles SET name = name")
    try:
        with pytest.raises(StoreLocked, match="in use by another program") as raised:
            progress.ProgressStore(path)
        assert isinstance(raised.value, sqlite3.OperationalError)  # what callers caught before
        assert path.exists() and not list(tmp_path.glob(progress.FILE_NAME + ".corrupt-*"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    store = progress.ProgressStore(path)  # once the lock is gone it opens, with every profile kept
    assert [p.name for p in store.profiles()] == ["Ana"]
    store.close()


def test_every_kind_of_store_error_says_what_happened_and_what_to_do():
    """Each StoreError names the file in one line, says what to do, and is the kind of error it replaces."""
    assert len(StoreError.kinds) == 10
    for kind in StoreError.kinds:
        error = kind("/data/progress.sqlite3", "detail")
        line = error.line()
        assert "\n" not in line and ("progress.sqlite3" in line or "/data" in line), kind
        assert kind.advice and str(error).endswith("(detail)"), kind
        assert isinstance(error, (sqlite3.Error, OSError, RuntimeError)), kind


def test_another_programs_database_is_refused_and_left_alone(tmp_path):
    """An SQLite file of another program in the progress file's place is refused, even by the app's own
    opening, and neither moved nor changed (no sco-app table is added to it)."""
    path = tmp_path / progress.FILE_NAME
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE contacts (name TEXT)")
    other.commit()
    other.close()
    before = path.read_bytes()
    with pytest.raises(StoreNotOurs, match="another program's database"):
        progress.ProgressStore(path)
    assert path.read_bytes() == before and not list(tmp_path.glob("*.corrupt-*"))


def test_a_damaged_file_is_left_in_place_when_asked(tmp_path):
    """With move_aside=False (the command line, the sender) a damaged file raises StoreDamaged and stays."""
    path = tmp_path / progress.FILE_NAME
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreDamaged, match="is damaged") as raised:
        progress.ProgressStore(path, move_aside=False)
    assert "results recover" in raised.value.advice
    assert path.read_bytes().startswith(b"this is not a database") and len(list(tmp_path.iterdir())) == 1


def test_a_data_folder_that_is_a_file_or_cannot_be_made(tmp_path):
    """A file where the data folder should be, or a folder that cannot be created, is StoreFolderUnusable."""
    (tmp_path / "data").write_text("not a folder")
    with pytest.raises(StoreFolderUnusable, match="cannot be used") as raised:
        progress.ProgressStore.in_folder(tmp_path / "data" / "sco-app")
    assert f"{tmp_path / 'data'} is a file, not a folder" in str(raised.value)
    with pytest.raises(StoreFolderUnusable):
        progress.ProgressStore.in_folder("/proc/sco-app-cannot-be-here")


def test_a_folder_in_place_of_the_progress_file(tmp_path):
    """A folder named like the progress file is StoreIsFolder, and it is left as it is."""
    (tmp_path / progress.FILE_NAME).mkdir()
    with pytest.raises(StoreIsFolder):
        progress.ProgressStore(tmp_path / progress.FILE_NAME)
    assert (tmp_path / progress.FILE_NAME).is_dir()


def test_a_full_disk_while_saving_is_said_and_keeps_what_was_saved(store, pack):
    """When the disk fills up (SQLite's page limit stands in for it), saving raises StoreDiskFull, the
    answers saved before stay, and saving works again once there is room."""
    ana = store.create_profile("Ana")
    _answer(store, pack, ana, "q-founding-theory", {"balance-of-threat"})
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StoreDiskFull, match="is full") as raised:
        for _ in range(2000):
            _answer(store, pack, ana, "q-first-agreement", {"b"})
    assert isinstance(raised.value, sqlite3.OperationalError) and not store.db.in_transaction
    saved = len(list(store.attempts()))
    assert saved >= 1
    store.db.execute(f"PRAGMA max_page_count = {pages * 100}")
    _answer(store, pack, ana, "q-first-agreement", {"b"})
    assert len(list(store.attempts())) == saved + 1


def test_a_read_only_file_is_said(store, pack):
    """Writing to a file opened read-only (as on a write-protected disk) raises StoreReadOnly."""
    ana = store.create_profile("Ana")
    store.db.close()
    store.db = sqlite3.connect(f"file:{store.path}?mode=ro", uri=True, isolation_level=None)
    with pytest.raises(StoreReadOnly, match="read-only"):
        _answer(store, pack, ana, "q-founding-theory", {"balance-of-threat"})


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root may write any file")
def test_a_write_protected_file_is_said(tmp_path, pack):
    """A progress file this user may not write (chmod 444) raises StoreReadOnly when an answer is saved."""
    path = tmp_path / progress.FILE_NAME
    store = progress.ProgressStore(path)
    ana = store.create_profile("Ana")
    store.close()
    path.chmod(0o444)
    try:
        with pytest.raises(StoreReadOnly):
            store = progress.ProgressStore(path)
            _answer(store, pack, ana, "q-founding-theory", {"balance-of-threat"})
    finally:
        path.chmod(0o644)


def test_a_version_3_file_takes_its_sessions_and_answers_along(tmp_path):
    """Upgrading to session journals keeps old answers as answered and old sessions closed, not resumable."""
    path = tmp_path / progress.FILE_NAME
    old = sqlite3.connect(path, isolation_level=None)
    for script in progress.MIGRATIONS[:3]:
        for statement in progress._statements(script):
            old.execute(statement)
    old.execute("INSERT INTO profiles (name, created) VALUES ('Ana', '2026-01-01')")
    old.execute("INSERT INTO sessions (profile_id, pack_id, pack_version, mode, started, finished, percent) VALUES "
                "(1, 'p', '1', 'exam', '2026-01-01', '2026-01-01', 50), (1, 'p', '1', 'exam', '2026-01-02', NULL, NULL)")
    old.execute("INSERT INTO attempts (session_id, profile_id, pack_id, pack_version, question_id, digest, type, "
                "response, correct, score, mode, answered_at, time_ms) VALUES "
                "(1, 1, 'p', '1', 'q', 'd', 'map', '\"IND\"', 1, 1.0, 'exam', '2026-01-01', 900)")
    old.execute("PRAGMA user_version = 3")
    old.close()
    store = progress.ProgressStore(path)
    assert [r["answered"] for r in store.attempts()] == [1]
    assert [s for (s,) in store.db.execute("SELECT state FROM sessions ORDER BY id")] == ["finished", "abandoned"]
    from sco_app.core.session_store import unfinished_exams

    assert unfinished_exams(store) == []
    question = next(q for q in quiz.questions_of(load_pack(lessons_dir() / "template")) if q.type.value == "map")
    store.record_unanswered(store.profiles()[0], "p", "1", question, "exam", 2)
    assert store.outbox_counts()["queued"] == 1  # the old answer only: an unanswered question is not sent
    store.close()


def test_a_profile_may_have_a_pin_kept_only_as_a_salted_hash(store):
    """set_pin stores a salted hash (never the PIN); check_pin opens with the PIN only; None takes it away."""
    ana, budi = store.create_profile("Ana"), store.create_profile("Budi")
    assert not store.has_pin(ana) and store.check_pin(ana, "anything")  # no PIN: open as today
    store.set_pin(ana, "2468")
    store.set_pin(budi, "2468")
    stored = dict(store.db.execute("SELECT name, pin_hash FROM profiles"))
    assert "2468" not in stored["Ana"] and stored["Ana"].startswith("pbkdf2-sha256$")
    assert stored["Ana"] != stored["Budi"]  # salted: the same PIN hashes differently
    assert store.has_pin(ana) and store.check_pin(ana, "2468")
    assert not store.check_pin(ana, "2469") and not store.check_pin(ana, "")
    with pytest.raises(ValueError, match="at least 4"):
        store.set_pin(ana, "12")
    store.set_pin(ana, None)
    assert not store.has_pin(ana)


def test_a_damaged_pin_hash_never_opens():
    """A hash of another scheme, or damaged, matches no PIN."""
    from sco_app.core import pins

    good = pins.hash_pin("8642", iterations=1000)
    assert pins.pin_matches(good, "8642")
    assert not pins.pin_matches(good.replace("pbkdf2-sha256", "md5"), "8642")
    assert not pins.pin_matches("garbage", "8642") and not pins.pin_matches(good[:-4] + "zzzz", "8642")
