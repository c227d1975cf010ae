"""Dates as historians write them, with honest precision: the one date grammar of the app.

An instructor writes ``2005`` when only the year is sure, ``2005-03`` or ``Mar 2005`` for a month,
``2005-03-24`` or ``24 Mar 2005`` for a day; ``about 1990`` (``c. 1990``), ``early 2005``,
``mid 2005``, ``late Mar 2005`` when it is approximate; ``before 1996`` or ``after 2001`` when one
side is open; and ``open`` for the end of a range that has not ended. Month names and these words are
read in any language of the pack (:mod:`sco_app.core.date_words`), never from the system's locale.

A :class:`PartialDate` keeps the precision and qualifier it was given, so the app never shows
"1 January 2005" for an event known only by year. The schema generator (:data:`SCHEMA_PATTERN`),
the spreadsheet importer and the views all use this module.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from sco_app.core.date_words import LANGUAGES, PARTS, Qualifier, language_of, month_language, month_words

MIN_YEAR = 1
MAX_YEAR = 9999


class Precision(str, Enum):
    YEAR = "year"
    MONTH = "month"
    DAY = "day"


class Certainty(str, Enum):
    """How well a date is known, as the views say it ("known to the day", "approximate", ...)."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    PART_OF_MONTH = "part-of-month"  # early/mid/late March 2005
    PART_OF_YEAR = "part-of-year"  # early/mid/late 2005
    ABOUT = "about"
    BEFORE = "before"
    AFTER = "after"


DATE_FORMS_HINT = ("write a date as 2005, 2005-03, 2005-03-24, Mar 2005 or 24 Mar 2005; about 1990, early 2005 "
                   "or before 1996 when it is not exact")
_ENGLISH_MONTHS = tuple(names[0] for names in LANGUAGES["en"].months)
_display_language = ["en"]


def set_display_language(language: str) -> None:
    """The language dates are shown in (the interface language); English where it is unknown."""
    _display_language[0] = language if language_of(language) else "en"


def month_abbr(month: int, language: str | None = None) -> str:
    """The short name of ``month`` (1-12) in ``language`` (default: the display language)."""
    names = (language_of(language or _display_language[0]) or LANGUAGES["en"]).months[month - 1]
    return names[1] if len(names) > 1 else names[0]


class DateError(ValueError):
    """A date that cannot be read or cannot exist; the message says which."""


@lru_cache(maxsize=65536)
def _span(year: int, month: int | None, day: int | None, qualifier: Qualifier | None) -> tuple[_dt.date, _dt.date]:
    """The first and last day a date can mean (kept: a list of thousands of events asks for each often)."""
    first = _dt.date(year, month or 1, day or 1)
    if day is not None:
        last = first
    else:
        last_month = month or 12
        last = _dt.date(year, last_month, calendar.monthrange(year, last_month)[1])
    if qualifier in PARTS:
        third = PARTS.index(qualifier)
        if month is None:  # Jan-Apr, May-Aug, Sep-Dec
            first = _dt.date(year, 1 + 4 * third, 1)
            last = _dt.date(year, 4 + 4 * third, calendar.monthrange(year, 4 + 4 * third)[1])
        else:  # 1-10, 11-20, 21-end
            first = first.replace(day=1 + 10 * third)
            last = last if third == 2 else first.replace(day=10 + 10 * third)
    elif qualifier is Qualifier.BEFORE:
        first = last = first - _dt.timedelta(days=1)
    elif qualifier is Qualifier.AFTER:
        first = last = last + _dt.timedelta(days=1)
    return first, last


