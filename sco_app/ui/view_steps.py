"""The main window's layout, and its views built into it one at a time.

The frame — menus, the filter bar's strip, the timeline's pane, the tabs and the argument's pane, each view's place
held by a quiet :class:`Placeholder` — costs a few milliseconds and is what the student sees first. :data:`STEPS`
then builds the views into their places: the timeline first, the argument beside it, the lists and the quiz behind
their tabs, the class's results server, and last the map with the tours and the quiz's map questions: its drawing
is the dearest, so it is drawn once, after the panes around it stopped moving. :class:`StepRunner`
runs one step per turn of the event loop so that the window answers in between: a click on the Quiz tab shows the
quiz's place at once, then the quiz. ``MainWindow.build_views`` runs every step at once (tests, drawings, a
window built again).

A view built after the pack was loaded shows it (each view reads the state it is given), so a step is all the work
of one view: built, filled and, once the event loop turns, painted. The timeline and the map, the dearest, are made
empty and shown the pack at later steps (the map its states, then its events, then its legends): several short
waits, not one long one. The steps are the only work scheduled: zero-timers of the views' own would run in the same pass of the event
loop as the next step.
"""

from __future__ import annotations

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
        shown = tabs.currentIndex() == index
        tabs.insertTab(index, view, tabs.tabText(index))
        if shown:  # (before the placeholder goes: else the next tab would show meanwhile, and be laid out for nothing)
            tabs.setCurrentIndex(index)
        tabs.removeTab(index + 1)
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


def _timeline(window) -> None:
    from sco_app.ui.timeline_view import TimelineView

    put(window, "timeline", TimelineView(window.state, show_later=False))


def _timeline_pack(window) -> None:
    window.timeline.show_pack()


def _map(window) -> None:
    """The map, and at the next steps the pack's states, then (after the map's tools) its events."""
    from sco_app.ui.map_view import MapView

    put(window, "map", MapView(window.state, show_later=False))


def _map_states(window) -> None:
    window.map.draw_states()


def _map_events(window) -> None:
    window.map.show_pack(legends_later=True)


def _map_legends(window) -> None:
    window.map.show_legends()


def _map_tools(window) -> None:
    """What needs the map: the quiz's map questions, the tours (with their bars, which go in the map and over the
    timeline) and the quiz's focus layout (which folds the timeline away while the quiz or a map question is up)."""
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
    """Answers go to the class's results server (LRS), with its state in the status bar."""
    from sco_app.ui.lrs_sync import SyncController, SyncStatusLabel

    window.sync = SyncController(window.state, lambda: window.quiz.store.path, window)
    window.statusBar().addPermanentWidget(SyncStatusLabel(window.sync))
    window.quiz.answer_recorded.connect(window.sync.answer_stored)  # sent at once, not at the next look


STEPS = (_filters, _timeline, _timeline_pack, _argument, _events, _actors, _quiz, _sync, _map, _map_states, _map_tools,
         _map_events, _map_legends)
"""The steps that build the views, in order."""


class StepRunner(QObject):
    """Takes the steps from the list ``steps`` (each called with ``window``) one per turn of the event loop, and
    emits :attr:`done` with the last (the list is the window's: what it builds at once meanwhile is not built again)."""

    done = Signal()

    def __init__(self, window, steps: list) -> None:
        super().__init__(window)
        self.window, self.steps = window, steps
        self.timer = QTimer(self, singleShot=True, interval=0, timeout=self._next)

    def start(self) -> None:
        self.timer.start()

    def _next(self) -> None:
        if self.steps:
            self.steps.pop(0)(self.window)
        if self.steps:
            self.timer.start()  # the next step, at the next turn
        else:
            self.done.emit()  # (the views put nothing off: the last one is painted at the next turn, after this)
