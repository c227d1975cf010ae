"""The main window's tours and presenter mode: the Tour menu, the tour bar, F5 and Escape.

Presenter mode is for the front of a classroom: full screen, no menus, filters or status bar, and the argument
panel and the tour's narrative in large type (on top of the UI zoom, which still applies).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu

from sco_app.ui import motion
from sco_app.ui.tour_bar import TourBar
from sco_app.ui.tour_player import TourPlayer

PRESENTER_SCALE = 1.6  # type in presenter mode, against the interface font


class TourControls(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window, state = window, window.state
        self.player = TourPlayer(state, window.timeline, window.map, self)
        self.bar = TourBar(state, self.player)
        window.top_column.insertWidget(0, self.bar)
        self.bar.question_requested.connect(self._ask)
        self.bar.presenter_requested.connect(self.toggle_presenter)
        self.presenting = False
        self._before: dict = {}
        self.menu = window.menuBar().insertMenu(window.help_menu.menuAction(), QMenu(self.tr("&Tour"), window))
        self.menu.menu().aboutToShow.connect(self._fill_menu)
        self.presenter_action = QAction(self.tr("&Presenter mode"), window, shortcut=QKeySequence(Qt.Key.Key_F5),
                                        checkable=True)
        self.presenter_action.setToolTip(self.tr("Full screen with large type for a projector; Escape leaves"))
        self.presenter_action.triggered.connect(lambda _checked: self.toggle_presenter())
        window.addAction(self.presenter_action)  # F5 works with the menu bar hidden
        calm = window.view_menu.addAction(self.tr("Reduce &motion"))
        calm.setCheckable(True)
        calm.setChecked(QSettings("sco-app", "sco-app").value(motion.SETTING, False) in (True, "true"))
        calm.setToolTip(self.tr("Tour steps and framing jump instead of gliding"))
        calm.toggled.connect(lambda on: QSettings("sco-app", "sco-app").setValue(motion.SETTING, on))
        self.reduce_motion_action = calm
        self.leave = QShortcut(QKeySequence(Qt.Key.Key_Escape), window, self.toggle_presenter, enabled=False)
        self.clicker = [QShortcut(QKeySequence(key), window, slot, enabled=False)  # presentation clickers
                        for key, slot in ((Qt.Key.Key_PageDown, self.player.next), (Qt.Key.Key_PageUp, self.player.previous))]
        self.space = QShortcut(QKeySequence(Qt.Key.Key_Space), window, self.player.next, enabled=False)
        self.player.started.connect(lambda _tour: self._enable_keys())
        self.player.ended.connect(self._enable_keys)
        state.pack_loaded.connect(lambda _pack: self._fill_menu())  # Ctrl+T must work before the menu is opened
        state.exam_mode_changed.connect(self._exam_mode_changed)
        self._fill_menu()

    def _fill_menu(self) -> None:
        menu, state = self.menu.menu(), self.window.state
        menu.clear()
        tours = state.pack.tours if state.pack else ()
        for n, tour in enumerate(tours):
            action = menu.addAction(self.tr("Start “{title}”").format(title=state.text(tour.title)))
            if n == 0:
                action.setShortcut(QKeySequence("Ctrl+T"))
            action.triggered.connect(lambda _checked=False, t=tour.id: self.player.start(t))
            action.setEnabled(not state.exam_mode)  # a tour tells readings: none during an exam
        if not tours:
            menu.addAction(self.tr("(this lesson has no tour)")).setEnabled(False)
        menu.addSeparator()
        end = menu.addAction(self.tr("&End tour"))
        end.setEnabled(self.player.playing)
        end.triggered.connect(self.player.stop)
        menu.addAction(self.presenter_action)

    def _exam_mode_changed(self, exam: bool) -> None:
        """An exam ends a tour under way and keeps tours closed until it is over."""
        if exam and self.player.playing:
            self.player.stop()
        self._fill_menu()

    def step(self, offset: int) -> bool:
        """Left and Right (Go menu): a step of the tour while one plays; True if they were taken."""
        if not self.player.playing:
            return False
        if offset > 0:
            self.player.next()
        else:
            self.player.previous()
        return True

    def _enable_keys(self) -> None:
        playing = self.player.playing
        for shortcut in self.clicker:
            shortcut.setEnabled(playing)
        self.space.setEnabled(playing and self.presenting)

    def _ask(self, question_id: str) -> None:
        if self.presenting:
            self.toggle_presenter()  # the quiz needs the room
        self.window.tabs.setCurrentWidget(self.window.quiz)
        self.window.quiz.start_practice([question_id])

    def toggle_presenter(self) -> None:
        window = self.window
        if not self.presenting:
            self._before = {"maximized": window.isMaximized(), "fullscreen": window.isFullScreen(),
                            "argument": QFont(window.argument.font()), "bar": QFont(self.bar.font()),
                            "sizes": window.bottom.sizes()}
            for widget in (window.menuBar(), window.statusBar(), window.filters):
                widget.hide()
            large = QFont(window.font())
            large.setPointSizeF(large.pointSizeF() * PRESENTER_SCALE)
            window.argument.setFont(large)
            self.bar.setFont(large)
            window.argument.show_event(window.state.selected)  # lays the text out again in the large type
            window.showFullScreen()
            total = sum(window.bottom.sizes())
            window.bottom.setSizes([total // 2, total - total // 2])  # room for the argument in large type
            self.presenting = True
        else:
            for widget in (window.menuBar(), window.statusBar(), window.filters):
                widget.show()
            window.argument.setFont(self._before["argument"])
            self.bar.setFont(self._before["bar"])
            window.argument.show_event(window.state.selected)
            window.bottom.setSizes(self._before["sizes"])
            if self._before["maximized"]:
                window.showMaximized()
            elif not self._before["fullscreen"]:  # a window that was full screen before stays so
                window.showNormal()
            self.presenting = False
        self.presenter_action.setChecked(self.presenting)
        self.leave.setEnabled(self.presenting)
        self._enable_keys()

