"""The lesson model: frozen dataclasses that every view and the quiz read.

Nothing here parses YAML or knows about files; :mod:`sco_app.core.packs` builds these objects from a
validated pack. All human-readable text is a :class:`Text`, which holds one string per language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from types import MappingProxyType
from typing import Mapping

from sco_app.core.dates import PartialDate


ANY = "*"  # the language key of text written as a plain string: it serves every language
EMPTY: Mapping = MappingProxyType({})  # an empty, read-only mapping: the default of optional mapping fields


@dataclass(frozen=True)
class Text:
    """Human-readable text in one or more languages, e.g. ``{"en": "...", "id": "..."}``."""

    by_language: Mapping[str, str]

    @classmethod
    def plain(cls, value: str, language: str = "en") -> Text:
        return cls(MappingProxyType({language: value}))

    def get(self, language: str, fallbacks: tuple[str, ...] = ()) -> str:
        """The text in ``language``, else in the first of ``fallbacks`` that has it, else any."""
        return self.resolve(language, fallbacks)[0]

    def resolve(self, language: str, fallbacks: tuple[str, ...] = ()) -> tuple[str, str]:
        """Return ``(text, language it is in)``, so a view can mark a fallback as such. Text written
        as a plain string in a pack (held under ``ANY``) counts as being in every language."""
        if ANY in self.by_language:
            return self.by_language[ANY], language
        for lang in (language, *fallbacks):
            if lang in self.by_language:
                return self.by_language[lang], lang
        lang, value = next(iter(self.by_language.items()))
        return value, lang

    def __str__(self) -> str:
        return next(iter(self.by_language.values()))


class Basis(str, Enum):
    """Whose link between an episode and a theory this is."""

    PAPER = "paper"  # the paper's own argument, as stated in its text
    INTERPRETATION = "interpretation"  # a teaching reading offered for discussion


class Status(str, Enum):
    """An actor's standing in the organisation at some time."""

    SHANGHAI_FIVE = "shanghai-five"  # a participant of the SCO's forerunner, before there was an organisation to join
    FOUNDING_MEMBER = "founding-member"
    MEMBER = "member"
    OBSERVER = "observer"
    DIALOGUE_PARTNER = "dialogue-partner"
    PARTNER = "partner"
    GUEST = "guest"
    APPLICANT = "applicant"
    SUSPENDED = "suspended"

    @property
    def group(self) -> str:
        """The map category: shanghai-five, member, observer, partner or other."""
        return STATUS_GROUPS[self]


STATUS_GROUPS: Mapping[Status, str] = MappingProxyType({  # every status in exactly one map category
    Status.SHANGHAI_FIVE: "shanghai-five",
    Status.FOUNDING_MEMBER: "member",
    Status.MEMBER: "member",
    Status.OBSERVER: "observer",
    Status.DIALOGUE_PARTNER: "partner",
    Status.PARTNER: "partner",
    Status.GUEST: "other",
    Status.APPLICANT: "other",
    Status.SUSPENDED: "other",
})


@dataclass(frozen=True)
class Source:
    citation: str
    url: str | None = None


@dataclass(frozen=True)
class Passage:
    """An addressable piece of the source text (say, one finding of the abstract)."""

    id: str
    label: Text
    text: Text


@dataclass(frozen=True)
class SourceWork:
    """The work the pack teaches: its citation and its text cut into passages."""

    citation: str
    title: Text | None = None
    authors: tuple[str, ...] = ()
    doi: str | None = None
    url: str | None = None
    passages: tuple[Passage, ...] = ()


@dataclass(frozen=True)
class Theory:
    id: str
    name: Text
    short: Text
    thinker: str
    work: str
    claim: Text
    indicators: tuple[Text, ...] = ()


@dataclass(frozen=True)
class Membership:
    """One period of an actor's status; ``end`` is None while it lasts."""

    status: Status
    start: PartialDate
    end: PartialDate | None = None
    note: Text | None = None

    def covers(self, day: PartialDate) -> bool:
        if day.first_day < self.start.first_day:
            return False
        return self.end is None or day.first_day <= self.end.last_day


