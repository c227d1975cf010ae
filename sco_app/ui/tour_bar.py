"""The tour bar: step n of N, previous and next, a step list, and the step's title, narrative and picture.

The bar is as tall as the longest step of the tour needs (up to ``MOST_LINES`` lines, then the text scrolls), so it
keeps one height from step to step and the timeline under it never jumps. In presenter mode it is one compact row
(:meth:`TourBar.set_compact`) and the narrative is shown beside the map instead (:class:`StepText`).

Keys while the bar has the focus: Right, Space and Page Down go on; Left and Page Up go back (presentation
clickers send Page Down and Page Up); Home and End jump to the first and last step; Escape ends the tour. While a
tour plays the same keys work from anywhere in the window (:mod:`sco_app.ui.clicker`).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPixmap, QTextDocument
from PySide6.QtWidgets import (
    QComboBox, QFrame, QHBoxLayout, QLabel, QSizePolicy, QTextBrowser, QVBoxLayout, QWidget,
)

from sco_app.ui.pack_images import WIDTH, load_image
from sco_app.ui.profile_dialog import push_button
from sco_app.ui.results_view import announce
from sco_app.ui.state import AppState
from sco_app.ui.tour_player import TourPlayer

FORWARD = (Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown)
BACK = (Qt.Key.Key_Left, Qt.Key.Key_PageUp)
MOST_LINES = 6  # the narrative's lines the bar makes room for at most; a longer step scrolls


def step_html(state: AppState, step, heading: str = "") -> str:
    """A step's title and narrative as rich text: the pack's words escaped exactly once, so that quotes and
    apostrophes show as themselves (never as ``&quot;``). ``heading`` (already HTML) goes before the title."""
    title = state.text(step.title) if step.title else ""
    parts = [heading] if heading else []
    if title:
        parts.append(f"<p style='margin:0'><span style='font-size:large'><b>{escape(title, quote=False)}</b></span></p>")
    parts.append(f"<p style='margin:0'>{escape(state.text(step.text), quote=False)}</p>")
    return "".join(parts)


class StepText(QTextBrowser):
    """A tour step's title and narrative as selectable text (in the bar, beside the map, on the lecturer's screen)."""

    def __init__(self, state: AppState, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setAccessibleName(name)
        self.setAccessibleDescription(self.tr("The title and narrative of the tour's step"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setOpenLinks(False)
        self.viewport().setAutoFillBackground(False)
        self.document().setDocumentMargin(2)

    def show_step(self, step, heading: str = "") -> None:
        self.setHtml(step_html(self.state, step, heading) if step is not None else "")

    def height_for(self, steps, width: int, most: int | None = None) -> int:
        """The height (frame included) the longest of ``steps`` needs at ``width``, at most ``most`` pixels."""
        document = QTextDocument()
        document.setDefaultFont(self.font())
        document.setDocumentMargin(self.document().documentMargin())
        document.setTextWidth(max(width, 50))
        need = 0
        for step in steps:
            document.setHtml(step_html(self.state, step))
            need = max(need, int(document.size().height() + 0.999))
        need += 2 * self.frameWidth()
        return min(need, most) if most is not None else need


class TourBar(QFrame):
    question_requested = Signal(str)  # a step's check-for-understanding question id
    presenter_requested = Signal()

    def __init__(self, state: AppState, player: TourPlayer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.player = state, player
        self.compact = False
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Guided tour"))
        self.setAccessibleDescription(self.tr(
            "Right, Space or Page Down: next step. Left or Page Up: previous step. Escape ends the tour."))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 4, 8, 6)
        row = QHBoxLayout()
        self.heading = QLabel(textFormat=Qt.TextFormat.RichText)
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # may be cut, never widens
        self.heading.setAccessibleName(self.tr("Tour"))
        row.addWidget(self.heading, 1)
        self.previous_button = push_button(self.tr("◀ &Previous"), self.tr("Previous step"), player.previous, row)
        self.steps = QComboBox()
        self.steps.setAccessibleName(self.tr("Go to step"))
        self.steps.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.steps.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        self.steps.activated.connect(player.go)
        row.addWidget(self.steps)
        self.next_button = push_button(self.tr("&Next ▶"), self.tr("Next step"), player.next, row)
        self.question_button = push_button(self.tr("Check your &understanding"), slot=self._ask, row=row)
        self.presenter_button = push_button(self.tr("Presenter (F5)"), self.tr("Presenter mode"),
                                            self.presenter_requested.emit, row)
        self.end_button = push_button(self.tr("End tour"), slot=player.stop, row=row)
        self.captions = {  # full and compact (presenter mode) captions, and what each says in a tooltip
            self.previous_button: (self.tr("◀ &Previous"), "◀", self.tr("Previous step (Left, Page Up)")),
            self.next_button: (self.tr("&Next ▶"), "▶", self.tr("Next step (Right, Space, Page Down)")),
            self.question_button: (self.tr("Check your &understanding"), "?", self.tr(
                "Check your understanding: the step's question (in presenter mode, asked of the room; "
                "the next click shows the answer)")),
            self.presenter_button: (self.tr("Presenter (F5)"), self.tr("Esc"), self.tr("Presenter mode (F5; Escape leaves)")),
            self.end_button: (self.tr("End tour"), "✕", self.tr("End tour")),
        }
        self.row = row
        column.addLayout(row)
        self.body = QWidget()
        body = QHBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        self.text = StepText(state, self.tr("What this step says"))
        self.text.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.text.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        body.addWidget(self.text, 1)
        self.picture = QLabel(alignment=Qt.AlignmentFlag.AlignTop)
        self.picture.setAccessibleName(self.tr("Picture of this step"))
        body.addWidget(self.picture)
        column.addWidget(self.body)
        self.set_compact(False)
        player.started.connect(self._started)
        player.step_shown.connect(self._show)
        player.ended.connect(self.hide)
        self.hide()

    def set_compact(self, compact: bool) -> None:
        """One row of short buttons (presenter mode: the narrative is shown beside the map), or the whole bar."""
        self.compact = compact
        self.heading.setVisible(not compact)
        self.body.setVisible(not compact)
        for button, (_full, _short, tip) in self.captions.items():
            button.setToolTip(tip)
        self._fit_captions()
        self._fit_height()

    def _fit_captions(self) -> None:
        """Whole captions where the row has room for them, else the short ones (a narrow window, presenter mode):
        the bar is never wider than the window, at any zoom."""
        def use(short: bool) -> None:
            for button, (full, brief, _tip) in self.captions.items():
                button.setText(brief if short else full)
            self.steps.setMinimumContentsLength(6 if short else 16)  # long titles are cut here, whole in the list
            policy = QSizePolicy.Policy.Expanding if short else QSizePolicy.Policy.Preferred
            self.steps.setSizePolicy(policy, QSizePolicy.Policy.Fixed)
            self.row.invalidate()

        margins = self.layout().contentsMargins()
        use(True)
        self.setMinimumWidth(self.row.minimumSize().width() + margins.left() + margins.right())
        if not self.compact:
            use(False)
            if self.row.sizeHint().width() + margins.left() + margins.right() > self.width():
                use(True)

    def _started(self, tour) -> None:
        self.steps.clear()
        for n, step in enumerate(tour.steps, 1):
            title = self.state.text(step.title) if step.title else self.state.text(step.text)[:60]
            self.steps.addItem(self.tr("Step {n} of {count}: {title}").format(n=n, count=len(tour.steps), title=title))
        self.heading.setText(f"<b>{escape(self.tr('Tour:'))} {escape(self.state.text(tour.title), quote=False)}</b>")
        self.show()
        self._fit_height()
        self.setFocus()

    def _show(self, index: int) -> None:
        tour, step = self.player.tour, self.player.step
        self.steps.setCurrentIndex(index)
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(tour.steps) - 1)
        self.question_button.setEnabled(step.question is not None)
        self.text.show_step(step)
        self._show_picture(step)
        title = self.state.text(step.title) if step.title else ""
        where = self.tr("Step {n} of {count}").format(n=index + 1, count=len(tour.steps))
        announce(self.text, f"{where}: {title}" if title else where, self.state.text(step.text))

    def _show_picture(self, step) -> None:
        picture = load_image(self.state.pack, step.image) if step.image is not None else None
        if picture is None or picture.isNull():
            self.picture.hide()
            return
        width = min(int(WIDTH * self.logicalDpiX() / 96 * 0.75), picture.width())
        pixmap = QPixmap.fromImage(picture).scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        if pixmap.height() > self.text.height():  # the picture never makes the bar taller
            pixmap = pixmap.scaledToHeight(max(self.text.height(), 16), Qt.TransformationMode.SmoothTransformation)
        self.picture.setPixmap(pixmap)
        caption = self.state.text(step.image.caption) if step.image.caption else ""
        self.picture.setAccessibleDescription(self.state.text(step.image.alt))
        tip = " · ".join(x for x in (caption, step.image.credit or "") if x)
        self.picture.setToolTip(f"<qt>{escape(tip, quote=False)}</qt>" if tip else "")
        self.picture.show()

    def _fit_height(self) -> None:
        """Make room for the longest step of the tour at the bar's width: one height for every step."""
        tour = self.player.tour
        if tour is None or self.compact:
            return
        width = self.width() - self.layout().contentsMargins().left() - self.layout().contentsMargins().right()
        if any(step.image is not None for step in tour.steps):
            width -= int(WIDTH * self.logicalDpiX() / 96 * 0.75) + self.body.layout().spacing()
        most = self.text.fontMetrics().lineSpacing() * (MOST_LINES + 1) + 8
        self.text.setFixedHeight(self.text.height_for(tour.steps, width - 2, most))
        if self.player.step is not None:
            self._show_picture(self.player.step)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit_captions()
            self._fit_height()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FontChange:  # Ctrl+= / Ctrl+-
            self._fit_captions()
            self._fit_height()
        super().changeEvent(event)

    def _ask(self) -> None:
        if (step := self.player.step) is not None and step.question:
            self.question_requested.emit(step.question)

    def handle_key(self, event: QKeyEvent) -> bool:
        """Tour keys, from the bar; True if one was used."""
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
