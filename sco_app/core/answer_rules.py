"""When an answer may be checked: the rules against accidental answers, one entry per question kind.

A question with no response cannot be checked: Check, Next and Enter do nothing. A response the student never
touched that still reads as an answer (an ordering question's events as they were shown) is checked only once the
student says it is meant ("keep this order?"); so is a sort with events left out of every box. The quiz screens ask
:func:`readiness` and only show what it says. Every :class:`QuestionType` has an entry in :data:`RULES` (a test
walks the enum): an unknown kind is an error, never a default.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from types import MappingProxyType
from typing import Callable, Mapping

from sco_app.core.model import Question, QuestionType


class Readiness(Enum):
    EMPTY = "empty"  # nothing to check: the actions that would check it do nothing
    UNTOUCHED = "untouched"  # exactly as shown: ask before checking ("keep this order?")
    INCOMPLETE = "incomplete"  # a part left out (events not sorted): ask before checking
    READY = "ready"


@dataclass(frozen=True)
class ResponseRule:
    """What counts as no response for a kind, whether the response as shown already reads as one, and whether a
    response can leave parts out."""

    empty: Callable[[object], bool]
    shown_reads_as_answer: bool = False
    missing: Callable[[Question, object], int] = lambda _question, _response: 0  # parts left out


def _nothing(response) -> bool:
    return not response


def _unsorted(question: Question, response) -> int:
    return sum(event not in (response or {}) for event in question.events)


RULES: Mapping[QuestionType, ResponseRule] = MappingProxyType({
    QuestionType.THEORY: ResponseRule(_nothing),
    QuestionType.CHOICE: ResponseRule(_nothing),
    QuestionType.FINDING: ResponseRule(_nothing),
    QuestionType.MAP: ResponseRule(_nothing),  # no state chosen
    QuestionType.ORDER: ResponseRule(_nothing, shown_reads_as_answer=True),
    QuestionType.SORT: ResponseRule(_nothing, missing=_unsorted),
})


def readiness(question: Question, response, touched: bool) -> Readiness:
    """Whether ``response`` to ``question`` may be checked now; ``touched``: the student changed the answer."""
    rule = RULES[question.type]
    if rule.empty(response):
        return Readiness.EMPTY
    if rule.shown_reads_as_answer and not touched:
        return Readiness.UNTOUCHED
    if rule.missing(question, response):
        return Readiness.INCOMPLETE
    return Readiness.READY


def left_out(question: Question, response) -> int:
    """How many parts of ``response`` are left out (events in no box), for the question that asks about them."""
    return RULES[question.type].missing(question, response)
