"""The located reading of a YAML file: where every value stands, and what a pack may not hold.

It walks the same events as :func:`~sco_app.core.packs.yaml_reader.read_yaml` (the same parser, the
same rules), this time with their marks, so a problem found on either walk is placed where the value
was read. Run only for a file with a problem to locate.

The position tree it makes has one node per value: ``(line, column, children)``, where ``children``
is ``{key: (key_line, key_column, node)}`` for a map, a list of nodes for a list and None for a
scalar (lines and columns from 1).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from sco_app.core.packs import limits
from sco_app.core.packs.problems import Problem
from sco_app.core.packs.number_checks import LONG_NUMBER, LONG_NUMBER_HINT
from sco_app.core.packs.yaml_reader import MAX_INT_DIGITS, _INT, _RESOLVED_TAGS, _STR_TAGS, no_gc, parser_for
from sco_app.core.packs.yaml_syntax import syntax_problems

_ALIAS_HINT = (f"an anchor may be used at most {limits.MAX_ALIAS_EXPANSIONS} times and aliases may expand to at "
               f"most {limits.MAX_ALIAS_EVENTS:,} items; write the data out instead")


@dataclass
class Inspection:
    """What the located reading found: the position tree (None for an unreadable file) and the problems."""

    root: tuple | None = None
    problems: list[Problem] = field(default_factory=list)


class _Walk:
    def __init__(self, file: str) -> None:
        self.file = file
        self.found = Inspection()
        self.anchors: dict[str, int] = {}  # anchor -> how many nodes it stands for
        self.uses: dict[str, int] = {}
        self.replayed = 0
        self.alias_reported = False
        self.depth_reported = False

    def problem(self, mark: Any, message: str, hint: str | None = None) -> None:
        self.found.problems.append(Problem(self.file, mark.line + 1, mark.column + 1, message, hint=hint))

    def tag(self, event: Any) -> None:
        tag = event.tag
        if tag is not None and tag not in _STR_TAGS and tag not in _RESOLVED_TAGS:
            shown = tag.replace("tag:yaml.org,2002:", "!!", 1)
            self.problem(event.start_mark, f"the tag {shown!r} is not allowed in a lesson pack", "remove the '!' tag")

    def alias(self, event: Any) -> None:
        size = self.anchors.get(event.anchor)
        if size is None:
            self.problem(event.start_mark, f"the alias '*{event.anchor}' names no anchor before it",
                         f"write '&{event.anchor}' on the value it stands for, before this line")
            return
        self.uses[event.anchor] = self.uses.get(event.anchor, 0) + 1
        self.replayed += size
        too_many = self.uses[event.anchor] > limits.MAX_ALIAS_EXPANSIONS or self.replayed > limits.MAX_ALIAS_EVENTS
        if too_many and not self.alias_reported:
            self.alias_reported = True
            self.problem(event.start_mark, "YAML aliases expand to too much data", _ALIAS_HINT)


def inspect(text: str, file: str) -> Inspection:
    """Every problem of ``text`` that makes it no pack file, and its position tree."""
    walk = _Walk(file)
    parser = parser_for(text)
    try:
        with no_gc():
            _run(parser, walk)
    except yaml.YAMLError:
        return Inspection(None, syntax_problems(text, file, parser_for))
    finally:
        parser.dispose()
    found = walk.found
    if found.root is None:
        found.problems.append(Problem(file, 1, 1, "the file is empty", hint="a pack file holds keys and values, e.g. 'events:'"))
    elif not isinstance(found.root[2], dict) and not found.problems:
        found.problems.append(Problem(file, found.root[0], found.root[1],
                                      "the top level of the file must be keys and values, not a list or a single value",
                                      hint="start the file with a key, e.g. 'events:'"))
    return found


_SCALAR, _MAP, _SEQ, _ALIAS = yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent, yaml.AliasEvent
_ENDS = (yaml.MappingEndEvent, yaml.SequenceEndEvent)


def _run(parser: Any, walk: _Walk) -> None:
    """Walk the events once, building the position tree and noting each problem where it stands."""
    stack: list[list] = []  # [children, pending key (line, column, text) or None, anchor, nodes at start]
    nodes = documents = 0
    get = parser.get_event
    while True:
        event = get()
        kind = type(event)
        if event is None or kind is yaml.StreamEndEvent:
            return
        if kind is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                walk.problem(event.start_mark, "a second YAML document starts here",
                             "a pack file holds one YAML document; remove the '---' line and what follows")
                return
            continue
        if kind in _ENDS:
            _, _, anchor, start = stack.pop()
            if anchor is not None:
                walk.anchors[anchor] = nodes - start + 1
            continue
        if kind is not _SCALAR and kind is not _MAP and kind is not _SEQ and kind is not _ALIAS:
            continue
        mark = event.start_mark
        nodes += 1
        frame = stack[-1] if stack else None
        in_map_key = frame is not None and frame[1] is None and type(frame[0]) is dict
        if kind is _SCALAR:
            if event.tag is not None:
                walk.tag(event)
            if in_map_key:
                _key(walk, frame, event)
                continue
            if event.anchor is not None:
                walk.anchors[event.anchor] = 1
            value = event.value
            if len(value) > MAX_INT_DIGITS and event.implicit[0] and event.tag is None and _INT.match(value):
                walk.problem(mark, LONG_NUMBER, LONG_NUMBER_HINT)  # the same words as the later check of shorter ones
            _attach(walk, frame, (mark.line + 1, mark.column + 1, None))
            continue
        if in_map_key:
            walk.problem(mark, "a key must be plain text, not a list, a map or an alias",
                         "write the key as a word, e.g. title:")
        if kind is _ALIAS:
            walk.alias(event)
            nodes += walk.anchors.get(event.anchor, 0)
            _attach(walk, frame, (mark.line + 1, mark.column + 1, None))
            continue
        walk.tag(event)
        if len(stack) >= limits.MAX_DEPTH and not walk.depth_reported:
            walk.depth_reported = True
            walk.problem(mark, f"lists and maps are nested deeper than {limits.MAX_DEPTH} levels")
        kids: dict | list = {} if kind is _MAP else []
        _attach(walk, frame, (mark.line + 1, mark.column + 1, kids))
        stack.append([kids, None, event.anchor, nodes])


def _key(walk: _Walk, frame: list, event: Any) -> None:
    children, name, mark = frame[0], event.value, event.start_mark
    if name == "<<" and event.implicit[0]:
        walk.problem(mark, "merge keys ('<<') are not supported", "write the keys out in full")
    elif name in children:
        first = children[name][0]
        walk.problem(mark, f"duplicate key {name!r}: map keys must be unique (it is also on line {first})",
                     "remove one of them or rename it")
    frame[1] = (mark.line + 1, mark.column + 1, name)


def _attach(walk: _Walk, frame: list | None, node: tuple) -> None:
    if frame is None:
        if walk.found.root is None:
            walk.found.root = node
        return
    children, pending = frame[0], frame[1]
    if type(children) is list:
        children.append(node)
        return
    if pending is None:  # a list or map used as a key: reported, kept out of the tree
        frame[1] = (node[0], node[1], None)
        return
    key_line, key_column, name = pending
    if name is not None and name not in children:
        children[name] = (key_line, key_column, node)
    frame[1] = None
