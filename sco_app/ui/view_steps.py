"""The main window's layout, and its views built into it one at a time.

The frame — menus, the filter bar's strip, the timeline's pane, the tabs and the argument's pane, each view's place
held by a quiet :class:`Placeholder` — costs a few milliseconds and is what the student sees first. :data:`STEPS`
then builds the views into their places: first those in sight (the filters, the timeline, the argument beside it,
the map in the first tab), then those behind the tabs (the lists, the quiz), the class's results server, and last
the tours and the quiz's map questions. :class:`StepRunner` runs one step per turn of the event loop so that the
window answers in between; the modules of the views behind the tabs are imported off the GUI thread while the
window shows those in sight. A click on a tab whose view is still to come shows its place at once and brings its
steps forward (:func:`bring_forward`). ``MainWindow.build_views`` runs every step at once (tests, drawings, a
window built again).

A view built after the pack was loaded shows it (each view reads the state it is given), so a step is all the work
of one view: built, filled and, once the event loop turns, painted. The timeline and the map, the dearest, are made
in parts at steps of their own (the timeline's plot, then the timeline, then its pack; the map, then its states, their
names, its events and its legends): several short waits, not one long one. The steps are the only work scheduled:
zero-timers of the views' own would run in the same pass of the event loop as the next step. A view put behind a tab replaces its placeholder there without the tabs
being laid out again (:meth:`sco_app.ui.window_fit.PageTabs.replace_page`): the page in sight is not repainted.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from sco_app.ui import window_fit


class Placeholder(QLabel):
    """A view's place while the view is being built: its name, small and muted, on the window's background."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent, alignment=Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleName(text or QCoreApplication.translate("MainWindow", "Opening the lesson"))
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.setMinimumSize(1, 1)


def build_frame(window) -> None:
    """Lay out the window's panes with a placeholder in each view's place (``window.places``)."""
    window.places = places = {
        "filters": Placeholder(),
        "timeline": Placeholder(QCoreApplication.translate("MainWindow", "Opening the timeline…")),
        "map": Placeholder(QCoreApplication.translate("MainWindow", "Opening the map…")),
        "events": Placeholder(QCoreApplication.translate("MainWindow", "Opening the events list…")),
        "actors": Placeholder(QCoreApplication.translate("MainWindow", "Opening the states list…")),
        "quiz": Placeholder(QCoreApplication.translate("MainWindow", "Opening the quiz…")),
        "argument": Placeholder(QCoreApplication.translate("MainWindow", "Opening the argument…")),
    }
    places["filters"].setFixedHeight(places["filters"].fontMetrics().height() + 8)  # about the bar's one row
    top = QWidget()
    column = QVBoxLayout(top)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    column.addWidget(places["filters"])
    column.addWidget(places["timeline"], 1)
    window.top_column = column  # the tour bar goes at its head
    window.top = top  # (folded away while the quiz is up)
    window.tabs = tabs = window_fit.PageTabs()
    tabs.setAccessibleName(QCoreApplication.translate("MainWindow", "Map, events list and quiz"))
    for name, title in (("map", QCoreApplication.translate("MainWindow", "&Map")),
                        ("events", QCoreApplication.translate("MainWindow", "&Events list")),
                        ("actors", QCoreApplication.translate("MainWindow", "&States list")),
                        ("quiz", QCoreApplication.translate("MainWindow", "&Quiz"))):
        tabs.addTab(places[name], title)
    window.bottom = QSplitter(Qt.Orientation.Horizontal, childrenCollapsible=False)  # no pane dragged out of sight
    window.bottom.addWidget(tabs)
    window.argument_pane = _pane(places["argument"])  # (a splitter would size a new pane to its wish, not the place's)
    window.bottom.addWidget(window.argument_pane)
    window.bottom.setStretchFactor(0, 3)
    window.bottom.setStretchFactor(1, 2)
    window.splitter = QSplitter(Qt.Orientation.Vertical, childrenCollapsible=False)
    window.splitter.addWidget(top)
    window.splitter.addWidget(window.bottom)
    window.splitter.setStretchFactor(0, 2)
    window.splitter.setStretchFactor(1, 3)
    window.setCentralWidget(window.splitter)
    window.statusBar()  # there from the first paint: made later, it would shrink the panes (and redraw the map)


