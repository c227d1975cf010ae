"""When an answer may be checked: nothing chosen never; an untouched order or a sort with events left out only
when the student says it is meant; and every kind says what it leaves out."""

from __future__ import annotations

import pytest

from sco_app.core.model import Option, Question, QuestionType, Text
from sco_app.core.question_kinds import KINDS
from sco_app.core.session_rules import TRANSITIONS, Action, Phase, Refusal, check_refusal


def _question(kind: QuestionType, **fields) -> Question:
    return Question(f"q-{kind.value}", kind, Text.plain("?"), fields.pop("answer", ("a",)), **fields)


@pytest.mark.parametrize("kind, nothing, something", [
    (QuestionType.THEORY, set(), {"a"}),
    (QuestionType.CHOICE, set(), {"a"}),
    (QuestionType.FINDING, None, {"a"}),
    (QuestionType.TRUE_FALSE, frozenset(), {"a"}),
    (QuestionType.MAP, None, "IND"),
    (QuestionType.SORT, {}, {"e1": "t1", "e2": "t2"}),
    (QuestionType.SHORT_ANSWER, "  ", "Shanghai"),
])
def test_no_response_cannot_be_checked(kind, nothing, something):
    """With nothing chosen (or typed) a question is refused as having no response; with one it may be checked."""
    question = _question(kind, events=("e1", "e2"), options=(Option("a", Text.plain("A")),))
    assert check_refusal(question, (), nothing) is Refusal.NO_RESPONSE
    assert check_refusal(question, (), nothing, confirmed=True) is Refusal.NO_RESPONSE
    assert check_refusal(question, (), something) is None


def test_an_untouched_order_is_checked_only_when_meant():
    """The events in the order shown read as an answer: refused as untouched until moved, or until confirmed."""
    question = _question(QuestionType.ORDER, answer=("e1", "e2"), events=("e2", "e1"))
    shown = ("e2", "e1")
    assert check_refusal(question, shown, None) is Refusal.UNTOUCHED
    assert check_refusal(question, shown, ["e2", "e1"]) is Refusal.UNTOUCHED  # moved and moved back: as shown
    assert check_refusal(question, shown, ["e1", "e2"]) is None
    assert check_refusal(question, shown, None, confirmed=True) is None


def test_a_sort_with_events_in_no_box_is_checked_only_when_meant():
    """Sorting two of three events leaves one out: refused as incomplete until every event is in a box or confirmed."""
    question = _question(QuestionType.SORT, answer=("t1", "t1", "t2"), events=("e1", "e2", "e3"))
    response = {"e1": "t1", "e3": "t2"}
    assert check_refusal(question, (), response) is Refusal.INCOMPLETE
    assert KINDS[QuestionType.SORT].left_out(question, response) == 1
    assert check_refusal(question, (), {**response, "e2": "t1"}) is None
    assert check_refusal(question, (), response, confirmed=True) is None


@pytest.mark.parametrize("type_", [t for t in QuestionType if t is not QuestionType.SORT], ids=lambda t: t.value)
def test_only_a_sort_leaves_parts_out(type_):
    """Every other kind's response is whole: nothing it gives is left out."""
    question = _question(type_, events=("e1", "e2"), options=(Option("a", Text.plain("A")),))
    assert KINDS[type_].left_out(question, {"a"}) == 0


def test_every_live_phase_can_be_finished_and_abandoned():
    """The table lets a session be handed in or given up from every phase that is not over."""
    for phase in (Phase.READY, Phase.ASKING, Phase.CHECKED, Phase.ANSWERED, Phase.AT_END):
        assert (phase, Action.FINISH) in TRANSITIONS and (phase, Action.ABANDON) in TRANSITIONS
    assert not any(phase in (Phase.FINISHED, Phase.ABANDONED) for phase, _action in TRANSITIONS)
