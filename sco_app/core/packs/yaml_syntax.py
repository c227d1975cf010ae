"""YAML syntax errors in plain words, every one of a file in one run where the reader can go on.

libyaml stops at the first error. To find the next ones, the line at fault is set aside (a tab on it
turned into spaces, or the line blanked) and the file is read again, up to :data:`MAX_SYNTAX_ERRORS`
times; an error that does not move forward ends the search, so no error is reported twice and none
is made up by the mending.
"""

from __future__ import annotations

from typing import Any, Callable

import yaml

from sco_app.core.packs.problems import Problem

MAX_SYNTAX_ERRORS = 10
"""Most syntax errors reported for one file."""

QUOTE_HINT = 'put text that contains ": " in quotes, e.g. title: "Summit: the start"'
FLOW_QUOTE_HINT = 'inside [ ] or { }, put text that contains ", " or ": " in quotes, e.g. {en: "Yes, at last"}'
INDENT_HINT = "line up the keys of one map under each other, and start each list item with '- '"
_OPENERS = {"flow sequence": ("[", "]"), "flow mapping": ("{", "}")}


def syntax_problems(text: str, file: str, parser_for: Callable[[str], Any]) -> list[Problem]:
    """Every syntax error of ``text`` that can be found, each with a plain message and a hint."""
    lines = text.split("\n")
    problems: list[Problem] = []
    last = (0, 0)
    for _ in range(2 * MAX_SYNTAX_ERRORS):
        error = _first_error("\n".join(lines), parser_for)
        if error is None or len(problems) == MAX_SYNTAX_ERRORS:
            break
        problem, mend_line = _explain(error, lines, file)
        if problem.line != last[0]:  # a line that was mended may fail again: its first error is enough
            if (problem.line, problem.column) <= last:
                break
            problems.append(problem)
            last = (problem.line, problem.column)
        elif not lines[mend_line].strip():
            break
        if not 0 <= mend_line < len(lines):
            break
        lines[mend_line] = _mended(lines, mend_line)
    return problems or [Problem(file, 1, 1, "the file cannot be read as YAML")]


def _mended(lines: list[str], index: int) -> str:
    """Line ``index`` set aside: tabs in its indentation become spaces that line it up with its
    neighbours (inside the block a key above opens, else under the first key above), so the lines
    after it still read; any other line is blanked."""
    line = lines[index]
    body = line.lstrip(" \t")
    if "\t" not in line[: len(line) - len(body)]:
        return ""
    def content(x: str) -> bool:
        return bool(x.strip()) and not x.lstrip().startswith("#")

    def indent_of(x: str) -> int:
        return len(x) - len(x.lstrip(" "))

    above = next((x for x in reversed(lines[:index]) if content(x)), "")
    below = next((x for x in lines[index + 1:] if content(x) and not x.startswith("\t")), "")
    indent = indent_of(above) + (2 if above.lstrip().startswith("- ") else 0)
    if above.rstrip().endswith(":"):  # the key above opens a block: the line belongs inside it
        indent = indent_of(below) if indent_of(below) > indent_of(above) else indent_of(above) + 2
    return " " * indent + body


def _first_error(text: str, parser_for: Callable[[str], Any]) -> yaml.YAMLError | None:
    parser = None
    try:
        parser = parser_for(text)
        while parser.get_event() is not None:
            pass
    except yaml.YAMLError as exc:
        return exc
    finally:
        if parser is not None:
            parser.dispose()
    return None


def _explain(error: yaml.YAMLError, lines: list[str], file: str) -> tuple[Problem, int]:
    """The problem to report for ``error``, and the index of the line to set aside to read on."""
    if isinstance(error, yaml.reader.ReaderError):
        line, column = _position(lines, error.position, error.encoding)
        return Problem(file, line, column, f"the character U+{error.character:04X} is not allowed in YAML text",
                       hint="remove it; it is often pasted in by accident from another program"), line - 1
    if not isinstance(error, yaml.MarkedYAMLError) or error.problem_mark is None:
        return Problem(file, 1, 1, f"YAML error: {error}"), -1
    mark, context_mark = error.problem_mark, error.context_mark
    line, column = mark.line + 1, mark.column + 1
    problem, context = error.problem or "", error.context or ""
    here = lines[mark.line] if mark.line < len(lines) else ""
    char = here[mark.column] if mark.column < len(here) else ""
    before = here[: mark.column]
    if char == "\t" or ("\t" in before and not before.strip()):
        return Problem(file, line, column, "a tab character in the indentation", hint="indent with spaces, not tabs"), mark.line
    opener = next((pair for name, pair in _OPENERS.items() if name in context), None)
    if opener and context_mark is not None:
        if char == ":" and mark.line == context_mark.line:
            return Problem(file, line, column, f"a ': ' inside {opener[0]} {opener[1]} in text that is not in quotes",
                           hint=FLOW_QUOTE_HINT), mark.line
        return Problem(file, context_mark.line + 1, context_mark.column + 1,
                       f"this '{opener[0]}' is not closed with '{opener[1]}'",
                       hint=f"close it on the same item; {FLOW_QUOTE_HINT}"), context_mark.line
    if "mapping values are not allowed" in problem:
        if ": " in before or before.rstrip().endswith(":"):
            return Problem(file, line, column, "a second ': ' on this line, in text that is not in quotes",
                           hint=QUOTE_HINT), mark.line
        return Problem(file, line, column, "this line is indented further than the key above it",
                       hint=INDENT_HINT), mark.line
    if "quoted scalar" in context and context_mark is not None:
        return Problem(file, context_mark.line + 1, context_mark.column + 1, "the quote opened here is never closed",
                       hint="close the text with the same quote it opens with"), context_mark.line
    if before.rstrip()[-1:] in ("'", '"') and "expected key" in problem:
        return Problem(file, line, column, "the text in quotes ends before this",
                       hint="a quote inside text: in single quotes write it twice ('it''s'), or use double quotes"), mark.line
    if "expected a single document" in problem or "expected '<document start>'" in problem:
        return Problem(file, line, column, "a second YAML document starts here",
                       hint="a pack file holds one YAML document; remove the '---' line and what follows"), -1
    if context.startswith("while parsing a block") or "could not find expected ':'" in problem:
        return Problem(file, line, column, "this line does not line up with the lines above it",
                       hint=INDENT_HINT), mark.line
    if "cannot start any token" in problem and char:
        return Problem(file, line, column, f"a value cannot start with {char!r}",
                       hint=f"put text that starts with {char!r} in quotes"), mark.line
    message = f"{context}, {problem}" if context else problem or "YAML syntax error"
    return Problem(file, line, column, message, hint="check this line and the one before"), mark.line


def _position(lines: list[str], position: int, encoding: str) -> tuple[int, int]:
    """1-based (line, column) of a reader error's position (PyYAML's own reader counts characters,
    libyaml bytes of UTF-8)."""
    text = "\n".join(lines)
    if encoding != "unicode":
        position = len(text.encode("utf-8")[:position].decode("utf-8", "ignore"))
    before = text[:position]
    return before.count("\n") + 1, position - (before.rfind("\n") + 1) + 1
