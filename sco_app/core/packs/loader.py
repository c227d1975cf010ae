"""Load a lesson pack: read its files, check everything, report every problem at once, build the model.

``check_pack`` never raises for a bad pack: it returns a :class:`CheckReport` with every problem,
located as ``file:line:col``. ``load_pack`` returns the :class:`LessonPack` or raises
:class:`PackError` with the same problems.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any

from sco_app.core.geo import country_names
from sco_app.core.model import LessonPack
from sco_app.core.packs import limits
from sco_app.core.packs.builder import build_pack
from sco_app.core.packs.number_checks import LONG_NUMBER, LONG_NUMBER_HINT, long_number_marks, take_bad_numbers
from sco_app.core.packs.crossref import Finding, check_references
from sco_app.core.packs.question_checks import check_questions
from sco_app.core.packs.tour_checks import check_tours
from sco_app.core.packs.files import PACK_FILE, FileProblem, PackFiles, clean_relative, open_pack_files
from sco_app.core.packs.problems import PackError, Problem, Severity
from sco_app.core.packs.schema_check import INCLUDE_SCHEMA, PACK_SCHEMA, schema_errors
from sco_app.core.packs.shape_files import read_region_shapes
from sco_app.core.packs.world_checks import check_world
from sco_app.core.packs.yaml_reader import Locator, YamlProblems, no_gc, read_yaml

SECTIONS = ("theories", "lanes", "actors", "eras", "events", "glossary", "questions", "tours")
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"<svg", b"<?xml")


@dataclass
class CheckReport:
    """What checking one pack found: its problems and, when it has no errors, the pack itself."""

    label: str
    problems: list[Problem] = field(default_factory=list)
    pack: LessonPack | None = None
    summary: dict = field(default_factory=dict)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.WARNING]

    @property
    def ok(self) -> bool:
        return not self.errors


class _Reading:
    """The files of one pack being read, and where each merged item came from."""

    def __init__(self, files: PackFiles) -> None:
        self.files = files
        self.locators: dict[str, Locator] = {}
        self.origins: dict[str, list[tuple[str, int]]] = {s: [] for s in SECTIONS}
        self.problems: list[Problem] = []
        self.masked: dict[str, list[tuple]] = {}  # file -> paths of values set aside (a bad number), not checked again
        self.unreadable: list[str] = []  # files that could not be read: what they define is unknown

    def parse(self, rel: str) -> Any:
        """Read and parse one YAML file of the pack; None (and problems noted) if it cannot be used."""
        try:
            text = self.files.read_text(rel)
            data = read_yaml(text, self.files.display(rel))
        except FileProblem as exc:
            self.problems.append(exc.problem)
            self.unreadable.append(rel)
            return None
        except YamlProblems as exc:
            self.problems.extend(exc.problems)
            self.unreadable.append(rel)
            return None
        except ValueError:  # a key that is a number too long to turn into text
            marks = list(long_number_marks(text))
            if not marks:
                raise
            self.problems.extend(Problem(self.files.display(rel), line, column, LONG_NUMBER, hint=LONG_NUMBER_HINT)
                                 for line, column in marks)
            return None
        self.locators[rel] = Locator(text, self.files.display(rel))
        for path, message, hint in take_bad_numbers(data):
            self.at(rel, path, message, hint)
            self.masked.setdefault(rel, []).append(path)
        return data

    def at(self, rel: str, path: tuple, message: str, hint: str | None = None,
           severity: Severity = Severity.ERROR, at_key: bool = False) -> None:
        if any(path[:len(masked)] == masked for masked in self.masked.get(rel, ())):
            return  # about a value already reported and set aside
        line, column = self.locators[rel].locate(path, key=at_key)
        self.problems.append(Problem(self.files.display(rel), line, column, message, severity, hint, path))

    def _origin(self, path: tuple) -> tuple[str, tuple]:
        """The file an item of the merged data came from, and its path in that file."""
        if len(path) >= 2 and path[0] in SECTIONS and isinstance(path[1], int):
            rel, index = self.origins[path[0]][path[1]]
            return rel, (path[0], index) + path[2:]
        return PACK_FILE, path

    def at_merged(self, finding: Finding) -> None:
        """Note a finding whose path is into the merged data, in the file the item came from. A name
        the pack does not define is not reported while a file of the pack cannot be read (it may be
        defined there), so one slip in a file gives one problem, not one per reference to it."""
        if finding.reference and self.unreadable:
            return
        rel, path = self._origin(finding.path)
        message = finding.message
        if finding.also is not None:
            other_rel, other_path = self._origin(finding.also)
            line, column = self.locators[other_rel].locate(other_path)
            message = message.replace("{also}", f"{other_rel}:{line}:{column}")
        self.at(rel, path, message, finding.hint, finding.severity, finding.at_key)

    def schema(self, rel: str, data: Any, schema: str) -> None:
        for path, at_key, message, hint in schema_errors(data, schema):
            self.at(rel, path, message, hint, at_key=at_key)

    def merge(self, merged: dict, rel: str, data: dict) -> None:
        for section in SECTIONS:
            items = data.get(section)
            if not isinstance(items, list):
                continue
            target = merged.setdefault(section, [])
            if not isinstance(target, list):
                continue
            target.extend(items)
            self.origins[section].extend((rel, i) for i in range(len(items)))


INTERNAL_ERROR = "the pack could not be checked: internal error"


def check_pack(path: str | Path) -> CheckReport:
    """Check the pack folder or zip at ``path``; never raises. A fault of the checker itself is reported as
    a problem of the pack (starting with :data:`INTERNAL_ERROR`), so that no pack can stop the app."""
    try:
        with no_gc():  # reading and checking make a great many objects and no cycles: a quarter of the time otherwise
            return _check_pack(path)
    except Exception as exc:  # noqa: BLE001 - whatever a pack holds, the caller gets a report
        detail = " ".join(f"{exc.__class__.__name__}: {exc}".split())[:300]
        return CheckReport(str(path), [Problem(str(path), 1, 1, f"{INTERNAL_ERROR} ({detail})",
                                               hint="please report this, with the pack, to the sco-app developers")])


def _check_pack(path: str | Path) -> CheckReport:
    report = CheckReport(str(path))
    try:
        files = open_pack_files(path)
    except FileProblem as exc:
        report.problems = [exc.problem]
        return report
    reading = _Reading(files)
    data = reading.parse(PACK_FILE)
    if data is None:
        report.problems = sorted(reading.problems, key=Problem.sort_key)
        return report
    reading.schema(PACK_FILE, data, PACK_SCHEMA)
    merged = {key: value for key, value in data.items() if key not in SECTIONS}
    reading.merge(merged, PACK_FILE, data)
    _read_includes(reading, data, merged)
    names = country_names()
    for finding in chain(check_references(merged, names), check_questions(merged, names), check_tours(merged, names),
                         check_world(merged)):
        reading.at_merged(finding)
    _check_images(reading, merged)
    shapes = read_region_shapes(reading.files, merged, reading.at_merged, reading.problems)
    report.problems = sorted(reading.problems, key=Problem.sort_key)
    report.summary = _summary(merged)
    if report.ok:
        report.pack = build_pack(merged, names, root=files.label, shapes=shapes)
    return report


def _read_includes(reading: _Reading, data: dict, merged: dict) -> None:
    includes = data.get("include")
    if not isinstance(includes, list):
        return
    if len(includes) > limits.MAX_INCLUDES:
        reading.at(PACK_FILE, ("include",), f"the pack includes {len(includes)} files; the limit is {limits.MAX_INCLUDES}")
        return
    seen = {PACK_FILE}
    for index, name in enumerate(includes):
        if not isinstance(name, str):
            continue
        rel = clean_relative(name)
        if rel is None:
            reading.at(PACK_FILE, ("include", index), f"the path {name!r} leaves the pack",
                       "include files by a relative path inside the pack folder, e.g. events.yaml")
            continue
        if rel in seen:
            reading.at(PACK_FILE, ("include", index), f"{name!r} is included twice (or is pack.yaml itself)")
            continue
        seen.add(rel)
        if not reading.files.exists(rel):
            reading.at(PACK_FILE, ("include", index), f"the included file {name!r} is missing or is a link out of the pack",
                       "check the file name; it is relative to the folder of pack.yaml")
            continue
        included = reading.parse(rel)
        if included is None:
            continue
        reading.schema(rel, included, INCLUDE_SCHEMA)
        reading.merge(merged, rel, included)


def _image_paths(merged: dict):
    """(key path, image dict) of every event's and every tour step's image."""
    events = merged.get("events")
    for index, event in enumerate(events if isinstance(events, list) else ()):
        if isinstance(event, dict) and isinstance(event.get("image"), dict):
            yield ("events", index, "image"), event["image"]
    tours = merged.get("tours")
    for index, tour in enumerate(tours if isinstance(tours, list) else ()):
        steps = tour.get("steps") if isinstance(tour, dict) else None
        for s_index, step in enumerate(steps if isinstance(steps, list) else ()):
            if isinstance(step, dict) and isinstance(step.get("image"), dict):
                yield ("tours", index, "steps", s_index, "image"), step["image"]


def _check_images(reading: _Reading, merged: dict) -> None:
    for where, image in _image_paths(merged):
        name = image.get("file")
        if not isinstance(name, str):
            continue
        path = where + ("file",)
        try:
            head = reading.files.read_bytes(name, limits.MAX_IMAGE_BYTES)[:16]
        except FileProblem as exc:
            reading.at_merged(Finding(path, exc.problem.message, exc.problem.hint))
            continue
        if not head.lstrip().startswith(_IMAGE_MAGIC):
            reading.at_merged(Finding(path, f"{name!r} is not a PNG, JPEG, GIF or SVG image"))


def _summary(merged: dict) -> dict:
    """Id, version and counts, read from the data even when it has errors."""

    def count(key: str) -> int:
        value = merged.get(key)
        return len(value) if isinstance(value, list) else 0

    languages = merged.get("languages")
    return {
        "id": merged.get("id") if isinstance(merged.get("id"), str) else None,
        "version": str(merged["version"]) if isinstance(merged.get("version"), (str, int, float)) else None,
        "events": count("events"),
        "actors": count("actors"),
        "eras": count("eras"),
        "languages": [x for x in languages if isinstance(x, str)] if isinstance(languages, list) else [],
    }


def load_pack(path: str | Path) -> LessonPack:
    """Load the pack at ``path``; raise :class:`PackError` listing every problem if it has errors."""
    report = check_pack(path)
    if report.pack is None:
        raise PackError(report.problems, report.label)
    return report.pack
