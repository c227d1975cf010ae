"""The lecturer's own screen while presenter mode projects on another one (View ▸ Presenter screen).

On the laptop: where the tour is (step n of N), the step's narrative to speak from, the next step, the class question
with its answer before the room sees it, whether the projection is black, and a clock (the time and how long the
presentation has run). Its buttons and the clicker keys steer the projection.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QElapsedTimer, QEvent, QTime, QTimer, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from sco_app.ui import theme
from sco_app.ui.class_question import ClassQuestion
from sco_app.ui.profile_dialog import push_button
from sco_app.ui.tour_bar import StepText

SCALE = 1.4  # the lecturer reads from further away than at a desk, standing


class LecturerView(QWidget):
    """``actions`` is the presenter mode (forward, back, ask, toggle_black, leave)."""

    def __init__(self, state, player, actions, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.state, self.player = state, player
        self.setWindowTitle(self.tr("sco-app — lecturer's view"))
        self.setAccessibleName(self.tr("Lecturer's view"))
        self._apply_font()
        column = QVBoxLayout(self)
        top = QHBoxLayout()
        self.where = QLabel(textFormat=Qt.TextFormat.RichText)
        self.where.setAccessibleName(self.tr("Where the tour is"))
        self.black_note = QLabel(self.tr("The projection is black (B or . shows it again)"))
        self.black_note.setAccessibleName(self.tr("The projection is black"))
        self.black_note.hide()
        self.clock = QLabel()
        self.clock.setAccessibleName(self.tr("Clock"))
        top.addWidget(self.where, 1)
        top.addWidget(self.black_note)
        top.addWidget(self.clock)
        column.addLayout(top)
        split = QSplitter(Qt.Orientation.Vertical)
        self.now = StepText(state, self.tr("This step's narrative"))
        self.question = ClassQuestion(state)
        self.question.setAccessibleName(self.tr("The class question and its answer"))
        self.question.hide()
        self.coming = StepText(state, self.tr("The next step"))
        for widget in (self.now, self.question, self.coming):
            split.addWidget(widget)
        split.setSizes([500, 300, 200])
        column.addWidget(split, 1)
        row = QHBoxLayout()
        push_button(self.tr("◀ &Previous"), self.tr("Previous step"), actions.back, row)
        push_button(self.tr("&Next ▶"), self.tr("Next step"), actions.forward, row)
        self.ask_button = push_button(self.tr("&Ask the class"), slot=actions.ask, row=row)
        push_button(self.tr("&Black screen (B)"), slot=actions.toggle_black, row=row)
        row.addStretch(1)
        push_button(self.tr("&Leave presenter mode"), slot=actions.leave, row=row)
        column.addLayout(row)
        self.started = QElapsedTimer()
        self.started.start()
        self.ticker = QTimer(self, interval=1000, timeout=self._tick)
        self.ticker.start()
        self._tick()
        self.follow()

    def _apply_font(self) -> None:
        """The interface font (after the zoom), SCALE times larger."""
        font = QFont(QApplication.font())
        font.setPointSizeF(theme.point_size(font) * SCALE)
        self.setFont(font)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ApplicationFontChange:  # Ctrl+= / Ctrl+-
            self._apply_font()
        return super().event(event)

    def follow(self, *_args) -> None:
        """Show the step the projection shows, and the one after it."""
        tour, index = self.player.tour, self.player.index
        if tour is None:
            self.where.setText(f"<b>{escape(self.tr('No tour is playing'))}</b>")
            self.now.show_step(None)
            self.coming.show_step(None)
            self.ask_button.setEnabled(False)
            return
        self.where.setText(f"<b>{escape(self.tr('Step {n} of {count}').format(n=index + 1, count=len(tour.steps)))}</b>"
                           f" · {escape(self.state.text(tour.title), quote=False)}")
        step = tour.steps[index]
        self.now.show_step(step)
        self.ask_button.setEnabled(step.question is not None)
        if index + 1 < len(tour.steps):
            heading = f"<p style='margin:0'><i>{escape(self.tr('Next:'))}</i></p>"
            self.coming.show_step(tour.steps[index + 1], heading)
        else:
            self.coming.setHtml(f"<p><i>{escape(self.tr('This is the last step.'))}</i></p>")

    def show_question(self, question_id: str | None) -> None:
        """The question the room sees, with its answer already shown here; None: no question is asked."""
        if question_id and self.question.ask(question_id):
            self.question.reveal()
            self.question.show()
        else:
            self.question.clear()
            self.question.hide()

    def show_black(self, black: bool) -> None:
        self.black_note.setVisible(black)

    def _tick(self) -> None:
        minutes = self.started.elapsed() // 60000
        self.clock.setText(self.tr("{time} · presenting for {h}:{m:02d}").format(
            time=QTime.currentTime().toString("HH:mm"), h=minutes // 60, m=minutes % 60))
