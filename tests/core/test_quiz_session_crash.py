"""An exam run by a process killed with SIGKILL at any moment is resumed by a new process as it was left."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

TAKER = r"""
import json, sys, time
from sco_app.core import progress, quiz
from sco_app.core.model import ExamSettings
from sco_app.core.packs import load_pack
from sco_app.core.quiz_session import QuizSession
from sco_app.core.resources import lessons_dir
from sco_app.core.session_rules import Phase
pack = load_pack(lessons_dir() / "template")
store = progress.ProgressStore(sys.argv[1])
profile = store.create_profile("Crash", "1")
session = QuizSession.start_exam(store, profile, pack, ExamSettings(questions=6, minutes=90), seed=int(sys.argv[2]))
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
"""

RESUMER = r"""
import json, sys
from sco_app.core import progress, quiz
from sco_app.core.packs import load_pack
from sco_app.core.quiz_session import QuizSession, unfinished_exams
from sco_app.core.resources import lessons_dir
from sco_app.core.session_rules import Phase
store = progress.ProgressStore(sys.argv[1])
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


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_killed_exam_is_resumed_by_a_new_process(tmp_path: Path):
    """Ten times: a process takes an exam and is killed at a random moment; a new process finds the exam,
    resumes it with the same questions and options' order and every reported answer, and hands it in."""
    rng = random.Random(20260302)
    for run in range(10):
        path = tmp_path / f"progress-{run}.sqlite3"
        taker = subprocess.Popen([sys.executable, "-c", TAKER, str(path), str(run)], stdout=subprocess.PIPE, text=True)
        first = json.loads(taker.stdout.readline())
        time.sleep(rng.uniform(0.0, 0.15))
        taker.send_signal(signal.SIGKILL)
        out, _ = taker.communicate(timeout=30)
        reported = {line["answered"]: line["response"] for line in _lines(out) if "answered" in line}
        resumer = subprocess.run([sys.executable, "-c", RESUMER, str(path)], capture_output=True, text=True, timeout=60)
        assert resumer.returncode == 0, resumer.stderr
        resumed, result = [json.loads(line) for line in resumer.stdout.splitlines()]
        assert resumed["asked"] == first["asked"]
        answers = {int(position): response for position, response in resumed["answers"].items()}
        assert all(answers.get(position) == response for position, response in reported.items()), run
        assert result["answered"] == len(answers) and result["answered"] + result["unanswered"] == 6
