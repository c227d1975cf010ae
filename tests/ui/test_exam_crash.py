"""The real app killed mid-exam (SIGKILL: no close, no save) offers the exam at its next start, as it was."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _app(phase: str, tmp_path: Path) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SCO_APP_DATA_DIR": str(tmp_path / "data"),
           "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"), "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "tests.ui.exam_crash_driver", phase], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_an_app_killed_mid_exam_offers_the_same_exam_at_the_next_start(tmp_path):
    """Two answers given, then SIGKILL: the next start resumes the exam with the same questions in the same
    order, the two answers, and no more time left than before."""
    running = _app("exam", tmp_path)
    try:
        before = json.loads(running.stdout.readline() or running.communicate(timeout=120)[1])
    finally:
        running.send_signal(signal.SIGKILL)
        running.communicate(timeout=60)  # (and its pipes closed)
    assert running.returncode == -signal.SIGKILL
    again = _app("resume", tmp_path)
    out, err = again.communicate(timeout=180)
    assert again.returncode == 0, err
    after = json.loads(out.splitlines()[0])
    assert after.pop("time_left") <= before.pop("time_left")
    assert after == before
    assert [slot[3] is not None for slot in after["slots"]][:2] == [True, True]