@dataclass(frozen=True, order=False)
class PartialDate:
    """A calendar date known to a year, a month or a day, perhaps qualified (about, early, before, ...)."""

    year: int
    month: int | None = None
    day: int | None = None
    qualifier: Qualifier | None = None

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    @property
    def certainty(self) -> Certainty:
        if self.qualifier in PARTS:
            return Certainty.PART_OF_MONTH if self.month is not None else Certainty.PART_OF_YEAR
        if self.qualifier is not None:
            return Certainty(self.qualifier.value)
        return Certainty(self.precision.value)

    @property
    def first_day(self) -> _dt.date:
        """The earliest day this date can mean (for before/after: the day next to the date named)."""
        return _span(self.year, self.month, self.day, self.qualifier)[0]

    @property
    def last_day(self) -> _dt.date:
        """The latest day this date can mean."""
        return _span(self.year, self.month, self.day, self.qualifier)[1]

    def ordinal(self) -> int:
        """Day number of :attr:`first_day`, for sorting and plotting."""
        return self.first_day.toordinal()

    def __lt__(self, other: PartialDate) -> bool:
        return (self.first_day, self.last_day) < (other.first_day, other.last_day)

    def __le__(self, other: PartialDate) -> bool:
        return self == other or self < other

    def __str__(self) -> str:
        """The date as a pack may write it, in English words: ``2005-03-24``, ``about 1990``, ``early 2005-03``."""
        if self.day is not None:
            text = f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        elif self.month is not None:
            text = f"{self.year:04d}-{self.month:02d}"
        else:
            text = f"{self.year:04d}"
        return f"{self.qualifier.value} {text}" if self.qualifier else text

    def display(self, language: str | None = None) -> str:
        """Display form with the precision it has: ``24 Mar 2005``, ``Mar 2005``, ``2005``, ``c. 1990``
        (words in ``language``, by default the display language set with :func:`set_display_language`)."""
        language = language or _display_language[0]
        if self.month is None:
            text = str(self.year)
        else:
            month = month_abbr(self.month, language)
            text = f"{self.day} {month} {self.year}" if self.day is not None else f"{month} {self.year}"
        if self.qualifier is None:
            return text
        return (language_of(language) or LANGUAGES["en"]).shown[self.qualifier].format(text)


def _words_pattern(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=64)
def _languages(languages: tuple[str, ...] | None) -> tuple[str, ...]:
    if languages is None:
        return tuple(LANGUAGES)
    codes = ["en"] + [c for c in (getattr(language_of(x), "code", None) for x in languages) if c]
    return tuple(dict.fromkeys(codes))


@lru_cache(maxsize=32)
def _grammar(codes: tuple[str, ...]) -> tuple[re.Pattern, dict[str, Qualifier], dict[str, int], re.Pattern]:
    qualifiers = {w.lower(): q for code in codes for q, ws in LANGUAGES[code].qualifiers.items() for w in ws}
    connectors = {c for code in codes for c in LANGUAGES[code].connectors}
    link = rf"(?:(?:{_words_pattern(connectors)})\s+)?" if connectors else ""
    pattern = re.compile(
        rf"^(?:(?P<q>{_words_pattern(qualifiers)})(?:[\s-]+|(?<=[.~±])))?(?:"
        r"(?P<iy>\d{4})(?:-(?P<im>\d{1,2})(?:-(?P<id>\d{1,2}))?)?"
        rf"|(?:(?P<d>\d{{1,2}})\.?\s+{link})?(?P<mon>[^\W\d_][^\W\d]*\.?)\s+{link}(?P<y>\d{{4}})"
        r"|(?P<mon2>[^\W\d_][^\W\d]*\.?)\s+(?P<d2>\d{1,2}),?\s+(?P<y2>\d{4}))$",
        re.IGNORECASE,
    )
    ends = {w.lower() for code in codes for w in LANGUAGES[code].open_end}
    return pattern, qualifiers, month_words(codes), re.compile(rf"^(?:{_words_pattern(ends)})$", re.IGNORECASE)


def parse_date(value: object, languages: tuple[str, ...] | None = None) -> PartialDate:
    """Read a date written in a lesson pack; raise :class:`DateError` saying what is wrong.

    Month names and qualifiers are read in English and in ``languages`` (default: every language of
    :mod:`sco_app.core.date_words`)."""
    if type(value) is str:  # the common case first: a pack's dates are text
        return _parse_text(value, languages)
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # 2005.0: a whole number, as the pack's schema takes it (JSON Schema's integer)
    if isinstance(value, bool) or not isinstance(value, (str, int, _dt.date)):
        raise DateError(f"expected a date, found {type(value).__name__}")
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        return PartialDate(value.year, value.month, value.day)
    if isinstance(value, int):
        return _checked(value, None, None, None, str(value))
    return _parse_text(value, languages)


