"""Safe YAML for untrusted packs: one reader, libyaml's, for values and for positions.

Values and line numbers come from the same event stream (PyYAML's C parser when libyaml is there, as
in every PyYAML wheel; its Python parser otherwise, which also refuses a '?' that ends a word inside
``{ }``), so a problem is always located where the value was read. A good file
is read once, without positions (:func:`read_yaml`); positions are worked out only when a problem
needs them (:class:`Locator`), by walking the same events again with their marks.

What a pack may hold is plain data: maps with text keys, lists, text, numbers, true/false and
nothing. The scalars follow YAML 1.2's core schema, so ``yes``, ``no``, ``on``, ``off`` and dates
stay text. No tag builds an object, merge keys and duplicate keys are refused where they stand, and
nesting, aliases and numbers are bounded (:mod:`sco_app.core.packs.limits`).
"""

from __future__ import annotations

import gc
import re
from contextlib import contextmanager
from typing import Any, Iterator

import yaml

try:
    from yaml._yaml import CParser as _CParser  # libyaml, when PyYAML was built with it
except ImportError:  # pragma: no cover - every PyYAML wheel on PyPI has it
    _CParser = None

from sco_app.core.packs import limits
from sco_app.core.packs.problems import Problem
from sco_app.core.packs.yaml_syntax import MAX_SYNTAX_ERRORS, syntax_problems

MAX_INT_DIGITS = 4300
"""Longest whole number read as a number (Python's own limit for turning one into text)."""

_INT = re.compile(r"[-+]?[0-9]+\Z")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?\Z")
_WORDS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False,
          "null": None, "Null": None, "NULL": None, "~": None}
_SPECIAL = {".inf": float("inf"), ".Inf": float("inf"), ".INF": float("inf"), "+.inf": float("inf"),
            "+.Inf": float("inf"), "+.INF": float("inf"), "-.inf": float("-inf"), "-.Inf": float("-inf"),
            "-.INF": float("-inf"), ".nan": float("nan"), ".NaN": float("nan"), ".NAN": float("nan")}
_NUMBER_START = frozenset("0123456789-+.")
_NUMBER = re.compile(r"[-+]?(?:([0-9]+)\Z|(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?\Z)").match
_WORD_START = frozenset("tTfFnN~")
_CORE = "tag:yaml.org,2002:"
_STR_TAGS = frozenset({_CORE + "str", "!"})
_RESOLVED_TAGS = frozenset(_CORE + t for t in ("int", "float", "bool", "null", "map", "seq"))
_S, _MS, _ME, _QS, _QE, _A = (yaml.ScalarEvent, yaml.MappingStartEvent, yaml.MappingEndEvent,
                              yaml.SequenceStartEvent, yaml.SequenceEndEvent, yaml.AliasEvent)
_NO_KEY = object()


class YamlProblems(Exception):
    """The file could not be read as pack data; :attr:`problems` says why and where."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.format() for p in problems))
        self.problems = problems


class _Flagged(Exception):
    """Something the fast reading cannot accept; the located reading says what and where."""


def parser_for(text: str) -> Any:
    """libyaml's event parser for ``text`` (PyYAML's own when it was built without libyaml)."""
    if _CParser is not None:
        return _CParser(text)  # the parser alone: no constructor or resolver is needed
    return yaml.SafeLoader(text)


def scalar(value: str, plain: bool, tag: str | None) -> Any:
    """The value of one scalar: text, a whole number, a number, true/false or None (YAML 1.2 core)."""
    if tag is not None and tag not in _RESOLVED_TAGS:
        return value
    if not plain and tag is None:
        return value
    if not value:
        return None
    first = value[0]
    if first in _NUMBER_START:
        if _INT.match(value):
            if len(value) > MAX_INT_DIGITS:
                raise _Flagged
            return int(value)
        if _FLOAT.match(value):
            return float(value)
        special = _SPECIAL.get(value)
        return value if special is None else special
    if first in _WORD_START:
        return _WORDS.get(value, value)
    return value


@contextmanager
def no_gc() -> Iterator[None]:
    """Hold off the cycle collector while a file is read: the parser makes a few objects per value
    and no cycles, and collections run over every one of them otherwise (a third of a large read)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def read_yaml(text: str, file: str) -> Any:
    """Parse one YAML document into plain dicts, lists and scalars, or raise :class:`YamlProblems`."""
    try:
        with no_gc():
            data = _fast(text)
    except yaml.YAMLError:
        raise YamlProblems(syntax_problems(text, file, parser_for)) from None
    except (_Flagged, RecursionError):
        data = None
    if isinstance(data, dict):
        return data
    from sco_app.core.packs.yaml_positions import inspect  # the located reading, only for a bad file

    problems = inspect(text, file).problems
    raise YamlProblems(problems or [Problem(file, 1, 1, "the file cannot be read as pack data")])


