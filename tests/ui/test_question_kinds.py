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


def test_each_sco_question_gets_its_kinds_widget_and_an_unknown_kind_fails(qtbot):
    """The SCO lesson's questions get the widget of their kind, with no answer to check yet; a kind not in the
    registry is an error (UnknownKind), never another kind's widget."""
    from sco_app import app
    from sco_app.core.session_rules import Refusal, check_refusal

    state = AppState()
    state.load(load_pack(Path(app.lessons_dir()) / "sco-balancing"))
    seen = {}
    for question in quiz.questions_of(state.pack):
        if question.type in seen:
            continue
        arrangement = question_kinds.kind_of(question).arrange(question, None)
        widget = widget_for(state, question, arrangement)
        qtbot.addWidget(widget)
        assert isinstance(widget, UI_KINDS[question.type].widget)
        assert check_refusal(question, arrangement, widget.response()) in (Refusal.NO_RESPONSE, Refusal.UNTOUCHED)
        seen[question.type] = widget
    assert set(seen) == set(QuestionType)

    class Unknown:
        type = "essay"

    with pytest.raises(question_kinds.UnknownKind):
        widget_for(state, Unknown())


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


@pytest.mark.parametrize("type_", list(QuestionType), ids=lambda t: t.value)
def test_each_kinds_widget_shows_a_kept_response_again(qtbot, state, type_):
    """A resumed exam puts the response kept for a question back on screen: each kind's widget, given its kind's
    right response, gives that same response back."""
    question = next(q for q in state.pack.questions if q.type is type_)
    kind = question_kinds.kind_of(question)
    arrangement = kind.arrange(question, None)
    widget = widget_for(state, question, arrangement)
    qtbot.addWidget(widget)
    kept = quiz.right_response(question)
    widget.show_response(kept)
    assert kind.validate(question, widget.response()) == kind.validate(question, kept)


def test_an_exams_order_lists_events_as_arranged(qtbot, state):
    """Order and sort widgets list their events in the exam's arrangement, not the pack's order."""
    for type_ in (QuestionType.ORDER, QuestionType.SORT):
        question = next(q for q in state.pack.questions if q.type is type_)
        arrangement = tuple(reversed(question.events))
        widget = widget_for(state, question, arrangement)
        qtbot.addWidget(widget)
        view = widget.list if type_ is QuestionType.ORDER else widget.pool
        assert tuple(view.item(row).data(Qt.ItemDataRole.UserRole) for row in range(view.count())) == arrangement


@pytest.fixture
def panel(qtbot, state, tmp_path):
    from sco_app.core import progress
    from sco_app.ui.quiz_panel import QuizPanel

    store = progress.ProgressStore(tmp_path / progress.FILE_NAME)
    widget = QuizPanel(state, store)
    qtbot.addWidget(widget)
    widget.resize(800, 560)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_profile(store.create_profile("Ana"))
    yield widget
    widget.shutdown()


def test_a_true_false_question_is_answered_with_key_2_and_enter(qtbot, panel):
    """True/false shows two numbered options; key 2 (False) and Enter: not right, with the option's feedback."""
    panel.start_practice(["q-true-false"])
    assert [b.text() for b in panel.widget.group.buttons()] == ["1", "2"]
    qtbot.keyClick(panel.widget, Qt.Key.Key_2)
    qtbot.keyClick(panel.widget, Qt.Key.Key_Enter)
    text = panel.feedback.accessibleDescription()
    assert "Not right." in text and "No; look at the dates." in text and "The right answer: True" in text


def test_a_short_answer_is_typed_and_checked_with_enter(qtbot, panel):
    """Typing "tiongkok" in the field and pressing Enter is right (case and language do not matter)."""
    panel.start_practice(["q-short-answer"])
    assert not panel.check_button.isEnabled()
    qtbot.keyClicks(panel.widget.field, "tiongkok")
    assert panel.check_button.isEnabled()
    qtbot.keyClick(panel.widget.field, Qt.Key.Key_Return)
    text = panel.feedback.accessibleDescription()
    assert "Right." in text and "Your answer: tiongkok" in text and panel.widget.field.isReadOnly()
    [row] = panel.store.attempts()
    assert (row["type"], row["response"], row["correct"]) == ("short-answer", '"tiongkok"', 1)


def test_a_defensible_choice_is_marked_as_such_not_as_wrong(qtbot, panel):
    """Key 2 (a credited alternative) and Enter: the option shows ◐ and says "defensible", the verdict its share."""
    panel.start_practice(["q-theory"])
    qtbot.keyClick(panel.widget, Qt.Key.Key_2)
    qtbot.keyClick(panel.widget, Qt.Key.Key_Enter)
    assert panel.widget.labels[1].text().startswith("◐")
    assert panel.widget.group.button(2).accessibleDescription() == "defensible"
    assert panel.feedback.accessibleName() == "Defensible: 50% of the credit."
    [row] = panel.store.attempts()
    assert (row["correct"], row["score"]) == (0, 0.5)
