"""Benchmark: the hostile and slow cases that the hardening round touched.

    python tests/benchmarks/bench_hardening.py [--packs 1000] [--attempts 100000]

Prints progress, then as its last line one JSON object with, each the median of ``--runs`` runs:

- ``huge_integer_ms``: checking a pack whose version has 5,000 digits (refused where it stands);
- ``long_text_ms``: checking a pack with a 7.9 MB description (refused by its length cap; before the
  cap it loaded, and drawing it took 10-12 s);
- ``number_walk_ms``: the look for bad numbers over a good 10,000-event pack (what every load pays);
- ``library_listing_ms`` and ``library_check_s``: listing a folder of ``--packs`` packs (what the
  library window shows at once) and checking them all (what its worker thread does in the background);
- ``recover_s``: ``salvage`` of a damaged progress file of ``--attempts`` answers (a damaged index);
- ``export_csv_s``: writing those answers as a spreadsheet-safe CSV, whole or not at all.

It asserts nothing: it is a benchmark, not a test.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_load  # noqa: E402 - the synthetic 10,000-event pack
from bench_progress import fill  # noqa: E402

from sco_app.core import progress, quiz, results  # noqa: E402
from sco_app.core.library import Library, check_within  # noqa: E402
from sco_app.core.packs import check_pack, load_pack  # noqa: E402
from sco_app.core.packs.number_checks import take_bad_numbers  # noqa: E402
from sco_app.core.packs.yaml_reader import read_yaml  # noqa: E402
from sco_app.core.progress_recovery import salvage  # noqa: E402
from sco_app.core.resources import lessons_dir  # noqa: E402

MINIMAL = Path(__file__).resolve().parents[1] / "packs" / "minimal" / "pack.yaml"


def _median_ms(work, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 1)


def _pack(folder: Path, old: str, new: str) -> Path:
    folder.mkdir(parents=True)
    (folder / "pack.yaml").write_text(MINIMAL.read_text().replace(old, new, 1), encoding="utf-8")
    return folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--packs", type=int, default=1000, help="packs in the library's shared folder")
    parser.add_argument("--attempts", type=int, default=100_000, help="answers in the damaged progress file")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    figures: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)

        huge = _pack(tmp / "huge", "version: 1.0.0", "version: " + "9" * 5000)
        figures["huge_integer_ms"] = _median_ms(lambda: check_pack(huge), args.runs)
        print(f"huge integer: {figures['huge_integer_ms']} ms, {check_pack(huge).errors[0].format()}", file=sys.stderr)

        text = _pack(tmp / "long", "description: What happened.", "description: " + "Long text. " * 720_000)
        figures["long_text_ms"] = _median_ms(lambda: check_pack(text), args.runs)
        print(f"7.9 MB description: {figures['long_text_ms']} ms, {check_pack(text).errors[0].message}", file=sys.stderr)

        (tmp / "big").mkdir()
        bench_load.write_pack(tmp / "big", 10_000)
        files = [read_yaml(p.read_text(encoding="utf-8"), p.name) for p in sorted((tmp / "big").glob("*.yaml"))]
        figures["number_walk_ms"] = _median_ms(lambda: [take_bad_numbers(data) for data in files], args.runs)
        print(f"bad-number walk over 10,000 events: {figures['number_walk_ms']} ms", file=sys.stderr)

        shared = tmp / "shared"
        for n in range(args.packs):
            shutil.copytree(lessons_dir() / "template", shared / f"pack-{n:04d}")
        library = Library(tmp / "user", [shared], include_built_in=False)
        figures["library_listing_ms"] = _median_ms(library.listing, args.runs)
        packs = library.listing().packs
        start = time.perf_counter()
        checked = sum(1 for _ in check_within(packs, budget_s=float("inf")))
        figures["library_check_s"] = round(time.perf_counter() - start, 2)
        figures["library_packs"] = checked
        print(f"library of {checked} packs: listed in {figures['library_listing_ms']} ms, checked in "
              f"{figures['library_check_s']} s", file=sys.stderr)

        path = tmp / progress.FILE_NAME
        pack = load_pack(lessons_dir() / "sco-balancing")
        store = progress.ProgressStore(path)
        fill(store, pack, quiz.questions_of(pack), store.create_profile("Bench", "0001"), args.attempts)
        store.close()
        db = sqlite3.connect(path)
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
        root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'attempts_by_profile'").fetchone()[0]
        db.close()
        with open(path, "r+b") as file:  # a damaged index: every answer can still be read
            file.seek((root - 1) * page_size)
            file.write(b"\x0d" + b"\xff" * (page_size - 1))
        start = time.perf_counter()
        recovery = salvage(path, tmp / "recovered.sqlite3")
        figures["recover_s"] = round(time.perf_counter() - start, 2)
        figures["recovered_answers"] = recovery.copied.get("attempts", 0)
        print(f"recovered {figures['recovered_answers']} answers in {figures['recover_s']} s", file=sys.stderr)

        store = progress.ProgressStore(tmp / "recovered.sqlite3")
        attempts = list(store.attempts())
        store.close()
        start = time.perf_counter()
        results.write_csv(results.csv_rows(attempts), tmp / "answers.csv")
        figures["export_csv_s"] = round(time.perf_counter() - start, 2)
        print(f"CSV of {len(attempts)} answers in {figures['export_csv_s']} s", file=sys.stderr)
    figures["runs"] = args.runs
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
