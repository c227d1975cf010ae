"""Each question kind's widget and name, in one table: the UI's side of the kinds' registry
(:mod:`sco_app.core.question_kinds`). A test fails when a kind has no row here; an unknown kind is an
error, never another kind's widget. True/false questions are answered with two numbered options (the
options widget), short answers in a text field (:class:`ShortAnswerQuestion`, here).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QVBoxLayout

from sco_app.core.model import Question, QuestionType
from sco_app.core.question_kinds import UnknownKind
from sco_app.ui.map_question import MapQuestion
from sco_app.ui.question_widgets import OptionsQuestion, OrderQuestion, QuestionWidget, SortQuestion
from sco_app.ui.state import AppState


class ShortAnswerQuestion(QuestionWidget):
    """A text field for a short answer; Enter (the quiz panel's) checks it."""

    def __init__(self, state: AppState, question: Question, order: tuple[str, ...] = (), parent=None) -> None:
        super().__init__(state, question, order, parent)
        self.field = QLineEdit(placeholderText=self.tr("Your answer"))
        self.field.setAccessibleName(self.tr("Your answer"))
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(lambda _text: self.changed.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._hint(self.tr("Type your answer (case and accents do not matter), then press Enter.")))
        layout.addWidget(self.field)

    def response(self) -> str | None:
        return self.field.text().strip() or None

    def show_response(self, response) -> None:
        self.field.setText(response or "")

    def set_enabled(self, enabled: bool) -> None:
        super().set_enabled(enabled)
        self.field.setReadOnly(not enabled)
        self.field.setClearButtonEnabled(enabled)

    def focus_first(self) -> None:
        self.field.setFocus()


WidgetMaker = Callable[[AppState, Question, tuple[str, ...]], QuestionWidget]


@dataclass(frozen=True)
class UiKind:
    """How the window shows a kind: the widget that answers it (made from the state, the question and the
    order of what it lists) and the kind's name in dialogs and results."""

    widget: WidgetMaker
    name: Callable[[], str]


UI_KINDS: dict[QuestionType, UiKind] = {
    QuestionType.THEORY: UiKind(OptionsQuestion, lambda: QCoreApplication.translate("QuestionTypes", "Which theory")),
    QuestionType.CHOICE: UiKind(OptionsQuestion, lambda: QCoreApplication.translate("QuestionTypes", "Multiple choice")),
    QuestionType.MAP: UiKind(MapQuestion, lambda: QCoreApplication.translate("QuestionTypes", "Map")),
    QuestionType.ORDER: UiKind(OrderQuestion, lambda: QCoreApplication.translate("QuestionTypes", "Order")),
    QuestionType.SORT: UiKind(SortQuestion, lambda: QCoreApplication.translate("QuestionTypes", "Sort")),
    QuestionType.FINDING: UiKind(OptionsQuestion, lambda: QCoreApplication.translate("QuestionTypes", "Finding")),
    QuestionType.TRUE_FALSE: UiKind(OptionsQuestion, lambda: QCoreApplication.translate("QuestionTypes", "True or false")),
    QuestionType.SHORT_ANSWER: UiKind(ShortAnswerQuestion,
                                      lambda: QCoreApplication.translate("QuestionTypes", "Short answer")),
}


def ui_kind(question_type: QuestionType) -> UiKind:
    try:
        return UI_KINDS[question_type]
    except KeyError:
        raise UnknownKind(getattr(question_type, "value", question_type)) from None


def widget_for(state: AppState, question: Question, arrangement: tuple[str, ...] = ()) -> QuestionWidget:
    """The widget answering ``question``, listing its options or events in ``arrangement`` (an exam's shuffle;
    empty: as the pack writes them)."""
    return ui_kind(question.type).widget(state, question, arrangement)


def kind_names() -> dict[QuestionType, str]:
    """Every kind's name, translated, in the registry's order."""
    return {question_type: ui_kind(question_type).name() for question_type in QuestionType}
