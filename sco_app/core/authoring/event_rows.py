"""Read a spreadsheet of events (CSV) and check it row by row, as pack events.

The columns are documented in the instructors' guide (``lessons/README.md``, "Events from a
spreadsheet"). Every bad row is reported as ``FILE.csv:ROW: message`` with a hint, where ROW is the
spreadsheet's row number (the header is row 1). Ids of lanes, theories, passages and eras are checked
against the pack's; country codes against the app's map.
"""

from __future__ import annotations

import csv
import difflib
import io
import re
from dataclasses import dataclass, field

from sco_app.core.dates import DateError, parse_date

REQUIRED = ("id", "date", "title", "description", "lane", "theory", "explanation")
OPTIONAL = ("end", "date_note", "actors", "era", "basis", "passages", "place", "lon", "lat", "sources")
TRANSLATED = ("title", "description", "explanation", "date_note", "place")  # may have a column per language
BASES = ("paper", "interpretation")
LIST_SEPARATOR = ";"
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_URL = re.compile(r"^https?://\S+$")
DATE_HINT = "write a date as 2005, 2005-03, 2005-03-24, Mar 2005 or 24 Mar 2005"


@dataclass(frozen=True)
class RowProblem:
    """A bad row (or header) of the spreadsheet, printed as ``FILE.csv:ROW: message``."""

    file: str
    row: int
    message: str
    hint: str | None = None

    def format(self) -> str:
        text = f"{self.file}:{self.row}: {self.message}"
        return text + (f"\n    hint: {self.hint}" if self.hint else "")


@dataclass
class PackIds:
    """What a row may name: the pack's languages and the ids of its lanes, theories, passages, eras,
    the events in its other files, and the country codes the app's map knows."""

    languages: tuple[str, ...]
    lanes: set[str] = field(default_factory=set)
    theories: set[str] = field(default_factory=set)
    passages: set[str] = field(default_factory=set)
    eras: set[str] = field(default_factory=set)
    other_events: dict[str, str] = field(default_factory=dict)  # id -> file it is in
    countries: set[str] = field(default_factory=set)


def _did_you_mean(value: str, known: set[str], what: str) -> str:
    close = difflib.get_close_matches(value, sorted(known), n=1)
    if close:
        return f"did you mean '{close[0]}'?"
    return f"known {what}: {', '.join(sorted(known)) or 'none yet'}"


def read_rows(text: str, file: str, ids: PackIds) -> tuple[list[dict], list[RowProblem]]:
    """The events of the CSV ``text`` as pack data, and every problem found (no events if any)."""
    text = text.removeprefix("\ufeff")
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [h.strip().lower() for h in next(reader, [])]
    except csv.Error as exc:
        return [], [_CsvProblem([], 1, exc).problem(file)]
    problems = _check_header(header, file, ids)
    if problems:
        return [], problems
    events, seen = [], {}
    try:
        rows = list(_numbered(reader))
    except _CsvProblem as exc:
        rows, problems = exc.rows, [exc.problem(file)]
    for row_number, cells, _start in rows:
        if not any(c.strip() for c in cells):
            continue  # a blank line in the spreadsheet
        if len(cells) > len(header):
            problems.append(RowProblem(file, row_number, f"this row has {len(cells)} cells; the header has {len(header)}",
                                       "put text with a comma in quotes, or check for a stray separator"))
            continue
        row = {name: (cells[i].strip() if i < len(cells) else "") for i, name in enumerate(header)}
        found = _Row(row, row_number, file, ids)
        event = found.event()
        if event is not None and event["id"] in seen:
            found.problem(f"the id '{event['id']}' is already used on row {seen[event['id']]}",
                          "give every event its own id")
        elif event is not None:
            seen[event["id"]] = row_number
        problems += found.problems
        if event is not None and not found.problems:
            events.append(event)
    if rows and _open_quote_at_end(text, rows[-1][2], delimiter):
        problems.append(RowProblem(file, rows[-1][0], 'a quote (") opened in this row is never closed, so the rest '
                                   "of the file was read as one cell", 'close the quote, or write it twice ("")'))
    if not seen and not problems:
        problems.append(RowProblem(file, 1, "the spreadsheet has no events", "add one row per event under the header"))
    return ([] if problems else events), problems


