"""One widget per question type, answerable by mouse and by keyboard alike.

Each widget shows one :class:`Question`; :meth:`QuestionWidget.response` gives what
:func:`sco_app.core.quiz.grade` expects. Keys: 1..9 pick an option; Alt+Up / Alt+Down move an event of an
order question; Alt+1..Alt+9 put the chosen event of a sort question in that theory's box (Alt+0 takes it
back). Enter (check the answer) belongs to the quiz panel. Map questions have a module of their own
(:mod:`sco_app.ui.map_question`); :mod:`sco_app.ui.question_kinds` picks the widget for a question.
"""

from __future__ import annotations

import unicodedata
from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QBoxLayout, QButtonGroup, QCheckBox, QComboBox, QGridLayout, QHBoxLayout,
    QLabel, QListWidget, QListWidgetItem, QMenu, QPushButton, QRadioButton, QVBoxLayout, QWidget,
)

from sco_app.core.geo import country_names
from sco_app.core.model import Question, QuestionType
from sco_app.core.question_kinds.options import asks_several
from sco_app.ui.state import AppState

ID = Qt.ItemDataRole.UserRole
SIDE_BY_SIDE_PX = 640  # a sort question lays its events beside its boxes from this width (at a 7-px average char)
DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}


class QuestionWidget(QWidget):
    """The common part: the question, a ``changed`` signal, and key handling that children pass up."""

    changed = Signal()  # the response changed
    map_wanted = Signal()  # a map question asks the window to show the map

    def __init__(self, state: AppState, question: Question, order: tuple[str, ...] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.question, self.locked, self._modes = state, question, False, {}
        self.touched = False  # the student changed the answer (an untouched ordering is asked about)
        self.changed.connect(self._touch)
        self.setAccessibleName(self.tr("Answer"))

    def _touch(self) -> None:
        self.touched = True

    def response(self):
        raise NotImplementedError

    def show_response(self, response) -> None:
        """Put ``response`` (a kept one: an exam resumed) back on screen, as if the student had given it."""
        raise NotImplementedError

    def answered(self) -> bool:
        return bool(self.response())

    def set_enabled(self, enabled: bool) -> None:
        """Lock or unlock the answer: buttons and boxes are disabled, lists take no drops; the text stays readable."""
        self.locked = not enabled
        for widget in self.findChildren(QAbstractButton) + self.findChildren(QComboBox):
            widget.setEnabled(enabled)
        for view, mode in self._modes.items():
            view.setDragDropMode(mode if enabled else QAbstractItemView.DragDropMode.NoDragDrop)

    def reveal(self, right) -> None:
        """After the answer is checked, show in the widget itself what was right (where it can)."""

    def focus_first(self) -> None:
        self.focusNextChild()

    def handle_key(self, event) -> bool:
        """React to a key meant for this question; True if it was used."""
        return False

    def keyPressEvent(self, event) -> None:
        if self.locked or not self.handle_key(event):
            super().keyPressEvent(event)

    def eventFilter(self, watched, event) -> bool:
        """Lists would use Alt+arrows and Alt+digits themselves: the question gets them first."""
        if event.type() == QEvent.Type.KeyPress and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            return not self.locked and self.handle_key(event)
        return super().eventFilter(watched, event)

    def _title(self, event_id: str) -> str:
        return self.state.text(self.state.pack.event(event_id).title)

    def _hint(self, text: str) -> QLabel:
        """How to answer, mouse and keys, in small grey type above the answer."""
        label = QLabel(text, wordWrap=True)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # quieter than the question, in any palette
        return label

    def _view(self, mode, name: str, event_ids=()) -> QListWidget:
        """A list of events (by title, their ids as data) that drags and drops by ``mode``, with roomy rows."""
        view = QListWidget()
        view.setAccessibleName(name)
        view.setStyleSheet("QListWidget::item { padding: 5px }")
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # a long title ends in "…" (tooltip)
        view.setDragDropMode(mode)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.installEventFilter(self)
        self._modes[view] = mode
        for event_id in event_ids:
            item = QListWidgetItem(self._title(event_id))
            item.setData(ID, event_id)
            item.setToolTip(item.text())  # the whole title, where a narrow list cuts it
            view.addItem(item)
        view.setCurrentRow(0)
        return view

    @staticmethod
    def _fit(view: QListWidget, rows: int) -> None:
        """Make ``view`` just tall enough for ``rows`` rows."""
        view.ensurePolished()  # the style sheet's padding counts
        view.setFixedHeight(max(view.sizeHintForRow(0), 24) * max(rows, 1) + 2 * view.frameWidth() + 4)


def _passage(pack, passage_id: str):
    try:
        return pack.passage(passage_id)
    except KeyError:
        return None


class _ClickLabel(QLabel):
    """An option's text: a click on it chooses the option, like a click on its button."""

    def __init__(self, text: str, button: QAbstractButton) -> None:
        super().__init__(text, wordWrap=True)
        self.button = button
        self.setBuddy(button)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.button.isEnabled():
            self.button.click()


class OptionsQuestion(QuestionWidget):
    """Theory, choice and finding questions: numbered radio buttons, or check boxes when several are right."""

    def __init__(self, state: AppState, question: Question, order: tuple[str, ...] = (), parent=None) -> None:
        super().__init__(state, question, order, parent)
        by_id = {o.id: o for o in question.options}
        self.options = [by_id[i] for i in order if i in by_id] or list(question.options)
        self.multiple = asks_several(question)
        self.group = QButtonGroup(self, exclusive=not self.multiple)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        how = (self.tr("Choose every right option (keys 1 to {n} tick them), then press Enter.") if self.multiple
               else self.tr("Choose one option (keys 1 to {n}), then press Enter."))
        grid.addWidget(self._hint(how.format(n=len(self.options))), 0, 0, 1, 2)
        row, pack, self.labels = 1, state.pack, []
        for n, option in enumerate(self.options, 1):
            text = state.text(option.text)
            button = (QCheckBox if self.multiple else QRadioButton)(str(n))
            button.setAccessibleName(f"{n}. {text}")
            if question.type is QuestionType.FINDING and (passage := _passage(pack, option.id)) is not None:
                button.setAccessibleDescription(state.text(passage.text))
                text = f"{text}: {button.accessibleDescription()}"
            self.group.addButton(button, n)
            grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            self.labels.append(_ClickLabel(text, button))
            grid.addWidget(self.labels[-1], row, 1)
            row += 1
        self.group.buttonToggled.connect(lambda *_: self.changed.emit())

    def response(self) -> set[str]:
        return {self.options[self.group.id(b) - 1].id for b in self.group.buttons() if b.isChecked()}

    def show_response(self, response) -> None:
        for n, option in enumerate(self.options, 1):
            self.group.button(n).setChecked(option.id in response)

    def pick(self, n: int) -> None:
        """Choose option ``n`` (1-based), as its number key does; with check boxes, toggle it."""
        button = self.group.button(n)
        if button is not None:
            button.setChecked(not button.isChecked() if self.multiple else True)
            button.setFocus()

    def handle_key(self, event) -> bool:
        if event.key() in DIGITS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.pick(DIGITS[event.key()])
            return True
        return False

    def reveal(self, right) -> None:
        """Mark the right options ✔, a defensible one chosen ◐ and the wrong ones chosen ✘, in colour and in words
        for screen readers."""
        for n, (option, label) in enumerate(zip(self.options, self.labels), 1):
            if option.id in right:
                mark, colour, verdict = "✔", "#007A5A", self.tr("right")
            elif option.partial > 0:
                mark, colour, verdict = "◐", "#007A5A", self.tr("defensible")
            else:
                mark, colour, verdict = "✘", "#B33C00", self.tr("wrong")
            if option.id in right or self.group.button(n).isChecked():
                label.setText(f"{mark} {label.text()}")
                label.setStyleSheet(f"color: {colour}; font-weight: bold")
                self.group.button(n).setAccessibleDescription(verdict)

    def focus_first(self) -> None:
        checked = self.group.checkedButton()
        (checked or self.group.buttons()[0]).setFocus()


class OrderQuestion(QuestionWidget):
    """Drag the events into order, or move the current one with Alt+Up / Alt+Down (or the buttons)."""

    def __init__(self, state: AppState, question: Question, order: tuple[str, ...] = (), parent=None) -> None:
        super().__init__(state, question, order, parent)
        self.list = self._view(QAbstractItemView.DragDropMode.InternalMove,
                               self.tr("Events to put in order, earliest first"), order or question.events)
        self.list.setAlternatingRowColors(True)
        self.list.model().rowsMoved.connect(lambda *_: self.changed.emit())
        self.up, self.down = QPushButton(self.tr("Move &up")), QPushButton(self.tr("Move &down"))
        self.up.setAccessibleName(self.tr("Move the chosen event up (Alt+Up)"))
        self.down.setAccessibleName(self.tr("Move the chosen event down (Alt+Down)"))
        self.up.clicked.connect(lambda: self.move(-1))
        self.down.clicked.connect(lambda: self.move(1))
        buttons = QVBoxLayout()
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._hint(self.tr("Drag the events into order, or choose one and press Alt+Up or Alt+Down.")))
        layout.addLayout(row)
        self._fit(self.list, self.list.count())

    def move(self, step: int) -> None:
        """Move the current event ``step`` places (negative: earlier)."""
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.list.setAccessibleDescription(self.tr("{title} is now number {n} of {count}").format(
            title=item.text(), n=target + 1, count=self.list.count()))
        self.changed.emit()

    def handle_key(self, event) -> bool:
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return False

    def response(self) -> list[str]:
        return [self.list.item(row).data(ID) for row in range(self.list.count())]

    def show_response(self, response) -> None:
        rows = {self.list.item(row).data(ID): row for row in range(self.list.count())}
        items = [self.list.item(rows[event_id]) for event_id in response if event_id in rows]
        for item in items:
            self.list.takeItem(self.list.row(item))
        for item in items:
            self.list.insertItem(self.list.count(), item)
        self.changed.emit()

    def focus_first(self) -> None:
        self.list.setFocus()