@dataclass(frozen=True)
class Actor:
    """A state in the lesson, by ISO 3166-1 alpha-3 code, with its statuses over time."""

    code: str
    name: Text
    memberships: tuple[Membership, ...] = ()
    role: Text | None = None

    def status_on(self, day: PartialDate) -> Status | None:
        """The actor's status on ``day``, or None when it had none."""
        found = [m for m in self.memberships if m.covers(day)]
        return found[-1].status if found else None


@dataclass(frozen=True)
class Lane:
    id: str
    title: Text


@dataclass(frozen=True)
class Era:
    id: str
    title: Text
    start: PartialDate
    end: PartialDate
    description: Text | None = None


@dataclass(frozen=True)
class Place:
    name: Text
    lon: float
    lat: float


@dataclass(frozen=True)
class Reading:
    """How a theory explains an episode, and on what it rests."""

    theory: str
    basis: Basis
    explanation: Text
    passages: tuple[str, ...] = ()


@dataclass(frozen=True)
class Cause:
    event: str
    how: Text


@dataclass(frozen=True)
class Image:
    file: str
    alt: Text
    caption: Text | None = None
    credit: str | None = None


class DateNoteKind(str, Enum):
    """What a note on an event's date says; a view labels each kind ("Sources disagree: ...")."""

    NOTE = "note"  # something to know about the date
    DISAGREEMENT = "disagreement"  # sources give different dates
    ESTIMATE = "estimate"  # the date is worked out, not recorded
    CALENDAR = "calendar"  # the date is converted from another calendar


@dataclass(frozen=True)
class DateNote:
    kind: DateNoteKind
    text: Text


@dataclass(frozen=True)
class Event:
    """An episode. ``open_end``: it has not ended, or its end is unknown (``end: open`` in a pack)."""

    id: str
    title: Text
    date: PartialDate
    lane: str
    description: Text
    reading: Reading
    end: PartialDate | None = None
    date_note: DateNote | None = None
    note: Text | None = None  # a remark that is not about the date (participants, figures, a disputed reading)
    place: Place | None = None
    actors: tuple[str, ...] = ()
    era: str | None = None
    alternatives: tuple[Reading, ...] = ()
    causes: tuple[Cause, ...] = ()
    sources: tuple[Source, ...] = ()
    image: Image | None = None
    open_end: bool = False


@dataclass(frozen=True)
class GlossaryEntry:
    id: str
    term: Text
    definition: Text


class QuestionType(str, Enum):
    """The closed set of question kinds; :mod:`sco_app.core.question_kinds` holds one module for each."""

    THEORY = "theory"  # which theory explains this episode?
    CHOICE = "choice"  # multiple choice, one or more right options
    MAP = "map"  # find it on the map
    ORDER = "order"  # put events in order
    SORT = "sort"  # sort events into theories
    FINDING = "finding"  # which finding of the source does this episode illustrate?
    TRUE_FALSE = "true-false"  # is this statement true or false?
    SHORT_ANSWER = "short-answer"  # type the answer: a name, a word, a date


@dataclass(frozen=True)
class Option:
    """An answer to choose. ``partial`` is the share of the credit a defensible but not right option
    earns (0 < partial < 1); its ``feedback`` says why it is defensible."""

    id: str
    text: Text
    correct: bool = False
    feedback: Text | None = None
    partial: float = 0.0

    @property
    def credit(self) -> float:
        """The share of the credit choosing this option earns: 1 when right, else its partial credit."""
        return 1.0 if self.correct else self.partial


@dataclass(frozen=True)
class Credit:
    """Part of the credit for a defensible alternative (0 < share < 1), and the note that says why."""

    share: float
    note: Text


