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


def did_you_mean(word: str, choices: Iterable[str]) -> str | None:
    """A hint naming the closest of ``choices`` to a misspelt ``word``, or None."""
    close = difflib.get_close_matches(str(word), [str(c) for c in choices], n=1, cutoff=0.6)
    return f"did you mean {close[0]!r}?" if close else None
