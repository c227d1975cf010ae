"""An exam run by a process killed with SIGKILL at any moment is resumed by a new process as it was left."""

from __future__ import annotations

import json
import os
import random
import signal
import time
from pathlib import Path

import pytest

from tests.forks import Forks

EXAM = r"""
import json, time
from sco_app.core import progress, quiz
from sco_app.core.model import ExamSettings
from sco_app.core.packs import load_pack
from sco_app.core.quiz_session import QuizSession, unfinished_exams
from sco_app.core.resources import lessons_dir
from sco_app.core.session_rules import Phase
pack = load_pack(lessons_dir() / "template")

def take(path, seed):
    store = progress.ProgressStore(path)
    profile = store.create_profile("Crash", "1")
    session = QuizSession.start_exam(store, profile, pack, ExamSettings(questions=6, minutes=90), seed=seed)
    session.present()
    print(json.dumps({"asked": [[s.question.id, list(s.arrangement)] for s in session.slots]}), flush=True)
    while session.phase is Phase.ASKING:
        slot = session.slot
        kind = quiz.kind_of(slot.question)
        right = quiz.right_response(slot.question)
        for _ in range(3):  # responses as given, changed on screen before the answer
            session.respond(right)
        session.check(confirmed=True)
        print(json.dumps({"answered": slot.position, "response": kind.encode(kind.validate(slot.question, right))}),
              flush=True)  # printed only after the answer was stored
        session.next()
    print(json.dumps({"done": True}), flush=True)
    time.sleep(60)

def resume(path):
    store = progress.ProgressStore(path)
    [left] = unfinished_exams(store)
    session = QuizSession.resume(store, left.id, load_pack(lessons_dir() / "template"))
    answers = {s.position: quiz.kind_of(s.question).encode(s.response) for s in session.slots if s.answered}
    print(json.dumps({"asked": [[s.question.id, list(s.arrangement)] for s in session.slots], "answers": answers,
                      "phase": session.phase.value}), flush=True)
    if session.phase is Phase.READY:
        session.present()
    while session.phase in (Phase.ASKING, Phase.ANSWERED):
        if session.phase is Phase.ANSWERED:
            session.next()
        else:
            session.skip()
    session.finish()
    result = session.exam_result()
    print(json.dumps({"answered": result["answered"], "unanswered": result["unanswered"]}), flush=True)
"""


def _lines(text: str) -> list[dict]:
    out = []
    for line in text.splitlines():
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError:
            break  # a line cut short by the kill
    return out


@pytest.mark.skipif(not hasattr(signal, "SIGKILL") or not hasattr(os, "fork"), reason="needs SIGKILL and fork")
def test_a_killed_exam_is_resumed_by_a_new_process(tmp_path: Path):
    """Ten times: a process takes an exam and is killed at a random moment; a new process finds the exam,
    resumes it with the same questions and options' order and every reported answer, and hands it in."""
    rng = random.Random(20260302)
    with Forks(EXAM) as processes:
        for run in range(10):
            path = tmp_path / f"progress-{run}.sqlite3"
            processes.start("take", str(path), run)
            first = json.loads(processes.readline())
            time.sleep(rng.uniform(0.0, 0.15))
            code, out = processes.kill()
            assert code == -signal.SIGKILL, out
            reported = {line["answered"]: line["response"] for line in _lines(out) if "answered" in line}
            processes.start("resume", str(path))
            code, out = processes.wait()
            assert code == 0, out  # (its traceback is in the captured stderr)
            resumed, result = [json.loads(line) for line in out.splitlines()]
            assert resumed["asked"] == first["asked"]
            answers = {int(position): response for position, response in resumed["answers"].items()}
            assert all(answers.get(position) == response for position, response in reported.items()), run
            assert result["answered"] == len(answers) and result["answered"] + result["unanswered"] == 6
