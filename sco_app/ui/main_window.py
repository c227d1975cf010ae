"""The main window: layout, menus and actions; no domain logic."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from sco_app import __version__
from sco_app.core.preferences import (
    BOTTOM_SPLIT, MAIN_SPLIT, RECENT_PACKS, SHOW_WELCOME, WELCOME_SEEN, WINDOW_GEOMETRY, ZOOM, Preferences,
)
from sco_app.ui import focus_ring, theme, view_steps, window_fit
from sco_app.ui.private_settings import preferences
from sco_app.ui.state import AppState


MOST_RECENT = 8
SPLITS = {MAIN_SPLIT: [0.4, 0.6], BOTTOM_SPLIT: [0.6, 0.4]}  # saved splitter -> default shares of its panes


def recent_packs(settings: Preferences) -> list[str]:
    """Packs opened before, newest first, that still exist."""
    from pathlib import Path

    return [p for p in settings.get(RECENT_PACKS) if Path(p).exists()][:MOST_RECENT]


def remember_pack(settings: Preferences, path: str) -> None:
    """Put ``path`` first in the recent packs (the first one opens at the next start)."""
    paths = [path] + [p for p in recent_packs(settings) if p != path]
    settings.set(RECENT_PACKS, paths[:MOST_RECENT])


class MainWindow(QMainWindow):
    """The window's frame — menus, panes and tabs, with a quiet placeholder where each view goes — is cheap and
    paints at once; :meth:`build_views` (or :meth:`build_views_in_steps`, one view per turn of the event loop) puts
    the views in (see :mod:`sco_app.ui.view_steps`). What the student asks of a view before it is there (a menu
    item, a key) is done as soon as the views are: :meth:`after_views`."""

    open_requested = Signal(str)  # a pack path chosen by the student
    language_requested = Signal(str)  # an interface language chosen in the View menu
    contrast_requested = Signal(bool)  # View > High contrast switched on or off
    views_built = Signal()  # every view is in its place

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.timeline = self.map = self.events = self.actors = self.argument = self.filters = self.quiz = None
        self.sync = self.tours = None
        self.views_ready, self._waiting, self._steps = False, [], list(view_steps.STEPS)
        self.layout_restored = False  # the panes' sizes are the student's (or the default shares), not the views' wish
        self.setWindowTitle("sco-app")
        focus_ring.install()  # the keyboard focus is ringed in every theme
        window_fit.place(self, window_fit.first_geometry(QGuiApplication.primaryScreen().availableGeometry()))
        view_steps.build_frame(self)
        from sco_app.ui.instructor_mode import InstructorMode

        self.instructor = InstructorMode(parent=self)  # the lab's PIN, if its settings file sets one
        self._build_menus()
        state.pack_loaded.connect(self._pack_loaded)
        state.exam_mode_changed.connect(self._exam_mode_changed)
        self.tabs.currentChanged.connect(self._tab_changed)

    def build_views(self) -> None:
        """Build every view (not built yet) into its place now, each showing the pack (if one is loaded)."""
        while self._steps:
            self._steps.pop(0)(self)
        if not self.isVisible() and not self.layout_restored:
            view_steps.size_panes_to_views(self)  # (the panes were laid out around the placeholders)
        self.timeline.show_pack()
        self.map.show_pack()
        self._views_done()

    def build_views_in_steps(self) -> None:
        """Build the views one per turn of the event loop (the window answers in between); :attr:`views_built`
        is emitted once they are all in place."""
        self._runner = view_steps.StepRunner(self, self._steps)
        self._runner.done.connect(self._views_done)
        self._runner.start()

    def _views_done(self) -> None:
        if self.views_ready:
            return
        self.views_ready = True
        self.views_built.emit()
        waiting, self._waiting = self._waiting, []
        for run in waiting:
            run()

    def after_views(self, run) -> None:
        """Call ``run`` now if the views are built, else as soon as they are (in the order asked)."""
        if self.views_ready:
            run()
        else:
            self._waiting.append(run)

    def lend_views(self) -> None:
        """Take the window's own layout out, so that presenter mode can lay the timeline, the map and the argument
        panel out its own way; :meth:`take_back_views` puts each back where it was (the map in its tab)."""
        self._lent = {"tab": self.tabs.currentIndex(), "map": self.tabs.tabText(self.tabs.indexOf(self.map)),
                      "split": self.splitter.sizes(), "bottom": self.bottom.sizes()}
        self._lent["layout"] = self.takeCentralWidget()

    def take_back_views(self) -> QWidget:
        """The window's own layout again, with every view in its place; returns the layout it replaces."""
        lent = self._lent
        self.top_column.addWidget(self.timeline, 1)
        self.tabs.insertTab(0, self.map, lent["map"])
        self.tabs.setCurrentIndex(lent["tab"])
        self.argument_pane.layout().addWidget(self.argument)
        for widget in (self.timeline, self.argument):
            widget.show()
        self.map.setVisible(self.tabs.currentWidget() is self.map)  # a page of the tabs shows only when it is theirs
        replaced = self.takeCentralWidget()
        self.setCentralWidget(lent["layout"])
        self.splitter.setSizes(lent["split"])
        self.bottom.setSizes(lent["bottom"])
        return replaced

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        open_folder = QAction(self.tr("&Open lesson pack folder…"), self, shortcut=QKeySequence.StandardKey.Open)
        open_folder.triggered.connect(self._choose_folder)
        open_zip = QAction(self.tr("Open lesson pack &zip…"), self)
        open_zip.triggered.connect(self._choose_zip)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [QKeySequence("Ctrl+Q")])
        self.quit_action = quit_action
        quit_action.triggered.connect(self.close)
        library = QAction(self.tr("Lesson pack &library…"), self, shortcut=QKeySequence("Ctrl+L"))
        library.triggered.connect(self.open_library)
        file_menu.insertActions(self.recent_menu.menuAction(), [library, open_folder, open_zip])
        self.exam_closed = [library, open_folder, open_zip, self.recent_menu.menuAction()]  # off during an exam
        file_menu.addSeparator()
        self.handout_action = file_menu.addAction(self.tr("Export &handout…"))
        self.handout_action.triggered.connect(lambda: self.after_views(self._export_handout))
        self.exam_closed.append(self.handout_action)  # the handout holds the answer key
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        previous = QAction(self.tr("&Previous event"), self, shortcut=QKeySequence(Qt.Key.Key_Left))
        previous.triggered.connect(lambda: self.after_views(lambda: self.go(-1)))
        following = QAction(self.tr("&Next event"), self, shortcut=QKeySequence(Qt.Key.Key_Right))
        following.triggered.connect(lambda: self.after_views(lambda: self.go(1)))
        find = QAction(self.tr("&Find event"), self, shortcut=QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: self.after_views(self.find_event))
        go_menu.addActions([previous, following, find])
        quiz_menu = self.menuBar().addMenu(self.tr("Qui&z"))  # Alt+Q is the Quiz tab
        for text, name in ((self.tr("&Practice"), "start_practice"), (self.tr("&Exam"), "start_exam"),
                           (self.tr("Exam &settings…"), "edit_exam_settings"), (self.tr("&Results"), "open_results")):
            action = quiz_menu.addAction(text)
            action.triggered.connect(lambda _checked=False, n=name: self.after_views(
                lambda: self._run_quiz(getattr(self.quiz, n))))
            if name != "edit_exam_settings":  # (read-only during an exam)
                self.exam_closed.append(action)
        quiz_menu.addSeparator()
        for text, slot in ((self.tr("&Class results…"), self.open_class_results),
                           (self.tr("Class results ser&ver…"), lambda: self.sync.edit_settings(self))):
            action = quiz_menu.addAction(text)
            action.triggered.connect(lambda _checked=False, run=slot: self.after_views(
                lambda: self.instructor.require(self) and run()))
            self.exam_closed.append(action)
        self.instructor_action = quiz_menu.addAction(self.tr("&Instructor mode"))
        self.instructor_action.setCheckable(True)
        self.instructor_action.setToolTip(self.tr("Exam settings, class results and the results server, "
                                                  "with the instructor PIN this lab has set"))
        self.instructor_action.setVisible(self.instructor.locked_by_lab)  # with no lab PIN everything is open
        self.instructor_action.triggered.connect(self._toggle_instructor)
        self.instructor.changed.connect(self.instructor_action.setChecked)
        self.exam_closed.append(self.instructor_action)
        from sco_app.ui.i18n import LANGUAGES

        self.view_menu = view_menu = self.menuBar().addMenu(self.tr("&View"))
        for text, keys, step in ((self.tr("Zoom &in"), QKeySequence.StandardKey.ZoomIn, 1),
                                 (self.tr("Zoom &out"), QKeySequence.StandardKey.ZoomOut, -1),
                                 (self.tr("&Normal size"), QKeySequence("Ctrl+0"), 0)):
            action = view_menu.addAction(text)
            action.setShortcuts([QKeySequence("Ctrl+=")] + QKeySequence.keyBindings(keys) if step == 1
                                else QKeySequence.keyBindings(keys) if step == -1 else [keys])
            action.triggered.connect(lambda _checked=False, s=step: self.zoom(s))
            self.addAction(action)  # the keys also work with the menu bar hidden (presenter mode)
        contrast = view_menu.addAction(self.tr("&High contrast"))
        contrast.setCheckable(True)
        contrast.setChecked(theme.high_contrast())
        contrast.setShortcut(QKeySequence("Ctrl+Shift+H"))
        contrast.setToolTip(self.tr("White on black with a yellow focus and selection, and wider lines"))
        contrast.toggled.connect(self.contrast_requested)
        self.contrast_action = contrast
        self.language_menu = language_menu = view_menu.addMenu(self.tr("&Language"))
        for code, name in LANGUAGES.items():
            action = language_menu.addAction(name)
            action.setData(code)
            action.setCheckable(True)
            action.setChecked(code == self.state.language)
            action.triggered.connect(lambda _checked=False, c=code: self._choose_language(c))
        self.tour_menu = self.menuBar().addMenu(self.tr("&Tour"))  # (its tours: TourControls)
        self.help_menu = help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&Welcome…")).triggered.connect(lambda: self.after_views(self.show_welcome))
        guide = help_menu.addAction(self.tr("&Quick guide"))
        guide.setShortcut(QKeySequence.StandardKey.HelpContents)
        guide.triggered.connect(self.show_quick_guide)
        help_menu.addAction(self.tr("&Keyboard shortcuts")).triggered.connect(self.show_shortcuts)
        self.start_tour_action = help_menu.addAction(self.tr("Start the &tour"))
        self.start_tour_action.triggered.connect(lambda: self.after_views(self.start_tour))
        help_menu.aboutToShow.connect(lambda: self.start_tour_action.setEnabled(bool(self.state.pack and
                                                                                     self.state.pack.tours)))
        help_menu.addSeparator()
        about = QAction(self.tr("&About sco-app"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    # -- the ways in: the welcome's three doors and the Help menu ------------------------------------------------

    def show_welcome(self):
        """Help > Welcome (and a first start): the lesson in two lines and three ways in."""
        from sco_app.ui.welcome import WelcomeDialog

        dialog = WelcomeDialog(self.state, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.tour_chosen.connect(self.start_tour)
        dialog.explore_chosen.connect(self.explore)
        dialog.practice_chosen.connect(self.start_practice)
        dialog.finished.connect(lambda _result: preferences().set(WELCOME_SEEN, True))
        dialog.open()
        self.welcome = dialog
        return dialog

    def welcome_if_new(self, settings: Preferences) -> bool:
        """Show the welcome if this computer user never closed it (and the lab lets it open by itself); True if
        it is shown."""
        if settings.get(WELCOME_SEEN) or not settings.get(SHOW_WELCOME) or self.state.pack is None:
            return False
        self.show_welcome()
        return True

    def start_tour(self) -> None:
        """Play the lesson's first tour from its first step (Help > Start the tour, the welcome's tour door)."""
        if self.state.pack is not None and self.state.pack.tours:
            self.tours.player.start(self.state.pack.tours[0].id)

    def explore(self) -> None:
        """The welcome's explore door: the first event is chosen and the keyboard is on the timeline."""
        if self.state.pack is not None and self.state.pack.events:
            self.state.select(self.state.pack.events[0].id)
        self.timeline.plot.setFocus(Qt.FocusReason.OtherFocusReason)

    def start_practice(self) -> None:
        """The welcome's practice door, as Quiz > Practice."""
        self._run_quiz(self.quiz.start_practice)

    def show_quick_guide(self):
        from sco_app.ui.help_dialogs import show_quick_guide

        self.help_dialog = show_quick_guide(self)
        return self.help_dialog

    def show_shortcuts(self):
        from sco_app.ui.help_dialogs import show_shortcuts

        self.help_dialog = show_shortcuts(self)
        return self.help_dialog

    def _choose_language(self, code: str) -> None:
        """View > Language: the menu keeps ticking the language in use until a window in ``code`` replaces this one."""
        for action in self.language_menu.actions():
            action.setChecked(action.data() == self.state.language)
        if code != self.state.language:
            self.language_requested.emit(code)

    def go(self, offset: int) -> None:
        """Left and Right: the next or previous step while a tour plays, else the next or previous event."""
        if not (getattr(self, "tours", None) is not None and self.tours.step(offset)):
            self.state.step(offset)

    def find_event(self) -> None:
        """Ctrl+F: show the events list and put the cursor in its search box."""
        self.tabs.setCurrentWidget(self.events)
        self.events.filter_box.setFocus()
        self.events.filter_box.selectAll()

    def _run_quiz(self, run) -> None:
        self.tabs.setCurrentWidget(self.quiz)
        run()

    def _tab_changed(self, _index: int) -> None:
        waiting = [name for name, place in self.places.items() if place is self.tabs.currentWidget()]
        if waiting:  # a tab whose view is still to come: it comes next
            view_steps.bring_forward(self._steps, waiting[0])
        if self.tabs.currentWidget() is self.quiz and self.quiz.start.isVisible():
            self.quiz.start.practice_button.setFocus()  # keyboard users land on the first thing to do

    def _toggle_instructor(self, on: bool) -> None:
        """Quiz > Instructor mode: enter it with the lab's PIN, or leave it."""
        if on:
            self.instructor_action.setChecked(self.instructor.unlock(self))
        else:
            self.instructor.lock()

    def _exam_mode_changed(self, exam: bool) -> None:
        """During an exam nothing that would end it or tell a reading can be opened (another pack, the handout,
        a practice, results, instructor functions)."""
        for action in self.exam_closed:
            action.setEnabled(not exam)

    def offer_unfinished_exam(self) -> bool:
        """At start: an exam on this pack left open by a close, a crash or a power cut is offered to resume (or to
        hand in). True if it was taken up."""
        if self.quiz is None or not self.quiz.unfinished():
            return False
        self.tabs.setCurrentWidget(self.quiz)
        return self.quiz.offer_resume()

    def leave_exam_allowed(self) -> bool:
        """Before the window closes (or is rebuilt): with an exam running, ask (the quiz panel does); leaving keeps
        the exam to resume at the next start, or hands it in if the student chooses that. True if the window may go."""
        return self.quiz is None or self.quiz.leave_exam()

    def open_class_results(self) -> None:
        """Quiz > Class results: the class's answers on this lesson, from the LRS, in a window of their own."""
        from sco_app.ui.class_results_view import ClassResultsView

        self.class_results = view = ClassResultsView(self.state, self)
        view.setWindowFlag(Qt.WindowType.Window)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.resize(960, 600)
        view.show()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not self.leave_exam_allowed():
            event.ignore()
            return
        if getattr(self, "sync", None) is not None:
            self.sync.stop()
        if self.quiz is not None:
            self.quiz.shutdown()
        super().closeEvent(event)

    def _pack_loaded(self, pack) -> None:
        self.setWindowTitle(f"{self.state.text(pack.title)} — sco-app")

    def open_library(self):
        """File > Lesson pack library: every pack on this computer, to open, import or update."""
        from sco_app.ui.pack_library import PackLibraryDialog

        dialog = PackLibraryDialog(self.state, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_requested.connect(self.open_requested)
        dialog.open()
        return dialog

    def _export_handout(self) -> None:
        from sco_app.ui.handout_dialog import HandoutDialog

        if self.state.pack is not None:
            HandoutDialog(self.state, self).exec()

    def _choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Open a lesson pack folder"))
        if path:
            self.open_requested.emit(path)

    def _choose_zip(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a lesson pack zip"), "",
                                              self.tr("Lesson packs (*.zip)"))
        if path:
            self.open_requested.emit(path)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        paths = recent_packs(preferences())
        for path in paths:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_requested.emit(p))
        if not paths:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def zoom(self, step: int) -> None:
        """Ctrl+= and Ctrl+- make all text larger or smaller (for projectors); Ctrl+0 goes back."""
        from PySide6.QtWidgets import QApplication

        from sco_app.ui import theme

        settings = preferences()
        factor = theme.zoomed(settings.get(ZOOM), step)
        settings.set(ZOOM, factor)
        theme.apply_zoom(QApplication.instance(), factor)

    def _about(self) -> None:
        from html import escape

        pack = self.state.pack
        cite = ""
        if pack is not None:
            cite = f"<p><b>{escape(self.state.text(pack.title))}</b></p>"
            for source in pack.works:
                doi = f" <a href='https://doi.org/{escape(source.doi)}'>doi:{escape(source.doi)}</a>" if source.doi else ""
                cite += f"<p>{escape(source.citation)}{doi}</p>"
        QMessageBox.about(self, self.tr("About sco-app"),
                          f"<p><b>sco-app {__version__}</b></p>{cite}"
                          f"<p>{escape(self.tr('Country shapes: Made with Natural Earth (public domain).'))}</p>"
                          f"<p>{escape(self.tr('The app: MIT licence. The SCO lesson pack: CC BY 4.0.'))}</p>")

    def restore_geometry(self, settings: Preferences) -> None:
        """Put the window where it was, inside the screen it is on now (a projector unplugged, a smaller screen)
        and no smaller than usable; at a first start, fill the screen's available area (up to a roomy size)."""
        saved = settings.get(WINDOW_GEOMETRY)
        if saved is None or not self.restoreGeometry(saved):
            window_fit.place(self, window_fit.first_geometry(self.available_geometry()))
        elif not self.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
            frame = window_fit.frame_margins(self.frameGeometry(), self.geometry()) if self.isVisible() else \
                window_fit.FRAME
            window_fit.place(self, window_fit.clamped_geometry(self.geometry(), self.available_geometry(), frame), frame)

    def available_geometry(self):
        """The available area (less task bars and panels) of the screen the window is on, else of the main one."""
        screen = QGuiApplication.screenAt(self.geometry().center()) or QGuiApplication.primaryScreen()
        return screen.availableGeometry()

    def restore_layout(self, settings: Preferences) -> None:
        """Sizes of the panes, as the student left them, unless a pane would be too small to use."""
        self.layout_restored = True
        for key, splitter in ((MAIN_SPLIT, self.splitter), (BOTTOM_SPLIT, self.bottom)):
            saved = settings.get(key)
            restored = saved is not None and splitter.restoreState(saved)
            splitter.setChildrenCollapsible(False)  # a saved state brings back its own setting: no pane dragged away
            if restored:
                sizes = splitter.sizes()
                shares = window_fit.usable_shares(sizes, SPLITS[key])
                if shares == [size / sum(sizes) for size in sizes]:
                    continue  # kept exactly as saved
            else:
                shares = SPLITS[key]
            splitter.setSizes([round(share * 10000) for share in shares])  # scaled to the splitter's length

    def save_geometry(self, settings: Preferences) -> None:
        settings.set(WINDOW_GEOMETRY, self.saveGeometry().data())
        if self.timeline is not None:
            settings.set(MAIN_SPLIT, self.splitter.saveState().data())
            settings.set(BOTTOM_SPLIT, self.bottom.saveState().data())

