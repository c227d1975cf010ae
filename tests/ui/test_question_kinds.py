"""Every kind of question has its widget; a kind without one is an error, never a default widget."""

from __future__ import annotations

from pathlib import Path

import pytest

from sco_app import app
from sco_app.core import quiz
from sco_app.core.model import QuestionType
from sco_app.core.packs import load_pack
from sco_app.ui.question_kinds import WIDGETS, make_question_widget
from sco_app.ui.question_widgets import QuestionWidget
from sco_app.ui.state import AppState


def test_every_kind_has_a_widget():
    """The registry covers every QuestionType with a QuestionWidget class."""
    assert set(WIDGETS) == set(QuestionType)
    assert all(issubclass(widget, QuestionWidget) for widget in WIDGETS.values())


def test_each_question_gets_its_kinds_widget_and_an_unknown_kind_fails(qtbot):
    """The SCO lesson's questions get the widget of their kind, with no response yet; a kind not in the registry
    is a KeyError."""
    state = AppState()
    state.load(load_pack(Path(app.lessons_dir()) / "sco-balancing"))
    seen = {}
    for question in quiz.questions_of(state.pack):
        if question.type in seen:
            continue
        widget = make_question_widget(state, question)
        qtbot.addWidget(widget)
        assert isinstance(widget, WIDGETS[question.type]) and not widget.touched
        seen[question.type] = widget
    assert set(seen) == set(QuestionType)

    class Unknown:
        type = "true-false"

    with pytest.raises(KeyError):
        make_question_widget(state, Unknown())
