"""The main window: layout, menus and actions; no domain logic."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog, QLabel, QMainWindow, QMessageBox, QSplitter, QTabWidget, QVBoxLayout, QWidget,
)

from sco_app import __version__
from sco_app.ui import theme
from sco_app.ui.state import AppState


RECENT_KEY = "packs/recent"
MOST_RECENT = 8


def recent_packs(settings: QSettings) -> list[str]:
    """Packs opened before, newest first, that still exist."""
    from pathlib import Path

    value = settings.value(RECENT_KEY) or []
    paths = [value] if isinstance(value, str) else list(value)
    return [p for p in paths if Path(p).exists()][:MOST_RECENT]


def remember_pack(settings: QSettings, path: str) -> None:
    """Put ``path`` first in the recent packs (the first one opens at the next start)."""
    paths = [path] + [p for p in recent_packs(settings) if p != path]
    settings.setValue(RECENT_KEY, paths[:MOST_RECENT])


class MainWindow(QMainWindow):
    """The window frame is cheap and paints at once; :meth:`build_views` adds the views (which import
    pyqtgraph, the slow part of starting) afterwards."""

    open_requested = Signal(str)  # a pack path chosen by the student
    language_requested = Signal(str)  # an interface language chosen in the View menu
    contrast_requested = Signal(bool)  # View > High contrast switched on or off

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.timeline = self.map = self.events = self.actors = self.argument = self.filters = self.quiz = None
        loading = QLabel(self.tr("Opening the lesson…"), alignment=Qt.AlignmentFlag.AlignCenter)
        loading.setAccessibleName(self.tr("Opening the lesson"))
        self.setCentralWidget(loading)
        self.setWindowTitle("sco-app")
        self.resize(1280, 800)

    def build_views(self) -> None:
        """Build the timeline, map, events list and argument panel, and lay them out."""
        from sco_app.ui.actors_table import ActorsTable
        from sco_app.ui.argument_panel import ArgumentPanel
        from sco_app.ui.events_table import EventsTable
        from sco_app.ui.filter_bar import FilterBar
        from sco_app.ui.map_view import MapView
        from sco_app.ui.quiz_panel import QuizPanel
        from sco_app.ui.timeline_view import TimelineView

        state = self.state
        self.filters = FilterBar(state)
        self.timeline = TimelineView(state)
        self.map = MapView(state)
        self.events = EventsTable(state)
        self.actors = ActorsTable(state)
        self.argument = ArgumentPanel(state)
        self.quiz = QuizPanel(state)
        top = QWidget()
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.filters)
        column.addWidget(self.timeline, 1)
        self.top_column = column  # the tour bar goes at its head
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Map, events list and quiz"))
        self.tabs.addTab(self.map, self.tr("&Map"))
        self.tabs.addTab(self.events, self.tr("&Events list"))
        self.tabs.addTab(self.actors, self.tr("&States list"))
        self.tabs.addTab(self.quiz, self.tr("&Quiz"))
        from sco_app.ui.instructor_mode import InstructorMode
        from sco_app.ui.map_question import MapQuestionController

        self.instructor = InstructorMode(parent=self)  # the lab's PIN, if its settings file sets one
        self.quiz.instructor = self.instructor
        self.map_question = MapQuestionController(self.quiz, self.map, lambda: self.tabs.setCurrentWidget(self.map),
                                                  lambda: self.tabs.setCurrentWidget(self.quiz))
        self.quiz.event_shown.connect(lambda _event: self.tabs.setCurrentWidget(self.map))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.bottom = QSplitter(Qt.Orientation.Horizontal)
        self.bottom.addWidget(self.tabs)
        self.bottom.addWidget(self.argument)
        self.bottom.setStretchFactor(0, 3)
        self.bottom.setStretchFactor(1, 2)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.bottom)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.setCentralWidget(self.splitter)
        from sco_app.ui.lrs_sync import SyncController, SyncStatusLabel

        self.sync = SyncController(state, lambda: self.quiz.store.path, self)  # answers to the class's LRS
        self.statusBar().addPermanentWidget(SyncStatusLabel(self.sync))
        self.quiz.answer_recorded.connect(self.sync.answer_stored)  # sent at once, not at the next look
        self._build_menus()
        from sco_app.ui.tour_controls import TourControls

        self.tours = TourControls(self)  # the Tour menu, the tour bar and presenter mode (F5)
        state.pack_loaded.connect(self._pack_loaded)
        state.exam_mode_changed.connect(self._exam_mode_changed)

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
        self.handout_action.triggered.connect(self._export_handout)
        self.exam_closed.append(self.handout_action)  # the handout holds the answer key
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        previous = QAction(self.tr("&Previous event"), self, shortcut=QKeySequence(Qt.Key.Key_Left))
        previous.triggered.connect(lambda: self.go(-1))
        following = QAction(self.tr("&Next event"), self, shortcut=QKeySequence(Qt.Key.Key_Right))
        following.triggered.connect(lambda: self.go(1))
        find = QAction(self.tr("&Find event"), self, shortcut=QKeySequence.StandardKey.Find)
        find.triggered.connect(self.find_event)
        go_menu.addActions([previous, following, find])
        quiz_menu = self.menuBar().addMenu(self.tr("Qui&z"))  # Alt+Q is the Quiz tab
        for text, slot in ((self.tr("&Practice"), self.quiz.start_practice), (self.tr("&Exam"), self.quiz.start_exam),
                           (self.tr("Exam &settings…"), self.quiz.edit_exam_settings),
                           (self.tr("&Results"), self.quiz.open_results)):
            action = quiz_menu.addAction(text)
            action.triggered.connect(lambda _checked=False, run=slot: self._run_quiz(run))
            if slot != self.quiz.edit_exam_settings:  # (read-only during an exam)
                self.exam_closed.append(action)
        quiz_menu.addSeparator()
        for text, slot in ((self.tr("&Class results…"), self.open_class_results),
                           (self.tr("Class results ser&ver…"), lambda: self.sync.edit_settings(self))):
            action = quiz_menu.addAction(text)
            action.triggered.connect(lambda _checked=False, run=slot: self.instructor.require(self) and run())
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
        self.help_menu = help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About sco-app"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

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

    def leave_exam_allowed(self) -> bool:
        """Before the window closes (or is rebuilt): with an exam running, ask; if the student leaves, the exam is
        handed in now. True if the window may go."""
        if self.quiz is None or not self.quiz.exam_running():
            return True
        from sco_app.ui.quiz_pages import ask

        leave = ask(self, self.tr("Leave the exam?"), self.tr(
            "Leave the exam? Your answers are kept, and the exam is handed in as it is now: the questions you have "
            "not answered score nothing."), self.tr("&Leave and hand in"), self.tr("&Stay in the exam"))
        if not leave or not self.quiz.exam_running():
            return not self.quiz.exam_running()  # (time may have run out while the question was open)
        self.quiz.finish_exam()
        return True

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
        paths = recent_packs(QSettings("sco-app", "sco-app"))
        for path in paths:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_requested.emit(p))
        if not paths:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def zoom(self, step: int) -> None:
        """Ctrl+= and Ctrl+- make all text larger or smaller (for projectors); Ctrl+0 goes back."""
        from PySide6.QtWidgets import QApplication

        from sco_app.ui import theme

        settings = QSettings("sco-app", "sco-app")
        factor = 1.0 if step == 0 else float(settings.value("ui/zoom", 1.0)) * (1.15 if step > 0 else 1 / 1.15)
        factor = min(max(factor, 0.7), 3.0)
        settings.setValue("ui/zoom", factor)
        theme.apply_zoom(QApplication.instance(), factor)

    def _about(self) -> None:
        from html import escape

        pack = self.state.pack
        source = pack.source if pack else None
        cite = ""
        if source is not None:
            doi = f" <a href='https://doi.org/{escape(source.doi)}'>doi:{escape(source.doi)}</a>" if source.doi else ""
            cite = f"<p><b>{escape(self.state.text(pack.title))}</b></p><p>{escape(source.citation)}{doi}</p>"
        QMessageBox.about(self, self.tr("About sco-app"),
                          f"<p><b>sco-app {__version__}</b></p>{cite}"
                          f"<p>{escape(self.tr('Country shapes: Made with Natural Earth (public domain).'))}</p>"
                          f"<p>{escape(self.tr('The app: MIT licence. The SCO lesson pack: CC BY 4.0.'))}</p>")

    def restore_geometry(self, settings: QSettings) -> None:
        """Put the window where it was, unless that place is on no screen now (a projector unplugged)."""
        from PySide6.QtGui import QGuiApplication

        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        frame = self.frameGeometry()
        if not any(screen.availableGeometry().intersects(frame) for screen in QGuiApplication.screens()):
            available = QGuiApplication.primaryScreen().availableGeometry()
            self.resize(min(1280, available.width()), min(800, available.height()))
            self.move(available.center() - self.rect().center())

    def restore_layout(self, settings: QSettings) -> None:
        """Sizes of the panes, as the student left them."""
        for key, splitter in (("main/split", self.splitter), ("main/bottom", self.bottom)):
            state = settings.value(key)
            if state is not None:
                splitter.restoreState(state)

    def save_geometry(self, settings: QSettings) -> None:
        settings.setValue("main/geometry", self.saveGeometry())
        if self.timeline is not None:
            settings.setValue("main/split", self.splitter.saveState())
            settings.setValue("main/bottom", self.bottom.saveState())
