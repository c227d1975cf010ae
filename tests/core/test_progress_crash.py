"""A process killed at any moment loses no answer whose record() had returned, and leaves a sound file."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

CHILD = r"""
import sys
from sco_app.core import progress, quiz
from sco_app.core.packs import load_pack
from sco_app.core.resources import lessons_dir
pack = load_pack(lessons_dir() / "template")
questions = [q for q in quiz.questions_of(pack)]
store = progress.ProgressStore(sys.argv[1])
profile = store.create_profile("Crash", sys.argv[2])
print("ready", flush=True)
n = 0
while True:
    question = questions[n % len(questions)]
    response = quiz.right_response(question)
    grade = quiz.grade(question, response)
    attempt = store.record(profile, pack.id, pack.version, question, response, grade, "practice", n)
    print(attempt, flush=True)  # printed only after the commit returned
    n += 1
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_loses_no_committed_answer(tmp_path: Path):
    """50 times: start a writer, kill it with SIGKILL at a random moment; every reported answer is there."""
    path = tmp_path / "progress.sqlite3"
    rng = random.Random(20261126)
    reported: set[int] = set()
    for run in range(50):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(run)], stdout=subprocess.PIPE, text=True)
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.15))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate(timeout=30)
        reported.update(int(line) for line in out.split() if line.isdigit())
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = {row[0] for row in db.execute("SELECT id FROM attempts")}
    db.close()
    assert reported, "the writers recorded nothing before being killed"
    assert reported <= stored
