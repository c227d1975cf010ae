"""Starting: the window's frame shows at once with a quiet place for each view, the views come into it as they are
ready, what the student does meanwhile is honoured, and the pack is opened once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sco_app import app
from sco_app.core import packs
from sco_app.ui import view_steps
from sco_app.ui.argument_panel import ArgumentPanel
from sco_app.ui.quiz_panel import QuizPanel
from sco_app.ui.timeline_view import TimelineView

VIEWS = ("filters", "timeline", "map", "argument", "events", "actors", "quiz")


@pytest.fixture
def started(qtbot):
    """``app.launch()`` on the built-in pack: the window as it is when launch returns (its views not built yet)."""
    app._windows.clear()
    state, window = app.launch()
    qtbot.addWidget(window)
    yield state, window
    qtbot.waitUntil(lambda: window.views_ready, timeout=60_000)  # the worker is done before the window goes
    app._windows.clear()


def test_the_frame_shows_at_once_with_a_place_for_each_view(qtbot, started):
    """launch() returns a shown window whose menus and tabs are there and each view's place holds a named
    placeholder; then every view replaces its placeholder, which is gone, and shows the pack by the time the views
    are said to be in."""
    state, window = started
    assert window.isVisible() and not window.views_ready and window.timeline is None
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == \
        ["&Map", "&Events list", "&States list", "&Quiz"]
    assert {a.text() for a in window.menuBar().actions()} >= {"&File", "&Go", "Qui&z", "&Tour", "&Help"}
    placeholders = window.findChildren(view_steps.Placeholder)
    assert set(window.places) == set(VIEWS) and len(placeholders) == len(VIEWS)
    assert all(p.accessibleName() for p in placeholders)
    assert window.places["timeline"].text() == "Opening the timeline…"
    described = []  # what the map and the timeline say they show when the views are said to be in
    window.views_built.connect(lambda: described.append((window.map.accessibleDescription(),
                                                         window.timeline.lane_titles)))
    qtbot.waitUntil(lambda: window.views_ready, timeout=60_000)
    assert described[0][0].startswith("Status on ") and len(described[0][1]) == len(state.pack.lanes)
    assert state.pack.id == "sco-balancing" and window.places == {}
    assert isinstance(window.timeline, TimelineView) and isinstance(window.argument, ArgumentPanel)
    assert window.timeline.isVisible() and window.argument.isVisible() and window.argument.parentWidget().isVisible()
    qtbot.waitUntil(lambda: not window.findChildren(view_steps.Placeholder))
    assert window.events.model.rowCount() == len(state.pack.events)


def test_a_click_on_the_quiz_tab_before_the_quiz_is_built_is_honoured(qtbot, started):
    """The student clicks the Quiz tab while the views are still coming: its place shows at once, and the quiz
    shows in the same tab once it is built."""
    _state, window = started
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(3).center())
    assert window.tabs.currentIndex() == 3 and window.tabs.currentWidget() is window.places["quiz"]
    qtbot.waitUntil(lambda: window.views_ready, timeout=60_000)
    assert isinstance(window.quiz, QuizPanel) and window.tabs.currentWidget() is window.quiz
    assert window.quiz.isVisible()


def test_a_tab_clicked_before_its_view_is_in_brings_the_view_forward(qtbot, monkeypatch, started):
    """The student opens the States list while the views are coming: it is the first view built, before those in
    sight and the other tabs."""
    _state, window = started
    built = []
    put = view_steps.put
    monkeypatch.setattr(view_steps, "put", lambda win, name, view: built.append(name) or put(win, name, view))
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    qtbot.waitUntil(lambda: window.views_ready, timeout=60_000)
    assert built[0] == "actors" and sorted(built) == sorted(VIEWS)
    assert window.tabs.currentWidget() is window.actors and window.actors.isVisible()


def test_the_views_in_sight_come_before_those_behind_the_tabs():
    """The filters, the timeline, the argument and the map (the first tab) are built first, each view's place has
    its steps, and the start's worker imports only what those in sight need."""
    steps = view_steps.STEPS
    in_sight = [step.in_sight for step in steps]
    assert in_sight == sorted(in_sight, reverse=True)
    assert {step.place for step in steps if step.in_sight} == {"filters", "timeline", "argument", "map"}
    assert {step.place for step in steps} - {None} == set(VIEWS)
    assert {"numpy", "pyqtgraph", "sco_app.ui.map_view"} <= set(view_steps.modules_in_sight())
    assert "sco_app.ui.quiz_panel" not in view_steps.modules_in_sight()


