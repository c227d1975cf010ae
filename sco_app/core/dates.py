"""Dates with honest precision: a year, a year and month, or a full day.

Instructors write dates the way historians do: ``2005`` when only the year is sure, ``2005-03`` or
``Mar 2005`` for a month, ``2005-03-24`` or ``24 Mar 2005`` for a day. A :class:`PartialDate` keeps
the precision it was given, so the app never shows "1 January 2005" for an event known only by year.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from dataclasses import dataclass
from enum import Enum

MIN_YEAR = 1
MAX_YEAR = 9999


class Precision(str, Enum):
    YEAR = "year"
    MONTH = "month"
    DAY = "day"


MONTHS = {
    name.lower(): number
    for number in range(1, 13)
    for name in (calendar.month_name[number], calendar.month_abbr[number])
}
MONTHS["sept"] = 9

_ISO = re.compile(r"^(?P<y>\d{4})(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?)?$")
_WORDS = re.compile(r"^(?:(?P<d>\d{1,2})\s+)?(?P<mon>[A-Za-z]+)\.?\s+(?P<y>\d{4})$")

MONTH_ABBR = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "id": ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
}
_display_language = ["en"]


def set_display_language(language: str) -> None:
    """The language dates are shown in (the interface language); English where it is unknown."""
    _display_language[0] = language if language in MONTH_ABBR else "en"


def month_abbr(month: int, language: str | None = None) -> str:
    return MONTH_ABBR.get(language or _display_language[0], MONTH_ABBR["en"])[month - 1]


DATE_FORMS_HINT = "write a date as 2005, 2005-03, 2005-03-24, Mar 2005 or 24 Mar 2005"


class DateError(ValueError):
    """A date that cannot be read or cannot exist; the message says which."""


@dataclass(frozen=True, order=False)
class PartialDate:
    """A calendar date known to a year, a month or a day."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    @property
    def first_day(self) -> _dt.date:
        """The earliest day this date can mean."""
        return _dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def last_day(self) -> _dt.date:
        """The latest day this date can mean."""
        if self.day is not None:
            return _dt.date(self.year, self.month or 1, self.day)
        month = self.month or 12
        return _dt.date(self.year, month, calendar.monthrange(self.year, month)[1])

    def ordinal(self) -> int:
        """Day number of :attr:`first_day`, for sorting and plotting."""
        return self.first_day.toordinal()

    def __lt__(self, other: PartialDate) -> bool:
        return (self.first_day, self.last_day) < (other.first_day, other.last_day)

    def __le__(self, other: PartialDate) -> bool:
        return self == other or self < other

    def __str__(self) -> str:
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def display(self, language: str | None = None) -> str:
        """Display form with the precision it has: ``24 Mar 2005``, ``Mar 2005``, ``2005`` (month names
        in ``language``, by default the display language set with :func:`set_display_language`)."""
        if self.month is None:
            return str(self.year)
        month = month_abbr(self.month, language)
        return f"{self.day} {month} {self.year}" if self.day is not None else f"{month} {self.year}"


def parse_date(value: object) -> PartialDate:
    """Read a date written in a lesson pack; raise :class:`DateError` saying what is wrong."""
    if isinstance(value, bool) or not isinstance(value, (str, int, _dt.date)):
        raise DateError(f"expected a date, found {type(value).__name__}")
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        return PartialDate(value.year, value.month, value.day)
    if isinstance(value, int):
        return _checked(value, None, None, str(value))
    text = str(value).strip()
    match = _ISO.match(text)
    if match:
        year, month, day = match["y"], match["m"], match["d"]
        return _checked(int(year), int(month) if month else None, int(day) if day else None, text)
    match = _WORDS.match(text)
    if match:
        month = MONTHS.get(match["mon"].lower())
        if month is None:
            raise DateError(f"{match['mon']!r} in {text!r} is not a month name")
        day = int(match["d"]) if match["d"] else None
        return _checked(int(match["y"]), month, day, text)
    raise DateError(f"{text!r} is not a date")


def _checked(year: int, month: int | None, day: int | None, text: str) -> PartialDate:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise DateError(f"year {year} in {text!r} is out of range")
    if month is not None and not 1 <= month <= 12:
        raise DateError(f"month {month} in {text!r} does not exist")
    if day is not None:
        last = calendar.monthrange(year, month or 1)[1]
        if not 1 <= day <= last:
            raise DateError(f"{text!r} does not exist: {calendar.month_name[month or 1]} {year} has {last} days")
    return PartialDate(year, month, day)


def display_span(start: PartialDate, end: PartialDate | None = None) -> str:
    """``24 Mar 2005``, ``10–11 Oct 2002``, ``29 Jul – 21 Nov 2005`` or ``2005 – 2007``."""
    if end is None or end == start:
        return start.display()
    if start.precision is end.precision is Precision.DAY and start.year == end.year:
        if start.month == end.month:
            return f"{start.day}–{end.display()}"
        return f"{start.day} {month_abbr(start.month)} – {end.display()}"
    return f"{start.display()} – {end.display()}"
