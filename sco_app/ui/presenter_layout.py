"""Presenter mode's projection: one layout that fits a 1024x768 or 1280x720 projector at every zoom step.

From top to bottom: the tour bar as one compact row; the timeline, as tall as its lanes need in the presenter's type
(between ``TIMELINE_SHARE`` of the height); then the map beside a column with the step's narrative over the
argument panel, or the class question in their place while one is asked. Whatever tab the window showed, the map
is here. :class:`BlackScreen` covers the whole window when the lecturer blacks the projection (B or ".").
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from sco_app.ui.class_question import ClassQuestion
from sco_app.ui.tour_bar import StepText

TIMELINE_SHARE = (0.3, 0.5)  # the least and most of the height below the bar that the timeline takes
SIDE_SHARE = 0.46  # of the width below the timeline: the narrative and argument column (the map has the rest)
NARRATIVE_SHARE = 0.62  # of that column at most for the step's narrative; the argument panel has the rest


class PresenterLayout(QWidget):
    """The views of the window, laid out for a projector; ``question`` and ``narrative`` are its own."""

    def __init__(self, window, bar, player, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main, self.bar, self.player = window, bar, player
        state = window.state
        self.setAccessibleName(self.tr("Presenter mode"))
        self.narrative = StepText(state, self.tr("The step's narrative"))
        self.question = ClassQuestion(state)
        self.question.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(bar)
        self.rows = QSplitter(Qt.Orientation.Vertical)
        self.rows.setChildrenCollapsible(False)
        self.rows.addWidget(window.timeline)
        self.lower = QSplitter(Qt.Orientation.Horizontal)
        self.lower.setChildrenCollapsible(False)
        self.lower.addWidget(window.map)
        self.side = QSplitter(Qt.Orientation.Vertical)
        self.side.setChildrenCollapsible(False)
        for widget in (self.narrative, self.question, window.argument):
            self.side.addWidget(widget)
        self.lower.addWidget(self.side)
        self.rows.addWidget(self.lower)
        column.addWidget(self.rows, 1)
        for widget in (window.timeline, window.map, window.argument, self.narrative):
            widget.setMinimumSize(0, 0)
            widget.show()  # the map was hidden behind another tab (the quiz, say): here it always shows
        self.again = QTimer(self, singleShot=True, interval=0, timeout=self.arrange)  # once the splitters settle

    def show_step(self, step) -> None:
        """The step's narrative beside the map (none without a tour)."""
        self.narrative.show_step(step)
        self.narrative.setVisible(step is not None and not self.question.asking)
        self.arrange()
        self.again.start()

    def show_question(self, asking: bool) -> None:
        """The class question takes the whole column while it is asked."""
        self.question.setVisible(asking)
        self.narrative.setVisible(not asking and self.narrative.toPlainText() != "")
        self.main.argument.setVisible(not asking)
        self.arrange()
        self.again.start()

    def arrange(self) -> None:
        """Share the room: the timeline as tall as its lanes need, the narrative as tall as its text needs."""
        height = self.rows.height()
        if height <= 0:
            return
        least, most = TIMELINE_SHARE
        timeline = int(min(max(self.main.timeline.height_needed(), least * height), most * height))
        self.rows.setSizes([timeline, height - timeline])
        width = self.lower.width()
        self.lower.setSizes([width - int(SIDE_SHARE * width), int(SIDE_SHARE * width)])
        side = height - timeline - self.rows.handleWidth()
        if self.narrative.isVisible():
            step = self.player.step
            text = self.narrative.height_for([step], int(SIDE_SHARE * width) - 4) if step is not None else 0
            text = min(text, int(NARRATIVE_SHARE * side))
            self.side.setSizes([text, 0, side - text])
        elif self.question.isVisible():
            self.side.setSizes([0, side, 0])
        else:
            self.side.setSizes([0, 0, side])

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.arrange()
        self.again.start()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.again.start()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.arrange()
            self.again.start()


class BlackScreen(QWidget):
    """A black cover over the whole window (the class looks at the lecturer); any clicker key takes it away."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setAccessibleName(self.tr("Black screen"))
        self.setAccessibleDescription(self.tr("B, the full stop or any clicker key shows the picture again"))
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("black"))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.hide()
        window.installEventFilter(self)

    def cover(self, on: bool) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.setVisible(on)
        if on:
            self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self.parentWidget().rect())
        return False
