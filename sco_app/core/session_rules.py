"""The quiz session's state machine: its states, the actions a student (or the clock) takes, which action
may follow which state, and why an action is refused.

The table is the rule: :class:`sco_app.core.quiz_session.QuizSession` looks every action up in
:data:`TRANSITIONS` and raises :class:`IllegalAction` when it is not there; an action the table allows
may still be refused for a reason of the moment (nothing chosen, an untouched order, time up), with a
:class:`Refusal` the window can show. A refused action changes nothing.

The rules against accidental answers are :func:`check_refusal`: a question with no response cannot be
checked (Check, Next and Enter do nothing); a response the student never changed that still reads as an
answer (an order question's events as they were shown) is checked only once the student says it is meant
("keep this order?"), and so is one that leaves parts out (a sort with events in no box).
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from sco_app.core.model import Question
from sco_app.core.question_kinds import kind_of


class Mode(str, Enum):
    PRACTICE = "practice"  # feedback after every answer; missed questions come back by spaced review
    EXAM = "exam"  # no feedback until the end; the questions drawn from a recorded seed


class Phase(str, Enum):
    READY = "ready"  # started; no question shown yet
    ASKING = "asking"  # a question is shown and open: the student responds, checks or skips it
    CHECKED = "checked"  # practice: the answer is graded and its feedback shown
    ANSWERED = "answered"  # exam: the answer is kept, with no feedback
    AT_END = "at-end"  # exam: every question has been shown; hand in, or go back to a skipped one
    FINISHED = "finished"
    ABANDONED = "abandoned"


class Action(str, Enum):
    PRESENT = "present"  # show the first question
    RESPOND = "respond"  # the response on screen changed (kept, not yet an answer)
    CHECK = "check"  # commit the response as the answer (practice: and show the feedback)
    NEXT = "next"  # on to the next question
    SKIP = "skip"  # leave the question without an answer
    RETURN = "return"  # go back to a skipped question
    FINISH = "finish"  # hand in the exam, or stop practising
    ABANDON = "abandon"  # give the session up; what was answered stays answered


LIVE = (Phase.READY, Phase.ASKING, Phase.CHECKED, Phase.ANSWERED, Phase.AT_END)

TRANSITIONS: dict[tuple[Phase, Action], frozenset[Phase]] = {
    (Phase.READY, Action.PRESENT): frozenset({Phase.ASKING, Phase.AT_END}),
    (Phase.ASKING, Action.RESPOND): frozenset({Phase.ASKING}),
    (Phase.ASKING, Action.CHECK): frozenset({Phase.CHECKED, Phase.ANSWERED}),
    (Phase.ASKING, Action.SKIP): frozenset({Phase.ASKING, Phase.AT_END}),
    (Phase.CHECKED, Action.NEXT): frozenset({Phase.ASKING}),
    (Phase.ANSWERED, Action.NEXT): frozenset({Phase.ASKING, Phase.AT_END}),
    (Phase.ASKING, Action.RETURN): frozenset({Phase.ASKING}),
    (Phase.CHECKED, Action.RETURN): frozenset({Phase.ASKING}),
    (Phase.ANSWERED, Action.RETURN): frozenset({Phase.ASKING}),
    (Phase.AT_END, Action.RETURN): frozenset({Phase.ASKING}),
    **{(phase, Action.FINISH): frozenset({Phase.FINISHED}) for phase in LIVE},
    **{(phase, Action.ABANDON): frozenset({Phase.ABANDONED}) for phase in LIVE},
}


class Refusal(str, Enum):
    """Why an action the table allows cannot be taken now."""

    NO_RESPONSE = "no-response"  # nothing is chosen yet: there is nothing to check
    UNTOUCHED = "untouched"  # the order is as it was shown: check it only when meant ("keep this order?")
    INCOMPLETE = "incomplete"  # parts are left out (events in no box): check it only when meant
    NOT_SKIPPED = "not-skipped"  # only a skipped, unanswered question can be gone back to
    NO_GOING_BACK = "no-going-back"  # this exam does not go back to skipped questions
    TIME_UP = "time-up"  # the exam's time is over: it can only be handed in


class IllegalAction(Exception):
    """An action that no state of the table allows here (a programming error in the caller)."""

    def __init__(self, action: Action, phase: Phase) -> None:
        super().__init__(f"cannot {action.value} a quiz session that is {phase.value}")
        self.action, self.phase = action, phase


class ActionRefused(Exception):
    """An action refused for a reason of the moment; :attr:`refusal` says which. Nothing changed."""

    def __init__(self, action: Action, refusal: Refusal) -> None:
        super().__init__(f"{action.value} refused: {refusal.value}")
        self.action, self.refusal = action, refusal


def target(phase: Phase, action: Action, chosen: Phase) -> Phase:
    """``chosen`` if the table lets ``action`` lead from ``phase`` to it; else :class:`IllegalAction`."""
    allowed = TRANSITIONS.get((phase, action), frozenset())
    if chosen not in allowed:
        raise IllegalAction(action, phase)
    return chosen


def legal(phase: Phase, action: Action) -> bool:
    return (phase, action) in TRANSITIONS


def check_refusal(question: Question, arrangement: tuple[str, ...], response: Any, confirmed: bool = False
                  ) -> Refusal | None:
    """Why ``response`` (on screen for ``question``, listed in ``arrangement``) may not be checked now, or None.
    ``confirmed``: the student said an untouched or incomplete response is meant."""
    kind = kind_of(question)
    initial = kind.initial_response(question, arrangement)
    given = kind.validate(question, response)
    given = initial if given is None else given
    if given is None:
        return Refusal.NO_RESPONSE
    if confirmed:
        return None
    if initial is not None and given == initial:
        return Refusal.UNTOUCHED
    if kind.left_out(question, given):
        return Refusal.INCOMPLETE
    return None
