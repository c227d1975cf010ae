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
    a repeat start opens the built-in lesson from the cache without importing YAML or the pack checks (the first
    start reads and checks it)."""
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
    assert first.startswith("[] ['jsonschema_rs', 'sco_app.core.packs.loader', 'yaml']")
    assert repeat.startswith("[] [] ")
