"""Live preview: when a file of the open pack changes on disk, check the pack again and show the result.

:class:`PackWatcher` watches the pack's folder (and the folder holding it, which sees it replaced),
pack.yaml, the files pack.yaml includes and the sub-folders holding them (a zipped pack: the zip and the
folder holding it). Images and other files are not watched: on some systems every watched path holds a
file handle, so at most :data:`MAX_PATHS` are; a pack that needs more is watched by its folder and
pack.yaml only. The watcher waits until the writing has settled (:data:`SETTLE_MS`), then checks the
pack in a worker thread, so the window keeps answering however long that takes; a check still running
after :data:`SLOW_CHECK_MS` is said (:attr:`PackWatcher.slow`), and its result is used when it comes. A good pack is loaded into the existing views, keeping the selected event, the
date and the filters; a broken one leaves the last good pack on screen and sends its problems to the
problems pane. Editors that save by writing a new file and renaming it drop the file from the watch list,
so the paths are added again after every change. Built-in packs are not watched. While the pack's folder
is being replaced (an update from the library) the watch is let go (:meth:`PackWatcher.paused`), since
a watched folder cannot be renamed on Windows.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from sco_app.core.packs.files import (
    PACK_FILE,
    FileProblem,
    clean_relative,
    open_pack_files,
)
from sco_app.core.packs.limits import MAX_INCLUDES
from sco_app.core.packs.loader import CheckReport, check_pack
from sco_app.core.packs.yaml_reader import YamlProblems, read_yaml
from sco_app.core.resources import is_built_in
from sco_app.ui.state import AppState

SETTLE_MS = 300  # quiet time after the last change before the pack is checked
RETRY_MS = 1000  # how often a reload held back by a running quiz is tried again
MAX_PATHS = 256  # folders and files watched at most (on macOS each one holds a file handle)
SLOW_CHECK_MS = 3000  # a check running longer than this is said in the status bar


def watchable(path: str | Path) -> Path | None:
    """The pack folder or zip to watch for ``path``, or None (built-in packs, missing paths)."""
    if not path:
        return None
    p = Path(path).resolve()
    if p.is_file() and p.name == "pack.yaml":
        p = p.parent
    if not p.exists() or is_built_in(p):
        return None  # (the packs that ship with the app do not change under it)
    return p


def included_files(root: Path) -> list[str]:
    """The files the pack folder ``root`` is read from: pack.yaml and the files it includes, relative to
    ``root`` (those whose names leave the pack skipped). Just pack.yaml if it cannot be read."""
    names = [PACK_FILE]
    try:
        files = open_pack_files(root)
        data = read_yaml(files.read_text(PACK_FILE), files.display(PACK_FILE))
    except (FileProblem, YamlProblems, OSError, ValueError):
        return names
    includes = data.get("include") if isinstance(data, dict) else None
    for name in (includes if isinstance(includes, list) else ())[:MAX_INCLUDES]:
        rel = clean_relative(name) if isinstance(name, str) else None
        if rel is not None and rel not in names:
            names.append(rel)
    return names


def _paths_to_watch(root: Path, files: list[str] | None = None) -> list[str]:
    """A zip and the folder it is in; or a folder: the folder it is in (which sees it replaced), the
    folder itself, its files ``files`` (relative; by default pack.yaml and the files it includes) and
    the sub-folders holding them. Only paths that exist; beyond :data:`MAX_PATHS` just the two folders
    and pack.yaml."""
    if root.is_file():
        return [str(root), str(root.parent)]
    folders = [str(f) for f in (root.parent, root) if f.is_dir()]  # a pack folder moved away comes back
    paths: list[str] = []
    for rel in included_files(root) if files is None else files:
        path = root / rel
        for folder in reversed(path.parents):  # each sub-folder between the pack's folder and the file
            if folder != root and folder.is_relative_to(root) and str(folder) not in folders and folder.is_dir():
                folders.append(str(folder))
        if path.is_file() and str(path) not in paths:
            paths.append(str(path))
    if len(folders) + len(paths) > MAX_PATHS:  # too many to watch one by one: the folder sees files renamed
        return folders[:2] + paths[:1]  # in or added, pack.yaml (the first file) edits in place
    return folders + paths


def _signature(root: Path) -> tuple:
    """What a zipped pack looks like on disk now; a change to its folder that leaves it alone is skipped."""
    try:
        info = root.stat()
    except OSError:
        return ()
    return info.st_mtime_ns, info.st_size


class PackWatcher(QObject):
    """Watches the open pack on disk and keeps the state's pack up to date with it."""

    checked = Signal(object)  # the CheckReport of the latest check (good or bad)
    reloaded = Signal(object)  # the LessonPack now on screen, loaded again from disk
    slow = Signal()  # a check has been running longer than SLOW_CHECK_MS (its result will still come)
    _finished = Signal(int, object, object)  # (generation, CheckReport, files read), from the worker thread

    def __init__(self, state: AppState, busy=None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.busy = busy or (lambda: False)  # True while a reload must wait (an exam under way)
        self.root: Path | None = None
        self.last_report: CheckReport | None = None
        self._generation = 0
        self._checking = False
        self._pending = None  # a good pack held back while busy()
        self._zip_signature: tuple = ()
        self._files: list[str] | None = None  # pack.yaml and its includes, as last read
        self._paused = 0  # how many paused() blocks are running
        self._thread: threading.Thread | None = None
        self.fs = QFileSystemWatcher(self)
        self.fs.fileChanged.connect(self._changed)
        self.fs.directoryChanged.connect(self._changed)
        self.timer = QTimer(self, singleShot=True, interval=SETTLE_MS, timeout=self.check_now)
        self.retry = QTimer(self, interval=RETRY_MS, timeout=self._apply_pending)
        self.budget = QTimer(self, singleShot=True, timeout=lambda: self._checking and self.slow.emit())
        self._finished.connect(self._done)
        state.pack_loaded.connect(self._pack_loaded)
        if state.pack is not None:
            self.watch(state.pack.root)

    # -- what is watched ---------------------------------------------------------------------------

    def watch(self, path: str | Path | None) -> None:
        """Watch the pack at ``path`` (nothing if it is built in or gone); stop watching the old one."""
        root = watchable(path) if path else None
        if root == self.root:
            return
        self._generation += 1  # a check of the old pack still running is forgotten
        self.timer.stop()
        self.retry.stop()
        self._pending = None
        self.last_report = None
        watched = self.fs.files() + self.fs.directories()
        if watched:
            self.fs.removePaths(watched)
        self.root = root
        self._files = None
        self.checked.emit(CheckReport(str(root or "")))  # nothing known wrong with the pack just opened
        if root is not None:
            self._zip_signature = _signature(root) if root.is_file() else ()
            if root.is_dir():
                self._files = included_files(root)
            self._rearm()

    def watched_paths(self) -> list[str]:
        return self.fs.files() + self.fs.directories()

    def _rearm(self) -> None:
        """Add the pack's paths again (new files, and files an editor replaced by renaming); let go of
        those no longer part of the pack."""
        if self.root is None or self._paused:
            return
        wanted = _paths_to_watch(self.root, self._files)
        have = set(self.watched_paths())
        stale = list(have - set(wanted))
        if stale:
            self.fs.removePaths(stale)
        missing = [p for p in wanted if p not in have]
        if missing:
            self.fs.addPaths(missing)

    @contextmanager
    def paused(self):
        """Let go of every watched path while the block runs (say, while the pack's folder is replaced by
        an update: Windows cannot rename a folder that is watched), then watch again and check the pack.
        A check still running when the block starts is waited for and its result dropped."""
        self._paused += 1
        self._generation += 1  # what a check now running found is out of date
        self.timer.stop()
        self.retry.stop()
        self._pending = None
        watched = self.watched_paths()
        if watched:
            self.fs.removePaths(watched)
        if self._thread is not None:
            self._thread.join(timeout=10)  # a check reading the files would hold them open, too
        try:
            yield self
        finally:
            self._paused -= 1
            if not self._paused and self.root is not None:
                if self.root.is_dir():
                    self._files = included_files(self.root)
                self._rearm()  # a pack folder not back yet is seen coming back by the folder it is in
                self.timer.start()  # see what the pack on disk is now

    @property
    def is_paused(self) -> bool:
        return self._paused > 0

    def _pack_loaded(self, pack) -> None:
        self.watch(pack.root)

    # -- checking ----------------------------------------------------------------------------------

    def _changed(self, _path: str) -> None:
        if self._paused:
            return
        self._rearm()
        self.timer.start()  # starts again at every change: the check waits for a quiet moment

    def check_now(self) -> None:
        """Check the pack in a worker thread; the result comes back to :meth:`_done` on this thread."""
        if self.root is None or self._paused:
            return
        self._rearm()
        if self.root.is_file():
            signature = _signature(self.root)
            if signature == self._zip_signature and self.last_report is not None and self.last_report.ok:
                return  # something else in the zip's folder changed
            self._zip_signature = signature
        if self._checking:
            self.timer.start()  # one check at a time; this one runs when the current one is done
            return
        self._checking = True
        self.budget.start(SLOW_CHECK_MS)
        generation, root = self._generation, self.root
        self._thread = threading.Thread(target=self._work, args=(generation, root), daemon=True,
                                        name="sco-app pack check")
        self._thread.start()

    def _work(self, generation: int, root: Path) -> None:
        files = None
        try:
            report = check_pack(root)
            files = included_files(root) if root.is_dir() else None
        except Exception as exc:  # noqa: BLE001 - a checker bug must not end the app; show it as a problem
            from sco_app.core.packs.problems import Problem

            report = CheckReport(str(root), [Problem(str(root), 1, 1, f"the pack could not be checked ({exc})")])
        try:
            self._finished.emit(generation, report, files)
        except RuntimeError:  # the window closed while the pack was being checked
            pass

    def _done(self, generation: int, report: CheckReport, files: list[str] | None = None) -> None:
        self._checking = False
        self.budget.stop()
        if generation != self._generation:
            return
        if files is not None:
            self._files = files  # an include added or dropped: watch what the pack is read from now
            self._rearm()
        self.last_report = report
        self.checked.emit(report)
        if report.pack is not None and report.pack != self.state.pack:  # a save that changed nothing is skipped
            self._pending = report.pack
            self._apply_pending()

    def _apply_pending(self) -> None:
        if self._pending is None:
            self.retry.stop()
            return
        if self.busy():
            self.retry.start()
            return
        pack, self._pending = self._pending, None
        self.retry.stop()
        reload_keeping_view(self.state, pack)
        self.reloaded.emit(pack)


def reload_keeping_view(state: AppState, pack) -> None:
    """Load ``pack`` into ``state`` and bring back the selected event, the date and the filters that still exist."""
    selected, date = state.selected, state.date
    theories, lanes, actors = state.theories, state.lanes, state.actors
    state.load(pack)
    theory_ids = {t.id for t in pack.theories}
    state.set_filters(theories & theory_ids, lanes & {lane.id for lane in pack.lanes},
                      actors & {a.code for a in pack.actors})
    if selected and selected in {e.id for e in pack.events}:
        state.select(selected)
    if date is not None:
        state.set_date(date)


def attach_live_preview(state: AppState, window) -> PackWatcher:
    """Give ``window`` a problems pane and a watcher that keeps the open pack in step with the disk."""
    from PySide6.QtCore import QCoreApplication, Qt

    from sco_app.ui.problems_pane import ProblemsPane

    pane = ProblemsPane(window)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, pane)
    pane.hide()
    quiz = getattr(window, "quiz", None)
    watcher = PackWatcher(state, busy=lambda: quiz is not None and quiz.exam_running(), parent=window)
    watcher.checked.connect(pane.show_report)
    watcher.checked.connect(lambda report: report.ok or window.statusBar().showMessage(
        QCoreApplication.translate("PackWatcher", "The lesson pack on disk has problems; the last good version "
                                                  "stays on screen."), 6000))
    watcher.slow.connect(lambda: window.statusBar().showMessage(
        QCoreApplication.translate("PackWatcher", "Checking the changed lesson pack is taking a while; the pack on "
                                                  "screen stays until the check is done.")))
    watcher.reloaded.connect(lambda _pack: window.statusBar().showMessage(
        QCoreApplication.translate("PackWatcher", "The lesson pack changed on disk and was loaded again."), 4000))
    view_menu = getattr(window, "view_menu", None)
    if view_menu is not None:
        toggle = pane.toggleViewAction()
        toggle.setText(QCoreApplication.translate("PackWatcher", "&Problems in the lesson pack"))
        view_menu.addSeparator()
        view_menu.addAction(toggle)
    window.problems_pane, window.pack_watcher = pane, watcher
    return watcher