class _CsvProblem(Exception):
    """The CSV reader stopped at a row (a cell past its size limit): the rows read before it, and why."""

    def __init__(self, rows: list, row: int, error: csv.Error) -> None:
        super().__init__(str(error))
        self.rows, self.row, self.error = rows, row, error

    def problem(self, file: str) -> RowProblem:
        if "field larger than field limit" in str(self.error):
            return RowProblem(file, self.row, f"a cell is longer than {csv.field_size_limit():,} characters",
                              'shorten it; if a quote (") is never closed, the rest of the file becomes one cell')
        return RowProblem(file, self.row, f"this row cannot be read as CSV ({self.error})")


def _numbered(reader) -> list[tuple[int, list[str], int]]:
    """(row number, cells, lines read before the row) of every row after the header."""
    rows, start = [], reader.line_num
    try:
        for number, cells in enumerate(reader, start=2):
            rows.append((number, cells, start))
            start = reader.line_num
    except csv.Error as exc:
        raise _CsvProblem(rows, len(rows) + 2, exc) from None
    return rows


def _open_quote_at_end(text: str, start: int, delimiter: str) -> bool:
    """Whether the row that starts after ``start`` lines of ``text`` opens a quote the file never closes."""
    tail = "".join(io.StringIO(text, newline="").readlines()[start:])
    try:
        for _ in csv.reader(io.StringIO(tail, newline=""), delimiter=delimiter, strict=True):
            pass
    except csv.Error as exc:
        return "unexpected end of data" in str(exc)
    return False


def _check_header(header: list[str], file: str, ids: PackIds) -> list[RowProblem]:
    known = set(REQUIRED + OPTIONAL) | {f"{c}_{lang}" for c in TRANSLATED for lang in ids.languages[1:]}
    problems = []
    for name in header:
        if name not in known:
            problems.append(RowProblem(file, 1, f"unknown column '{name}'", _did_you_mean(name, known, "columns")))
    for name in REQUIRED:
        if name not in header:
            problems.append(RowProblem(file, 1, f"the column '{name}' is missing",
                                       f"the header needs: {', '.join(REQUIRED)}"))
    duplicates = sorted({name for name in header if header.count(name) > 1})
    problems += [RowProblem(file, 1, f"the column '{name}' appears twice") for name in duplicates]
    return problems


