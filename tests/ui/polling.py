"""Waiting for a dialog a test expects, from inside the event loop that the dialog's ``exec()`` runs: ``poll(step)``
calls ``step()`` every few milliseconds until it says it is done. Every poll stops when its test ends at the latest
(tests/ui/conftest.py calls :func:`stop_all`), so that it never answers a box that a later test in the same
process opens: a PIN helper still polling after a right PIN once pressed OK on the next test's warning box.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer

_running: list[QTimer] = []


def poll(step: Callable[[], bool], interval: int = 10, times: int | None = None) -> QTimer:
    """Call ``step()`` at once (from the event loop) and then every ``interval`` ms, until it returns True, it has
    been called ``times`` times, or the test ends. The next call is timed only once ``step`` has returned, so a
    ``step`` that opens a dialog of its own is not called again from that dialog's event loop."""
    timer = QTimer(singleShot=True)
    calls = [0]

    def tick() -> None:
        calls[0] += 1
        if not step() and (times is None or calls[0] < times) and timer in _running:
            timer.start(interval)

    timer.timeout.connect(tick)
    _running.append(timer)
    timer.start(0)
    return timer


def stop_all() -> None:
    """Stop every poll (at the end of each test)."""
    while _running:
        _running.pop().stop()
