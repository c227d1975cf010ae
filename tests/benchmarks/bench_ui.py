"""Benchmark: what a student feels while the app starts, and the main window's repaint and selection times.

    python tests/benchmarks/bench_ui.py [--runs 5] [--events 10000]

Each measurement runs in its own process on the offscreen platform; the start-up children are interleaved, run by
run, with two floors (a bare PySide6 window, and PySide6 with pyqtgraph drawing 10,000 points), so that the ratios
compare figures taken in the same moments of a shared machine. A start is timed as a window manager times it: from
the moment the process is spawned, a thread asks the GUI thread for a reply every 10 ms (a queued call it must
answer from its event loop, as it answers a window manager's ping) once the window has painted, and

- ``responsive``: the first reply after the window's first paint (the window is painted and answers);
- ``in sight``: the first paint once the views in sight are built (the filters, the timeline, the argument, the map);
  the lists and the quiz behind the tabs may still be coming;
- ``drawn``: the first paint after every view is in place (for a floor, its first paint);
- ``stall``: the longest wait for a reply from the first paint until half a second after ``drawn``.

The app is started as ``sco-app`` starts it (on a fresh user: the first start uses the checked pack and the projected
map that ship for it, or makes them into the user's cache folder; the "repeat" start of the same user finds them
there). Then, on a synthetic pack
of ``--events`` events: building the views (as ``build_views`` does at once, after the imports and the map's
paths that the app makes in its worker), one zoom repaint of the timeline, one selection fanned out to every
view (and repainted), one full map repaint (each the median of 7 in the process); and peak memory (max RSS).
Prints progress, then as its last line one JSON object of medians over ``--runs`` runs with the targets beside
them. It asserts nothing. Run it with the Python of a non-editable install (``pip install .`` keeps the modules'
bytecode, as on a student's computer): ``.venv-bench/bin/python tests/benchmarks/bench_ui.py``.
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

# Shared by the start-up children: the time the parent spawned it is argv[1]; ``watch(window)`` follows the window's
# paints and the GUI thread's replies and prints one JSON line when the start is over.
PROBE = r"""
import json, os, resource, sys, threading, time
from PySide6.QtCore import QEvent, QMetaObject, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication
SPAWNED = float(sys.argv[1])
SETTLE = 0.5
marks = {}
pings = []  # (sent, reply time) in seconds since the spawn

class Paints(QObject):
    def __init__(self, window, in_sight):
        super().__init__()
        self.window, self.views_in, self.in_sight = window, None, in_sight
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj.isWidgetType() and obj.window() is self.window:
            now = time.time() - SPAWNED
            marks.setdefault("painted", now)
            if "sight" not in marks and self.in_sight():
                marks["sight"] = now
            if self.views_in is not None and now >= self.views_in:
                marks.setdefault("drawn", now)
        return False
    def views_built(self):
        self.views_in = time.time() - SPAWNED

