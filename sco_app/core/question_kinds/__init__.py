"""Question kinds as plug-ins: one module per kind, each with every part of its kind, and the registry.

Everything that differs between kinds (checking and building a pack's question, making questions
from the pack, shuffling, validating and grading a response, the right answer, storing a response,
wording an answer, exports and records) is a part of the kind's module; the rest of the app asks
:func:`kind_of` and never tests a question's type. An unknown kind is an :class:`UnknownKind` error.
"""

from __future__ import annotations

from sco_app.core.model import Question, QuestionType
from sco_app.core.question_kinds import choice, finding, map, order, short_answer, sort, theory, true_false
from sco_app.core.question_kinds.base import (
    BuildContext, Grade, PackRefs, QuestionKind, ResponseError, Unexportable, Verdict,
)

KINDS: dict[QuestionType, QuestionKind] = {
    module.KIND.type: module.KIND for module in (theory, choice, map, order, sort, finding, true_false, short_answer)
}


class UnknownKind(KeyError):
    """A question kind the app does not have (a misspelt type, a record from a newer app)."""

    def __str__(self) -> str:
        return f"unknown question kind {self.args[0]!r}; the kinds are {', '.join(t.value for t in KINDS)}"


def kind_of(question: Question | QuestionType | str) -> QuestionKind:
    """The kind of ``question`` (or of a type, or of a type's name as stored)."""
    kind = question.type if isinstance(question, Question) else question
    try:
        return KINDS[QuestionType(kind)]
    except (ValueError, KeyError):
        raise UnknownKind(getattr(kind, "value", kind)) from None


__all__ = ["BuildContext", "Grade", "KINDS", "PackRefs", "QuestionKind", "ResponseError", "UnknownKind", "Unexportable",
           "Verdict", "kind_of"]
