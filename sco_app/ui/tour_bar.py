"""The tour bar: step n of N, previous and next, a step list, the step's narrative and picture.

Keys while the bar has the focus: Right, Space and Page Down go on; Left and Page Up go back (presentation
clickers send Page Down and Page Up); Home and End jump to the first and last step; Escape ends the tour.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QPixmap
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from sco_app.ui.pack_images import WIDTH, load_image
from sco_app.ui.profile_dialog import push_button
from sco_app.ui.results_view import announce
from sco_app.ui.state import AppState
from sco_app.ui.tour_player import TourPlayer

FORWARD = (Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown)
BACK = (Qt.Key.Key_Left, Qt.Key.Key_PageUp)


class TourBar(QFrame):
    question_requested = Signal(str)  # a step's check-for-understanding question id
    presenter_requested = Signal()

    def __init__(self, state: AppState, player: TourPlayer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.player = state, player
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Guided tour"))
        self.setAccessibleDescription(self.tr(
            "Right, Space or Page Down: next step. Left or Page Up: previous step. Escape ends the tour."))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 4, 8, 6)
        row = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # may be cut, never widens
        self.heading.setAccessibleName(self.tr("Tour"))
        row.addWidget(self.heading, 1)
        self.previous_button = push_button(self.tr("◀ &Previous"), self.tr("Previous step"), player.previous, row)
        self.steps = QComboBox()
        self.steps.setAccessibleName(self.tr("Go to step"))
        self.steps.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.steps.setMinimumContentsLength(16)  # long step titles are cut here and shown whole when the list opens
        self.steps.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        self.steps.activated.connect(player.go)
        row.addWidget(self.steps)
        self.next_button = push_button(self.tr("&Next ▶"), self.tr("Next step"), player.next, row)
        self.question_button = push_button(self.tr("Check your &understanding"), slot=self._ask, row=row)
        self.presenter_button = push_button(self.tr("Presenter (F5)"), self.tr("Presenter mode"),
                                            self.presenter_requested.emit, row)
        self.end_button = push_button(self.tr("End tour"), slot=player.stop, row=row)
        column.addLayout(row)
        body = QHBoxLayout()
        text = QVBoxLayout()
        self.title = QLabel(wordWrap=True, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setAccessibleName(self.tr("Step title"))
        self.narrative = QLabel(wordWrap=True, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse,
                                textFormat=Qt.TextFormat.PlainText)  # pack text as written: quotes and apostrophes too
        self.narrative.setAccessibleName(self.tr("What this step says"))
        self.narrative.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        text.addWidget(self.title)
        text.addWidget(self.narrative)
        body.addLayout(text, 1)
        self.picture = QLabel()
        self.picture.setAccessibleName(self.tr("Picture of this step"))
        body.addWidget(self.picture)
        column.addLayout(body)
        player.started.connect(self._started)
        player.step_shown.connect(self._show)
        player.ended.connect(self.hide)
        self.hide()

    def _started(self, tour) -> None:
        self.steps.clear()
        for n, step in enumerate(tour.steps, 1):
            title = self.state.text(step.title) if step.title else self.state.text(step.text)[:60]
            self.steps.addItem(self.tr("Step {n} of {count}: {title}").format(n=n, count=len(tour.steps), title=title))
        self.heading.setText(f"<b>{escape(self.tr('Tour:'))} {escape(self.state.text(tour.title))}</b>")
        self.show()
        self.setFocus()

    def _show(self, index: int) -> None:
        tour, step = self.player.tour, self.player.step
        self.steps.setCurrentIndex(index)
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(tour.steps) - 1)
        self.question_button.setVisible(step.question is not None)
        title = self.state.text(step.title) if step.title else ""
        self.title.setText(f"<span style='font-size: 120%'><b>{escape(title)}</b></span>" if title else "")
        self.title.setVisible(bool(title))
        self.narrative.setText(self.state.text(step.text))
        self._show_picture(step)
        where = self.tr("Step {n} of {count}").format(n=index + 1, count=len(tour.steps))
        announce(self.narrative, f"{where}: {title}" if title else where, self.state.text(step.text))

    def _show_picture(self, step) -> None:
        picture = load_image(self.state.pack, step.image) if step.image is not None else None
        if picture is None or picture.isNull():
            self.picture.hide()
            return
        width = min(int(WIDTH * self.logicalDpiX() / 96 * 0.75), picture.width())
        self.picture.setPixmap(QPixmap.fromImage(picture).scaledToWidth(width, Qt.TransformationMode.SmoothTransformation))
        caption = self.state.text(step.image.caption) if step.image.caption else ""
        self.picture.setAccessibleDescription(self.state.text(step.image.alt))
        self.picture.setToolTip(" · ".join(x for x in (caption, step.image.credit or "") if x))
        self.picture.show()

    def _ask(self) -> None:
        if (step := self.player.step) is not None and step.question:
            self.question_requested.emit(step.question)

    def handle_key(self, event: QKeyEvent) -> bool:
        """Tour keys, from the bar or (presenter mode, clickers) from the window; True if one was used."""
        key = event.key()
        if not self.player.playing or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if key in FORWARD:
            self.player.next()
        elif key in BACK:
            self.player.previous()
        elif key == Qt.Key.Key_Home:
            self.player.go(0)
        elif key == Qt.Key.Key_End:
            self.player.go(len(self.player.tour.steps) - 1)
        else:
            return False
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape and self.player.playing:
            self.player.stop()
        elif not self.handle_key(event):
            super().keyPressEvent(event)
