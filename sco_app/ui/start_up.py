"""The part of starting that is not the GUI thread's: importing what the views are made of and opening the pack.

Importing numpy and pyqtgraph and the modules of the views in sight takes most of a second, and opening a pack not
opened before (reading its YAML, checking it) and projecting the base map a few tenths more; none of it needs the GUI
thread, so :class:`Background` does it in a worker thread while the window's frame is on screen and answering. Its result
comes back to the GUI thread as a signal; Python hands the worker and the GUI thread turns (every few
milliseconds), so the window keeps answering throughout.
"""

from __future__ import annotations

import importlib
import linecache
import threading
from typing import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

FIRST_PAINT_WAIT_MS = 500  # the worker starts then even if the window has not painted (a minimised window)

def import_modules(names) -> None:
    """Import the modules ``names`` (one imported already costs nothing), then let go of their source lines: PySide
    reads the source of each module importing it, megabytes of lines never used."""
    for name in dict.fromkeys(names):
        importlib.import_module(name)
    linecache.clearcache()


def import_views() -> None:
    """Import every module the views in sight when the window opens need (those behind the tabs are imported while
    the window shows these: :class:`sco_app.ui.view_steps.StepRunner`)."""
    from sco_app.ui.view_steps import modules_in_sight

    import_modules(modules_in_sight())


def prepare_views(pack) -> None:
    """What the views can make ahead for ``pack`` off the GUI thread: the map's paths, the names of countries, the
    events' days and places as arrays."""
    from sco_app.core.event_columns import columns_of
    from sco_app.core.geo import country_names
    from sco_app.ui import map_view

    country_names()
    map_view.prepare(pack)
    columns_of(pack)


class AfterFirstPaint(QObject):
    """Calls ``run`` at the turn of the event loop after ``window`` first paints (or after
    :data:`FIRST_PAINT_WAIT_MS`). The worker starts then, not before: while it imports, the GUI thread shares
    Python with it, and the window's first paint (whose events pass through Python) would wait."""

    def __init__(self, window, run: Callable[[], None]) -> None:
        super().__init__(window)
        self.window, self.run = window, run
        QCoreApplication.instance().installEventFilter(self)
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, self, self._go)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and obj.isWidgetType() and obj.window() is self.window:
            QTimer.singleShot(0, self, self._go)
        return False

    def _go(self) -> None:
        if self.run is not None:
            run, self.run = self.run, None
            QCoreApplication.instance().removeEventFilter(self)
            run()


class Background(QObject):
    """Runs ``work`` in a worker thread once :meth:`start` is called; :attr:`finished` brings what it returned (and
    None), or None and the exception it raised, to the thread this object lives in (the GUI thread)."""

    finished = Signal(object, object)

    def __init__(self, work: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.thread: threading.Thread | None = None

    def start(self) -> None:
        self.thread = threading.Thread(target=self._run, daemon=True, name="sco-app start-up")
        self.thread.start()

    def _run(self) -> None:
        try:
            result, error = self.work(), None
        except BaseException as exc:  # noqa: BLE001 - whatever went wrong is the GUI thread's to tell
            result, error = None, exc
        try:
            self.finished.emit(result, error)
        except RuntimeError:  # the window (and this object with it) was closed first: nobody is waiting
            pass
