"""What every question kind provides, and the values its parts exchange.

A kind is one module of :mod:`sco_app.core.question_kinds` with one :class:`QuestionKind` subclass that
implements every part below: nothing is inherited as a default, so a kind that forgets a part cannot
be made (``abc`` refuses to instantiate it) and the registry's test names the part.
"""

from __future__ import annotations

import random
from abc import ABC, abstractmethod
from dataclasses import dataclass
from enum import Enum
from typing import Any, Callable, Iterator, Mapping
from xml.etree import ElementTree as ET

from sco_app.core.model import Event, LessonPack, Passage, Question, QuestionType, Text, Theory


class Verdict(str, Enum):
    """How an answer did, as the feedback names it."""

    RIGHT = "right"
    PARTLY_RIGHT = "partly-right"  # part of it is right (an order, a sort, several options)
    DEFENSIBLE = "defensible"  # an accepted alternative to the paper's reading: part of the credit
    WRONG = "wrong"
    UNANSWERED = "unanswered"  # no answer was given (an exam's skipped or unseen question)


@dataclass(frozen=True)
class Grade:
    """How an answer did: right or not, a score from 0 to 1, the verdict, and what to tell the student."""

    correct: bool
    score: float
    feedback: tuple[Text, ...]  # what the answer given earned (option feedback, a defensible note), then the explanation
    right: tuple[str, ...]  # the right answer, as in Question.answer
    verdict: Verdict


class ResponseError(ValueError):
    """A response that is not of the form its question takes (a programming error, not a student's)."""


class Unexportable(Exception):
    """A question a learning management system's format cannot hold; the message says why."""


@dataclass(frozen=True)
class PackRefs:
    """What the checks of a question may refer to, from the merged (unbuilt) pack data."""

    events: Mapping[str, dict]
    theories: frozenset[str]
    passages: frozenset[str]
    countries: Mapping[str, str]
    languages: tuple[str, ...] = ()
    organisations: frozenset[str] = frozenset()  # actors the pack declares as organisations (no shape)


@dataclass(frozen=True)
class BuildContext:
    """What building a question from checked pack data needs: the text maker and the built parts."""

    text: Callable[[Any], Text]
    theories: tuple[Theory, ...]
    passages: tuple[Passage, ...]
    events: Mapping[str, Event]
    languages: tuple[str, ...]
    works: tuple = ()  # the pack's SourceWork(s): how a finding question names their passages

    def opt_text(self, value: Any) -> Text | None:
        return None if value is None else self.text(value)


Finding = Any  # sco_app.core.packs.crossref.Finding (not imported here: the packs import the kinds)


class QuestionKind(ABC):
    """One kind of question, with all of its parts. Responses take one form per kind (a set of option
    ids, a country code, a list of event ids, ...); :meth:`validate` says whether a value has it."""

    type: QuestionType
    xapi_type: str  # its xAPI interaction type: choice, true-false, fill-in, sequencing, matching or other

    # -- the pack ------------------------------------------------------------------------------------

    @abstractmethod
    def check(self, path: tuple, raw: dict, refs: PackRefs) -> Iterator[Finding]:
        """Every problem of one question of this kind in the merged pack data (``path`` is its key path)."""

    @abstractmethod
    def build(self, raw: dict, context: BuildContext) -> Question:
        """The :class:`Question` of checked pack data."""

    @abstractmethod
    def generate(self, pack: LessonPack, authored: tuple[Question, ...]) -> list[Question]:
        """The questions of this kind the quiz makes from the pack itself (none, for most kinds)."""

    # -- a session -----------------------------------------------------------------------------------

    @abstractmethod
    def arrange(self, question: Question, rng: random.Random | None) -> tuple[str, ...]:
        """The ids of what the question lists (options, events), in the order shown: shuffled by
        ``rng`` (an exam's recorded seed), or as written when ``rng`` is None."""

    @abstractmethod
    def initial_response(self, question: Question, arrangement: tuple[str, ...]):
        """The response a question has before the student does anything (an order question: the order
        shown, which needs a "keep this order" to be checked), or None when it has none."""

    @abstractmethod
    def left_out(self, question: Question, response) -> int:
        """How many parts a validated, non-empty response leaves out (a sort's events in no box): checking such
        a response asks first whether it is meant. 0 for a kind whose responses are whole."""

    @abstractmethod
    def validate(self, question: Question, response) -> Any:
        """``response`` in this kind's form (normalised), None when it is empty (nothing chosen yet);
        raise :class:`ResponseError` when it is not of the form at all."""

    @abstractmethod
    def grade(self, question: Question, response) -> Grade:
        """Grade a validated, non-empty response."""

    @abstractmethod
    def right_response(self, question: Question):
        """A response that :meth:`grade` counts as right."""

    @abstractmethod
    def encode(self, response) -> Any:
        """The response as JSON data (for the progress store)."""

    @abstractmethod
    def decode(self, data: Any):
        """The response :meth:`encode` stored."""

    @abstractmethod
    def theory(self, question: Question, pack: LessonPack) -> str | None:
        """The theory the question is about, for the per-theory breakdown of results."""

    # -- words ---------------------------------------------------------------------------------------

    @abstractmethod
    def answer_parts(self, question: Question, answer, words, dates: bool = False) -> list[str]:
        """How a response, or ``question.answer`` (the right one), reads part by part in ``words``'s language."""

    # -- paper, learning management systems and records ------------------------------------------

    @abstractmethod
    def item(self, question: Question, words):
        """The question as a self-contained :class:`~sco_app.core.question_kinds.items.QuizItem` in ``words``'s
        language (for paper and for exports)."""

    @abstractmethod
    def gift(self, item) -> list[str]:
        """The lines of the item's answer block in GIFT; raise :class:`Unexportable` if GIFT cannot hold it."""

    @abstractmethod
    def moodle(self, item, question: ET.Element) -> str:
        """Fill a Moodle XML ``<question>`` with the item's answers and return its Moodle question type; raise
        :class:`Unexportable` if Moodle cannot hold it."""

    @abstractmethod
    def xapi_interaction(self, question: Question, words_by_language: Mapping[str, Any]) -> dict:
        """The kind's part of an xAPI 1.0.3 interaction definition: ``interactionType``,
        ``correctResponsesPattern`` and the components (``choices``, ``source``, ``target``) with their
        descriptions in each language of ``words_by_language`` (language -> :class:`Words`)."""

    @abstractmethod
    def xapi_response(self, response) -> str:
        """A validated response in xAPI's pattern for the interaction type (``a[,]b``, ``source[.]target``, ...)."""


class TextResponseKind(QuestionKind, ABC):
    """A kind answered with one text (a country's code, a typed answer): nothing listed to shuffle, nothing chosen
    at first, stored as it is, the first accepted answer right, and about its event's reading in the results."""

    def arrange(self, question: Question, rng: random.Random | None) -> tuple[str, ...]:
        return ()

    def initial_response(self, question: Question, arrangement: tuple[str, ...]):
        return None

    def left_out(self, question: Question, response) -> int:
        return 0

    def right_response(self, question: Question) -> str:
        return question.answer[0]

    def encode(self, response) -> str:
        return response

    def decode(self, data) -> str:
        return data

    def theory(self, question: Question, pack: LessonPack) -> str | None:
        return pack.event(question.event).reading.theory if question.event else None
