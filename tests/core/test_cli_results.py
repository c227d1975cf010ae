"""`sco-app results export` and `recover` on every state a progress file can be in: one line, a documented
exit status, no traceback, and the student's file never moved or changed (but by recover, when asked)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from sco_app.cli import main
from sco_app.core import progress, quiz
from sco_app.core.packs import load_pack
from sco_app.core.resources import lessons_dir

ANSWERS = 300


@pytest.fixture(scope="module")
def answered(tmp_path_factory) -> Path:
    """A progress file with 300 answers of two students (made once, copied for each test)."""
    path = tmp_path_factory.mktemp("answered") / progress.FILE_NAME
    pack = load_pack(lessons_dir() / "template")
    store = progress.ProgressStore(path)
    profiles = [store.create_profile("Ana", "2301"), store.create_profile("Budi", "2302")]
    questions = quiz.questions_of(pack)
    for n in range(ANSWERS):
        question = questions[n % len(questions)]
        response = quiz.right_response(question)
        store.record(profiles[n % 2], pack.id, pack.version, question, response, quiz.grade(question, response),
                     "practice", 1000 + n)
    store.close()
    return path


@pytest.fixture
def data(tmp_path, monkeypatch, answered) -> Path:
    """This user's data folder, holding a copy of the 300 answers."""
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / progress.FILE_NAME).write_bytes(answered.read_bytes())
    monkeypatch.setenv(progress.DATA_DIR_VARIABLE, str(folder))
    return folder