def test_the_steps_import_what_they_need_off_the_gui_thread(qtbot, tmp_path, monkeypatch):
    """A step whose module is not imported yet waits while a worker thread imports it (and the modules of the
    steps after it); the event loop turns meanwhile, and the steps then run in their order."""
    import sys
    import threading

    from PySide6.QtCore import QObject, QTimer

    (tmp_path / "slow_view_module.py").write_text(
        "import threading, time\nTHREAD = threading.current_thread()\ntime.sleep(0.2)\n")
    (tmp_path / "later_view_module.py").write_text("import threading\nTHREAD = threading.current_thread()\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("slow_view_module", "later_view_module"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    ran, turns = [], []
    steps = [view_steps.Step(lambda _w: ran.append("first"), None),
             view_steps.Step(lambda _w: ran.append(("slow", "slow_view_module" in sys.modules)), None,
                             ("slow_view_module",)),
             view_steps.Step(lambda _w: ran.append(("later", "later_view_module" in sys.modules)), None,
                             ("later_view_module",))]
    owner = QObject()
    runner = view_steps.StepRunner(owner, steps)
    done = []
    runner.done.connect(lambda: done.append(True))
    ticker = QTimer(owner, interval=20, timeout=lambda: turns.append(len(ran)))
    ticker.start()
    runner.start()
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    assert ran == ["first", ("slow", True), ("later", True)] and steps == []
    assert sys.modules["slow_view_module"].THREAD is not threading.main_thread()
    assert sys.modules["later_view_module"].THREAD is not threading.main_thread()
    assert turns.count(1) >= 3  # the loop turned while the module was being imported


def test_a_key_pressed_before_the_views_are_in_is_done_once_they_are(qtbot, started):
    """Right (next event) pressed while the views are coming selects the first event once they are in, and the
    timeline and the argument show it."""
    state, window = started
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert state.selected == ""
    qtbot.waitUntil(lambda: window.views_ready, timeout=60_000)
    first = state.pack.events[0]
    assert state.selected == first.id
    assert first.title.get("en") in window.argument.toPlainText()


def test_the_window_answers_between_the_views(qtbot, started):
    """The views are built one per turn of the event loop: while they come, the event loop turns (a timer set
    after launch fires before the last view is in)."""
    _state, window = started
    fired = []
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, lambda: fired.append(window.views_ready))
    qtbot.waitUntil(lambda: window.views_ready, timeout=60_000)
    assert fired == [False]


def test_a_deep_link_start_opens_the_pack_once(qtbot, monkeypatch, main_loop_till_views):
    """`sco-app --event ...` reads the pack once: the link is checked on it and the window shows it."""
    opened = []
    load = packs.load_pack
    monkeypatch.setattr(packs, "load_pack", lambda path: opened.append(path) or load(path))
    app._windows.clear()
    from sco_app.cli import main

    assert main(["--event", "tulip-revolution"]) == 0
    window = app._windows[0]
    qtbot.addWidget(window)
    assert len(opened) == 1 and window.state.selected == "tulip-revolution"
    app._windows.clear()


def test_a_language_switch_opens_no_pack(qtbot, monkeypatch):
    """Switching to Indonesian builds the new window on the pack already open, without reading it again."""
    state, window = app.build()
    qtbot.addWidget(window)
    monkeypatch.setattr(packs, "load_pack", lambda path: pytest.fail(f"the pack was read again: {path}"))
    new_state, new_window = app.switch_language(state, window, "id")
    qtbot.addWidget(new_window)
    assert new_state.pack is state.pack and new_window.views_ready
    assert new_window.tabs.tabText(3) == "&Kuis"
    QApplication.processEvents()


OPENING = """
import sys
from sco_app import cli
cli._parser().parse_args([])
before = sorted(m for m in ("numpy", "pyqtgraph", "sco_app.core.authoring.quiz_export") if m in sys.modules)
from sco_app import app
app._recover_library()
pack, _why = app._last_or_built_in()
after = sorted(m for m in ("yaml", "jsonschema_rs", "sco_app.core.packs.loader") if m in sys.modules)
print(before, after, pack.id)
"""


def test_a_repeat_start_imports_nothing_it_does_not_use(tmp_path):
    """Before the window shows, reading the command line imports neither numpy nor pyqtgraph nor the quiz exporter;
    a first start opens the built-in lesson as it ships checked, and a repeat start as it is then, neither
    importing YAML or the pack checks."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(tmp_path), XDG_CACHE_HOME=str(tmp_path / "cache"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), SCO_APP_DATA_DIR=str(tmp_path / "data" / "sco-app"),
               QT_QPA_PLATFORM="offscreen")

    def start() -> str:
        done = subprocess.run([sys.executable, "-c", OPENING], env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    first, repeat = start(), start()
    assert first == repeat == "[] [] sco-balancing"