class _Row:
    def __init__(self, row: dict, number: int, file: str, ids: PackIds) -> None:
        self.row, self.number, self.file, self.ids = row, number, file, ids
        self.problems: list[RowProblem] = []

    def problem(self, message: str, hint: str | None = None) -> None:
        self.problems.append(RowProblem(self.file, self.number, message, hint))

    def text(self, column: str, required: bool = False):
        """A text cell and its translations, as a pack writes text: one string, or one per language."""
        main = self.row.get(column, "")
        others = {lang: self.row.get(f"{column}_{lang}", "") for lang in self.ids.languages[1:]}
        others = {lang: value for lang, value in others.items() if value}
        if not main:
            if required or others:
                self.problem(f"'{column}' is empty", f"every event needs a {column} in {self.ids.languages[0]}"
                             if required else f"give the {self.ids.languages[0]} text in '{column}' too")
            return None
        return {self.ids.languages[0]: main, **others} if others else main

    def listed(self, column: str) -> list[str]:
        return [part.strip() for part in self.row.get(column, "").split(LIST_SEPARATOR) if part.strip()]

    def known(self, column: str, value: str, known: set[str], what: str) -> None:
        if value and value not in known:
            noun = {"theories": "theory"}.get(what, what.removesuffix("s"))
            self.problem(f"unknown {noun} '{value}' in '{column}'", _did_you_mean(value, known, what))

    def date(self, column: str):
        value = self.row.get(column, "")
        if not value:
            if column == "date":
                self.problem("'date' is empty", DATE_HINT)
            return None
        try:
            return parse_date(value)
        except DateError as exc:
            self.problem(f"'{column}': {exc}", DATE_HINT)
            return None

    def event(self) -> dict | None:
        row, ids = self.row, self.ids
        event_id = row.get("id", "")
        if not event_id:
            self.problem("'id' is empty", "give every event an id, e.g. asean-founded")
        elif not _ID.match(event_id):
            self.problem(f"the id '{event_id}' is not an id", "use lower-case letters, digits and hyphens, e.g. asean-founded")
        elif event_id in ids.other_events:
            self.problem(f"the pack already has an event '{event_id}' (in {ids.other_events[event_id]})",
                         "choose another id, or remove that event from the other file")
        start, end = self.date("date"), self.date("end")
        if start and end and end.last_day < start.first_day:
            self.problem(f"the event ends ({row['end']}) before it begins ({row['date']})", "swap 'date' and 'end'")
        title, description = self.text("title", True), self.text("description", True)
        explanation, note = self.text("explanation", True), self.text("date_note")
        for column, known, plural in (("lane", ids.lanes, "lanes"), ("theory", ids.theories, "theories")):
            if not row.get(column):
                self.problem(f"'{column}' is empty", f"name one of the pack's {plural}: {', '.join(sorted(known))}")
        self.known("lane", row.get("lane", ""), ids.lanes, "lanes")
        self.known("theory", row.get("theory", ""), ids.theories, "theories")
        self.known("era", row.get("era", ""), ids.eras, "eras")
        basis = row.get("basis", "") or "interpretation"
        if basis not in BASES:
            self.problem(f"'basis' is '{basis}'", "write paper (the work's own argument) or interpretation")
        passages = self.listed("passages")
        for passage in passages:
            self.known("passages", passage, ids.passages, "passages")
        actors = [a.upper() for a in self.listed("actors")]
        for code in actors:
            if code not in ids.countries:
                self.problem(f"unknown country code '{code}' in 'actors'",
                             _did_you_mean(code, ids.countries, "codes") if len(code) == 3 else
                             "use three-letter ISO codes separated by ';', e.g. IDN; MYS")
        place = self._place()
        sources = self._sources()
        if self.problems:
            return {"id": event_id} if event_id else None
        reading = {"theory": row["theory"], "basis": basis}
        if passages:
            reading["passages"] = passages
        reading["explanation"] = explanation
        event = {"id": event_id, "title": title, "date": str(start)}
        optional = {"end": str(end) if end else None, "date_note": note, "place": place, "actors": actors or None,
                    "lane": row["lane"], "era": row.get("era") or None, "description": description,
                    "reading": reading, "sources": sources or None}
        event.update({k: v for k, v in optional.items() if v is not None})
        return event

    def _place(self) -> dict | None:
        name, lon, lat = self.text("place"), self.row.get("lon", ""), self.row.get("lat", "")
        if not (name or lon or lat):
            return None
        if not (name and lon and lat):
            self.problem("'place', 'lon' and 'lat' go together", "fill in all three, or none")
            return None
        try:
            x, y = float(lon), float(lat)
        except ValueError:
            self.problem(f"'lon' and 'lat' must be numbers, not '{lon}' and '{lat}'", "e.g. lon 106.85, lat -6.21")
            return None
        if not (-180 <= x <= 180 and -90 <= y <= 90):
            self.problem(f"lon {x} or lat {y} is out of range", "lon is -180 to 180 (east positive), lat -90 to 90")
            return None
        return {"name": name, "lon": x, "lat": y}

    def _sources(self) -> list[dict]:
        sources = []
        for part in self.listed("sources"):
            citation, _, url = (p.strip() for p in part.partition("|"))
            if not citation:
                self.problem(f"the source '{part}' has no citation", "write each source as: citation | https://address")
            elif url and not _URL.match(url):
                self.problem(f"'{url}' is not a web address", "start it with https:// or http://")
            else:
                sources.append({"citation": citation, "url": url} if url else {"citation": citation})
        return sources
