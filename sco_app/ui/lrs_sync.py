"""The background sending of answers to the class's LRS, as the window sees it: a status-bar line
with the queued and sent counts, restarted when the settings change. A pack's suggested server is
only offered in the settings dialog (the saved user name and password go to no address but their own).

The sending itself (:class:`sco_app.core.lrs.BackgroundSender`) runs on a thread of its own with its
own database connection; it reports through a queued Qt signal, so the UI thread never waits on the
network or on the LRS.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from sco_app.core.lrs import BackgroundSender, LrsConfig, LrsError, SyncStatus
from sco_app.ui.lrs_settings import LrsSettingsDialog, load_config
from sco_app.ui.state import AppState

START_DELAY_MS = 1500  # let the window and the lesson come up first


class SyncController(QObject):
    """Owns the background sender. ``store_path`` gives the progress file (opening the store, which
    the quiz does lazily, happens only once a server is set up)."""

    status_changed = Signal(object)  # a SyncStatus, or None when no server is set up

    def __init__(self, state: AppState, store_path: Callable[[], object], parent: QObject | None = None,
                 idle_s: float | None = None) -> None:
        super().__init__(parent)
        self.state, self.store_path, self.idle_s = state, store_path, idle_s
        self.sender: BackgroundSender | None = None
        self.config: LrsConfig | None = None
        self.last: SyncStatus | None = None
        state.pack_loaded.connect(self._pack_loaded)
        if state.pack is not None:  # made after the pack was loaded
            self._pack_loaded(state.pack)

    def _pack_loaded(self, _pack) -> None:
        QTimer.singleShot(START_DELAY_MS, self, self.restart)  # cancelled if the window goes first

    def pack_default(self) -> str | None:
        return self.state.pack.lrs_endpoint if self.state.pack is not None else None

    def restart(self) -> None:
        """(Re)start sending with the current settings; stop if no server is set up. A sender whose thread
        has ended is replaced. A replaced sender is asked to stop and the new one waits for the queue's
        lease until the old one's request under way is over."""
        config = load_config()
        if config == self.config and self.sender is not None and self.sender.is_alive():
            self.sender.wake()
            return
        self.stop()
        self.config = config
        if config is None:
            self.last = None
            self.status_changed.emit(None)
            return
        options = {} if self.idle_s is None else {"idle_s": self.idle_s}
        try:
            self.sender = BackgroundSender(self.store_path(), config, self._from_thread, **options)
        except LrsError as exc:  # an address or a plain-http password that cannot be used
            self._from_thread(SyncStatus("unusable", message=str(exc)))
            return
        self.sender.start()

    def _from_thread(self, status: SyncStatus) -> None:
        self.last = status
        try:
            self.status_changed.emit(status)  # queued to the UI thread: the sender's thread never touches widgets
        except RuntimeError:  # the window closed while the last request was under way
            pass

    def wake(self) -> None:
        if self.sender is not None:
            self.sender.wake()

    def answer_stored(self) -> None:
        """An answer was just saved: send it now if the server is answering (an offline or refusing
        server keeps its back-off; the answer waits in the queue for the next try)."""
        if self.last is not None and self.last.state in ("idle", "sending"):
            self.wake()

    def stop(self) -> None:
        """Tell the sender to end; it finishes the request under way on its own thread (the UI never waits
        for the network), and an answer not yet acknowledged stays queued."""
        if self.sender is not None:
            self.sender.stop(timeout=0)
            self.sender = None

    def edit_settings(self, parent: QWidget | None = None) -> bool:
        """Quiz ▸ Class results server…; restarts sending with what was saved."""
        dialog = LrsSettingsDialog(self.pack_default(), parent)
        if dialog.exec():
            self.config = None  # even unchanged settings: try again now
            self.restart()
            return True
        return False


class SyncStatusLabel(QLabel):
    """A status-bar line: answers queued and sent, and what is wrong if sending fails."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Class results server"))
        controller.status_changed.connect(self.show_status)
        self.hide()

    def show_status(self, status: SyncStatus | None) -> None:
        if status is None:
            self.hide()
            return
        counts = self.tr("Class results: {q} queued, {s} sent").format(q=status.queued, s=status.sent)
        if status.rejected:
            counts += self.tr(", {r} rejected").format(r=status.rejected)
        if status.state == "sending":
            text = counts + self.tr(" (sending…)")
        elif status.state == "offline":
            text = counts + self.tr(" (server not reachable; next try in {n} s)").format(n=round(status.retry_in))
        elif status.state == "refused":
            text = counts + self.tr(" (the server refused the user name or password)")
        elif status.state == "unusable":
            text = counts + self.tr(" (not sent: check Quiz ▸ Class results server…)")
        elif status.state == "waiting":
            text = counts + self.tr(" (waiting for another copy of the app to finish sending)")
        else:
            text = counts
        self.setText(text)
        self.setToolTip(status.message)
        self.setAccessibleDescription(status.message or text)
        self.show()
