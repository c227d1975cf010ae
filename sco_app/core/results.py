"""Results for instructors: every attempt as CSV or xAPI 1.0.3 statements, and a class's files merged
into one with a per-question difficulty summary.

Every file is written whole or not at all (:func:`~sco_app.core.atomic_write.replacing`). A CSV cell
that a spreadsheet would take for a formula (text starting with ``= + - @``, a tab or a carriage
return, such as a profile named ``=HYPERLINK(...)``) is written with a leading apostrophe, which
spreadsheets show as text (:func:`spreadsheet_safe`).
"""

from __future__ import annotations

import csv
import json
import re
import uuid
from pathlib import Path
from typing import Iterable, Iterator

from sco_app.core.atomic_write import replacing
from sco_app.core.model import LessonPack, Question
from sco_app.core.question_kinds import kind_of
from sco_app.core.question_kinds.words import Words
from sco_app.core.xapi_addresses import XapiAddresses, exam_statements, last_of_each_exam

CSV_COLUMNS = ["profile", "student_id", "pack_id", "pack_version", "question_id", "type", "theory", "answer",
               "correct", "score", "mode", "timestamp", "time_ms", "answered"]
OPTIONAL_COLUMNS = {"answered": "1"}  # columns a results file from an older sco-app lacks, with the value they mean
SUMMARY_COLUMNS = ["pack_id", "question_id", "type", "theory", "attempts", "students", "correct", "percent_correct",
                   "mean_time_s", "unanswered"]
XAPI_VERSION = "1.0.3"  # the version the client speaks (a header); statements carry none, the LRS sets it
ANSWERED = {"id": "http://adlnet.gov/expapi/verbs/answered", "display": {"en-US": "answered"}}
INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction"
NAMESPACE = uuid.UUID("6f1c1f0e-52b5-4c3e-9d6e-2b7d0a4c5e11")  # for stable statement ids
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what makes Excel, LibreOffice or Google Sheets run a cell
_FORMULA_FIRST = frozenset(FORMULA_STARTS)  # (each is one character)
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(\.\d+)?")
NUMBER_COLUMNS = {"correct": int, "score": float, "time_ms": int}  # in a results CSV, read back by merge


def csv_rows(attempts: Iterable[dict]) -> Iterator[dict]:
    """One CSV row per stored attempt (``ProgressStore.attempts()``); an exam's question left unanswered is
    a row with ``answered`` 0 (and no answer), never a wrong answer."""
    for a in attempts:
        yield {"profile": a["profile"], "student_id": a["student_id"], "pack_id": a["pack_id"],
               "pack_version": a["pack_version"], "question_id": a["question_id"], "type": a["type"],
               "theory": a["theory"] or "", "answer": a["response"], "correct": a["correct"],
               "score": round(a["score"], 3), "mode": a["mode"], "timestamp": a["answered_at"], "time_ms": a["time_ms"],
               "answered": a["answered"]}


def spreadsheet_safe(value):
    """``value`` as a spreadsheet will show it and never run it: text starting with = + - @, a tab or a
    carriage return gets a leading apostrophe; numbers (also as text, like "-0.5") are left as they are."""
    if value.__class__ is str and value[:1] in _FORMULA_FIRST and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def write_csv(rows: Iterable[dict], path: str | Path, columns: list[str] = CSV_COLUMNS) -> int:
    """Write rows to ``path`` (UTF-8 with a BOM, which spreadsheets read as UTF-8), every cell made
    :func:`spreadsheet_safe`, whole or not at all; return how many."""
    count = 0
    with replacing(path, "w", newline="", encoding="utf-8-sig") as out:
        writer = csv.writer(out)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([spreadsheet_safe(row.get(column, "")) for column in columns])
            count += 1
    return count


def interaction_definition(question: Question, pack: LessonPack) -> dict:
    """The xAPI activity definition of a question as it is asked: its prompt as name and description (the
    description with the event it is about) in each of the pack's languages, and its kind's interaction
    type, right answer pattern and components. The progress store keeps it with the answers."""
    words = {language: Words(pack, language) for language in pack.languages}
    description = {lang: " ".join(part for part in (w.t(question.prompt), w.event(question.event)) if part)
                   for lang, w in words.items()}
    return {"type": INTERACTION, "name": {lang: w.t(question.prompt) for lang, w in words.items()},
            "description": description, **kind_of(question).xapi_interaction(question, words)}


def response_pattern(a: dict) -> str:
    """A stored answer as its kind's xAPI response pattern (``a[,]b``, ``event[.]theory``, ...); the stored JSON
    itself when it is not of its kind's form (an answer stored by an older version)."""
    kind = kind_of(a["type"])
    try:
        pattern = kind.xapi_response(kind.decode(json.loads(a["response"])))
    except (TypeError, ValueError, AttributeError):
        pattern = None
    return pattern if isinstance(pattern, str) else a["response"]


