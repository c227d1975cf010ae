"""The UI's table of question kinds: every kind has a widget and a name, and each widget answers its kind."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from sco_app.core import question_kinds, quiz
from sco_app.core.model import QuestionType
from sco_app.core.packs import load_pack
from sco_app.ui import i18n
from sco_app.ui.question_kinds import UI_KINDS, kind_names, widget_for
from sco_app.ui.state import AppState

EVERY_KIND = Path(__file__).resolve().parents[1] / "packs" / "every-kind"


@pytest.fixture
def state():
    s = AppState()
    s.load(load_pack(EVERY_KIND))
    return s


def test_every_kind_has_a_widget_and_a_name():
    """The UI table has one row per kind of the core's registry, and no other."""
    assert list(UI_KINDS) == list(question_kinds.KINDS) == list(QuestionType)


def test_kind_names_are_translated(qapp):
    """Each kind has its own name, in English and in Indonesian."""
    english = kind_names()
    i18n.install("id")
    indonesian = kind_names()
    assert len(set(english.values())) == len(english) == len(indonesian)
    assert all(indonesian[k] and indonesian[k] != english[k] for k in english)


@pytest.mark.parametrize("type_", list(QuestionType), ids=lambda t: t.value)
def test_each_kinds_widget_gives_a_response_its_kind_takes(qtbot, state, type_):
    """The widget for a kind's sample question starts with no answer to check, and a response it gives
    after a student's keys is one the core's kind validates."""
    question = next(q for q in state.pack.questions if q.type is type_)
    kind = question_kinds.kind_of(question)
    arrangement = kind.arrange(question, None)
    widget = widget_for(state, question, arrangement)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.accessibleName()
    initial = kind.initial_response(question, arrangement)
    assert kind.validate(question, widget.response()) in (None, initial)
    widget.focus_first()
    for key in (Qt.Key.Key_1, Qt.Key.Key_Down):
        qtbot.keyClick(widget.focusWidget() or widget, key)
    given = kind.validate(question, widget.response())
    if given is not None:
        quiz.grade(question, given)  # gradable as it is


def test_an_exams_order_lists_events_as_arranged(qtbot, state):
    """Order and sort widgets list their events in the exam's arrangement, not the pack's order."""
    for type_ in (QuestionType.ORDER, QuestionType.SORT):
        question = next(q for q in state.pack.questions if q.type is type_)
        arrangement = tuple(reversed(question.events))
        widget = widget_for(state, question, arrangement)
        qtbot.addWidget(widget)
        view = widget.list if type_ is QuestionType.ORDER else widget.pool
        assert tuple(view.item(row).data(Qt.ItemDataRole.UserRole) for row in range(view.count())) == arrangement
