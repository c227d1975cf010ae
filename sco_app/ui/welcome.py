"""The welcome panel: what the lesson is, and three ways in — the guided tour, exploring alone, practising.

It opens by itself at a student's first start (not for a deep link, nor when drawing to a file), and from
Help > Welcome at any time. Each way in is a large button with a line that says what happens; Tab moves
between them and Enter or Space takes one; Escape closes the panel.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCommandLinkButton, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from sco_app.ui.state import AppState


class WelcomeDialog(QDialog):
    tour_chosen = Signal()
    explore_chosen = Signal()
    practice_chosen = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        pack = state.pack
        self.setWindowTitle(self.tr("Welcome"))
        self.setAccessibleName(self.tr("Welcome: three ways into the lesson"))
        heading = QLabel(f"<h2>{escape(state.text(pack.title))}</h2>", wordWrap=True)
        heading.setAccessibleName(self.tr("Lesson"))
        intro = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        intro.setText(self.tr(
            "This lesson makes one work explorable: {source}. The timeline shows its episodes by date, the map "
            "shows each state's status on any day, and the panel on the right gives the argument for the event "
            "you choose. How would you like to begin?").format(source=self._source(state)))
        intro.setAccessibleName(self.tr("About this lesson"))
        tour = pack.tours[0] if pack.tours else None
        self.tour_door = self._door(
            self.tr("Take the &guided tour"),
            self.tr("{count} steps through “{title}”: the timeline and the map move for you, and each step says "
                    "what to look at. Right or Space goes on; Escape ends it (Ctrl+T starts it again)."
                    ).format(count=len(tour.steps), title=state.text(tour.title)) if tour else
            self.tr("This lesson has no guided tour."), self.tour_chosen)
        self.tour_door.setEnabled(tour is not None)
        self.explore_door = self._door(
            self.tr("&Explore on your own"),
            self.tr("Start at the first event. Click any symbol on the timeline or marker on the map to read its "
                    "argument on the right; ← and → step through the events; drag the orange date line to see the "
                    "map on that day; click a country for its story."), self.explore_chosen)
        self.practice_door = self._door(
            self.tr("&Practise"),
            self.tr("Questions on which theory explains which episode, with feedback after every answer; the ones "
                    "you miss come back later."), self.practice_chosen)
        close = QDialogButtonBox()
        close.addButton(self.tr("&Close"), QDialogButtonBox.ButtonRole.RejectRole)  # Qt's own word may be untranslated
        close.rejected.connect(self.reject)
        footer = QLabel(self.tr("Help ▸ Welcome shows this again; Help ▸ Quick guide and Keyboard shortcuts say "
                                "more."), wordWrap=True)
        footer.setAccessibleName(self.tr("Where to find help later"))
        layout = QVBoxLayout(self)
        for widget in (heading, intro, self.tour_door, self.explore_door, self.practice_door, footer, close):
            layout.addWidget(widget)
        (self.tour_door if tour is not None else self.explore_door).setFocus()
        self.setMinimumWidth(min(620, max(parent.width() - 40, 360)) if parent is not None else 620)

    @staticmethod
    def _source(state: AppState) -> str:
        source = state.pack.source
        title = state.text(source.title) if source.title is not None else ""
        return f"{', '.join(source.authors)}, “{title}”" if source.authors and title else source.citation

    def _door(self, title: str, description: str, chosen: Signal) -> QCommandLinkButton:
        door = QCommandLinkButton(title, description)
        door.setAccessibleName(title.replace("&", ""))
        door.setAccessibleDescription(description)
        door.setAutoDefault(True)  # Enter takes the door that has the focus
        door.clicked.connect(lambda: (self.accept(), chosen.emit()))
        return door
