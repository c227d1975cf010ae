"""Merge the events of a spreadsheet into a pack's event file, keeping what the spreadsheet does not say.

A row updates the event with its id; an id the file does not have is added at the end; an event of
the file that the spreadsheet does not list is kept. Of an updated event, only the fields that the
spreadsheet has a column for change (an empty cell clears an optional field), and a text keeps its
translations in the languages the spreadsheet has no column for: hand edits such as causes,
alternatives, images, Indonesian texts or notes written in the YAML file survive a new import.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Which field of an event each column writes (a column with a language suffix writes the same field).
FIELD_OF_COLUMN = {
    "id": "id", "date": "date", "end": "end", "title": "title", "description": "description",
    "date_note": "date_note", "date_note_kind": "date_note", "actors": "actors", "lane": "lane", "era": "era",
    "place": "place", "lon": "place", "lat": "place", "sources": "sources", "causes": "causes",
    "alternatives": "alternatives", "image": "image", "theory": "reading", "basis": "reading",
    "passages": "reading", "explanation": "reading",
}
READING_OF_COLUMN = {"theory": "theory", "basis": "basis", "passages": "passages", "explanation": "explanation"}
ORDER = ("id", "title", "date", "end", "date_note", "place", "actors", "lane", "era", "description", "reading",
         "alternatives", "causes", "sources", "image")


@dataclass(frozen=True)
class Languages:
    """The pack's first language (a plain cell is in it) and every language the spreadsheet has a column for."""

    first: str
    carried: set[str]


@dataclass
class Merge:
    """The merged events and what changed: ids added, ids updated (with the fields that changed), ids kept."""

    events: list[dict]
    added: list[str] = field(default_factory=list)
    updated: dict[str, list[str]] = field(default_factory=dict)
    kept: list[str] = field(default_factory=list)

    def summary(self, conditional: bool = False) -> list[str]:
        """One line each for what was (or, with ``conditional``, would be) added, updated and kept."""
        verb = ("would add", "would update", "would keep") if conditional else ("added", "updated", "kept")
        lines = []
        if self.added:
            lines.append(f"{verb[0]} {len(self.added)} event(s): {', '.join(self.added)}")
        if self.updated:
            changes = "; ".join(f"{event_id} ({', '.join(fields)})" for event_id, fields in self.updated.items())
            lines.append(f"{verb[1]} {len(self.updated)} event(s): {changes}")
        if self.kept:
            lines.append(f"{verb[2]} {len(self.kept)} event(s) the spreadsheet does not list: {', '.join(self.kept)}")
        return lines or ["no event changes"]


def merge_events(old: list[dict], new: list[dict], columns: tuple[str, ...], languages: tuple[str, ...]) -> Merge:
    """``old`` events updated by the rows ``new`` (read from a sheet with ``columns``)."""
    base = [c for c in columns if c in FIELD_OF_COLUMN]
    fields = {FIELD_OF_COLUMN[c] for c in base}
    first = languages[0] if languages else "en"

    def langs(column: str) -> Languages:  # a translation column (title_id) carries its own field only
        return Languages(first, {first} | {c[len(column) + 1:] for c in columns
                                           if c.startswith(column + "_") and c not in FIELD_OF_COLUMN})
    reading_keys = {READING_OF_COLUMN[c] for c in base if c in READING_OF_COLUMN}
    rows = {event["id"]: event for event in new}
    result = Merge([])
    for event in old:
        event_id = event.get("id") if isinstance(event, dict) else None
        if event_id not in rows:
            result.events.append(event)
            result.kept.append(str(event_id))
            continue
        merged = _merge_event(event, rows.pop(event_id), fields, reading_keys, langs)
        changed = [key for key in ORDER if event.get(key) != merged.get(key)]
        if changed:
            result.updated[event_id] = changed
        result.events.append(merged)
    for event_id, event in rows.items():
        result.events.append(event)
        result.added.append(event_id)
    return result


def _merge_event(old: dict, row: dict, fields: set[str], reading_keys: set[str], langs) -> dict:
    merged = dict(old)
    for key in fields:
        if key not in row:
            merged.pop(key, None)  # an empty cell clears an optional field
        elif key == "reading":
            merged[key] = _merge_reading(old.get(key), row[key], reading_keys, langs("explanation"))
        elif key in ("title", "description"):
            merged[key] = merge_text(old.get(key), row[key], langs(key))
        elif key == "date_note":
            merged[key] = _merge_note(old.get(key), row[key], langs(key))
        elif key == "place":
            merged[key] = {**row[key], "name": merge_text(_get(old.get(key), "name"), row[key]["name"], langs(key))}
        elif key == "causes":
            merged[key] = _merge_list(old.get(key), row[key], "event", ("how",), langs(key))
        elif key == "alternatives":
            merged[key] = _merge_list(old.get(key), row[key], "theory", ("explanation",), langs(key))
        elif key == "image":
            merged[key] = _merge_image(old.get(key), row[key], langs(key))
        else:
            merged[key] = row[key]
    return {key: merged[key] for key in [*ORDER, *merged] if key in merged}


def _get(value: Any, key: str) -> Any:
    return value.get(key) if isinstance(value, dict) else None


def merge_text(old: Any, new: Any, langs: Languages) -> Any:
    """``new`` text (a string, or one per language) with ``old``'s translations in the languages the
    spreadsheet has no column for kept."""
    if not isinstance(old, dict) or not old:
        return new
    new_map = new if isinstance(new, dict) else {langs.first: new}
    kept = {lang: text for lang, text in old.items() if lang not in langs.carried and lang not in new_map}
    merged = {**new_map, **kept}
    order = [lang for lang in old if lang in merged] + [lang for lang in merged if lang not in old]
    return {lang: merged[lang] for lang in order}


def _merge_reading(old: Any, new: dict, keys: set[str], langs: Languages) -> dict:
    merged = dict(old) if isinstance(old, dict) else {}
    for key in keys:
        if key not in new:
            merged.pop(key, None)
        elif key == "explanation":
            merged[key] = merge_text(merged.get(key), new[key], langs)
        else:
            merged[key] = new[key]
    return {key: merged[key] for key in ("theory", "basis", "passages", "explanation", *merged) if key in merged}


def _merge_note(old: Any, new: Any, langs: Languages) -> Any:
    old_text = old.get("text") if isinstance(old, dict) and "kind" in old else old
    new_kind, new_text = (new["kind"], new["text"]) if isinstance(new, dict) and "kind" in new else (None, new)
    kind = new_kind or (old.get("kind") if isinstance(old, dict) and "kind" in old else None)
    text = merge_text(old_text, new_text, langs)
    return {"kind": kind, "text": text} if kind else text


def _merge_list(old: Any, new: list[dict], key: str, texts: tuple[str, ...], langs: Languages) -> list[dict]:
    """The spreadsheet's list, each item keeping the other fields and translations of the old item with its key."""
    before = {item.get(key): item for item in old if isinstance(item, dict)} if isinstance(old, list) else {}
    merged = []
    for item in new:
        previous = before.get(item[key], {})
        combined = {**previous, **item}
        for name in texts:
            combined[name] = merge_text(previous.get(name), item[name], langs)
        if "basis" in previous:
            combined["basis"] = previous["basis"]
        merged.append(combined)
    return merged


def _merge_image(old: Any, new: dict, langs: Languages) -> dict:
    if not isinstance(old, dict) or old.get("file") != new["file"]:
        return new
    merged = {**old, **new}
    for name in ("alt", "caption"):
        if name in new:
            merged[name] = merge_text(old.get(name), new[name], langs)
    return merged
