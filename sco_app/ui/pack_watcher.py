"""Live preview: when a file of the open pack changes on disk, check the pack again and show the result.

:class:`PackWatcher` watches the pack's folder, its sub-folders and its files (a zipped pack: the zip and
the folder holding it), waits until the writing has settled (:data:`SETTLE_MS`), then checks the pack in a
worker thread. A good pack is loaded into the existing views, keeping the selected event, the date and
the filters; a broken one leaves the last good pack on screen and sends its problems to the
problems pane. Editors that save by writing a new file and renaming it drop the file from the watch list,
so the paths are added again after every change. Built-in packs are not watched.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from sco_app.core.packs.loader import CheckReport, check_pack
from sco_app.core.resources import lessons_dir
from sco_app.ui.state import AppState

SETTLE_MS = 300  # quiet time after the last change before the pack is checked
RETRY_MS = 1000  # how often a reload held back by a running quiz is tried again
MAX_PATHS = 2000  # folders and files watched at most (the OS limits how many a user may watch)


def watchable(path: str | Path) -> Path | None:
    """The pack folder or zip to watch for ``path``, or None (built-in packs, missing paths)."""
    if not path:
        return None
    p = Path(path).resolve()
    if p.is_file() and p.name == "pack.yaml":
        p = p.parent
    if not p.exists():
        return None
    try:
        if p.is_relative_to(lessons_dir().resolve()):
            return None  # the packs that ship with the app do not change under it
    except OSError:
        pass
    return p


def _paths_to_watch(root: Path) -> list[str]:
    """A zip and the folder it is in; or a folder, the folder it is in (which sees it replaced), its
    sub-folders and their files (hidden ones skipped)."""
    if root.is_file():
        return [str(root), str(root.parent)]
    paths: list[str] = [str(root.parent)]
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        paths.append(folder)
        paths.extend(os.path.join(folder, name) for name in sorted(files) if not name.startswith("."))
        if len(paths) >= MAX_PATHS:
            break
    return paths[:MAX_PATHS]


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
    _finished = Signal(int, object)  # (generation, CheckReport), from the worker thread

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
        self.fs = QFileSystemWatcher(self)
        self.fs.fileChanged.connect(self._changed)
        self.fs.directoryChanged.connect(self._changed)
        self.timer = QTimer(self, singleShot=True, interval=SETTLE_MS, timeout=self.check_now)
        self.retry = QTimer(self, interval=RETRY_MS, timeout=self._apply_pending)
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
        self.checked.emit(CheckReport(str(root or "")))  # nothing known wrong with the pack just opened
        if root is not None:
            self._zip_signature = _signature(root) if root.is_file() else ()
            self._rearm()

    def watched_paths(self) -> list[str]:
        return self.fs.files() + self.fs.directories()

    def _rearm(self) -> None:
        """Add the pack's paths again: new files, and files an editor replaced by renaming."""
        if self.root is None:
            return
        have = set(self.watched_paths())
        missing = [p for p in _paths_to_watch(self.root) if p not in have]
        if missing:
            self.fs.addPaths(missing)

    def _pack_loaded(self, pack) -> None:
        self.watch(pack.root)

    # -- checking ----------------------------------------------------------------------------------

    def _changed(self, _path: str) -> None:
        self._rearm()
        self.timer.start()  # starts again at every change: the check waits for a quiet moment

    def check_now(self) -> None:
        """Check the pack in a worker thread; the result comes back to :meth:`_done` on this thread."""
        if self.root is None:
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
        generation, root = self._generation, self.root
        threading.Thread(target=self._work, args=(generation, root), daemon=True,
                         name="sco-app pack check").start()

    def _work(self, generation: int, root: Path) -> None:
        try:
            report = check_pack(root)
        except Exception as exc:  # noqa: BLE001 - a checker bug must not end the app; show it as a problem
            from sco_app.core.packs.problems import Problem

            report = CheckReport(str(root), [Problem(str(root), 1, 1, f"the pack could not be checked ({exc})")])
        try:
            self._finished.emit(generation, report)
        except RuntimeError:  # the window closed while the pack was being checked
            pass

    def _done(self, generation: int, report: CheckReport) -> None:
        self._checking = False
        if generation != self._generation:
            return
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
    watcher = PackWatcher(state, busy=lambda: quiz is not None and quiz.mode == "exam", parent=window)
    watcher.checked.connect(pane.show_report)
    watcher.checked.connect(lambda report: report.ok or window.statusBar().showMessage(
        QCoreApplication.translate("PackWatcher", "The lesson pack on disk has problems; the last good version "
                                                  "stays on screen."), 6000))
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