def _pane(child: QWidget) -> QWidget:
    """A splitter's pane that holds ``child``, with nothing around it."""
    pane = QWidget()
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(child)
    return pane


def put(window, name: str, view: QWidget) -> None:
    """Put ``view`` where its placeholder is (a tab keeps its title, and stays the one shown if it was)."""
    setattr(window, name, view)
    placeholder = window.places.pop(name)
    tabs = window.tabs
    index = tabs.indexOf(placeholder)
    if index >= 0:
        tabs.replace_page(index, view)
    else:  # the timeline's place in the top column, the argument's pane
        placeholder.parentWidget().layout().replaceWidget(placeholder, view)
    placeholder.hide()
    placeholder.deleteLater()


def size_panes_to_views(window) -> None:
    """Give the tabs and the argument the widths their views ask for (as when the panes were first laid out
    around the views themselves, not around their placeholders): for a window built whole before it shows, which
    no saved layout sizes (a drawing of the window)."""
    bottom = window.bottom
    bottom.setSizes([bottom.widget(i).sizeHint().width() for i in range(bottom.count())])


def _filters(window) -> None:
    from sco_app.ui.filter_bar import FilterBar

    put(window, "filters", FilterBar(window.state))


def _timeline_plot(window) -> None:
    """The timeline's plot (the first pyqtgraph plot made: the dearest part of the timeline), for the next step."""
    from sco_app.ui.timeline_view import TimelinePlot

    window.timeline_plot = TimelinePlot()


def _timeline(window) -> None:
    from sco_app.ui.timeline_view import TimelineView

    plot, window.timeline_plot = getattr(window, "timeline_plot", None), None
    put(window, "timeline", TimelineView(window.state, show_later=False, plot=plot))


def _timeline_pack(window) -> None:
    window.timeline.show_pack()


def _map(window) -> None:
    """The map, and at the next steps the pack's states (a step of their own: with the map's making and its first
    paint they would keep the window from answering for longer than a step should), its states' names, its events,
    then its legends."""
    from sco_app.ui.map_view import MapView

    put(window, "map", MapView(window.state, show_later=False))


def _map_states(window) -> None:
    window.map.draw_states()


def _map_names(window) -> None:
    window.map.make_names()


def _map_events(window) -> None:
    window.map.show_pack(legends_later=True)


def _map_legends(window) -> None:
    window.map.show_legends()


def _map_tools(window) -> None:
    """What needs the map and the quiz: the quiz's map questions, the tours (with their bars, which go in the map
    and over the timeline) and the quiz's focus layout (which folds the timeline away while the quiz or a map
    question is up)."""
    from sco_app.ui.map_question import MapQuestionController
    from sco_app.ui.quiz_focus import QuizFocus
    from sco_app.ui.tour_controls import TourControls

    window.map_question = MapQuestionController(window.quiz, window.map, lambda: window.tabs.setCurrentWidget(window.map),
                                                lambda: window.tabs.setCurrentWidget(window.quiz))
    window.quiz.event_shown.connect(lambda _event: window.tabs.setCurrentWidget(window.map))
    window.tours = TourControls(window)  # the Tour menu, the tour bar and presenter mode (F5)
    window.quiz_focus = QuizFocus(window, window.top)  # the timeline folds away while a question is up


def _argument(window) -> None:
    from sco_app.ui.argument_panel import ArgumentPanel

    put(window, "argument", ArgumentPanel(window.state))


def _events(window) -> None:
    from sco_app.ui.events_table import EventsTable

    put(window, "events", EventsTable(window.state))


def _actors(window) -> None:
    from sco_app.ui.actors_table import ActorsTable

    put(window, "actors", ActorsTable(window.state))


def _quiz(window) -> None:
    from sco_app.ui.quiz_panel import QuizPanel

    quiz = QuizPanel(window.state)
    quiz.instructor = window.instructor
    put(window, "quiz", quiz)


def _sync(window) -> None:
    """Answers go to the class's results server (LRS), with its state in the status bar (after the quiz)."""
    from sco_app.ui.lrs_sync import SyncController, SyncStatusLabel

    window.sync = SyncController(window.state, lambda: window.quiz.store.path, window)
    window.statusBar().addPermanentWidget(SyncStatusLabel(window.sync))
    window.quiz.answer_recorded.connect(window.sync.answer_stored)  # sent at once, not at the next look


