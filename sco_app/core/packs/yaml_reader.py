"""Safe YAML for untrusted packs, fast when the file is good and precise when it is not.

Values are read by ``yaml_rs`` (a YAML 1.2 reader with duplicate-key and alias-expansion limits,
several times faster than PyYAML): ``yes``/``no``/``on``/``off`` stay text and no tag ever builds an
object. Line and column numbers come from PyYAML's composer (``yaml.compose`` keeps node marks), run
only when a problem has to be located; so a good pack pays for one parse, a bad one for two.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

import yaml
import yaml_rs

from sco_app.core.packs import limits
from sco_app.core.packs.problems import Problem

_ALIAS_LIMITS = yaml_rs.AliasLimits(
    max_total_replayed_events=limits.MAX_ALIAS_EVENTS,
    max_replay_stack_depth=limits.MAX_DEPTH,
    max_alias_expansions_per_anchor=limits.MAX_ALIAS_EXPANSIONS,
)
_TAG = re.compile(r"(?:^|[\s\[{,:-])!")
_RS_POSITION = re.compile(r"line (\d+), column (\d+)")
_STANDARD_TAGS = {f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")}
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class YamlProblems(Exception):
    """The file could not be read as pack data; :attr:`problems` says why and where."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.format() for p in problems))
        self.problems = problems


def read_yaml(text: str, file: str) -> Any:
    """Parse one YAML document into plain dicts, lists and scalars, or raise :class:`YamlProblems`."""
    has_tags = "!" in text and _TAG.search(text) is not None
    if has_tags:  # a '!' that may be a tag: let the strict reader judge it first
        problems = _strict_problems(text, file)
        if problems:
            raise YamlProblems(problems)
    try:
        data = yaml_rs.loads(text, parse_datetime=False, alias_limits=_ALIAS_LIMITS)
    except (yaml_rs.YAMLDecodeError, RecursionError, ValueError, TypeError, OverflowError) as exc:
        fast_error = str(exc)
    else:
        if isinstance(data, dict) and _normalise_keys(data):
            return data
        fast_error = ""
    problems = [] if has_tags else _strict_problems(text, file)
    if not problems:
        problems = [_fast_problem(fast_error, text, file)]
    raise YamlProblems(problems)


def _normalise_keys(data: dict) -> bool:
    """Turn number and boolean keys into text; False when nesting is too deep or a key is a list,
    a map or a merge key (the strict reader then says where). Runs over every node, so it is lean."""
    stack: list[tuple[Any, int]] = [(data, 1)]
    pop, push = stack.pop, stack.append
    while stack:
        node, depth = pop()
        if depth > limits.MAX_DEPTH:
            return False
        if type(node) is dict:
            if not all(type(key) is str for key in node) and not _text_keys(node):
                return False
            if "<<" in node:
                return False
            children = node.values()
        else:
            children = node
        depth += 1
        for child in children:
            kind = type(child)
            if kind is dict or kind is list:
                push((child, depth))
    return True


def _text_keys(node: dict) -> bool:
    for key in [key for key in node if type(key) is not str]:
        if isinstance(key, (tuple, list, dict)):
            return False
        text = "null" if key is None else str(key).lower() if isinstance(key, bool) else str(key)
        node[text] = node.pop(key)
    return True


def _fast_problem(fast_error: str, text: str, file: str) -> Problem:
    """A problem from the fast reader's message, when the strict reader found nothing to add."""
    if "alias" in fast_error:
        line, column = _first_alias(text)
        return Problem(file, line, column, "YAML aliases expand to too much data",
                       hint=f"an anchor may be used at most {limits.MAX_ALIAS_EXPANSIONS} times and aliases may "
                            f"expand to at most {limits.MAX_ALIAS_EVENTS:,} items; write the data out instead")
    line, column = _rs_position(fast_error)
    message = fast_error.splitlines()[-1].strip() if fast_error else "the file cannot be read as YAML"
    return Problem(file, line, column, message)


def _first_alias(text: str) -> tuple[int, int]:
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.AliasEvent):
                return event.start_mark.line + 1, event.start_mark.column + 1
    except yaml.YAMLError:
        pass
    return 1, 1


def _rs_position(message: str) -> tuple[int, int]:
    match = _RS_POSITION.search(message)
    return (int(match[1]), int(match[2])) if match else (1, 1)


