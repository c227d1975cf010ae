"""Benchmark: start-up, repaint and selection times of the main window, and its memory.

    python tests/benchmarks/bench_ui.py [--runs 5] [--events 10000]

Each measurement runs in its own process on the offscreen platform. Prints progress, then as its last
line one JSON object with medians over ``--runs`` runs of:
- cold start of the app to its first painted main window on the SCO pack, and of a bare PySide6 window
  holding one pyqtgraph plot (the floor), with their ratio; the app paints its window frame before it
  imports pyqtgraph, so "ready" (every view built and drawn) is given too, with its own ratio;
- on a synthetic pack of ``--events`` events: building the views, one zoom repaint of the timeline,
  one selection fanned out to every view (and repainted), one full map repaint (each the median of 7
  in the process);
- peak memory (max RSS) of the SCO-pack process and of the large-pack process.
Targets on a 2-core machine: start <= 1.25 x floor; repaint <= 16 ms; selection <= 50 ms;
map repaint <= 30 ms; memory <= 200 MB (SCO) and <= 300 MB (10,000 events). It asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Each child prints one JSON line. The app child does what `sco-app` does up to app.exec(): create the
# QApplication, build the window on the SCO pack, show it; it stops at the window's first paint.
APP_START = r"""
import json, os, resource, sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from sco_app import app as composition
painted = []
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if not painted and event.type() == QEvent.Type.Paint and obj.isWidgetType() and obj.window().isWindow() \
                and type(obj.window()).__name__ == "MainWindow":
            painted.append(time.time())
        return False
watch = FirstPaint()
app.installEventFilter(watch)
state, window = composition.launch()  # what `sco-app` runs before app.exec()
window.timeline.plot.viewport().repaint()  # the views are built and drawn: the app is usable
ready = time.time()
print(json.dumps({"painted": painted[0], "ready": ready, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}), flush=True)
os._exit(0)
"""

FLOOR_START = r"""
import json, os, resource, sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
import pyqtgraph as pg
window = QMainWindow()
window.setCentralWidget(pg.PlotWidget())
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and hasattr(obj, "window") and obj.window() is window:
            print(json.dumps({"painted": time.time(), "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}), flush=True)
            os._exit(0)
        return False
watch = FirstPaint()
app.installEventFilter(watch)
window.resize(1200, 760)
window.show()
app.exec()
"""

LARGE_PACK = r"""
import json, os, resource, sys, time
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from sco_app.core.packs import load_pack
from sco_app.ui.main_window import MainWindow
from sco_app.ui.state import AppState
pack = load_pack(sys.argv[1])
t = time.perf_counter()
state = AppState(); window = MainWindow(state); window.build_views(); state.load(pack)
window.resize(1400, 900); window.show(); app.processEvents()
build = time.perf_counter() - t
timeline, map_view = window.timeline, window.map
import statistics
def timed(action, times=7):
    spans = []
    for step in range(times):
        start = time.perf_counter(); action(step); spans.append(time.perf_counter() - start)
    return statistics.median(spans)
def zoom(step):  # alternately in and out, so the view stays about the same
    timeline.box.scaleBy(x=0.8 if step % 2 == 0 else 1.25, y=1); timeline.plot.viewport().repaint()
def select(step):
    state.select(pack.events[(step + 1) * len(pack.events) // 9].id)
    timeline.plot.viewport().repaint(); window.argument.viewport().repaint(); map_view.plot.viewport().repaint()
def map_repaint(step):
    map_view.plot.viewport().repaint()
zoom(0); zoom(1); select(0); map_repaint(0)  # warm caches once
print(json.dumps({"build_s": build, "zoom_repaint_ms": 1000 * timed(zoom), "selection_ms": 1000 * timed(select),
                  "map_repaint_ms": 1000 * timed(map_repaint),
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}), flush=True)
os._exit(0)
"""


def child(code: str, *args: str) -> tuple[dict, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, timeout=120)
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if out.returncode != 0 or not lines:
        raise SystemExit(f"benchmark child failed:\n{out.stdout}\n{out.stderr}")
    return json.loads(lines[-1]), start


def median(values: list[float], digits: int = 1) -> float:
    return round(statistics.median(values), digits)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--events", type=int, default=10_000)
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    from bench_load import write_pack

    starts, readies, floors, sco_rss, large = [], [], [], [], []
    for run in range(args.runs):
        data, began = child(APP_START)
        starts.append((data["painted"] - began) * 1000)
        readies.append((data["ready"] - began) * 1000)
        sco_rss.append(data["rss_mb"])
        data, began = child(FLOOR_START)
        floors.append((data["painted"] - began) * 1000)
        print(f"run {run + 1}: app frame painted {starts[-1]:.0f} ms, views ready {readies[-1]:.0f} ms, "
              f"floor {floors[-1]:.0f} ms", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        write_pack(Path(tmp), args.events)
        for run in range(args.runs):
            data, _ = child(LARGE_PACK, tmp)
            large.append(data)
            print(f"large pack run {run + 1}: {json.dumps({k: round(v, 2) for k, v in data.items()})}", file=sys.stderr)
    start, floor = median(starts), median(floors)
    print(json.dumps({
        "start_ms": start, "floor_ms": floor, "start_ratio": round(start / floor, 2), "target_ratio": 1.25,
        "ready_ms": median(readies), "ready_ratio": round(median(readies) / floor, 2),
        "sco_peak_rss_mb": median(sco_rss), "target_sco_rss_mb": 200,
        "events": args.events,
        "build_views_s": median([d["build_s"] for d in large], 3),
        "zoom_repaint_ms": median([d["zoom_repaint_ms"] for d in large]), "target_repaint_ms": 16,
        "selection_ms": median([d["selection_ms"] for d in large]), "target_selection_ms": 50,
        "map_repaint_ms": median([d["map_repaint_ms"] for d in large]), "target_map_ms": 30,
        "large_peak_rss_mb": median([d["rss_mb"] for d in large]), "target_large_rss_mb": 300,
        "runs": args.runs,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
