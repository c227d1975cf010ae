"""Benchmark: load and validate a synthetic pack of N events, and the built-in SCO pack.

    python tests/benchmarks/bench_load.py --events 10000

Prints progress lines, then as its last line one JSON object: median load-and-validate times over
``--runs`` runs (the first, cold run is reported separately), and the process's peak memory.
Targets on a 2-core machine: N=10,000 in 2 s or less; the SCO pack in 150 ms or less.
This is a benchmark, not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from sco_app.core.packs import check_pack
from sco_app.core.resources import lessons_dir

CODES = ["CHN", "RUS", "KAZ", "KGZ", "TJK", "UZB", "IND", "PAK", "IRN", "BLR", "MNG", "AFG", "TUR", "LKA"]
EVENTS_PER_FILE = 2000


def _event(i: int, n: int) -> str:
    day_number = date(1991, 1, 1).toordinal() + i * 12_000 // max(n, 1)  # 1991-2023, in date order
    year, month, day = _date(day_number)
    cause = f"""
    causes:
      - event: ev-{i - 1}
        how: {{en: Event {i - 1} made this one possible., id: Peristiwa {i - 1} memungkinkan ini.}}""" if i else ""
    return f"""  - id: ev-{i}
    title: {{en: Synthetic event number {i}, id: Peristiwa sintetis nomor {i}}}
    date: {year}-{month:02d}-{day:02d}
    place: {{name: Place {i}, lon: {60 + i % 50}.5, lat: {25 + i % 30}.25}}
    actors: [{CODES[i % len(CODES)]}, {CODES[(i + 3) % len(CODES)]}]
    lane: lane-{i % 4}
    description: >-
      A synthetic episode for the benchmark. It has a description of about the length that an
      instructor writes for a real event, in two sentences.
    reading:
      theory: theory-{i % 3}
      basis: {"paper" if i % 5 == 0 else "interpretation"}
      passages: [finding-{1 + i % 3}]
      explanation:
        en: Why theory {i % 3} explains synthetic event {i}, in one sentence.
        id: Mengapa teori {i % 3} menjelaskan peristiwa sintetis {i}, dalam satu kalimat.{cause}
    sources:
      - citation: Synthetic source {i}
        url: https://example.org/source/{i}
"""


def _date(day_number: int) -> tuple[int, int, int]:
    d = date.fromordinal(day_number)
    return d.year, d.month, d.day


def write_pack(root: Path, n_events: int) -> Path:
    """Write a synthetic pack of ``n_events`` events (with actors, eras and causes) under ``root``."""
    files = [f"events-{k}.yaml" for k in range(0, max(n_events, 1), EVENTS_PER_FILE)]
    theories = "\n".join(
        f"  - {{id: theory-{t}, name: Theory {t}, thinker: Thinker {t}, work: Work {t}, claim: Claim {t}}}" for t in range(3)
    )
    lanes = "\n".join(f"  - {{id: lane-{k}, title: Lane {k}}}" for k in range(4))
    passages = "\n".join(f"    - {{id: finding-{k}, text: {{en: Finding {k}., id: Temuan {k}.}}}}" for k in range(1, 4))
    actors = "\n".join(
        f"  - code: {code}\n    statuses:\n      - {{status: observer, from: 1995, to: 2004-12-31}}\n"
        f"      - {{status: member, from: 2005-01-01}}" for code in CODES
    )
    eras = "\n".join(f"  - {{id: era-{k}, title: Era {k}, start: {1990 + 5 * k}, end: {1994 + 5 * k}}}" for k in range(7))
    (root / "pack.yaml").write_text(
        f"""format: 1
id: synthetic
version: 1.0.0
title: {{en: Synthetic pack, id: Paket sintetis}}
languages: [en, id]
authors: [Benchmark]
licence: CC0-1.0
source:
  citation: A synthetic source.
  passages:
{passages}
include: [{", ".join(files)}]
theories:
{theories}
lanes:
{lanes}
actors:
{actors}
eras:
{eras}
events: []
""",
        encoding="utf-8",
    )
    for k, name in zip(range(0, n_events, EVENTS_PER_FILE), files):
        body = "".join(_event(i, n_events) for i in range(k, min(k + EVENTS_PER_FILE, n_events)))
        (root / name).write_text("events:\n" + body, encoding="utf-8")
    return root


def time_load(path: Path, runs: int) -> tuple[float, list[float], int]:
    times, events = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        report = check_pack(path)
        times.append(time.perf_counter() - start)
        if not report.ok:
            raise SystemExit(f"the pack did not validate: {report.problems[0].format()}")
        events = len(report.pack.events)
    return statistics.median(times), times, events


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000, help="events in the synthetic pack (default 10000)")
    parser.add_argument("--runs", type=int, default=5, help="runs to take the median of (default 5)")
    args = parser.parse_args()

    sco = lessons_dir() / "sco-balancing"
    sco_median, sco_times, sco_events = time_load(sco, args.runs)
    print(f"SCO pack: {sco_events} events; runs {', '.join(f'{t * 1000:.1f} ms' for t in sco_times)}", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        pack = write_pack(Path(tmp), args.events)
        size = sum(p.stat().st_size for p in Path(tmp).iterdir())
        median, times, events = time_load(pack, args.runs)
    print(f"synthetic pack: {events} events, {size / 1e6:.1f} MB of YAML; runs "
          f"{', '.join(f'{t:.3f} s' for t in times)}", file=sys.stderr)
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({
        "events": events,
        "median_load_s": round(median, 4),
        "target_load_s": 2.0,
        "sco_pack_events": sco_events,
        "sco_pack_cold_ms": round(sco_times[0] * 1000, 1),
        "sco_pack_median_ms": round(sco_median * 1000, 1),
        "target_sco_ms": 150,
        "peak_rss_mb": round(peak_kib / 1024, 1),
        "runs": args.runs,
        "python": platform.python_version(),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