def statement(a: dict, addresses: XapiAddresses = XapiAddresses()) -> dict:
    """The xAPI 1.0.3 statement for one attempt (as ``ProgressStore.attempts(records=True)`` gives it); its id
    is stable, so sending it twice is harmless. It carries no ``version``: the LRS sets it."""
    key = f"{a['profile']}|{a['student_id']}|{a['pack_id']}|{a['question_id']}|{a['answered_at']}"
    seconds = a["time_ms"] / 1000
    definition = json.loads(a["definition"]) if a.get("definition") else {
        "type": INTERACTION, "interactionType": kind_of(a["type"]).xapi_type, "name": {"und": a["question_id"]}}
    return {
        "id": str(uuid.uuid5(NAMESPACE, key)),
        "actor": addresses.actor(a),
        "verb": ANSWERED,
        "object": {
            "objectType": "Activity",
            "id": addresses.activity(a["pack_id"], "question", a["question_id"]),
            "definition": definition,
        },
        "result": {"success": bool(a["correct"]), "response": response_pattern(a),
                   "score": {"scaled": round(a["score"], 3)}, "duration": f"PT{seconds:.3f}S"},
        "context": _context(a, addresses),
        "timestamp": a["answered_at"],
    }


def _context(a: dict, addresses: XapiAddresses) -> dict:
    context = {
        "contextActivities": {"parent": [{"objectType": "Activity", "id": addresses.activity(a["pack_id"])}]},
        "extensions": {"urn:sco-app:pack-version": a["pack_version"], "urn:sco-app:mode": a["mode"]},
    }
    if a.get("registration"):
        context["registration"] = a["registration"]
    return context


def statements(a: dict, last_of_exam: bool, addresses: XapiAddresses = XapiAddresses()) -> list[dict]:
    """The answer's statement, and after the last answer of an exam that was handed in, the exam's end
    (completed, passed or failed: :func:`~sco_app.core.xapi_addresses.exam_statements`)."""
    answered = [statement(a, addresses)]
    return answered + exam_statements(a, addresses, _context(a, addresses)) if last_of_exam else answered


def write_xapi(attempts: Iterable[dict], path: str | Path, addresses: XapiAddresses = XapiAddresses()) -> int:
    """Write the answers among ``attempts`` as statements (a question left unanswered is no answer), each
    handed-in exam's end after its last answer, whole or not at all; return how many statements."""
    answers = [a for a in attempts if a.get("answered", 1)]
    last = last_of_each_exam(answers)
    written = [s for a in answers for s in statements(a, a["id"] in last, addresses)]
    with replacing(path, "w", encoding="utf-8") as out:
        out.write(json.dumps(written, indent=1, ensure_ascii=False))
    return len(written)


class MergeError(ValueError):
    """A file given to merge is not a results CSV; the message names it."""


def _check_row(row: dict, where: str, width: int) -> None:
    cells = len([v for k, v in row.items() if k is not None and v is not None]) + len(row.get(None) or ())
    if cells != width:
        raise MergeError(f"{where}: the row has {cells} cells; a results row has {width}")
    for column, kind in NUMBER_COLUMNS.items():
        try:
            kind(row[column])
        except ValueError:
            noun = "a whole number" if kind is int else "a number"
            raise MergeError(f"{where}: '{column}' should be {noun}, not {row[column]!r}") from None


def read_results(paths: Iterable[str | Path]) -> list[dict]:
    """The rows of several results CSVs, each attempt once (the same file twice adds nothing); a row with
    too few or too many cells, or a word where a number belongs, is a :class:`MergeError` naming its line."""
    rows, seen = [], set()
    for path in paths:
        try:
            with open(path, newline="", encoding="utf-8-sig") as handle:
                reader = csv.DictReader(handle)
                missing = set(CSV_COLUMNS) - set(OPTIONAL_COLUMNS) - set(reader.fieldnames or ())
                if missing:
                    raise MergeError(f"{path}: not a results file (missing columns: {', '.join(sorted(missing))})")
                for row in reader:
                    _check_row(row, f"{path}:{reader.line_num}", len(reader.fieldnames))
                    for column, value in OPTIONAL_COLUMNS.items():
                        row.setdefault(column, value)
                    key = (row["profile"], row["student_id"], row["pack_id"], row["question_id"], row["timestamp"])
                    if key not in seen:
                        seen.add(key)
                        rows.append(row)
        except (OSError, UnicodeDecodeError, csv.Error) as exc:
            raise MergeError(f"{path}: cannot be read ({exc})") from None
    return rows


def difficulty(rows: Iterable[dict]) -> list[dict]:
    """Per question: answers (attempts), students, share right (the hardest first), mean time, and how
    often an exam left it unanswered (not counted as an answer)."""
    table: dict[tuple, dict] = {}
    for row in rows:
        key = (row["pack_id"], row["question_id"])
        cell = table.setdefault(key, {"pack_id": key[0], "question_id": key[1], "type": row["type"],
                                      "theory": row.get("theory", ""), "attempts": 0, "correct": 0,
                                      "_students": set(), "_time": 0, "unanswered": 0})
        if str(row.get("answered", 1)) == "0":
            cell["unanswered"] += 1
            continue
        cell["attempts"] += 1
        cell["correct"] += int(row["correct"])
        cell["_students"].add((row["profile"], row["student_id"]))
        cell["_time"] += int(row["time_ms"])
    out = []
    for cell in table.values():
        cell["students"] = len(cell.pop("_students"))
        answered = max(cell["attempts"], 1)
        cell["percent_correct"] = round(100 * cell["correct"] / answered)
        cell["mean_time_s"] = round(cell.pop("_time") / answered / 1000, 1)
        out.append(cell)
    return sorted(out, key=lambda c: (c["percent_correct"], c["pack_id"], c["question_id"]))