@dataclass(frozen=True)
class Step:
    """One step of building the views: ``run(window)``, the view's place it fills (None: it fills none), the
    modules it needs (imported off the GUI thread before it runs), and whether what it builds is in sight when the
    window opens (the timeline, the argument, the map's tab) or behind a tab."""

    run: Callable[[object], None]
    place: str | None
    modules: tuple[str, ...] = ()
    in_sight: bool = True

    def __call__(self, window) -> None:
        self.run(window)


_VIEWS = "sco_app.ui."
STEPS = (
    Step(_filters, "filters", ("numpy", "pyqtgraph", _VIEWS + "filter_bar")),
    Step(_timeline_plot, "timeline", (_VIEWS + "timeline_view",)),
    Step(_timeline, "timeline"),
    Step(_timeline_pack, "timeline"),
    Step(_argument, "argument", (_VIEWS + "argument_panel",)),
    Step(_map, "map", ("numpy.ma", _VIEWS + "map_view")),  # (numpy.ma: pyqtgraph imports it when it draws a map)
    Step(_map_states, "map"),
    Step(_map_names, "map"),
    Step(_map_events, "map"),
    Step(_map_legends, "map"),
    Step(_events, "events", (_VIEWS + "events_table",), in_sight=False),
    Step(_actors, "actors", (_VIEWS + "actors_table",), in_sight=False),
    Step(_quiz, "quiz", (_VIEWS + "quiz_panel", _VIEWS + "welcome"), in_sight=False),
    Step(_sync, None, (_VIEWS + "lrs_sync",), in_sight=False),
    Step(_map_tools, None, (_VIEWS + "map_question", _VIEWS + "tour_controls", _VIEWS + "quiz_focus"), in_sight=False),
)
"""The steps that build the views, in order: first what is in sight when the window opens, then what is behind the
tabs (a step comes after those whose views it uses)."""


def modules_in_sight(steps=STEPS) -> tuple[str, ...]:
    """The modules of the steps in sight when the window opens (the start's worker imports them)."""
    return tuple(name for step in steps if step.in_sight for name in step.modules)


def bring_forward(steps: list[Step], place: str) -> None:
    """Move the steps still to come that fill ``place`` (a tab the student opened) to the front of ``steps``, in
    their order."""
    wanted = [step for step in steps if step.place == place]
    steps[:] = wanted + [step for step in steps if step.place != place]


class StepRunner(QObject):
    """Takes the steps from the list ``steps`` (each called with ``window``) one per turn of the event loop, and
    emits :attr:`done` with the last (the list is the window's: what it builds at once meanwhile is not built again,
    and :func:`bring_forward` reorders it). Before a step whose modules are not imported yet, every module of the
    steps to come is imported in a worker thread, and the steps go on when it is done: the window answers meanwhile."""

    done = Signal()

    def __init__(self, window, steps: list[Step]) -> None:
        super().__init__(window)
        self.window, self.steps = window, steps
        self.timer = QTimer(self, singleShot=True, interval=0, timeout=self._next)
        self.importing = None
        self.import_failed = False  # (then each step imports its modules itself, and says what is missing)

    def start(self) -> None:
        self.timer.start()

    def _next(self) -> None:
        if self.importing is not None:
            return  # (the steps go on when the modules are in)
        if self.steps and not self.import_failed and not all(name in sys.modules for name in self.steps[0].modules):
            self._import([name for step in self.steps for name in step.modules if name not in sys.modules])
            return
        if self.steps:
            self.steps.pop(0)(self.window)
        if self.steps:
            self.timer.start()  # the next step, at the next turn
        else:
            self.done.emit()  # (the views put nothing off: the last one is painted at the next turn, after this)

    def _import(self, names: list[str]) -> None:
        from sco_app.ui.start_up import Background, import_modules

        def imported(_result, error) -> None:
            self.importing = None
            self.import_failed = error is not None
            self._next()

        self.importing = Background(lambda: import_modules(names), self)
        self.importing.finished.connect(imported)
        self.importing.start()
