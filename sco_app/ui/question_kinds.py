"""Which widget shows which kind of question: one entry per kind, and a test that no kind is missing.

An unknown kind is an error here (a KeyError), never a default widget.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Mapping

from sco_app.core.model import Question, QuestionType
from sco_app.ui.map_question import MapQuestion
from sco_app.ui.question_widgets import OptionsQuestion, OrderQuestion, QuestionWidget, SortQuestion
from sco_app.ui.state import AppState

WIDGETS: Mapping[QuestionType, type[QuestionWidget]] = MappingProxyType({
    QuestionType.THEORY: OptionsQuestion, QuestionType.CHOICE: OptionsQuestion, QuestionType.FINDING: OptionsQuestion,
    QuestionType.MAP: MapQuestion, QuestionType.ORDER: OrderQuestion, QuestionType.SORT: SortQuestion,
})


def make_question_widget(state: AppState, question: Question, order: tuple[str, ...] = ()) -> QuestionWidget:
    """The widget for ``question`` (a kind with none is an error); ``order``: its options' order (an exam's shuffle)."""
    return WIDGETS[question.type](state, question, order)
