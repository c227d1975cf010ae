"""The progress store keeps every answer, survives a corrupt file and migrates its schema."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from sco_app.core import progress, quiz
from sco_app.core.packs import load_pack
from sco_app.core.resources import lessons_dir


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
    assert quiz.due_count(schedule, now) == 1


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
    with pytest.raises(RuntimeError, match="newer sco-app"):
        progress.ProgressStore(path)


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
    """A progress file that another program holds locked raises, and stays where it is, untouched."""
    import sqlite3

    monkeypatch.setattr(progress, "BUSY_TIMEOUT_S", 0.2)
    path = tmp_path / progress.FILE_NAME
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE kept (x)")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(sqlite3.OperationalError):
            progress.ProgressStore(path)
        assert path.exists() and not list(tmp_path.glob(progress.FILE_NAME + ".corrupt-*"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    store = progress.ProgressStore(path)  # once the lock is gone it opens, with the other program's table kept
    assert store.db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'kept'").fetchone()[0] == 1
    store.close()


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