def _pinger(target):
    while "painted" not in marks:
        time.sleep(0.002)
    while True:
        sent = time.time() - SPAWNED
        QMetaObject.invokeMethod(target, "stop", Qt.ConnectionType.BlockingQueuedConnection)
        pings.append((sent, time.time() - SPAWNED))
        if "drawn" in marks and sent > marks["drawn"] + SETTLE:
            break
        time.sleep(0.01)
    replies = [reply for sent, reply in pings if sent >= marks["painted"]]
    print(json.dumps({"painted_ms": 1000 * marks["painted"], "responsive_ms": 1000 * replies[0],
                      "drawn_ms": 1000 * marks["drawn"], "sight_ms": 1000 * marks.get("sight", marks["drawn"]),
                      "stall_ms": 1000 * max(reply - sent for sent, reply in pings),
                      "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}), flush=True)
    os._exit(0)

def watch(window, views_built=None, in_sight=lambda: True):
    paints = Paints(window, in_sight)
    QApplication.instance().installEventFilter(paints)
    if views_built is None:
        paints.views_in = 0.0  # a floor: its first paint shows everything
    else:
        views_built.connect(paints.views_built)
    target = QTimer()  # lives in the GUI thread: its stop() is the reply
    threading.Thread(target=_pinger, args=(target,), daemon=True).start()
    watch.keep = (paints, target)
"""

# What `sco-app` does: the application, the window frame shown at once, the views built into it as they are ready.
APP_START = PROBE + r"""
from sco_app import app as composition
qt_app = composition.start_application()
state, window = composition.launch()
# ("sight": the first paint once the views in sight are built; those behind the tabs may still be coming)
watch(window, window.views_built, lambda: window.map is not None and not any(s.in_sight for s in window._steps))
qt_app.exec()
"""

BARE_FLOOR = PROBE + r"""
from PySide6.QtWidgets import QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("floor"))
window.resize(1366, 740)
watch(window)
window.show()
app.exec()
"""

PG_FLOOR = PROBE + r"""
import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
plot = pg.PlotWidget()
plot.plot(np.random.rand(10_000), np.random.rand(10_000), pen=None, symbol="o", symbolSize=5)
window.setCentralWidget(plot)
window.resize(1366, 740)
watch(window)
window.show()
app.exec()
"""

LARGE_PACK = r"""
import json, os, resource, sys, time
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from sco_app.core.packs import load_pack
from sco_app.ui.main_window import MainWindow
from sco_app.ui.start_up import import_views, prepare_views
from sco_app.ui.state import AppState
pack = load_pack(sys.argv[2])
import_views(); prepare_views(pack)  # as the app does, in its worker, before it builds the views
t = time.perf_counter()
state = AppState(); window = MainWindow(state); state.load(pack); window.build_views()
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


def child(code: str, *args: str, env: dict | None = None) -> dict:
    """Run ``code`` in a new Python on the offscreen platform; its last JSON line (its spawn time is argv[1])."""
    env = dict(os.environ if env is None else env, QT_QPA_PLATFORM="offscreen")
    spawned = time.time()
    out = subprocess.run([sys.executable, "-c", code, repr(spawned), *args], env=env, capture_output=True, text=True,
                         timeout=120, cwd=tempfile.gettempdir())  # (the installed package, not a source tree here)
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if out.returncode != 0 or not lines:
        raise SystemExit(f"benchmark child failed:\n{out.stdout}\n{out.stderr}")
    return json.loads(lines[-1])


def user_env(home: Path) -> dict:
    """The environment of a computer user whose settings, data and cache live in ``home``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    return dict(env, HOME=str(home), XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"),
                XDG_DATA_HOME=str(home / "data"), SCO_APP_DATA_DIR=str(home / "data" / "sco-app"))


def median(values: list[float], digits: int = 1) -> float:
    return round(statistics.median(values), digits)


def start_runs(runs: int) -> dict[str, list[dict]]:
    """Each run: the app's first start on a fresh user, its repeat start, and the two floors, one after another."""
    figures: dict[str, list[dict]] = {"first": [], "repeat": [], "bare": [], "pg": []}
    for run in range(runs):
        with tempfile.TemporaryDirectory(prefix="bench-user-") as home:
            env = user_env(Path(home))
            figures["first"].append(child(APP_START, env=env))
            figures["bare"].append(child(BARE_FLOOR))
            figures["repeat"].append(child(APP_START, env=env))
            figures["pg"].append(child(PG_FLOOR))
        print(f"run {run + 1}: " + "; ".join(
            f"{name} responsive {f[-1]['responsive_ms']:.0f} ms, in sight {f[-1]['sight_ms']:.0f} ms, "
            f"drawn {f[-1]['drawn_ms']:.0f} ms, "
            f"stall {f[-1]['stall_ms']:.0f} ms" for name, f in figures.items()), file=sys.stderr)
    return figures


def compiled() -> bool:
    """Whether the sco_app that the children import has its modules' bytecode kept (as after ``pip install .``): an
    editable install run with PYTHONDONTWRITEBYTECODE compiles every module at every start, a few hundred
    milliseconds that no student's start has."""
    found = subprocess.run([sys.executable, "-c", "import sco_app, pathlib; p = pathlib.Path(sco_app.__file__).parent; "
                            "print(len(list(p.rglob('*.pyc'))), len(list(p.rglob('*.py'))))"],
                           capture_output=True, text=True, cwd=tempfile.gettempdir(), timeout=60)
    pyc, py = map(int, found.stdout.split())
    return pyc >= py


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--events", type=int, default=10_000)
    args = parser.parse_args()
    if not compiled():
        print("note: sco_app's modules have no kept bytecode here, so every start compiles them; measure a "
              "non-editable install (pip install .) for a student's figures", file=sys.stderr)
    sys.path.insert(0, str(HERE))
    from bench_load import write_pack

    starts = start_runs(args.runs)

    def of(name: str, key: str) -> float:
        return median([f[key] for f in starts[name]])

    large = []
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory(prefix="bench-user-") as home:
        write_pack(Path(tmp), args.events)
        for run in range(args.runs):
            data = child(LARGE_PACK, tmp, env=user_env(Path(home)))
            large.append(data)
            print(f"large pack run {run + 1}: {json.dumps({k: round(v, 2) for k, v in data.items()})}", file=sys.stderr)
    first_drawn, repeat_drawn = of("first", "drawn_ms"), of("repeat", "drawn_ms")
    print(json.dumps({
        "responsive_ms": of("first", "responsive_ms"), "bare_floor_ms": of("bare", "responsive_ms"),
        "responsive_ratio_bare": round(of("first", "responsive_ms") / of("bare", "responsive_ms"), 2),
        "target_responsive_ratio_bare": 2.0,
        "in_sight_ms": of("first", "sight_ms"),
        "in_sight_ratio_pg": round(of("first", "sight_ms") / of("pg", "drawn_ms"), 2),
        "drawn_ms": first_drawn, "repeat_drawn_ms": repeat_drawn, "pg_floor_ms": of("pg", "drawn_ms"),
        "drawn_ratio_pg": round(first_drawn / of("pg", "drawn_ms"), 2),
        "repeat_drawn_ratio_pg": round(repeat_drawn / of("pg", "drawn_ms"), 2), "target_drawn_ratio_pg": 1.0,
        "repeat_faster_pct": round(100 * (1 - repeat_drawn / first_drawn)), "target_repeat_faster_pct": 30,
        "stall_ms": of("first", "stall_ms"), "repeat_stall_ms": of("repeat", "stall_ms"),
        "pg_floor_stall_ms": of("pg", "stall_ms"), "target_stall_ms": 50,
        "sco_peak_rss_mb": of("repeat", "rss_mb"), "pg_floor_rss_mb": of("pg", "rss_mb"), "target_sco_rss_mb": 160,
        "events": args.events,
        "build_views_s": median([d["build_s"] for d in large], 3), "target_build_views_s": 1.0,
        "zoom_repaint_ms": median([d["zoom_repaint_ms"] for d in large]), "target_repaint_ms": 16,
        "selection_ms": median([d["selection_ms"] for d in large]), "target_selection_ms": 50,
        "map_repaint_ms": median([d["map_repaint_ms"] for d in large]), "target_map_ms": 30,
        "large_peak_rss_mb": median([d["rss_mb"] for d in large]), "target_large_rss_mb": 300,
        "runs": args.runs,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
