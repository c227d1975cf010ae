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


MAX_CANDIDATES = 5
"""Most known names compared in full with a misspelt one (so hints cost near-linear time in all)."""

COMMON_PIECE = 64
"""A three-letter piece shared by more names than this says little about which one was meant."""


class Names(frozenset):
    """Known ids (or keys) with an index for "did you mean" hints, built when first asked.

    A hint compares the misspelt word in full only with the few names that share the most of its
    three-letter pieces (leaving out pieces common to many names), so thousands of unknown
    references in a pack of thousands of ids cost near-linear time, not the product of the two."""

    _index: dict[str, list[str]] | None = None

    def closest(self, word: str) -> str | None:
        if len(self) <= MAX_CANDIDATES:
            candidates: Iterable[str] = sorted(self)
        else:
            if self._index is None:
                index: dict[str, list[str]] = {}
                for name in self:
                    for gram in set(_grams(name)):
                        index.setdefault(gram, []).append(name)
                self._index = index
            shared: dict[str, int] = {}
            postings = sorted((self._index.get(g, ()) for g in set(_grams(word))), key=len)
            for posting in postings:
                if len(posting) > COMMON_PIECE and shared:
                    break
                for name in posting[:COMMON_PIECE]:
                    shared[name] = shared.get(name, 0) + 1
            candidates = sorted(shared, key=lambda name: (-shared[name], name))[:MAX_CANDIDATES]
        close = difflib.get_close_matches(word, candidates, n=1, cutoff=0.6)
        return close[0] if close else None


def _grams(word: str) -> list[str]:
    padded = f"^{word.lower()}$"
    return [padded[i:i + 3] for i in range(len(padded) - 2)]


def did_you_mean(word: str, choices: Iterable[str]) -> str | None:
    """A hint naming the closest of ``choices`` to a misspelt ``word``, or None (pass :class:`Names`
    when asking many times about the same choices)."""
    names = choices if isinstance(choices, Names) else Names(str(c) for c in choices)
    close = names.closest(str(word))
    return f"did you mean {close!r}?" if close else None
