"""The quiz session's state machine: its states, the actions a student (or the clock) takes, which action
may follow which state, and why an action is refused.

The table is the rule: :class:`sco_app.core.quiz_session.QuizSession` looks every action up in
:data:`TRANSITIONS` and raises :class:`IllegalAction` when it is not there; an action the table allows
may still be refused for a reason of the moment (nothing chosen, an untouched order, time up), with a
:class:`Refusal` the window can show. A refused action changes nothing.
"""

from __future__ import annotations

from enum import Enum


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
    UNTOUCHED = "untouched"  # the order is as it was shown: check it only with "keep this order"
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
