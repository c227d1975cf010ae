"""Short, smooth moves of a view from one frame to another, and the OS's wish for reduced motion.

A glide never lasts longer than ``MOST_MS``; with reduced motion it is a jump. Reduced motion is asked for by the
View menu (remembered), by ``SCO_APP_REDUCED_MOTION=1``, or on Windows by turning animations off in the system.
"""

from __future__ import annotations

import os
import sys
from typing import Callable

from PySide6.QtCore import QEasingCurve, QObject, QRectF, QVariantAnimation

from sco_app.core.preferences import REDUCED_MOTION
from sco_app.ui.private_settings import preferences

MOST_MS = 250  # the ceiling is 300 ms


def _windows_animations_off() -> bool:
    if sys.platform != "win32":
        return False
    try:
        import ctypes

        enabled = ctypes.c_int(1)
        SPI_GETCLIENTAREAANIMATION = 0x1042  # noqa: N806 - the Win32 name
        ctypes.windll.user32.SystemParametersInfoW(SPI_GETCLIENTAREAANIMATION, 0, ctypes.byref(enabled), 0)
        return not enabled.value
    except (OSError, AttributeError):
        return False


_instant: list[bool] = [False]


def set_instant(on: bool) -> None:
    """Make every glide a jump (drawing to a file has no time to watch one)."""
    _instant[0] = on


def reduced_motion() -> bool:
    """Whether views should jump rather than glide."""
    if _instant[0]:
        return True
    if os.environ.get("SCO_APP_REDUCED_MOTION", "") not in ("", "0"):
        return True
    if preferences().get(REDUCED_MOTION):
        return True
    return _windows_animations_off()


def _mix(a: QRectF, b: QRectF, t: float) -> QRectF:
    return QRectF(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t,
                  a.width() + (b.width() - a.width()) * t, a.height() + (b.height() - a.height()) * t)


class Glide(QObject):
    """Moves one view's frame; a new glide of the same view replaces the one under way."""

    def __init__(self, apply: Callable[[QRectF], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.apply = apply
        self.animation: QVariantAnimation | None = None

    def to(self, start: QRectF, end: QRectF) -> None:
        if self.animation is not None:
            self.animation.stop()
            self.animation = None
        if reduced_motion() or start == end:
            self.apply(end)
            return
        animation = QVariantAnimation(self)
        animation.setDuration(MOST_MS)
        animation.setStartValue(0.0)
        animation.setEndValue(1.0)
        animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        animation.valueChanged.connect(lambda t: self.apply(_mix(start, end, float(t))))
        animation.finished.connect(lambda: self.apply(end))
        self.animation = animation
        animation.start()

    def running(self) -> bool:
        return self.animation is not None and self.animation.state() == QVariantAnimation.State.Running
