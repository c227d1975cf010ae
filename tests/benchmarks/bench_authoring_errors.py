"""Benchmark: checking packs that are large and wrong, or large with a character the old reader feared.

    python tests/benchmarks/bench_authoring_errors.py

Three cases, each in a fresh process (so each has its own peak memory):

* ``hints-N``: a pack of N events (3,000 and 12,000) where every cause names an unknown event, so
  every one gets a "did you mean" hint (these were quadratic: 6.5 s and 121 s);
* ``attention``: a valid pack whose one events file is just under the 8 MiB limit, with one
  ``Attention !`` in a description (it once sent the file through a pure-Python reader: 31 s, 411 MB);
* ``slip``: the same file with one indentation slip (the located reading of a broken file).

Prints one line per case, then as its last line one JSON object with the seconds and peak memory of
each. Aims: near-linear hints (12,000 events in a few seconds), and the two 8 MiB cases within a few
times a valid pack's load. This is a benchmark, not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_load import _event, write_pack  # noqa: E402  (the same synthetic events)

from sco_app.core.packs.limits import MAX_YAML_BYTES  # noqa: E402


def _one_file_pack(root: Path, slip: bool) -> int:
    """A valid pack with one events file just under the YAML size limit; one 'Attention !' in it."""
    write_pack(root, 1)
    body, i = [], 0
    size, limit = 0, MAX_YAML_BYTES - 64 * 1024
    while size < limit:
        text = _event(i, 9000)
        body.append(text)
        size += len(text.encode("utf-8"))
        i += 1
    body[len(body) // 2] = body[len(body) // 2].replace("A synthetic episode", "Attention ! A synthetic episode")
    if slip:
        body[len(body) // 3] = body[len(body) // 3].replace("    lane:", "   lane:", 1)
    (root / "events-0.yaml").write_text("events:\n" + "".join(body), encoding="utf-8")
    return i


def _case(name: str) -> dict:
    from sco_app.core.packs import check_pack

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        if name.startswith("hints-"):
            n = int(name.split("-")[1])
            write_pack(root, n)
            for path in root.glob("events-*.yaml"):  # every cause now names an event that does not exist
                path.write_text(path.read_text(encoding="utf-8").replace("- event: ev-", "- event: evt-"), encoding="utf-8")
            events = n
        else:
            events = _one_file_pack(root, slip=name == "slip")
        start = time.perf_counter()
        report = check_pack(root)
        seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"case": name, "events": events, "seconds": round(seconds, 3), "errors": len(report.errors),
            "peak_rss_mb": round(peak, 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.case:
        print(json.dumps(_case(args.case)))
        return 0
    results = []
    for name in ("hints-3000", "hints-12000", "attention", "slip"):
        done = subprocess.run([sys.executable, __file__, "--case", name], capture_output=True, text=True, check=True)
        result = json.loads(done.stdout.strip().splitlines()[-1])
        results.append(result)
        print(f"{name}: {result['events']} events, {result['errors']} errors, {result['seconds']} s, "
              f"{result['peak_rss_mb']} MB peak", file=sys.stderr)
    print(json.dumps({r["case"]: {"seconds": r["seconds"], "peak_rss_mb": r["peak_rss_mb"], "errors": r["errors"]}
                      for r in results}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