class _StrictLoader(yaml.SafeLoader):
    """PyYAML's safe composer with a nesting limit (it is recursive, so deep input must stop early)."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.depth = 0

    def compose_node(self, parent, index):  # noqa: ANN001 - PyYAML's signature
        self.depth += 1
        if self.depth > limits.MAX_DEPTH:
            mark = self.peek_event().start_mark
            raise yaml.MarkedYAMLError(problem=f"lists and maps are nested deeper than {limits.MAX_DEPTH} levels",
                                       problem_mark=mark)
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


def _strict_problems(text: str, file: str) -> list[Problem]:
    """Every problem PyYAML's strict, located reading finds in ``text``."""
    try:
        loader = _StrictLoader(text)
    except yaml.reader.ReaderError as exc:
        return [_reader_problem(exc, text, file)]
    try:
        root = loader.get_single_node()
    except yaml.reader.ReaderError as exc:
        return [_reader_problem(exc, text, file)]
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = exc.problem or "YAML syntax error"
        if exc.context:
            message = f"{exc.context}, {message}"
        hint = _syntax_hint(message)
        return [Problem(file, mark.line + 1 if mark else 1, mark.column + 1 if mark else 1, message, hint=hint)]
    except yaml.YAMLError as exc:
        return [Problem(file, 1, 1, f"YAML error: {exc}")]
    except RecursionError:
        return [Problem(file, 1, 1, f"lists and maps are nested deeper than {limits.MAX_DEPTH} levels")]
    finally:
        loader.dispose()
    if root is None:
        return [Problem(file, 1, 1, "the file is empty", hint="a pack file holds keys and values, e.g. 'events:'")]
    problems = list(_node_problems(root, file))
    if not problems and not isinstance(root, yaml.MappingNode):
        problems.append(_at(root, file, "the top level of the file must be keys and values, not a list or a single value",
                            "start the file with a key, e.g. 'events:'"))
    return problems


def _reader_problem(exc: yaml.reader.ReaderError, text: str, file: str) -> Problem:
    """A control character YAML does not allow, at its line and column."""
    before = text[: exc.position]
    line, column = before.count("\n") + 1, exc.position - (before.rfind("\n") + 1) + 1
    return Problem(file, line, column, f"the character U+{exc.character:04X} is not allowed in YAML text",
                   hint="remove it; it is often pasted in by accident from another program")


def _syntax_hint(message: str) -> str | None:
    if "expected a single document" in message:
        return "a pack file holds one YAML document; remove the '---' line"
    if "flow sequence" in message or "flow mapping" in message:
        return "check that every '[' has its ']' and every '{' its '}' on the same item"
    if "mapping values are not allowed" in message:
        return "put text that contains ': ' in quotes"
    if "found character '\\t'" in message:
        return "indent with spaces, not tabs"
    if "could not find expected ':'" in message or "expected <block end>" in message:
        return "check the indentation of this line and the one before"
    return None


def _at(node: yaml.Node, file: str, message: str, hint: str | None = None) -> Problem:
    return Problem(file, node.start_mark.line + 1, node.start_mark.column + 1, message, hint=hint)


def _node_problems(root: yaml.Node, file: str) -> Iterator[Problem]:
    """Duplicate keys, non-text keys, merge keys and tags, each where it stands (aliases visited once)."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if node.tag not in _STANDARD_TAGS:
            tag = node.tag.replace("tag:yaml.org,2002:", "!!", 1)
            yield _at(node, file, f"the tag {tag!r} is not allowed in a lesson pack", "remove the '!' tag")
        if isinstance(node, yaml.MappingNode):
            keys: dict[str, yaml.Node] = {}
            for key, value in node.value:
                stack.append(value)
                if not isinstance(key, yaml.ScalarNode):
                    yield _at(key, file, "a key must be plain text, not a list or map")
                    continue
                if key.tag == "tag:yaml.org,2002:merge" or key.value == "<<":
                    yield _at(key, file, "merge keys ('<<') are not supported", "write the keys out in full")
                elif key.value in keys:
                    first = keys[key.value].start_mark.line + 1
                    yield _at(key, file, f"duplicate key {key.value!r} (first given on line {first})",
                              "remove one of them or rename it")
                else:
                    keys[key.value] = key
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)


class Locator:
    """Finds the line and column of a key path, e.g. ``("events", 3, "date")``, in one file."""

    def __init__(self, text: str, file: str) -> None:
        self.file = file
        self._text = text
        self._root: yaml.Node | None = None

    def _tree(self) -> yaml.Node | None:
        if self._root is None:
            try:
                self._root = yaml.compose(self._text, Loader=_Loader)
            except yaml.YAMLError:
                self._root = None
        return self._root

    def locate(self, path: tuple, key: bool = False) -> tuple[int, int]:
        """1-based (line, column) of the value at ``path``, of its key when ``key``, or of the
        deepest part of the path that exists."""
        node = self._tree()
        if node is None:
            return (1, 1)
        best = node.start_mark
        for index, part in enumerate(path):
            last = index == len(path) - 1
            if isinstance(node, yaml.MappingNode):
                for k, v in node.value:
                    if isinstance(k, yaml.ScalarNode) and k.value == str(part):
                        best = k.start_mark if (last and key) else v.start_mark
                        node = v
                        break
                else:
                    break
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
                node = node.value[part]
                best = node.start_mark
            else:
                break
        return best.line + 1, best.column + 1
