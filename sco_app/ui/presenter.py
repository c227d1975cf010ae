"""Presenter mode (F5): the window as a projection for the front of a classroom, and what a clicker does there.

Entering it lays the timeline, the map and the argument (with the tour's narrative) out for a projector
(:class:`~sco_app.ui.presenter_layout.PresenterLayout`), whatever tab was open, full screen on the chosen screen
(View ▸ Presenter screen, remembered). With the projection on a second screen, the lecturer's own screen shows the
narrative, the next step and a clock (:class:`~sco_app.ui.lecturer_view.LecturerView`).

Its type is sized for the back row: running text ``presenter_pixels`` high for the projection's height, so that the
smallest text on any view (see ``theme.TEXT_SIZES``) is at least ``MIN_PX`` at 1024x768, and the zoom (Ctrl+= /
Ctrl+-) scales it further. The clicker's forward also walks through a class question: the first click after "Check
your understanding" reveals the answer, the next one goes on.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QRect, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from sco_app.core.preferences import PRESENTER_SCREEN
from sco_app.ui import theme
from sco_app.ui.lecturer_view import LecturerView
from sco_app.ui.presenter_layout import BlackScreen, PresenterLayout
from sco_app.ui.private_settings import preferences

MIN_PX = 20  # the least text height, in pixels, on a 1024x768 projection at no zoom
LINES = 32  # on a taller projection, the running text is its height / LINES pixels


def presenter_pixels(height: int) -> float:
    """Running text in presenter mode, in pixels, for a projection ``height`` pixels tall (before the zoom)."""
    return max(math.ceil(MIN_PX / min(theme.TEXT_SIZES.values())), height / LINES)


def chosen_screen() -> str:
    return preferences().get(PRESENTER_SCREEN)


def choose_screen(name: str) -> None:
    """Project on the screen called ``name`` from now on ("" : the screen the window is on)."""
    preferences().set(PRESENTER_SCREEN, name)


class PresenterMode(QObject):
    changed = Signal(bool)  # presenter mode turned on or off

    def __init__(self, window, bar, player) -> None:
        super().__init__(window)
        self.window, self.bar, self.player = window, bar, player
        self.on = False
        self.layout: PresenterLayout | None = None
        self.lecturer: LecturerView | None = None
        self.black = BlackScreen(window)
        self._height, self._dpi, self._before = 768, 96.0, {}
        window.installEventFilter(self)
        player.step_shown.connect(self._step_shown)
        player.ended.connect(self._step_shown)

    # -- the screens ---------------------------------------------------------------------------------

    def projection_screen(self):
        """The screen to project on: the chosen one if it is connected, else the one the window is on."""
        name = chosen_screen()
        return next((s for s in QGuiApplication.screens() if name and s.name() == name), None) or self.window.screen()

    # -- on and off ------------------------------------------------------------------------------------

    def toggle(self) -> None:
        self.leave() if self.on else self.enter()

    def enter(self, area: QRect | None = None) -> None:
        """Project full screen on the chosen screen; or, given ``area``, lay the window out at that place and size
        without going full screen (to draw it to a file)."""
        if self.on:
            return
        window = self.window
        home, target = window.screen(), (None if area is not None else self.projection_screen())
        self._before = {"geometry": window.saveGeometry(), "maximized": window.isMaximized(),
                        "fullscreen": window.isFullScreen(), "screen": home}
        window.lend_views()
        self.bar.set_compact(True)
        self.layout = PresenterLayout(window, self.bar, self.player)
        window.setCentralWidget(self.layout)
        for chrome in (window.menuBar(), window.statusBar()):
            chrome.hide()
        window.map.set_compact_legends(True)
        self.on = True
        geometry = area if area is not None else target.geometry()
        self._height = geometry.height()
        self._dpi = (target or home).logicalDotsPerInchY()
        if area is not None:
            window.setGeometry(area)
            window.show()
        else:
            if window.windowHandle() is not None:
                window.windowHandle().setScreen(target)
            window.setGeometry(geometry)
            window.showFullScreen()
        self._apply_font()
        if target is not None and target is not home:
            self.lecturer = LecturerView(window.state, self.player, self, parent=window)  # closes with the window
            self.lecturer.addActions(window.actions())  # F5, the zoom keys: the lecturer's keyboard is the laptop's
            self.lecturer.setGeometry(home.availableGeometry())
            self.lecturer.show()
        self._step_shown()
        self.changed.emit(True)

    def leave(self) -> None:
        if not self.on:
            return
        window = self.window
        self.black.cover(False)
        if self.lecturer is not None:
            self.lecturer.close()
            self.lecturer.deleteLater()
            self.lecturer = None
        self.bar.set_compact(False)
        window.top_column.insertWidget(0, self.bar)
        window.take_back_views().deleteLater()
        self.layout = None
        window.map.set_compact_legends(False)
        window.setFont(QFont())  # the interface font again (it follows the zoom)
        for moved in (self.bar, window.timeline, window.map, window.argument):
            for widget in (moved, *moved.findChildren(QWidget)):
                widget.setFont(QFont())  # Qt keeps a moved widget's old font as its own: inherit the window's again
        for chrome in (window.menuBar(), window.statusBar()):
            chrome.show()
        self.on = False
        if window.windowHandle() is not None and self._before["screen"] in QGuiApplication.screens():
            window.windowHandle().setScreen(self._before["screen"])  # back from the projector
        if self._before.get("maximized"):
            window.showMaximized()
        elif not self._before.get("fullscreen"):  # a window that was full screen before stays so
            window.showNormal()
            window.restoreGeometry(self._before["geometry"])
        self.changed.emit(False)

    def _apply_font(self) -> None:
        """The presenter's type for the projection's height, times the zoom: every view lays itself out again."""
        font = QFont(QApplication.font())
        font.setPointSizeF(presenter_pixels(self._height) * theme.zoom_factor() * 72.0 / self._dpi)
        self.window.setFont(font)
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # every widget's size for its new type, now
        if self.layout is not None:
            self.layout.arrange()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ApplicationFontChange and watched is self.window and self.on:
            self._apply_font()  # Ctrl+= / Ctrl+- in presenter mode
        return False

    # -- what the clicker does -------------------------------------------------------------------------

    @property
    def question(self):
        return self.layout.question if self.layout is not None else None

    def forward(self) -> None:
        """Next: show a black screen again, else reveal the asked question's answer, else the next step."""
        if self.black.isVisible():
            self.toggle_black()
        elif self.question is not None and self.question.asking and not self.question.revealed:
            self.question.reveal()
        else:
            self.player.next()  # a question asked and answered closes as the step changes

    def back(self) -> None:
        """Back: show a black screen again, else close the asked question, else the previous step."""
        if self.black.isVisible():
            self.toggle_black()
        elif self.question is not None and self.question.asking:
            self._close_question()
        else:
            self.player.previous()

    def first(self) -> None:
        self.black.cover(False)
        self.player.go(0)

    def last(self) -> None:
        self.black.cover(False)
        if self.player.tour is not None:
            self.player.go(len(self.player.tour.steps) - 1)

    def toggle_black(self) -> None:
        """B or ".": black the projection, or show it again."""
        self.black.cover(not self.black.isVisible())
        if self.lecturer is not None:
            self.lecturer.show_black(self.black.isVisible())

    def escape(self) -> bool:
        """Escape: show a black screen again, else leave presenter mode."""
        if self.black.isVisible():
            self.toggle_black()
        elif self.on:
            self.leave()
        else:
            return False
        return True

    def ask(self) -> bool:
        """"Check your understanding" in presenter mode: the step's question to the room; nothing is recorded."""
        step = self.player.step
        if not self.on or step is None or not step.question or not self.question.ask(step.question):
            return False
        self.layout.show_question(True)
        if self.lecturer is not None:
            self.lecturer.show_question(step.question)
        return True

    def _close_question(self) -> None:
        if self.question is not None and self.question.asking:
            self.question.clear()
            self.layout.show_question(False)
        if self.lecturer is not None:
            self.lecturer.show_question(None)

    def _step_shown(self, *_args) -> None:
        if not self.on:
            return
        self._close_question()
        self.layout.show_step(self.player.step)
        if self.lecturer is not None:
            self.lecturer.follow()