def damage_index(path: Path) -> None:
    """Overwrite the answers' index with noise: SQLite's check fails, while every answer can still be read."""
    db = sqlite3.connect(path)
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'attempts_by_profile'").fetchone()[0]
    db.close()
    with open(path, "r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(b"\x0d" + b"\xff" * (page_size - 1))


def _snapshot(folder: Path) -> dict[str, bytes]:
    """The folder's files and their bytes (SQLite's own -wal and -shm files, which opening makes, left out)."""
    return {p.name: (p.read_bytes() if p.is_file() else b"<folder>") for p in sorted(folder.iterdir())
            if not p.name.endswith(("-wal", "-shm"))}


def _sql(path: Path, statement: str) -> None:
    db = sqlite3.connect(path)
    db.execute(statement)
    db.commit()
    db.close()


def _locked(path: Path):
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE profiles SET name = name")
    return holder


STATES = {
    "missing": (lambda f: (f / progress.FILE_NAME).unlink(), "there is no progress file at"),
    "folder-in-its-place": (lambda f: ((f / progress.FILE_NAME).unlink(), (f / progress.FILE_NAME).mkdir()),
                            "is a folder, not the progress file"),
    "data-folder-is-a-file": (None, "is a file, not a folder"),
    "damaged": (lambda f: damage_index(f / progress.FILE_NAME), "run 'sco-app results recover'"),
    "not-a-database": (lambda f: (f / progress.FILE_NAME).write_bytes(b"garbage " * 512), "is damaged"),
    "another-program": (lambda f: ((f / progress.FILE_NAME).unlink(), _sql(f / progress.FILE_NAME, "CREATE TABLE mail (x)")),
                        "another program's database"),
    "newer": (lambda f: _sql(f / progress.FILE_NAME, "PRAGMA user_version = 99"), "was written by a newer sco-app"),
    "locked": (lambda f: _locked(f / progress.FILE_NAME), "is in use by another program"),
}


@pytest.mark.parametrize("state", sorted(STATES))
def test_export_says_in_one_line_why_it_cannot_read_the_progress_file(data, tmp_path, capsys, monkeypatch, state):
    """Exit 1 with one line naming the cause and what to do; no traceback; nothing written or moved."""
    monkeypatch.setattr(progress, "BUSY_TIMEOUT_S", 0.2)
    make, words = STATES[state]
    if make is None:  # the data folder is a file
        monkeypatch.setenv(progress.DATA_DIR_VARIABLE, str(data / progress.FILE_NAME))
        made = None
    else:
        made = make(data)
    before = _snapshot(data)
    try:
        assert main(["results", "export", "--out", str(tmp_path / "answers.csv")]) == 1
    finally:
        if isinstance(made, sqlite3.Connection):
            made.close()
    err = capsys.readouterr().err
    assert err.startswith("sco-app results export: ") and err.count("\n") == 1 and words in err
    assert "; " in err  # what happened; what to do
    assert _snapshot(data) == before and not (tmp_path / "answers.csv").exists()


def test_export_of_a_damaged_file_reports_it_and_recover_saves_every_answer(data, tmp_path, capsys):
    """The index of 300 answers is damaged: export exits 1 and leaves the file where it was; recover copies
    all 300 answers into a new progress file in its place, keeps the damaged one, and export works again."""
    path = data / progress.FILE_NAME
    damage_index(path)
    damaged = path.read_bytes()
    assert main(["results", "export", "--out", str(tmp_path / "a.csv")]) == 1
    assert "is damaged" in capsys.readouterr().err and path.read_bytes() == damaged
    assert main(["results", "recover"]) == 0
    out = capsys.readouterr().out
    [kept] = [p for p in data.glob(progress.FILE_NAME + ".corrupt-*") if not p.name.endswith(("-wal", "-shm"))]
    assert out == f"recovered {ANSWERS} answers, 2 profiles and 0 sessions into {path}; the damaged file is kept as {kept}\n"
    assert kept.read_bytes() == damaged
    assert main(["results", "export", "--out", str(tmp_path / "a.csv")]) == 0
    assert capsys.readouterr().out == f"wrote {ANSWERS} answers to {tmp_path / 'a.csv'}\n"
    store = progress.ProgressStore.existing()
    assert store.outbox_counts()["queued"] == ANSWERS and len(store.profiles()) == 2
    store.close()


def test_recover_steps_over_damaged_rows(data, tmp_path, capsys):
    """A damaged page of the answers table costs only the answers on it; --out writes the new file elsewhere
    and leaves the damaged one where it is."""
    path = data / progress.FILE_NAME
    db = sqlite3.connect(path)
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    pages = sorted({page for (page,) in db.execute("SELECT pageno FROM dbstat WHERE name = 'attempts' AND pagetype = 'leaf'")})
    db.close()
    with open(path, "r+b") as file:
        file.seek((pages[len(pages) // 2] - 1) * page_size)
        file.write(b"\x0d" + b"\xff" * (page_size - 1))
    before = path.read_bytes()
    out = tmp_path / "recovered.sqlite3"
    assert main(["results", "recover", "--out", str(out)]) == 0
    line = capsys.readouterr().out
    recovered = sqlite3.connect(out).execute("SELECT count(*) FROM attempts").fetchone()[0]
    assert 0 < ANSWERS - recovered < 60 and line.startswith(f"recovered {recovered} answers")
    assert "rows could not be read" in line and path.read_bytes() == before


def test_recover_leaves_a_good_file_alone_and_refuses_bad_usage(data, tmp_path, capsys):
    """A file that is not damaged is not touched; --from without --out, or an --out that exists, is exit 2."""
    before = _snapshot(data)
    assert main(["results", "recover"]) == 0
    assert capsys.readouterr().out == f"{data / progress.FILE_NAME} is not damaged; nothing to recover\n"
    assert main(["results", "recover", "--from", str(data / progress.FILE_NAME)]) == 2
    assert "--from needs --out" in capsys.readouterr().err
    (tmp_path / "there.sqlite3").write_text("x")
    assert main(["results", "recover", "--out", str(tmp_path / "there.sqlite3")]) == 2
    assert _snapshot(data) == before


def _export_as_another_user(folder: Path) -> tuple[int, str]:
    """Run ``results export --out FOLDER/answers.csv`` as a user who is not root (root reads and writes any
    file): in a child process that becomes 'nobody' when the tests run as root. Returns the exit status and
    what it printed (stdout, then stderr)."""
    import contextlib
    import encodings.utf_8_sig  # noqa: F401 - what the child needs, imported while it can be read
    import io
    import shutil  # noqa: F401 - argparse needs it, and 'nobody' cannot import from root's Python

    from sco_app import cli, cli_results  # noqa: F401 - imported here, where every module can be read
    from sco_app.core import atomic_write, results  # noqa: F401

    cli._parser()  # imports what parsing needs

    report = folder / "report.txt"
    pid = os.fork()
    if pid == 0:  # the child: never returns to pytest
        code = 99
        try:
            if os.geteuid() == 0:
                os.setgid(65534)
                os.setuid(65534)
            said = io.StringIO()
            with contextlib.redirect_stderr(said), contextlib.redirect_stdout(said):
                code = main(["results", "export", "--out", str(folder / "answers.csv")])
            report.write_text(f"{code}\n{said.getvalue()}")
        finally:
            os._exit(0 if report.exists() else code)
    os.waitpid(pid, 0)
    code, _, err = report.read_text().partition("\n")
    return int(code), err


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and file modes")
@pytest.mark.parametrize("file_mode, folder_mode, code, words", [
    (0o444, 0o777, 0, f"wrote {ANSWERS} answers"),
    (0o444, 0o555, 1, "cannot be written: it or its folder is read-only"),
    (0o000, 0o777, 1, "cannot be read or written"),
], ids=["read-only-file", "read-only-folder", "unreadable-file"])
def test_export_of_a_protected_file(answered, tmp_path, monkeypatch, file_mode, folder_mode, code, words):
    """A progress file this user may only read is exported; one on a write-protected folder, or one it may
    not read at all, is one line and exit 1. The file is never changed."""
    import shutil
    import tempfile

    folder, out = Path(tempfile.mkdtemp(prefix="sco-protected-")), Path(tempfile.mkdtemp(prefix="sco-out-"))
    try:
        out.chmod(0o777)
        path = folder / progress.FILE_NAME
        path.write_bytes(answered.read_bytes())
        path.chmod(file_mode)
        folder.chmod(folder_mode)
        monkeypatch.setenv(progress.DATA_DIR_VARIABLE, str(folder))
        status, message = _export_as_another_user(out)
        folder.chmod(0o755)
        path.chmod(0o644)
        assert status == code and words in message and message.count("\n") == 1
        assert path.read_bytes() == answered.read_bytes()
        assert (out / "answers.csv").exists() == (code == 0)
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(out, ignore_errors=True)
