"""Benchmark: sending 10,000 queued answers to a Learning Record Store on loopback, from the app.

    python tests/benchmarks/bench_sync.py [--answers 10000]

Starts a Ralph LRS on a free loopback port (as the tests do), stores ``--answers`` answers, then lets
the app's background sender (the one the main window uses) send them while a Qt timer on the UI
thread ticks every 5 ms; a tick that comes late shows the UI thread was blocked. Prints progress,
then as its last line one JSON object: statements per second sent, and the longest and 99th
percentile UI stall. Target: no UI stall over 50 ms. It asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository, for tests.lrs_server

from sco_app.core import progress, quiz  # noqa: E402
from sco_app.core.packs import load_pack  # noqa: E402
from sco_app.core.resources import lessons_dir  # noqa: E402
from tests.lrs_server import PASSWORD, USER, LrsServer, ralph_missing  # noqa: E402

TICK_MS = 5


def fill(store: progress.ProgressStore, pack, count: int) -> None:
    """Store ``count`` answers of thirty students at once (each is queued for the LRS as it is stored)."""
    questions = quiz.questions_of(pack)
    profiles = [store.create_profile(f"Student {n:02d}", f"S{n:02d}") for n in range(30)]
    rng, start = random.Random(1), dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    rows = []
    for n in range(count):
        q, correct = questions[n % len(questions)], rng.random() < 0.6
        rows.append((profiles[n % 30].id, pack.id, pack.version, q.id, quiz.digest(q), q.type.value,
                     quiz.theory_of(q, pack), "[]", int(correct), float(correct), "practice",
                     (start + dt.timedelta(seconds=30 * n)).isoformat(timespec="milliseconds"), rng.randint(2000, 40000)))
    with store._write() as db:
        db.executemany("INSERT INTO attempts (profile_id, pack_id, pack_version, question_id, digest, type, theory, "
                       "response, correct, score, mode, answered_at, time_ms) VALUES "
                       "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=10_000)
    args = parser.parse_args()
    if ralph_missing():
        print(ralph_missing(), file=sys.stderr)
        return 1
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from sco_app.core.lrs import BATCH, LrsConfig
    from sco_app.ui.lrs_settings import save_config
    from sco_app.ui.lrs_sync import SyncController, SyncStatusLabel
    from sco_app.ui.state import AppState

    folder = Path(tempfile.mkdtemp(prefix="sco-bench-sync-"))
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")  # this run's settings only
    app = QApplication.instance() or QApplication(sys.argv[:1])
    server = LrsServer(folder / "lrs").start()
    try:
        pack = load_pack(lessons_dir() / "sco-balancing")
        store = progress.ProgressStore(folder / "progress.sqlite3")
        fill(store, pack, args.answers)
        print(f"{store.outbox_counts()['queued']} answers queued; LRS at {server.endpoint}", flush=True)
        save_config(server.endpoint, USER, PASSWORD)
        state = AppState()
        state.load(pack)
        controller = SyncController(state, lambda: store.path, idle_s=0.5)
        label = SyncStatusLabel(controller)
        label.show()
        gaps: list[float] = []
        clock, last = QElapsedTimer(), [0]
        clock.start()

        def tick() -> None:
            now = clock.elapsed()
            gaps.append(now - last[0])
            last[0] = now

        timer = QTimer(interval=TICK_MS)
        timer.timeout.connect(tick)
        timer.start()
        started = time.perf_counter()
        controller.restart()
        assert controller.config == LrsConfig(server.endpoint, USER, PASSWORD)
        done_at = None
        while time.perf_counter() - started < 600:
            app.processEvents()
            time.sleep(0.001)
            status = controller.last
            if status is not None and status.state == "idle" and status.queued == 0:
                done_at = time.perf_counter()
                break
        timer.stop()
        controller.stop()
        app.processEvents()  # the last status reaches the label
        seconds = (done_at or time.perf_counter()) - started
        sent = store.outbox_counts()["sent"]
        stalls = sorted(max(0.0, g - TICK_MS) for g in gaps[1:])
        print(f"sent {sent} in {seconds:.1f} s; last status: {label.text()}", flush=True)
        result = {
            "answers": args.answers, "batch": BATCH, "sent": sent, "stored_by_lrs": len(server.statements()),
            "seconds": round(seconds, 2), "statements_per_s": round(sent / seconds, 1),
            "ui_ticks": len(gaps), "ui_max_stall_ms": round(stalls[-1], 1) if stalls else None,
            "ui_p99_stall_ms": round(stalls[int(0.99 * (len(stalls) - 1))], 1) if stalls else None,
            "target_ui_stall_ms": 50,
        }
        store.close()
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
