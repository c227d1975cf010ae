"""A process killed at any moment loses no answer whose record() had returned, and leaves a sound file."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from tests.forks import Forks

WRITER = r"""
from sco_app.core import progress, quiz
from sco_app.core.packs import load_pack
from sco_app.core.resources import lessons_dir
pack = load_pack(lessons_dir() / "template")
questions = [q for q in quiz.questions_of(pack)]

def write(path, run):
    store = progress.ProgressStore(path)
    profile = store.create_profile("Crash", run)
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


@pytest.mark.skipif(not hasattr(signal, "SIGKILL") or not hasattr(os, "fork"), reason="needs SIGKILL and fork")
def test_sigkill_loses_no_committed_answer(tmp_path: Path):
    """50 times: start a writer, kill it with SIGKILL at a random moment; every reported answer is there."""
    path = tmp_path / "progress.sqlite3"
    rng = random.Random(20261126)
    reported: set[int] = set()
    with Forks(WRITER) as writers:
        for run in range(50):
            writers.start("write", str(path), str(run))
            assert writers.readline().strip() == "ready"
            time.sleep(rng.uniform(0.0, 0.15))
            code, out = writers.kill()
            assert code == -signal.SIGKILL, out
            reported.update(int(line) for line in out.split() if line.isdigit())
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = {row[0] for row in db.execute("SELECT id FROM attempts")}
    db.close()
    assert reported, "the writers recorded nothing before being killed"
    assert reported <= stored
