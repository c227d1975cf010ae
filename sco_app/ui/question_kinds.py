"""Each question kind's widget and name, in one table: the UI's side of the kinds' registry
(:mod:`sco_app.core.question_kinds`). A test fails when a kind has no row here; an unknown kind is an
error, never another kind's widget.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QCoreApplication

from sco_app.core.model import Question, QuestionType
from sco_app.core.question_kinds import UnknownKind
from sco_app.ui.question_widgets import MapQuestion, OptionsQuestion, OrderQuestion, QuestionWidget, SortQuestion
from sco_app.ui.state import AppState

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
    QuestionType.MAP: UiKind(lambda state, question, _order: MapQuestion(state, question),
                             lambda: QCoreApplication.translate("QuestionTypes", "Map")),
    QuestionType.ORDER: UiKind(OrderQuestion, lambda: QCoreApplication.translate("QuestionTypes", "Order")),
    QuestionType.SORT: UiKind(SortQuestion, lambda: QCoreApplication.translate("QuestionTypes", "Sort")),
    QuestionType.FINDING: UiKind(OptionsQuestion, lambda: QCoreApplication.translate("QuestionTypes", "Finding")),
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