class SortQuestion(QuestionWidget):
    """Drag each event into its theory's box, or choose it and press Alt+1..Alt+9 (or "Move to…")."""

    def __init__(self, state: AppState, question: Question, order: tuple[str, ...] = (), parent=None) -> None:
        super().__init__(state, question, order, parent)
        self.pool = self._list(self.tr("Events to sort"), order or question.events)
        self.bins: dict[str, QListWidget] = {}
        boxes, self.menu = QGridLayout(), QMenu(self)
        for n, theory in enumerate(state.pack.theories, 1):
            name = state.text(theory.name)
            self.bins[theory.id] = box_list = self._list(self.tr("Events {theory} explains").format(theory=name))
            box_list.setWordWrap(True)
            self._fit(box_list, max(2, -(-len(question.events) // len(state.pack.theories))))  # room for a share
            caption = QLabel(f"<b>{escape(f'{n}  {name}' if n < 10 else name)}</b>")
            caption.setBuddy(box_list)
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(caption)
            box.addWidget(box_list)
            columns = 1 if len(state.pack.theories) <= 4 else 2
            boxes.addLayout(box, (n - 1) // columns, (n - 1) % columns)
            action = self.menu.addAction(f"{n}  {name}\tAlt+{n}" if n < 10 else name)
            action.triggered.connect(lambda _=False, t=theory.id: self.move_to(t))
        self.menu.addSeparator()
        self.menu.addAction(self.tr("Back to the events to sort\tAlt+0")).triggered.connect(lambda: self.move_to(""))
        self.move_button = QPushButton(self.tr("Move &to…"))
        self.move_button.setAccessibleName(self.tr("Move the chosen event to a theory (Alt+1 to Alt+9)"))
        self.move_button.setMenu(self.menu)
        self._fit(self.pool, len(question.events))
        events = QVBoxLayout()
        events.addWidget(QLabel(self.tr("Events to sort:")))
        events.addWidget(self.pool)
        events.addWidget(self.move_button, 0, Qt.AlignmentFlag.AlignLeft)
        events.addStretch(1)
        self.sides = QBoxLayout(QBoxLayout.Direction.LeftToRight)  # the events beside the boxes, or above them
        self.sides.addLayout(events, 3)  # the events' titles are long; the boxes wrap theirs
        self.sides.addLayout(boxes, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._hint(self.tr("Drag each event into the box of its theory, or choose it and press Alt+1 "
                                            "to Alt+{n} (Alt+0 takes it back).").format(n=len(self.bins))))
        layout.addLayout(self.sides)
        self._last = self.pool

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Side by side where there is room (the boxes stay next to the events, in view), else one above the other."""
        wide = event.size().width() >= SIDE_BY_SIDE_PX * self.fontMetrics().averageCharWidth() / 7
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.sides.direction() != direction:
            self.sides.setDirection(direction)
        super().resizeEvent(event)

    def _list(self, name: str, event_ids=()) -> QListWidget:
        view = self._view(QAbstractItemView.DragDropMode.DragDrop, name, event_ids)
        view.model().rowsInserted.connect(lambda *_: self.changed.emit())
        view.currentItemChanged.connect(lambda item, _old, v=view: self._remember(v, item))
        return view

    def _remember(self, view: QListWidget, item) -> None:
        if item is not None:
            self._last = view  # the list whose event "Move to" moves

    def move_to(self, theory_id: str) -> None:
        """Put the chosen event in ``theory_id``'s box ("" for back to the events to sort); the next one is chosen."""
        source = self._last if self._last.currentItem() is not None else self.pool
        item = source.currentItem()
        target = self.bins.get(theory_id, self.pool)
        if item is None or target is source or self.locked:
            return
        row = source.row(item)
        target.addItem(source.takeItem(row))
        where = target.accessibleName() if theory_id else self.tr("the events to sort")
        source.setAccessibleDescription(self.tr("{title} moved to {where}").format(title=item.text(), where=where))
        if source.count():
            source.setCurrentRow(min(row, source.count() - 1))
        else:
            self._last = target
            target.setCurrentItem(item)
        self._last.setFocus()
        self.changed.emit()

    def handle_key(self, event) -> bool:
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and event.key() in DIGITS:
            n = DIGITS[event.key()]
            ids = list(self.bins)
            if n == 0 or n <= len(ids):
                self.move_to(ids[n - 1] if n else "")
            return True
        return False

    def response(self) -> dict[str, str]:
        return {view.item(row).data(ID): theory for theory, view in self.bins.items() for row in range(view.count())}

    def show_response(self, response) -> None:
        for event_id, theory in response.items():
            source = next((v for v in (self.pool, *self.bins.values())
                           for row in range(v.count()) if v.item(row).data(ID) == event_id), None)
            target = self.bins.get(theory)
            if source is not None and target is not None and source is not target:
                target.addItem(source.takeItem(next(r for r in range(source.count())
                                                    if source.item(r).data(ID) == event_id)))
        self.changed.emit()

    def focus_first(self) -> None:
        self.pool.setFocus()


def folded(text: str) -> str:
    """``text`` for matching: lower case, without accents ("Türkiye" is found by "turk")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


def state_name(state: AppState, code: str) -> str:
    """A state's name: the pack's (in the student's language) for its actors, else Natural Earth's."""
    actor = next((a for a in state.pack.actors if a.code == code), None)
    return state.text(actor.name) if actor is not None else country_names().get(code, code)