def _fast(text: str) -> Any:
    """Read ``text`` without positions; raise :class:`_Flagged` at anything the located reading must
    explain (a tag, a merge or duplicate key, a key that is not text, too deep, too many aliases).

    The loop runs once per value of the file, so it keeps to local names and counts nodes only
    inside anchored values (for the alias limits)."""
    parser = parser_for(text)
    get = parser.get_event
    S, MS, ME, QS, QE, A = _S, _MS, _ME, _QS, _QE, _A
    number_start, word_start, number, words, no_key = _NUMBER_START, _WORD_START, _NUMBER, _WORDS, _NO_KEY
    str_tags, resolved_tags, max_depth = _STR_TAGS, _RESOLVED_TAGS, limits.MAX_DEPTH
    root: Any = None
    stack: list[tuple] = []
    anchors: dict[str, tuple[Any, int]] = {}
    uses: dict[str, int] = {}
    cur: Any = None
    key: Any = no_key
    is_map = False
    replayed = documents = 0
    try:
        while True:
            event = get()
            kind = type(event)
            if kind is S:
                value = event.value
                if event.tag is not None or event.anchor is not None:
                    value = _special_scalar(event, anchors, is_map and key is no_key)
                elif is_map and key is no_key:
                    if value in cur or (value == "<<" and event.implicit[0]):
                        raise _Flagged
                    key = value
                    continue
                elif event.implicit[0]:
                    if not value:
                        value = None
                    elif value[0] in number_start:
                        found = number(value)
                        if found is None:
                            if value[0] == "." or value[0] in "+-":
                                value = scalar(value, True, None)
                        elif found[1] is None:
                            value = float(value)
                        elif len(value) > MAX_INT_DIGITS:
                            raise _Flagged
                        else:
                            value = int(value)
                    elif value[0] in word_start:
                        value = words.get(value, value)
                if is_map and key is no_key:  # a tagged or anchored key
                    if value in cur:
                        raise _Flagged
                    key = value
                    continue
            elif kind is MS or kind is QS:
                tag = event.tag
                if (tag is not None and tag not in resolved_tags) or (is_map and key is no_key):
                    raise _Flagged
                if len(stack) >= max_depth:
                    raise _Flagged
                new: Any = {} if kind is MS else []
                if cur is None:
                    root = new
                elif is_map:
                    cur[key] = new
                else:
                    cur.append(new)
                stack.append((cur, is_map, event.anchor))
                cur, key, is_map = new, no_key, kind is MS
                continue
            elif kind is ME or kind is QE:
                done = cur
                cur, is_map, anchor = stack.pop()
                key = no_key
                if anchor is not None:
                    anchors[anchor] = (done, _size(done, anchors))
                continue
            elif kind is A:
                if is_map and key is no_key:
                    raise _Flagged
                found = anchors.get(event.anchor)
                if found is None:
                    raise _Flagged
                value, size = found
                uses[event.anchor] = used = uses.get(event.anchor, 0) + 1
                replayed += size
                if used > limits.MAX_ALIAS_EXPANSIONS or replayed > limits.MAX_ALIAS_EVENTS:
                    raise _Flagged
            elif kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise _Flagged
                continue
            elif kind is yaml.StreamEndEvent or event is None:
                return root
            else:
                continue
            if cur is None:
                root = value
            elif is_map:
                cur[key] = value
                key = no_key
            else:
                cur.append(value)
    finally:
        parser.dispose()


def _special_scalar(event: Any, anchors: dict, is_key: bool) -> Any:
    """The value of a scalar with a tag or an anchor (rare in a pack); noted as an anchor's value."""
    tag = event.tag
    if tag is not None and tag not in _STR_TAGS and tag not in _RESOLVED_TAGS:
        raise _Flagged
    if is_key:
        if event.value == "<<" and event.implicit[0]:
            raise _Flagged
        value = event.value
    elif tag is not None and tag in _STR_TAGS:
        value = event.value
    else:
        value = scalar(event.value, event.implicit[0], tag)
    if event.anchor is not None:
        anchors[event.anchor] = (value, 1)
    return value


def _size(value: Any, anchors: dict) -> int:
    """How many nodes an anchored value stands for (aliases in it counted at their full size)."""
    expanded = {id(v): size for v, size in anchors.values() if type(v) in (dict, list)}
    count, todo = 0, [value]
    while todo:
        node = todo.pop()
        count += 1
        children = node.values() if type(node) is dict else node if type(node) is list else ()
        for child in children:
            if type(child) in (dict, list) and id(child) in expanded:
                count += expanded[id(child)]
            else:
                todo.append(child)
        count += len(node) if type(node) is dict else 0  # the keys
    return count


class Locator:
    """Finds the line and column of a key path, e.g. ``("events", 3, "date")``, in one file."""

    def __init__(self, text: str, file: str) -> None:
        self.file = file
        self._text = text
        self._root: Any = None

    def locate(self, path: tuple, key: bool = False) -> tuple[int, int]:
        """1-based (line, column) of the value at ``path``, of its key when ``key``, or of the
        deepest part of the path that exists."""
        if self._root is None:
            from sco_app.core.packs.yaml_positions import inspect

            self._root = inspect(self._text, self.file).root or (1, 1, None)
        return locate(self._root, path, key)


def locate(root: tuple, path: tuple, key: bool = False) -> tuple[int, int]:
    """(line, column) of ``path`` in a position tree made by :func:`yaml_positions.inspect`."""
    node = root
    best = root[:2]
    for index, part in enumerate(path):
        children = node[2]
        last = index == len(path) - 1
        if type(children) is dict:
            entry = children.get(str(part))
            if entry is None:
                break
            key_line, key_column, node = entry
            best = (key_line, key_column) if (last and key) else node[:2]
        elif type(children) is list and isinstance(part, int) and 0 <= part < len(children):
            node = children[part]
            best = node[:2]
        else:
            break
    return best


__all__ = ["Locator", "MAX_SYNTAX_ERRORS", "YamlProblems", "locate", "parser_for", "read_yaml", "scalar"]
