"""The main window's tours: the Tour menu, the tour bar, the clicker's keys and presenter mode (F5).

Presenter mode itself (:mod:`sco_app.ui.presenter`) is for the front of a classroom: a projection layout in large
type, full screen on the chosen screen, with the lecturer's view on the other one. "Check your understanding" asks
the step's question in the quiz (a student's practice), or, in presenter mode, of the whole class.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence

from sco_app.core.preferences import REDUCED_MOTION
from sco_app.ui.clicker import ClickerActions, ClickerKeys
from sco_app.ui.presenter import PresenterMode, choose_screen, chosen_screen
from sco_app.ui.private_settings import preferences
from sco_app.ui.tour_bar import TourBar
from sco_app.ui.tour_player import TourPlayer


class TourControls(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window, state = window, window.state
        self.player = TourPlayer(state, window.timeline, window.map, self)
        self.bar = TourBar(state, self.player)
        window.top_column.insertWidget(0, self.bar)
        self.presenter = PresenterMode(window, self.bar, self.player)
        self.bar.question_requested.connect(self._ask)
        self.bar.presenter_requested.connect(self.toggle_presenter)
        self.menu = window.tour_menu.menuAction()  # in the menu bar from the first paint, filled from here
        self.menu.menu().aboutToShow.connect(self._fill_menu)
        self.presenter_action = QAction(self.tr("&Presenter mode"), window, shortcut=QKeySequence(Qt.Key.Key_F5),
                                        checkable=True)
        self.presenter_action.setToolTip(self.tr("Full screen with large type for a projector; Escape leaves"))
        self.presenter_action.triggered.connect(lambda _checked: self.toggle_presenter())
        self.presenter.changed.connect(self.presenter_action.setChecked)
        window.addAction(self.presenter_action)  # F5 works with the menu bar hidden
        calm = window.view_menu.addAction(self.tr("Reduce &motion"))
        calm.setCheckable(True)
        calm.setChecked(preferences().get(REDUCED_MOTION))
        calm.setToolTip(self.tr("Tour steps and framing jump instead of gliding"))
        calm.toggled.connect(lambda on: preferences().set(REDUCED_MOTION, on))
        self.reduce_motion_action = calm
        self.screen_menu = window.view_menu.addMenu(self.tr("Presenter &screen"))
        self.screen_menu.setToolTip(self.tr("Where presenter mode projects; on another screen than the window's, "
                                            "the lecturer's view with the narrative, the next step and a clock "
                                            "stays on this one"))
        self.screen_menu.aboutToShow.connect(self._fill_screens)
        actions = ClickerActions(forward=self.presenter.forward, back=self.presenter.back, first=self.presenter.first,
                                 last=self.presenter.last, black=self.presenter.toggle_black,
                                 escape=self.presenter.escape)
        self.clicker = ClickerKeys(actions, windows=self._windows, active=self._clicker_on,
                                   presenting=lambda: self.presenter.on, quiz=lambda: window.quiz, parent=self)
        for signal in (self.player.started, self.player.ended, self.presenter.changed):
            signal.connect(self.clicker.follow)
        state.pack_loaded.connect(lambda _pack: self._fill_menu())  # Ctrl+T must work before the menu is opened
        state.exam_mode_changed.connect(self._exam_mode_changed)
        self._fill_menu()

    @property
    def presenting(self) -> bool:
        return self.presenter.on

    def _windows(self) -> tuple:
        return (self.window, self.presenter.lecturer) if self.presenter.lecturer is not None else (self.window,)

    def _clicker_on(self) -> bool:
        return self.player.playing or self.presenter.on

    def _fill_menu(self) -> None:
        menu, state = self.menu.menu(), self.window.state
        menu.clear()
        tours = state.pack.tours if state.pack else ()
        for n, tour in enumerate(tours):
            title = state.text(tour.title).replace("&", "&&")  # an ampersand in a title is not a mnemonic
            action = menu.addAction(self.tr("Start “{title}”").format(title=title))
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

    def _fill_screens(self) -> None:
        """View > Presenter screen: the window's own screen, or any other one connected now."""
        menu, chosen = self.screen_menu, chosen_screen()
        menu.clear()
        group = QActionGroup(menu)
        names = [s.name() for s in QGuiApplication.screens()]
        choices = [("", self.tr("The window's screen"))] + [
            (s.name(), self.tr("{name} ({width}×{height})").format(
                name=s.name() or self.tr("Screen {n}").format(n=n), width=s.geometry().width(),
                height=s.geometry().height()))
            for n, s in enumerate(QGuiApplication.screens(), 1)]
        for name, text in choices:
            action = menu.addAction(text.replace("&", "&&"))
            action.setCheckable(True)
            action.setChecked(name == chosen or (not name and chosen not in names))
            action.setActionGroup(group)
            action.triggered.connect(lambda _checked=False, n=name: choose_screen(n))

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
            self.presenter.forward()
        else:
            self.presenter.back()
        return True

    def _ask(self, question_id: str) -> None:
        """In presenter mode the question goes to the room (no profile, nothing recorded); else to the quiz."""
        if self.presenter.on:
            self.presenter.ask()
            return
        self.window.tabs.setCurrentWidget(self.window.quiz)
        self.window.quiz.start_practice([question_id])

    def toggle_presenter(self) -> None:
        self.presenter.toggle()
