"""A question as a self-contained item, in one language, for places outside the app (paper, a learning
management system). In the app a student sees the event a question is about on the timeline; on paper
or in an LMS the item must carry that context itself. An item has one of four shapes:

* ``choice``: options, each right, defensible (part of the credit) or wrong, each with its feedback;
* ``matching``: left-hand items each matched to a right-hand answer (events to their place in time,
  or to their theory);
* ``map``: find a state; only the names of the states that are right;
* ``write-in``: the answers accepted for a text typed in.
"""

from __future__ import annotations

from dataclasses import dataclass

from sco_app.core.model import Question, QuestionType

CHOICE, MATCHING, MAP, WRITE_IN = "choice", "matching", "map", "write-in"


@dataclass(frozen=True)
class Choice:
    text: str
    correct: bool
    feedback: str = ""
    credit: float = 0.0  # the share of the credit a defensible option that is not right earns


@dataclass(frozen=True)
class QuizItem:
    """One question ready to print or export; every text already in the chosen language."""

    id: str
    type: QuestionType
    kind: str  # its shape: CHOICE, MATCHING, MAP or WRITE_IN
    prompt: str
    context: str = ""  # the event asked about: "title (date). description"
    choices: tuple[Choice, ...] = ()
    pairs: tuple[tuple[str, str], ...] = ()  # (left, right): the right matches, in the order they are listed
    distractors: tuple[str, ...] = ()  # right-hand answers that match nothing here
    answers: tuple[str, ...] = ()  # map: the names of the states that are right; write-in: the accepted answers
    explanation: str = ""
    theory: str = ""  # the theory the question is about (its id), for an LMS's tags
    language: str = "en"  # the language of its texts


def choice_item(question: Question, words, texts: list[str], context: str, theory: str | None) -> QuizItem:
    """The choice item of an options question (``texts``: each option's text in ``words``'s language)."""
    choices = tuple(Choice(text, option.correct, words.t(option.feedback), option.credit)
                    for option, text in zip(question.options, texts))
    return QuizItem(question.id, question.type, CHOICE, words.t(question.prompt), context, choices=choices,
                    explanation=words.t(question.explanation), theory=theory or "", language=words.language)