@dataclass(frozen=True)
class Question:
    """A quiz question. ``answer`` holds what is right: option ids (theory, choice, finding, true-false),
    country codes (map), event ids in order (order), one theory id per event of ``events`` (sort), or
    every accepted answer (short answer). ``accepted`` holds a short answer's accepted answers by
    language; ``credit`` a sort question's defensible placements: event id -> theory id -> credit."""

    id: str
    type: QuestionType
    prompt: Text
    answer: tuple[str, ...]
    options: tuple[Option, ...] = ()
    event: str | None = None
    events: tuple[str, ...] = ()
    explanation: Text | None = None
    generated: bool = False
    show_event: bool = False  # exports and handouts print the event's title, date and description with it
    accepted: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: EMPTY)
    credit: Mapping[str, Mapping[str, Credit]] = field(default_factory=lambda: EMPTY)


@dataclass(frozen=True)
class ExamSettings:
    """How an exam is drawn and run. ``back_to_skipped``: a skipped question may be answered later;
    ``clock_pauses``: the time limit counts only while the exam is open (else the clock runs from
    the start, through a close or a crash)."""

    questions: int = 20
    types: tuple[QuestionType, ...] = tuple(QuestionType)
    minutes: int | None = None
    pass_mark: int | None = None
    shuffle: bool = True
    feedback: bool = True
    back_to_skipped: bool = False
    clock_pauses: bool = False


@dataclass(frozen=True)
class TourStep:
    """One step of a tour. ``lens`` "" is no lens; empty ``passages`` means the reading's own."""

    text: Text
    title: Text | None = None
    event: str | None = None
    date: PartialDate | None = None
    period: tuple[PartialDate, PartialDate] | None = None
    actors: tuple[str, ...] = ()
    passages: tuple[str, ...] = ()
    lens: str = ""
    question: str | None = None
    image: Image | None = None


@dataclass(frozen=True)
class Tour:
    id: str
    title: Text
    steps: tuple[TourStep, ...]
    description: Text | None = None


@dataclass(frozen=True)
class LessonPack:
    """A whole lesson: what it teaches, its theories, actors, eras, events and glossary."""

    id: str
    version: str
    title: Text
    languages: tuple[str, ...]
    authors: tuple[str, ...]
    licence: str
    source: SourceWork
    theories: tuple[Theory, ...]
    lanes: tuple[Lane, ...]
    actors: tuple[Actor, ...]
    eras: tuple[Era, ...]
    events: tuple[Event, ...]
    glossary: tuple[GlossaryEntry, ...] = ()
    questions: tuple[Question, ...] = ()
    generate_questions: bool = True
    exam: ExamSettings = ExamSettings()
    summary: Text | None = None
    lrs_endpoint: str | None = None  # a Learning Record Store that answers go to by default (no credentials)
    tours: tuple[Tour, ...] = ()
    root: str = ""
    _index: dict = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._index.update(
            theory={t.id: t for t in self.theories},
            event={e.id: e for e in self.events},
            actor={a.code: a for a in self.actors},
            passage={p.id: p for p in self.source.passages},
            lane={lane.id: lane for lane in self.lanes},
            tour={t.id: t for t in self.tours},
            effects={},
        )
        for event in self.events:  # cause -> the events it led to, in date order
            for cause in event.causes:
                self._index["effects"].setdefault(cause.event, []).append(event)

    def theory(self, theory_id: str) -> Theory:
        return self._index["theory"][theory_id]

    def event(self, event_id: str) -> Event:
        return self._index["event"][event_id]

    def actor(self, code: str) -> Actor:
        return self._index["actor"][code]

    def passage(self, passage_id: str) -> Passage:
        return self._index["passage"][passage_id]

    def lane(self, lane_id: str) -> Lane:
        return self._index["lane"][lane_id]

    def tour(self, tour_id: str) -> Tour:
        return self._index["tour"][tour_id]

    def effects_of(self, event_id: str) -> tuple[Event, ...]:
        """Events that name ``event_id`` among their causes, in date order."""
        return tuple(self._index["effects"].get(event_id, ()))
