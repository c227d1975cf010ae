"""Finding and checking the library's packs off the GUI thread, within a time budget.

The library window asks :class:`LibraryChecks` to list the packs and check them; a worker thread does
both, one pack at a time (:func:`sco_app.core.library.check_within`), and every result comes back as a
signal on the GUI thread, so the window stays responsive however many packs there are and however slow
one of them is. Checking stops when the budget is spent; a pack left unchecked is checked when the
window asks for it alone (:meth:`LibraryChecks.check_one`). A new start forgets what an older one was
still doing, and :meth:`LibraryChecks.stop` ends the work between two packs.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from sco_app.core import library as core
from sco_app.core.library import Library, Listing, Origin, read_entry


class LibraryChecks(QObject):
    """Lists and checks the packs of a library on a worker thread; reports back by signals."""

    listed = Signal(object)  # the Listing: every pack found, not yet checked
    checked = Signal(int, object)  # (row of the listing, its PackEntry)
    finished = Signal(bool)  # a listing's checks ended; True when the budget ran out before every pack was checked
    _listed = Signal(int, object)
    _checked = Signal(int, int, object)
    _finished = Signal(int, object)  # (generation, ran out: True or False; None after a single check)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.running = False
        self._generation = 0
        self._stop = threading.Event()
        self._listed.connect(self._on_listed)  # bound methods of this QObject: queued to the GUI thread
        self._checked.connect(self._on_checked)
        self._finished.connect(self._done)

    def start(self, library: Library, first: Path | None = None) -> None:
        """List ``library`` and check its packs (the one at ``first`` before the others)."""
        self._run(self._list_and_check, library, first)

    def check_one(self, row: int, path: Path, origin: Origin) -> None:
        """Check one pack (listed at ``row``), after the budget ran out or once it was chosen."""
        self._run(self._check_one, row, path, origin)

    def stop(self) -> None:
        """End the work between two packs, and forget what it still finds."""
        self._stop.set()
        self._generation += 1
        self.running = False

    def _run(self, work, *args) -> None:
        self.stop()
        self._stop = threading.Event()
        self.running = True
        threading.Thread(target=self._guarded, args=(work, self._generation, self._stop, *args), daemon=True,
                         name="sco-app library check").start()

    def _guarded(self, work, generation: int, stop: threading.Event, *args) -> None:
        ran_out = None
        try:
            ran_out = work(generation, stop, *args)
        except RuntimeError:  # the window closed while packs were being checked
            return
        except Exception:  # noqa: BLE001 - read_entry never raises; listing a folder must not end the thread
            pass
        try:
            self._finished.emit(generation, ran_out)
        except RuntimeError:
            pass

    def _list_and_check(self, generation: int, stop: threading.Event, library: Library, first: Path | None) -> bool:
        try:
            listing = library.listing()
        except OSError:
            listing = Listing()
        self._listed.emit(generation, listing)
        order = list(range(len(listing.packs)))
        if first is not None:
            order.sort(key=lambda row: not _same(listing.packs[row][0], first))
        packs = [listing.packs[row] for row in order]
        done = 0
        for index, entry in core.check_within(packs, core.CHECK_BUDGET_S, stop):
            self._checked.emit(generation, order[index], entry)
            done += 1
        return done < len(packs) and not stop.is_set()

    def _check_one(self, generation: int, stop: threading.Event, row: int, path: Path, origin: Origin) -> None:
        if not stop.is_set():
            self._checked.emit(generation, row, read_entry(path, origin))

    def _on_listed(self, generation: int, listing: Listing) -> None:
        if generation == self._generation:
            self.listed.emit(listing)

    def _on_checked(self, generation: int, row: int, entry) -> None:
        if generation == self._generation:
            self.checked.emit(row, entry)

    def _done(self, generation: int, ran_out: bool | None) -> None:
        if generation == self._generation:
            self.running = False
            if ran_out is not None:  # the end of a listing's checks, not of one pack's
                self.finished.emit(ran_out)


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == Path(b).resolve()
    except OSError:
        return False
