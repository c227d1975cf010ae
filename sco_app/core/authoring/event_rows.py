"""Read a spreadsheet of events (CSV) and check it row by row, as pack events.

The columns are documented in the instructors' guide (``lessons/README.md``, "Events from a
spreadsheet"). Every bad row is reported as ``FILE.csv:ROW: message`` with a hint, where ROW is the
spreadsheet's row number (the header is row 1). Ids of lanes, theories, passages and eras are checked
against the pack's; country codes against the app's map; dates with the app's one date grammar, in
the pack's languages. A spreadsheet saved with ``;`` between cells (as Indonesian and European
settings do) may write numbers with a decimal comma (``115,19``).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

from sco_app.core.dates import DATE_FORMS_HINT, DateError, is_open_end, parse_date
from sco_app.core.model import DateNoteKind
from sco_app.core.packs.country_hints import country_hint
from sco_app.core.packs.problems import did_you_mean

REQUIRED = ("id", "date", "title", "description", "lane", "theory", "explanation")
OPTIONAL = ("end", "date_note", "date_note_kind", "actors", "era", "basis", "passages", "place", "lon", "lat",
            "sources", "causes", "alternatives", "image")
TRANSLATED = ("title", "description", "explanation", "date_note", "place")  # may have a column per language
BASES = ("paper", "interpretation")
LIST_SEPARATOR = ";"
PART_SEPARATOR = "|"
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_URL = re.compile(r"^https?://\S+$")


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
    country_names: dict[str, str] = field(default_factory=dict)  # code -> name, for hints


def _did_you_mean(value: str, known: set[str], what: str) -> str:
    return did_you_mean(value, known) or f"known {what}: {', '.join(sorted(known)) or 'none yet'}"


@dataclass
class Sheet:
    """A spreadsheet read: its events as pack data, every problem (no events if any), and its columns."""

    events: list[dict]
    problems: list[RowProblem]
    columns: tuple[str, ...] = ()


def read_rows(text: str, file: str, ids: PackIds) -> Sheet:
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
        return Sheet([], problems, tuple(header))
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
        found = _Row(row, row_number, file, ids, decimal_comma=delimiter == ";")
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
    return Sheet([] if problems else events, problems, tuple(header))


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
    def __init__(self, row: dict, number: int, file: str, ids: PackIds, decimal_comma: bool = False) -> None:
        self.row, self.number, self.file, self.ids = row, number, file, ids
        self.decimal_comma = decimal_comma
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

    def parts(self, column: str, item: str, count: int) -> list[list[str]]:
        """The items of a list cell, each cut at '|' into ``count`` parts (missing parts are empty)."""
        found = []
        for entry in self.listed(column):
            pieces = [p.strip() for p in entry.split(PART_SEPARATOR)]
            if len(pieces) > count:
                self.problem(f"'{column}': '{entry}' has {len(pieces)} parts; it takes at most {count}",
                             f"write each as {item}, and separate them with ';'")
                continue
            found.append(pieces + [""] * (count - len(pieces)))
        return found

    def known(self, column: str, value: str, known: set[str], what: str) -> None:
        if value and value not in known:
            noun = {"theories": "theory"}.get(what, what.removesuffix("s"))
            self.problem(f"unknown {noun} '{value}' in '{column}'", _did_you_mean(value, known, what))

    def date(self, column: str):
        value = self.row.get(column, "")
        if not value:
            if column == "date":
                self.problem("'date' is empty", DATE_FORMS_HINT)
            return None
        if column == "end" and is_open_end(value, self.ids.languages):
            return "open"
        try:
            return parse_date(value, self.ids.languages)
        except DateError as exc:
            self.problem(f"'{column}': {exc}", DATE_FORMS_HINT)
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
        if start and end and end != "open" and end.last_day < start.first_day:
            self.problem(f"the event ends ({row['end']}) before it begins ({row['date']})", "swap 'date' and 'end'")
        title, description = self.text("title", True), self.text("description", True)
        explanation, note = self.text("explanation", True), self._date_note()
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
                             country_hint(code, ids.country_names) + "; separate codes with ';', e.g. IDN; MYS")
        place = self._place()
        sources = self._sources()
        causes, alternatives, image = self._causes(), self._alternatives(), self._image()
        if self.problems:
            return {"id": event_id} if event_id else None
        reading = {"theory": row["theory"], "basis": basis}
        if passages:
            reading["passages"] = passages
        reading["explanation"] = explanation
        event = {"id": event_id, "title": title, "date": str(start)}
        optional = {"end": str(end) if end else None, "date_note": note, "place": place, "actors": actors or None,
                    "lane": row["lane"], "era": row.get("era") or None, "description": description,
                    "reading": reading, "alternatives": alternatives or None, "causes": causes or None,
                    "sources": sources or None, "image": image}
        event.update({k: v for k, v in optional.items() if v is not None})
        return event

    def _place(self) -> dict | None:
        name, lon, lat = self.text("place"), self.row.get("lon", ""), self.row.get("lat", "")
        if not (name or lon or lat):
            return None
        if not (name and lon and lat):
            self.problem("'place', 'lon' and 'lat' go together", "fill in all three, or none")
            return None
        if self.decimal_comma:  # 115,19 from a spreadsheet saved with ';' between cells
            lon, lat = lon.replace(",", "."), lat.replace(",", ".")
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

    def _date_note(self):
        note, kind = self.text("date_note"), self.row.get("date_note_kind", "")
        kinds = [k.value for k in DateNoteKind]
        if kind and kind not in kinds:
            self.problem(f"'date_note_kind' is '{kind}'", f"write one of: {', '.join(kinds)}")
        elif kind and note is None:
            self.problem("'date_note_kind' is given but 'date_note' is empty", "write the note, or clear its kind")
        elif kind and kind != DateNoteKind.NOTE.value:
            return {"kind": kind, "text": note}
        return note

    def _causes(self) -> list[dict]:
        causes = []
        for event_id, how in self.parts("causes", "earlier-event-id | how it led to this one", 2):
            if not _ID.match(event_id) or not how:
                self.problem(f"'causes': '{event_id} | {how}' needs an event id and how it led to this one",
                             "write each cause as: earlier-event-id | how it led to this one")
            else:
                causes.append({"event": event_id, "how": how})
        return causes

    def _alternatives(self) -> list[dict]:
        readings = []
        for theory, explanation in self.parts("alternatives", "theory-id | explanation", 2):
            self.known("alternatives", theory, self.ids.theories, "theories")
            if not explanation:
                self.problem(f"'alternatives': the reading by '{theory}' has no explanation",
                             "write each as: theory-id | why this theory also explains the event")
            elif theory in self.ids.theories:
                readings.append({"theory": theory, "basis": "interpretation", "explanation": explanation})
        return readings

    def _image(self) -> dict | None:
        found = self.parts("image", "file | alt text | caption | credit", 4)
        if not found:
            return None
        if len(found) > 1:
            self.problem("'image' names more than one image", "an event shows one image")
            return None
        name, alt, caption, credit = found[0]
        if not name or not alt:
            self.problem("'image' needs a file and a text for those who cannot see it",
                         "write it as: images/file.png | what the picture shows | caption | credit")
            return None
        image = {"file": name, "alt": alt, "caption": caption or None, "credit": credit or None}
        return {k: v for k, v in image.items() if v is not None}
