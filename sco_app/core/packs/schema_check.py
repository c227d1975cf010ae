"""Check pack files against the published JSON Schema and say what is wrong in plain words.

The schema (``resources/schema/pack.schema.json``) is the format's one definition: editors use it to
complete and check packs as instructors type, and this module uses it to check them on load.

One compiled validator (``jsonschema_rs``) decides whether a file is valid and, when it is not,
lists every error with where it is in the file and in the schema; this module turns each into a
message an instructor can act on. A good 10,000-event pack is checked in tens of milliseconds.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any, Iterator

import jsonschema_rs

from sco_app.core.packs.problems import did_you_mean
from sco_app.core.resources import resource_path

PACK_SCHEMA = "pack.schema.json"
INCLUDE_SCHEMA = "include.schema.json"
EXAM_SCHEMA = "exam.schema.json"  # an instructor's exam file (sco_app.core.exam_file)

_TYPE_NAMES = {
    "string": "text",
    "object": "keys and values",
    "array": "a list",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "null": "nothing",
}
_SPLIT_TEXT_HINT = ('a ", " or ": " inside { } splits the text there; put the text in quotes, '
                    'e.g. {en: "Hello, world", id: "Halo, dunia"}')


@lru_cache(maxsize=None)
def schema(name: str) -> dict:
    """The shipped schema ``name`` (pack.schema.json, include.schema.json or exam.schema.json)."""
    return json.loads(resource_path(f"schema/{name}").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def _language_code() -> re.Pattern:
    """A language code, as the schema's text definition takes it (its one definition is the schema's)."""
    return re.compile(next(iter(schema(PACK_SCHEMA)["$defs"]["text"]["patternProperties"])))


@lru_cache(maxsize=None)
def _validator(name: str) -> Any:
    return jsonschema_rs.validator_for(schema(name))


def is_valid(data: Any, schema_name: str = PACK_SCHEMA) -> bool:
    """Whether ``data`` follows the schema."""
    return bool(_validator(schema_name).is_valid(data))


def schema_errors(data: Any, schema_name: str = PACK_SCHEMA) -> Iterator[tuple[tuple, bool, str, str | None]]:
    """Yield ``(path, at_key, message, hint)`` for every way ``data`` breaks the schema.

    ``at_key`` is True when the problem is the key at ``path`` itself (an unknown key).
    """
    if is_valid(data, schema_name):
        return
    root = schema(schema_name)
    for error in _validator(schema_name).iter_errors(data):
        yield from _explain(error, root)


def _subschema(root: dict, location: list) -> dict:
    """The schema object that holds the keyword at ``location`` (a path into ``root``)."""
    node: Any = root
    for part in location[:-1]:
        node = node[int(part)] if isinstance(node, list) else node.get(part, {})
    return node if isinstance(node, dict) else {}


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return f"{str(value).lower()} (true or false)"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the text {value!r}" if len(value) < 40 else "a text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "keys and values"
    return "nothing" if value is None else type(value).__name__


def _rejects_keys(errors: list, path: tuple) -> bool:
    """Whether an alternative refuses the keys of the value itself (it is not the shape meant)."""
    return any(e.kind.name in ("additionalProperties", "required") and tuple(e.instance_path) == path for e in errors)


def _where(path: tuple) -> str:
    names = [p for p in path if isinstance(p, str)]
    return f"'{names[-1]}'" if names else "the file"


def _explain(error: Any, root: dict) -> Iterator[tuple[tuple, bool, str, str | None]]:
    path = tuple(error.instance_path)
    kind, found = error.kind, error.instance
    name = kind.name
    sub = _subschema(root, list(error.schema_path))
    hint = sub.get("x-hint")
    where = _where(path)
    if name == "additionalProperties":
        allowed = list(sub.get("properties", {}))
        for key in kind.unexpected:
            if sub.get("patternProperties"):
                split = " " in str(key) or str(key) != str(key).lower() or found.get(key) is None
                yield (path + (key,), True, f"{key!r} is not a language code",
                       _SPLIT_TEXT_HINT if split else "use codes such as en or id, in lower case")
            else:
                yield (path + (key,), True, f"unknown key {key!r}",
                       did_you_mean(key, allowed) or f"known keys here: {', '.join(allowed)}")
    elif name == "required":
        yield path, False, f"missing required key {kind.property!r}", None
    elif name == "type":
        expected = list(kind.types)
        wanted = " or ".join(_TYPE_NAMES.get(t, t) for t in expected)
        if "string" in expected and isinstance(found, (int, float, bool)):
            hint = hint or 'put the value in quotes, e.g. "1.0"'
        elif expected == ["array"] and isinstance(found, (str, int, float, dict)):
            hint = hint or "write a list, e.g. [a, b] or one '- item' per line"
        yield path, False, f"{where} should be {wanted}, not {_describe(found)}", hint
    elif name == "enum":
        choices = [str(c) for c in kind.options]
        yield path, False, f"{found!r} is not one of: {', '.join(choices)}", did_you_mean(found, choices)
    elif name == "const":
        yield path, False, f"{where} must be {sub.get('const')!r}, not {found!r}", None
    elif name == "pattern":
        if list(error.schema_path)[-2:] == ["country", "pattern"]:
            from sco_app.core.packs.country_hints import country_hint, map_countries

            hint = country_hint(found, map_countries())
        yield path, False, f"{found!r} is not a valid {where}", hint
    elif name == "maxLength":
        names = [p for p in path if isinstance(p, str)]
        if len(names) > 1 and _language_code().match(names[-1]):  # one language of a text: name the text
            where = f"'{names[-2]}' ({names[-1]})"
        title = "title" in names[-2:]
        yield path, False, f"{where} is {len(found):,} characters long; the limit is {sub.get('maxLength'):,}", (
            "a title is one line; say the rest in the description" if title
            else "shorten it; so long a text is hard to read on a screen and slow to draw")
    elif name in ("minLength", "minProperties"):
        yield path, False, f"{where} is empty", "write some text, or remove the key"
    elif name == "minItems":
        yield path, False, f"{where} needs at least {sub.get('minItems')} item(s)", None
    elif name in ("minimum", "maximum"):
        bound = "at least" if name == "minimum" else "at most"
        yield path, False, f"{where} must be {bound} {sub.get(name)}, not {found}", hint
    elif name in ("exclusiveMinimum", "exclusiveMaximum"):
        bound = "more than" if name == "exclusiveMinimum" else "less than"
        yield path, False, f"{where} must be {bound} {sub.get(name)}, not {found}", hint
    elif name == "uniqueItems":
        yield path, False, f"{where} lists the same item twice", None
    elif name in ("anyOf", "oneOf") and getattr(kind, "context", None):
        # Explain the alternative the value came closest to: one that takes its type (for a map, the
        # one that takes maps), and of those the one with the fewest errors.
        alternatives = [list(a) for a in kind.context]
        fitting = [a for a in alternatives if not any(e.kind.name == "type" and tuple(e.instance_path) == path for e in a)]
        best = min(fitting or alternatives, key=lambda a: (_rejects_keys(a, path), len(a)))
        for sub_error in best:
            yield from _explain(sub_error, root)
    else:
        yield path, False, error.message, hint
