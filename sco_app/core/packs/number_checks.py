"""Numbers no pack can mean: whole numbers of absurd length, and floats that are not finite.

YAML reads ``version: 999…9`` (thousands of digits) as a whole number, which Python refuses to turn
into text beyond 4,300 digits, so every message that quotes it would fail; and it reads ``.nan``,
``.inf`` and ``1e999`` as floats that pass every bound a schema sets (NaN compares false with
anything). Both are found right after a file is read, reported where they stand, and replaced by
None, so that no later check trips on them and nothing reports them twice.
"""

from __future__ import annotations

import math
from typing import Any, Iterator

import yaml

from sco_app.core.packs import limits

_TOO_BIG = 10 ** limits.MAX_NUMBER_DIGITS
_INT_TAG = "tag:yaml.org,2002:int"
LONG_NUMBER = f"this whole number is longer than {limits.MAX_NUMBER_DIGITS} digits"
LONG_NUMBER_HINT = "no value in a lesson pack needs so long a number; if it is meant as text, put it in quotes"
NOT_FINITE_HINT = "write an ordinary number, e.g. 41.3 (text such as .nan goes in quotes)"


def not_finite(path: tuple) -> str:
    """The message for a NaN or infinite value at ``path``."""
    names = [p for p in path if isinstance(p, str)]
    where = f"'{names[-1]}'" if names else "this value"
    return f"{where} is not a finite number (YAML reads it as infinity or 'not a number')"


def _any_bad(data: Any) -> bool:
    """Whether ``data`` holds a number no pack can mean: one lean pass over every node (no paths kept)."""
    stack = [data]
    pop, push, isfinite = stack.pop, stack.append, math.isfinite
    while stack:
        node = pop()
        for value in node.values() if type(node) is dict else node:
            kind = type(value)
            if kind is dict or kind is list:
                push(value)
            elif (kind is int and not -_TOO_BIG < value < _TOO_BIG) or (kind is float and not isfinite(value)):
                return True
    return False


def take_bad_numbers(data: Any) -> list[tuple[tuple, str, str]]:
    """``(path, message, hint)`` for every number in ``data`` that no pack can mean; each is replaced by
    None in ``data`` itself. A good file costs one lean pass; the paths are worked out only for a bad one."""
    if not _any_bad(data):
        return []
    found: list[tuple[tuple, str, str]] = []
    stack: list[tuple[Any, tuple]] = [(data, ())]
    while stack:
        node, path = stack.pop()
        items = node.items() if type(node) is dict else enumerate(node)
        for key, value in items:
            kind = type(value)
            if kind is dict or kind is list:
                stack.append((value, path + (key,)))
            elif kind is int and not -_TOO_BIG < value < _TOO_BIG:
                found.append((path + (key,), LONG_NUMBER, LONG_NUMBER_HINT))
                node[key] = None
            elif kind is float and not math.isfinite(value):
                found.append((path + (key,), not_finite(path + (key,)), NOT_FINITE_HINT))
                node[key] = None
    return found


def long_number_marks(text: str) -> Iterator[tuple[int, int]]:
    """1-based (line, column) of each whole number longer than the limit in the YAML ``text``, keys too,
    found in the composed node tree (where every value is still text)."""
    try:
        root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return
    stack = [root] if root is not None else []
    seen: set[int] = set()
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.extend((value, key))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(reversed(node.value))
        elif node.tag == _INT_TAG and sum(c.isalnum() for c in node.value) > limits.MAX_NUMBER_DIGITS:
            yield node.start_mark.line + 1, node.start_mark.column + 1
