"""Live preview: edits to the open pack on disk show at once; a broken edit lists its problems and keeps the pack."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from sco_app import app
from sco_app.ui.events_table import ID_ROLE
from sco_app.ui.pack_watcher import watchable

TEMPLATE = Path(app.lessons_dir()) / "template"
OLD_TITLE = "The SCO is founded"


def _titles(win) -> list[str]:
    proxy = win.events.proxy
    return [proxy.index(row, 1).data() for row in range(proxy.rowCount())]


def _write(path: Path, text: str, atomic: bool = False) -> None:
    """Save as an editor does: in place, or (atomic) a new file renamed over the old one."""
    if atomic:
        temp = path.with_name(f".{path.name}.swp")
        temp.write_text(text, encoding="utf-8")
        os.replace(temp, path)
    else:
        path.write_text(text, encoding="utf-8")


@pytest.fixture
def authoring(qtbot, tmp_path):
    pack = tmp_path / "my-pack"
    shutil.copytree(TEMPLATE, pack)
    state, win = app.build(pack)
    qtbot.addWidget(win)
    win.resize(1100, 700)
    win.show()
    qtbot.waitExposed(win)
    state.select("sco-founded")
    win.tabs.setCurrentWidget(win.events)
    return state, win, pack / "pack.yaml"


def test_an_edit_on_disk_shows_keeping_the_selection(qtbot, authoring):
    """A changed event title reaches the events list by itself, the same event still selected (within a second on a
    quiet machine; the tests wait longer, since a busy one is slower, and measure nothing)."""
    state, win, pack_yaml = authoring
    date = state.date
    _write(pack_yaml, pack_yaml.read_text(encoding="utf-8").replace(OLD_TITLE, "The SCO is born"))
    qtbot.waitUntil(lambda: "The SCO is born" in _titles(win), timeout=10_000)
    assert state.selected == "sco-founded" and state.date == date
    assert win.events.view.currentIndex().data(ID_ROLE) == "sco-founded"
    assert "The SCO is born" in win.argument.toPlainText()


def test_a_broken_edit_lists_its_problems_and_keeps_the_last_good_pack(qtbot, authoring):
    """Broken YAML fills the problems pane with file:line:col while the old title stays; fixing it clears the pane."""
    state, win, pack_yaml = authoring
    good = pack_yaml.read_text(encoding="utf-8")
    broken = good.replace(f"title: {{en: {OLD_TITLE},", f"title: {{en: [{OLD_TITLE},")
    _write(pack_yaml, broken, atomic=True)
    pane = win.problems_pane
    qtbot.waitUntil(lambda: pane.list.topLevelItemCount() > 0, timeout=10_000)
    assert pane.isVisible()
    first = pane.list.topLevelItem(0).text(0)
    assert first.startswith(f"{pack_yaml}:") and first.count(":") >= 2
    line = int(first.split(":")[-2])
    assert broken.splitlines()[line - 1].strip().startswith(("- id: sco-founded", "title", "date"))
    assert OLD_TITLE in _titles(win) and state.selected == "sco-founded"
    assert "cannot be used" in pane.summary.text()

    QGuiApplication.clipboard().clear()
    rect = pane.list.visualItemRect(pane.list.topLevelItem(0))
    qtbot.mouseClick(pane.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert QGuiApplication.clipboard().text() == first and first in pane.note.text()
    QGuiApplication.clipboard().clear()
    pane.list.setFocus()
    qtbot.keyClick(pane.list, Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text() == first

    _write(pack_yaml, good.replace(OLD_TITLE, "The SCO is born"), atomic=True)  # the watch survived the rename
    qtbot.waitUntil(lambda: pane.list.topLevelItemCount() == 0, timeout=10_000)
    qtbot.waitUntil(lambda: "The SCO is born" in _titles(win), timeout=10_000)
    assert "No problems" in pane.summary.text() and state.selected == "sco-founded"


def test_open_in_editor_asks_the_system(qtbot, authoring, monkeypatch):
    """"Open in editor" hands the problem's file to the system's default application."""
    _state, win, pack_yaml = authoring
    opened = []
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    _write(pack_yaml, pack_yaml.read_text(encoding="utf-8").replace("lane: agreement", "lane: nowhere", 1))
    pane = win.problems_pane
    qtbot.waitUntil(lambda: pane.list.topLevelItemCount() > 0, timeout=10_000)
    assert "unknown lane" in pane.list.topLevelItem(0).text(2)
    assert pane.open_button.isEnabled()
    pane.open_button.click()
    assert opened == [str(pack_yaml.resolve())]


def test_a_new_included_file_is_watched(qtbot, authoring):
    """A file added to the pack and named under include: is watched as well."""
    _state, win, pack_yaml = authoring
    extra = pack_yaml.with_name("more.yaml")
    extra.write_text("events: []\n", encoding="utf-8")
    text = pack_yaml.read_text(encoding="utf-8").replace("\ntheories:", "\ninclude: [more.yaml]\n\ntheories:", 1)
    _write(pack_yaml, text)
    qtbot.waitUntil(lambda: str(extra) in win.pack_watcher.watched_paths(), timeout=10_000)
    qtbot.waitUntil(lambda: win.pack_watcher.last_report is not None and win.pack_watcher.last_report.ok,
                    timeout=10_000)
    lane = "{id: agreement, title: {en: More}}"
    extra.write_text(f"lanes:\n  - {lane}\n", encoding="utf-8")  # a duplicate lane id: an error in more.yaml
    qtbot.waitUntil(lambda: win.problems_pane.list.topLevelItemCount() > 0, timeout=10_000)
    assert win.problems_pane.list.topLevelItem(0).text(0).startswith(f"{extra}:")


def test_a_zipped_pack_is_watched_by_its_file(qtbot, tmp_path):
    """A pack opened as a zip reloads when the zip is replaced."""
    pack = tmp_path / "zipped"
    shutil.copytree(TEMPLATE, pack)
    archive = Path(shutil.make_archive(str(tmp_path / "zipped"), "zip", tmp_path, "zipped"))
    _state, win = app.build(archive)
    qtbot.addWidget(win)
    assert str(archive) in win.pack_watcher.watched_paths()
    yaml = pack / "pack.yaml"
    yaml.write_text(yaml.read_text(encoding="utf-8").replace(OLD_TITLE, "Zipped again"), encoding="utf-8")
    shutil.make_archive(str(tmp_path / "new"), "zip", tmp_path, "zipped")
    os.replace(tmp_path / "new.zip", archive)
    qtbot.waitUntil(lambda: "Zipped again" in _titles(win), timeout=10_000)


def test_built_in_packs_are_not_watched():
    """The packs that ship with the app are not watched; a copy elsewhere is."""
    assert watchable(TEMPLATE) is None
    assert watchable(TEMPLATE / "pack.yaml") is None
    assert watchable("") is None


def test_a_reload_waits_for_a_running_exam(qtbot, authoring, tmp_path, monkeypatch):
    """A change during an exam (the quiz engine says one runs) is loaded only once the exam is handed in, so no
    exam is cut short."""
    from sco_app.core import progress

    monkeypatch.setenv(progress.DATA_DIR_VARIABLE, str(tmp_path / "data"))
    _state, win, pack_yaml = authoring
    win.quiz.set_profile(win.quiz.store.create_profile("Ana"))
    win.quiz.start_exam(seed=1)
    assert win.quiz.exam_running()
    _write(pack_yaml, pack_yaml.read_text(encoding="utf-8").replace(OLD_TITLE, "The SCO is born"))
    qtbot.waitUntil(lambda: win.pack_watcher.last_report is not None, timeout=10_000)
    qtbot.wait(200)
    assert OLD_TITLE in _titles(win)
    win.quiz.finish_exam()
    qtbot.waitUntil(lambda: "The SCO is born" in _titles(win), timeout=10_000)


def _watcher(qtbot, pack: Path):
    from sco_app.ui.pack_watcher import PackWatcher
    from sco_app.ui.state import AppState

    watcher = PackWatcher(AppState())
    watcher.watch(pack)
    return watcher


def test_only_the_pack_files_and_their_folders_are_watched(qtbot, tmp_path):
    """pack.yaml, the files it includes and the folders holding them are watched; images and other files are not."""
    pack = tmp_path / "my-pack"
    shutil.copytree(TEMPLATE, pack)
    (pack / "more").mkdir()
    (pack / "more" / "events.yaml").write_text("events: []\n", encoding="utf-8")
    (pack / "images").mkdir()
    for n in range(40):
        (pack / "images" / f"photo-{n}.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (pack / "notes.txt").write_text("not part of the pack\n", encoding="utf-8")
    yaml = pack / "pack.yaml"
    yaml.write_text(yaml.read_text(encoding="utf-8").replace("\ntheories:", "\ninclude: [more/events.yaml]\n\ntheories:",
                                                             1), encoding="utf-8")
    watcher = _watcher(qtbot, pack)
    assert sorted(watcher.watched_paths()) == sorted(
        str(p) for p in (tmp_path, pack, yaml, pack / "more", pack / "more" / "events.yaml"))


def test_a_pack_with_too_many_files_to_watch_is_watched_by_its_folder(qtbot, tmp_path):
    """Beyond MAX_PATHS paths (each may hold a file handle) only the folders and pack.yaml are watched."""
    from sco_app.ui import pack_watcher

    pack = tmp_path / "big-pack"
    pack.mkdir()
    names = [f"part-{n:03}/events.yaml" for n in range(200)]  # 200 files in 200 folders: 403 paths
    for name in names:
        (pack / name).parent.mkdir()
        (pack / name).write_text("events: []\n", encoding="utf-8")
    (pack / "pack.yaml").write_text("format: 1\ninclude:\n" + "".join(f"  - {n}\n" for n in names), encoding="utf-8")
    watcher = _watcher(qtbot, pack)
    assert sorted(watcher.watched_paths()) == sorted([str(tmp_path), str(pack), str(pack / "pack.yaml")])
    few = names[:50]
    (pack / "pack.yaml").write_text("format: 1\ninclude:\n" + "".join(f"  - {n}\n" for n in few), encoding="utf-8")
    watcher.check_now()  # the next check reads the includes again: now few enough to watch one by one
    qtbot.waitUntil(lambda: str(pack / few[-1]) in watcher.watched_paths(), timeout=10_000)
    assert len(watcher.watched_paths()) == 3 + 2 * len(few) <= pack_watcher.MAX_PATHS


def test_the_watch_is_let_go_while_paused(qtbot, tmp_path):
    """paused() watches nothing while its block runs (a watched folder cannot be renamed on Windows), then
    watches the pack again."""
    pack = tmp_path / "my-pack"
    shutil.copytree(TEMPLATE, pack)
    watcher = _watcher(qtbot, pack)
    before = sorted(watcher.watched_paths())
    assert str(pack / "pack.yaml") in before
    with watcher.paused():
        assert watcher.watched_paths() == [] and watcher.is_paused
        os.replace(pack, tmp_path / "aside")
        shutil.copytree(TEMPLATE, pack)
        watcher._changed(str(pack))  # a change seen meanwhile is not acted on
        assert watcher.watched_paths() == []
    assert sorted(watcher.watched_paths()) == before and not watcher.is_paused


def test_a_slow_check_runs_off_the_gui_thread_and_is_said_when_past_its_budget(qtbot, authoring, monkeypatch):
    """A check that takes longer than its budget runs on a worker thread (the window keeps answering) and the
    status bar says it is still going; when it ends, the new pack shows as usual."""
    import threading

    from sco_app.ui import pack_watcher

    state, win, pack_yaml = authoring
    monkeypatch.setattr(pack_watcher, "SLOW_CHECK_MS", 50)
    threads, release = set(), threading.Event()
    real = pack_watcher.check_pack

    def slow(path):
        threads.add(threading.current_thread().name)
        release.wait(10)
        return real(path)

    monkeypatch.setattr(pack_watcher, "check_pack", slow)
    _write(pack_yaml, pack_yaml.read_text(encoding="utf-8").replace(OLD_TITLE, "The SCO is born"))
    with qtbot.waitSignal(win.pack_watcher.slow, timeout=5000):
        pass
    assert "taking a while" in win.statusBar().currentMessage() and OLD_TITLE in _titles(win)
    release.set()
    qtbot.waitUntil(lambda: "The SCO is born" in _titles(win), timeout=5000)
    assert threads == {"sco-app pack check"}
