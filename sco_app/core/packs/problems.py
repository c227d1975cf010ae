"""Problems found in a pack, each with where it is and, where one helps, a hint."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from enum import Enum
from typing import Iterable


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"


Path = tuple  # a key path into the YAML data: ("events", 3, "reading", "theory")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a pack: ``file:line:col: severity: message``, then a hint."""

    file: str
    line: int
    column: int
    message: str
    severity: Severity = Severity.ERROR
    hint: str | None = None
    path: Path = field(default=())

    def format(self) -> str:
        text = f"{self.file}:{self.line}:{self.column}: {self.severity.value}: {self.message}"
        return f"{text}\n    hint: {self.hint}" if self.hint else text

    def as_dict(self) -> dict:
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "severity": self.severity.value,
            "message": self.message,
            "hint": self.hint,
            "path": [str(p) for p in self.path],
        }

    def sort_key(self) -> tuple:
        return (self.file, self.line, self.column, self.message)


class PackError(Exception):
    """A pack that cannot be used; :attr:`problems` lists every problem found, in file order."""

    def __init__(self, problems: Iterable[Problem], pack: str = "") -> None:
        self.problems = sorted(problems, key=Problem.sort_key)
        self.pack = pack
        errors = [p for p in self.problems if p.severity is Severity.ERROR]
        head = f"{pack}: " if pack else ""
        first = errors[0].format() if errors else "no details"
        super().__init__(f"{head}{len(errors)} error(s) in the lesson pack; first: {first}")


MOST_SUGGESTED = 3  # names a hint offers at most
SHORTEST_PREFIX = 3  # characters a shortened name needs before it is completed


def closest(word: str, choices: Iterable[str]) -> list[str]:
    """The ``choices`` nearest to a misspelt or shortened ``word``, best first (at most MOST_SUGGESTED): a close
    spelling, else the names it begins ("tulip" -> "tulip-revolution"), else those with a part it begins
    ("mission" -> "peace-mission-2007"). Empty if none is near."""
    word, names = str(word), [str(c) for c in choices]
    close = difflib.get_close_matches(word, names, n=1, cutoff=0.6)
    key = word.casefold()
    if close or len(key) < SHORTEST_PREFIX:
        return close
    starting = [name for name in names if name.casefold().startswith(key)]
    within = [name for name in names if name not in starting and any(
        part.startswith(key) for part in name.casefold().replace("_", "-").replace(" ", "-").split("-"))]
    return (starting + within)[:MOST_SUGGESTED]


def did_you_mean(word: str, choices: Iterable[str]) -> str | None:
    """A hint naming the closest of ``choices`` to a misspelt or shortened ``word``, or None."""
    found = [repr(name) for name in closest(word, choices)]
    if not found:
        return None
    return f"did you mean {found[0] if len(found) == 1 else ', '.join(found[:-1]) + ' or ' + found[-1]}?"