@lru_cache(maxsize=65536)
def _parse_text(value: str, languages: tuple[str, ...] | None) -> PartialDate:
    text = " ".join(value.split())
    pattern, qualifiers, months, _ = _grammar(_languages(languages))
    match = pattern.match(text)
    if match is None:
        raise DateError(f"{text!r} is not a date")
    qualifier = qualifiers[match["q"].lower()] if match["q"] else None
    if match["iy"]:
        year, month, day = int(match["iy"]), match["im"] and int(match["im"]), match["id"] and int(match["id"])
    else:
        word = match["mon"] or match["mon2"]
        month = months.get(word.lower().rstrip("."))
        if month is None:
            known_in = month_language(word)
            if known_in is not None:
                raise DateError(f"{word!r} in {text!r} is a month name in {known_in!r}, which is not among the "
                                f"pack's languages: add {known_in!r} to 'languages' to write dates in it")
            raise DateError(f"{word!r} in {text!r} is not a month name")
        year, day = int(match["y"] or match["y2"]), match["d"] or match["d2"]
        day = int(day) if day else None
    if qualifier in PARTS and day is not None:
        raise DateError(f"{text!r}: early, mid and late go with a year or a month, not a day")
    return _checked(year, month, day, qualifier, text)


def is_open_end(value: object, languages: tuple[str, ...] | None = None) -> bool:
    """Whether ``value`` says a range has not ended (``open``, ``ongoing``, ``sekarang``, ...)."""
    return isinstance(value, str) and bool(_grammar(_languages(languages))[3].match(value.strip()))


def _checked(year: int, month: int | None, day: int | None, qualifier: Qualifier | None, text: str) -> PartialDate:
    if not MIN_YEAR <= year <= MAX_YEAR:
        if len(text) > 12:  # a number of hundreds of digits says no more in full
            raise DateError(f"a year of {len(str(abs(year)))} digits is out of range (years {MIN_YEAR} to {MAX_YEAR})")
        raise DateError(f"year {year} in {text!r} is out of range")
    if month is not None and not 1 <= month <= 12:
        raise DateError(f"month {month} in {text!r} does not exist")
    if day is not None:
        last = calendar.monthrange(year, month or 1)[1]
        if not 1 <= day <= last:
            raise DateError(f"{text!r} does not exist: {_ENGLISH_MONTHS[(month or 1) - 1]} {year} has {last} days")
    date = PartialDate(year, month, day, qualifier)
    try:
        date.first_day, date.last_day
    except (OverflowError, ValueError):
        raise DateError(f"{text!r} is out of range") from None
    return date


def display_span(start: PartialDate, end: PartialDate | None = None, open_end: bool = False) -> str:
    """``24 Mar 2005``, ``10–11 Oct 2002``, ``29 Jul – 21 Nov 2005``, ``2005 – 2007`` or ``from 2005``."""
    if open_end:
        return (language_of(_display_language[0]) or LANGUAGES["en"]).from_start.format(start.display())
    if end is None or end == start:
        return start.display()
    plain = start.qualifier is None and end.qualifier is None
    if plain and start.precision is end.precision is Precision.DAY and start.year == end.year:
        if start.month == end.month:
            return f"{start.day}–{end.display()}"
        return f"{start.day} {month_abbr(start.month)} – {end.display()}"
    return f"{start.display()} – {end.display()}"


_LETTER = "A-Za-z\u00c0-\u024f"
SCHEMA_PATTERN = (rf"^\s*([{_LETTER}.~±'-]+(\s+[{_LETTER}'-]+)*[\s-]*)?"
                  rf"(\d{{4}}(-\d{{1,2}}(-\d{{1,2}})?)?|(\d{{1,2}}\.?\s+)?([{_LETTER}]+\s+)?[{_LETTER}]+\.?\s+"
                  rf"([{_LETTER}]+\s+)?\d{{4}}|[{_LETTER}]+\.?\s+\d{{1,2}},?\s+\d{{4}})\s*$")
"""The shape of a written date, for the JSON Schema: editors check it as instructors type; the app
then reads the words themselves (month names in the pack's languages, qualifiers)."""

OPEN_END_WORDS = tuple(dict.fromkeys(w for lang in LANGUAGES.values() for w in lang.open_end))
"""Every word that ends a range that has not ended, for the JSON Schema."""
