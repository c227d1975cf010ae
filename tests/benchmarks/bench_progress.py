"""Benchmark: recording answers, and reading 100,000 stored attempts back out.

    python tests/benchmarks/bench_progress.py [--attempts 100000]

Prints progress, then as its last line one JSON object: the median latency of recording one answer
(each its own fully synced transaction), and the time to build the results view and to write the CSV
export from ``--attempts`` stored attempts. Targets: 10 ms or less per answer; 1 s or less for the
results view with 100,000 attempts. It asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sco_app.core import progress, quiz, results
from sco_app.core.packs import load_pack
from sco_app.core.resources import lessons_dir


def fill(store: progress.ProgressStore, pack, questions, profile, count: int) -> None:
    """Store ``count`` attempts quickly (one transaction), for the read side of the benchmark."""
    rng = random.Random(1)
    start = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    rows = []
    for n in range(count):
        q = questions[n % len(questions)]
        correct = rng.random() < 0.6
        rows.append((None, profile.id, pack.id, pack.version, q.id, quiz.digest(q), q.type.value, quiz.theory_of(q, pack),
                     "[]", int(correct), float(correct), "practice",
                     (start + dt.timedelta(seconds=30 * n)).isoformat(timespec="milliseconds"), rng.randint(2000, 40000)))
    with store._write() as db:
        db.executemany("INSERT INTO attempts (session_id, profile_id, pack_id, pack_version, question_id, digest, type, "
                       "theory, response, correct, score, mode, answered_at, time_ms) VALUES "
                       "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--attempts", type=int, default=100_000)
    parser.add_argument("--answers", type=int, default=200, help="answers recorded one by one for the latency")
    args = parser.parse_args()
    pack = load_pack(lessons_dir() / "sco-balancing")
    questions = quiz.questions_of(pack)
    with tempfile.TemporaryDirectory() as tmp:
        store = progress.ProgressStore(Path(tmp) / progress.FILE_NAME)
        profile = store.create_profile("Bench", "0001")
        latencies = []
        for n in range(args.answers):
            q = questions[n % len(questions)]
            response = quiz.right_response(q)
            grade = quiz.grade(q, response)
            start = time.perf_counter()
            store.record(profile, pack.id, pack.version, q, response, grade, "practice", 5000)
            latencies.append(time.perf_counter() - start)
        print(f"recorded {args.answers} answers, median {statistics.median(latencies) * 1000:.2f} ms", file=sys.stderr)
        fill(store, pack, questions, profile, args.attempts - args.answers)
        start = time.perf_counter()
        count = results.write_csv(results.csv_rows(store.attempts(profile, pack.id)), Path(tmp) / "all.csv")
        csv_s = time.perf_counter() - start
        print(f"CSV export of {count} attempts: {csv_s:.2f} s", file=sys.stderr)
        view_s = results_view_seconds(store, profile, pack)
        store.close()
    print(json.dumps({
        "record_median_ms": round(statistics.median(latencies) * 1000, 2), "target_record_ms": 10,
        "attempts": count, "csv_export_s": round(csv_s, 3),
        "results_view_s": None if view_s is None else round(view_s, 3), "target_results_view_s": 1.0,
    }))
    return 0


def results_view_seconds(store, profile, pack) -> float | None:
    """Time to build (and paint once) the results view for the profile, offscreen; None without it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PySide6.QtWidgets import QApplication

        from sco_app.ui.results_view import ResultsView
    except ImportError:
        return None
    from sco_app.ui.state import AppState

    app = QApplication.instance() or QApplication([])
    state = AppState()
    state.load(pack)
    start = time.perf_counter()
    view = ResultsView(state, store, profile)
    view.resize(1000, 700)
    view.grab()
    elapsed = time.perf_counter() - start
    view.close()
    app.processEvents()
    return elapsed


if __name__ == "__main__":
    sys.exit(main())
