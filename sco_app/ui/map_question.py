"""Map questions: the answer in the quiz panel, the question on the map, and the wiring between the two.

The student may answer where they like. In the quiz panel, :class:`MapQuestion` lists the states on the map
under a find box (type to find, Enter or a click to choose). On the map, :class:`MapQuestionBar` keeps the prompt,
the choice and Confirm in view over the map, which frames the region the question asks about (placed so as not to
point at the answer: :func:`sco_app.core.map_region.question_frame`). A click on the map only chooses and outlines
a state; Confirm (or Enter) commits it. Practice may name a state under the pointer; an exam never does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from sco_app.core.geo import country_names
from sco_app.core.map_region import question_frame
from sco_app.core.model import Question
from sco_app.ui.profile_dialog import push_button, scaled_font
from sco_app.ui.question_widgets import ID, QuestionWidget, folded, state_name
from sco_app.ui.quiz_pages import BANNERS
from sco_app.ui.state import AppState


class MapQuestion(QuestionWidget):
    """Click a state on the map (the window passes the click to :meth:`choose`), or find it in a list by typing;
    Confirm (the panel's Check, or the one on the map) commits the choice. With ``names_shown`` off (an exam), a
    state clicked on the map is not named: its outline on the map shows which one is chosen."""

    def __init__(self, state: AppState, question: Question, order: tuple[str, ...] = (), parent=None) -> None:
        super().__init__(state, question, order, parent)
        self.names_shown, self.code, self.on_map = True, None, False
        self.go = QPushButton(self.tr("Go to the m&ap"))
        self.go.setAccessibleName(self.tr("Go to the map to click the state"))
        self.go.clicked.connect(self.map_wanted)
        self.find = QLineEdit(placeholderText=self.tr("Type to find a state"))
        self.find.setAccessibleName(self.tr("Find a state by name"))
        self.find.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("States on the map, by name"))
        for name, code in sorted(((state_name(state, c), c) for c in country_names()), key=lambda p: p[0].casefold()):
            item = QListWidgetItem(name)
            item.setData(ID, code)
            self.list.addItem(item)
        self.list.setCurrentRow(-1)
        self._fit(self.list, 6)
        self.find.textChanged.connect(self._filter)
        self.find.installEventFilter(self)
        self.list.currentItemChanged.connect(lambda item, _old: item is not None and self.choose(item.data(ID)))
        self.chosen = QLabel(self.tr("You chose: nothing yet"))
        self.chosen.setAccessibleName(self.chosen.text())
        row = QHBoxLayout()
        row.addWidget(self.find, 1)
        row.addWidget(self.go)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._hint(self.tr("Click the state on the map, then Confirm; or type its name here and "
                                            "choose it in the list, then Check (Enter).")))
        layout.addLayout(row)
        layout.addWidget(self.list)
        layout.addWidget(self.chosen)

    def name_of(self, code: str) -> str:
        return state_name(self.state, code)

    def _filter(self, text: str) -> None:
        """Show only the states whose name contains what is typed (case and accents ignored)."""
        words = folded(text).split()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(not all(word in folded(item.text()) for word in words))

    def eventFilter(self, watched, event) -> bool:
        """In the find box, Enter chooses the first state found (a second Enter checks it) and Down goes to the list."""
        if watched is self.find and event.type() == QEvent.Type.KeyPress and not self.locked:
            shown = [self.list.item(r) for r in range(self.list.count()) if not self.list.item(r).isHidden()]
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and shown and self.code != shown[0].data(ID):
                self.list.setCurrentItem(shown[0])
                return True  # chosen, not yet checked
            if event.key() == Qt.Key.Key_Down and shown:
                self.list.setFocus()
                if self.list.currentItem() is None or self.list.currentItem().isHidden():
                    self.list.setCurrentItem(shown[0])
                return True
        return super().eventFilter(watched, event)

    def choose(self, code: str, on_map: bool = False) -> None:
        """``code`` becomes the choice (while the question is open); from the map, unnamed if names are not shown."""
        if self.locked or code not in country_names():
            return
        self.code, self.on_map = code, on_map
        if on_map:  # the list follows a click on the map only where the state may be named
            self.list.blockSignals(True)
            self.list.setCurrentRow(next((r for r in range(self.list.count()) if self.list.item(r).data(ID) == code), -1)
                                    if self.names_shown else -1)
            self.list.blockSignals(False)
        named = self.names_shown or not on_map
        text = (self.tr("You chose: {name}").format(name=self.name_of(code)) if named
                else self.tr("You chose the state outlined on the map."))
        self.chosen.setText(text)
        self.chosen.setAccessibleName(text)
        self.changed.emit()

    def choice_text(self) -> str:
        return self.chosen.text()

    def response(self) -> str | None:
        return self.code

    def show_response(self, response) -> None:
        self.choose(response, on_map=not self.names_shown)

    def set_enabled(self, enabled: bool) -> None:
        super().set_enabled(enabled)
        for widget in (self.find, self.list):
            widget.setEnabled(enabled)

    def focus_first(self) -> None:
        self.find.setFocus()


class MapQuestionBar(QFrame):
    """Over the map while a map question is up: the prompt, what is chosen, Confirm, and the way back to the quiz."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="mapQuestion")
        self.setAccessibleName(self.tr("Map question"))
        self.prompt = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.prompt.setAccessibleName(self.tr("Question"))
        scaled_font(self.prompt, 1.2)
        self.choice = QLabel(wordWrap=True)
        self.choice.setAccessibleName(self.tr("Your choice"))
        row = QHBoxLayout()
        row.addWidget(self.choice, 1)
        self.confirm_button = push_button(self.tr("&Confirm"), self.tr("Confirm the state chosen (Enter)"), row=row)
        self.back_button = push_button(self.tr("&Back to the quiz"), self.tr("Back to the quiz (list of states)"),
                                       row=row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.prompt)
        layout.addLayout(row)
        self.hide()

    def show_question(self, prompt: str, mode: str) -> None:
        self.setStyleSheet(f"QFrame#mapQuestion {{ border: 2px solid {BANNERS[mode]}; border-left-width: 8px; "
                           "border-radius: 4px }")
        self.prompt.setText(prompt)
        self.show()

    def show_choice(self, widget: MapQuestion) -> None:
        self.choice.setText(widget.choice_text() if widget.response() else self.tr(
            "Click a state to choose it; Confirm commits your answer."))
        self.confirm_button.setEnabled(widget.response() is not None)


class MapQuestionController(QObject):
    """Wires the quiz panel, the map view and the window's tabs for map questions (built by the main window)."""

    def __init__(self, quiz, map_view, show_map, show_quiz) -> None:
        super().__init__(map_view)
        self.quiz, self.map, self.show_map, self.show_quiz, self.widget = quiz, map_view, show_map, show_quiz, None
        self.bar = MapQuestionBar()
        map_view.layout().insertWidget(0, self.bar)
        self.keys = [QShortcut(QKeySequence(key), map_view, self._confirm, enabled=False,
                               context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
                     for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)]
        self.bar.confirm_button.clicked.connect(self._confirm)
        self.bar.back_button.clicked.connect(self._back)
        quiz.map_question.connect(self._question)
        quiz.answer_checked.connect(lambda: self._question(None))
        map_view.country_clicked.connect(quiz.country_clicked)

    def _question(self, widget: MapQuestion | None) -> None:
        """A map question is up (frame its region, show it on the map) or gone (the map is itself again)."""
        was_up, new = self.bar.isVisible() or self.widget is not None, widget is not self.widget
        self.widget = widget
        active = widget is not None and self.quiz.awaits_country()
        for key in self.keys:
            key.setEnabled(active)
        if not active:
            self.bar.hide()
            self.map.set_question(False)
            if was_up and self.map.isVisible():
                self.show_quiz()  # (the feedback, or the next question, is in the quiz)
            return
        self.map.set_question(True, names_shown=widget.names_shown)
        if new:
            widget.changed.connect(lambda w=widget: self._changed(w))
        self.bar.show_question(widget.state.text(widget.question.prompt), self.quiz.mode)
        self._changed(widget)
        self.show_map()
        self._frame(widget.question)

    def _changed(self, widget: MapQuestion) -> None:
        if widget is self.widget:
            self.map.quiz.set_choice(widget.response())
            self.bar.show_choice(widget)

    def _frame(self, question: Question) -> None:
        box = self.map.states_box(question.answer)
        if box is not None:
            x0, y0, x1, y1 = question_frame((box.left(), box.top(), box.right(), box.bottom()), question.id)
            self.map.show_area(QRectF(x0, y0, x1 - x0, y1 - y0))

    def _back(self) -> None:
        """Back to the quiz, with the cursor in the find box."""
        self.show_quiz()
        if self.widget is not None:
            self.widget.focus_first()

    def _confirm(self) -> None:
        if self.widget is not None and self.widget.response() is not None:
            self.quiz.confirm()
