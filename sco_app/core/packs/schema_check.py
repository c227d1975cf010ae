"""Check pack files against the published JSON Schema and say what is wrong in plain words.

The schema (``resources/schema/pack.schema.json``) is the format's one definition: editors use it to
complete and check packs as instructors type, and this module uses it to check them on load.

Two validators read the same schema: ``jsonschema_rs`` (compiled, about 100 times faster) decides
whether a file is valid, and only when it is not does ``jsonschema`` (imported then) list every error
in a form this module can explain. A good 10,000-event pack is checked in tens of milliseconds.
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
EXAM_SCHEMA = "exam.schema.json"  # an instructor's exam file (sco_app.core.exam_settings)

_REQUIRED = re.compile(r"^'([^']+)' is a required property")
_TYPE_NAMES = {
    "string": "text",
    "object": "keys and values",
    "array": "a list",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "null": "nothing",
}


@lru_cache(maxsize=None)
def _schemas() -> dict[str, dict]:
    return {
        name: json.loads(resource_path(f"schema/{name}").read_text(encoding="utf-8"))
        for name in (PACK_SCHEMA, INCLUDE_SCHEMA, EXAM_SCHEMA)
    }


@lru_cache(maxsize=None)
def _gate(name: str) -> Any:
    """The fast validator for schema ``name`` (include files use the pack schema's ``includeFile``)."""
    pack = _schemas()[PACK_SCHEMA]
    schema = _schemas()[name]
    if name == INCLUDE_SCHEMA:
        schema = {"$schema": pack["$schema"], "$defs": pack["$defs"], "$ref": "#/$defs/includeFile"}
    return jsonschema_rs.validator_for(schema)


@lru_cache(maxsize=None)
def _explainer(name: str) -> Any:
    """The validator that lists every error; slower and imported only when a file is invalid."""
    import jsonschema
    import referencing

    schemas = _schemas()
    registry = referencing.Registry().with_resources(
        (schema["$id"], referencing.Resource.from_contents(schema)) for schema in schemas.values()
    )
    return jsonschema.Draft202012Validator(schemas[name], registry=registry)


def is_valid(data: Any, schema: str = PACK_SCHEMA) -> bool:
    """Whether ``data`` follows the schema (the fast check alone)."""
    return bool(_gate(schema).is_valid(data))


def schema_errors(data: Any, schema: str = PACK_SCHEMA) -> Iterator[tuple[tuple, bool, str, str | None]]:
    """Yield ``(path, at_key, message, hint)`` for every way ``data`` breaks the schema.

    ``at_key`` is True when the problem is the key at ``path`` itself (an unknown key).
    """
    if is_valid(data, schema):
        return
    for error in _explainer(schema).iter_errors(data):
        yield from _explain(error)


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


def _where(error: Any) -> str:
    path = [p for p in error.absolute_path if isinstance(p, str)]
    return f"'{path[-1]}'" if path else "the file"


def _explain(error: Any) -> Iterator[tuple[tuple, bool, str, str | None]]:
    path = tuple(error.absolute_path)
    schema = error.schema if isinstance(error.schema, dict) else {}
    kind = error.validator
    hint = schema.get("x-hint")
    if kind == "additionalProperties":
        allowed = list(schema.get("properties", {}))
        patterns = [re.compile(p) for p in schema.get("patternProperties", {})]
        extras = [k for k in error.instance if k not in allowed and not any(p.search(str(k)) for p in patterns)]
        for key in extras:
            if schema.get("patternProperties"):
                yield path + (key,), True, f"{key!r} is not a language code", "use codes such as en or id, in lower case"
            else:
                known = ", ".join(allowed)
                yield path + (key,), True, f"unknown key {key!r}", did_you_mean(key, allowed) or f"known keys here: {known}"
    elif kind == "required":
        named = _REQUIRED.match(error.message)
        missing = [named[1]] if named else [k for k in error.validator_value if k not in error.instance]
        for key in missing:
            yield path, False, f"missing required key {key!r}", None
    elif kind == "type":
        expected = error.validator_value
        expected = [expected] if isinstance(expected, str) else expected
        wanted = " or ".join(_TYPE_NAMES.get(t, t) for t in expected)
        value = error.instance
        message = f"{_where(error)} should be {wanted}, not {_describe(value)}"
        if "string" in expected and isinstance(value, (int, float, bool)):
            hint = hint or 'put the value in quotes, e.g. "1.0"'
        elif expected == ["array"] and isinstance(value, (str, int, float, dict)):
            hint = hint or "write a list, e.g. [a, b] or one '- item' per line"
        yield path, False, message, hint
    elif kind == "enum":
        choices = [str(c) for c in error.validator_value]
        yield path, False, f"{error.instance!r} is not one of: {', '.join(choices)}", did_you_mean(error.instance, choices)
    elif kind == "const":
        yield path, False, f"{_where(error)} must be {error.validator_value!r}, not {error.instance!r}", None
    elif kind == "pattern":
        yield path, False, f"{error.instance!r} is not a valid {_where(error)}", hint
    elif kind in ("minLength", "minProperties"):
        yield path, False, f"{_where(error)} is empty", "write some text, or remove the key"
    elif kind == "minItems":
        yield path, False, f"{_where(error)} needs at least {error.validator_value} item(s)", None
    elif kind in ("minimum", "maximum"):
        bound = "at least" if kind == "minimum" else "at most"
        yield path, False, f"{_where(error)} must be {bound} {error.validator_value}, not {error.instance}", hint
    elif kind in ("exclusiveMinimum", "exclusiveMaximum"):
        bound = "more than" if kind == "exclusiveMinimum" else "less than"
        yield path, False, f"{_where(error)} must be {bound} {error.validator_value}, not {error.instance}", hint
    elif kind == "uniqueItems":
        yield path, False, f"{_where(error)} lists the same item twice", None
    elif kind in ("oneOf", "anyOf") and error.context:
        from jsonschema.exceptions import best_match

        # Explain the alternative the value came closest to (for a map, the one that takes maps).
        same_type = [e for e in error.context if e.validator != "type"] or list(error.context)
        yield from _explain(best_match(same_type))
    else:
        yield path, False, error.message, hint
