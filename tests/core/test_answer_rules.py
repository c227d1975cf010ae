"""When an answer may be checked: nothing chosen never, an untouched ordering or a part left out only if meant."""

from __future__ import annotations

import pytest

from sco_app.core import answer_rules
from sco_app.core.answer_rules import Readiness, readiness
from sco_app.core.model import Option, Question, QuestionType, Text


def _question(kind: QuestionType, **fields) -> Question:
    return Question(f"q-{kind.value}", kind, Text.plain("?"), fields.pop("answer", ("a",)), **fields)


def test_every_question_kind_has_a_rule():
    """The rules cover every question kind; an unknown kind is an error, not a default."""
    assert set(answer_rules.RULES) == set(QuestionType)
    for rule in answer_rules.RULES.values():
        assert callable(rule.empty) and callable(rule.missing)


@pytest.mark.parametrize("kind, nothing, something", [
    (QuestionType.THEORY, set(), {"a"}),
    (QuestionType.CHOICE, set(), {"a", "b"}),
    (QuestionType.FINDING, None, {"a"}),
    (QuestionType.MAP, None, "IND"),
    (QuestionType.SORT, {}, {"e1": "t1", "e2": "t2"}),
])
def test_no_response_cannot_be_checked(kind, nothing, something):
    """With nothing chosen a question is EMPTY; with a response it is READY, touched or not."""
    question = _question(kind, events=("e1", "e2"), options=(Option("a", Text.plain("A")),))
    assert readiness(question, nothing, touched=False) is Readiness.EMPTY
    assert readiness(question, nothing, touched=True) is Readiness.EMPTY
    assert readiness(question, something, touched=False) is Readiness.READY


def test_an_untouched_ordering_asks_first():
    """The events in the order shown read as an answer: UNTOUCHED until the student moves one."""
    question = _question(QuestionType.ORDER, answer=("e1", "e2"), events=("e2", "e1"))
    assert readiness(question, ["e2", "e1"], touched=False) is Readiness.UNTOUCHED
    assert readiness(question, ["e2", "e1"], touched=True) is Readiness.READY  # moved and moved back: meant
    assert readiness(question, [], touched=True) is Readiness.EMPTY


def test_a_sort_with_events_in_no_box_is_incomplete():
    """Sorting two of three events leaves one out: INCOMPLETE, with one part left out."""
    question = _question(QuestionType.SORT, answer=("t1", "t1", "t2"), events=("e1", "e2", "e3"))
    response = {"e1": "t1", "e3": "t2"}
    assert readiness(question, response, touched=True) is Readiness.INCOMPLETE
    assert answer_rules.left_out(question, response) == 1
    assert answer_rules.left_out(question, {**response, "e2": "t1"}) == 0
