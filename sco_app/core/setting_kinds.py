"""The kinds of value a setting holds, each with the one rule that says whether a stored value is usable.

A value comes from Qt's settings file (text such as ``"true"`` or ``"1.25"`` in an INI file, typed values from
the Windows registry or a macOS property list) or from the lab's INI file (always text). :meth:`Kind.parse` turns
either into the setting's Python value, or raises ``ValueError`` for a value of the wrong type or out of range;
the caller then keeps the setting's default (:mod:`sco_app.core.preferences`). :meth:`Kind.text` writes a value
as the lab's file spells it; :meth:`Kind.stored` as the user's settings keep it. ``describe`` says in a few words
what the kind accepts, for the lab's example file and for the messages about a value that is not usable.
"""

from __future__ import annotations

import math

from sco_app.core import pins
from typing import Callable, Generic, Iterable, TypeVar

T = TypeVar("T")

TRUE_WORDS = ("true", "yes", "on", "1")
FALSE_WORDS = ("false", "no", "off", "0")
NONE_WORDS = ("none", "no limit", "off")
MAX_TEXT = 2000  # characters: a path or an address is far shorter; a longer value is a damaged file


class Kind(Generic[T]):
    describe = "a value"

    def parse(self, raw: object) -> T:
        raise NotImplementedError

    def text(self, value: T) -> str:
        return str(value)

    def stored(self, value: T) -> object:
        return value


class Flag(Kind[bool]):
    describe = "true or false"

    def parse(self, raw: object) -> bool:
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, int) and raw in (0, 1):
            return bool(raw)
        if isinstance(raw, str) and raw.strip().lower() in TRUE_WORDS + FALSE_WORDS:
            return raw.strip().lower() in TRUE_WORDS
        raise ValueError(f"{raw!r} is not true or false")

    def text(self, value: bool) -> str:
        return "true" if value else "false"


class Number(Kind):
    """An int or a float from ``low`` to ``high``; ``optional``: also None (written ``none``)."""

    def __init__(self, kind: type, low: float, high: float, optional: bool = False) -> None:
        self.kind, self.low, self.high, self.optional = kind, low, high, optional
        self.describe = f"a {'whole ' if kind is int else ''}number from {low:g} to {high:g}" + (
            ", or none" if optional else "")

    def parse(self, raw: object):
        if self.optional and (raw is None or (isinstance(raw, str) and raw.strip().lower() in NONE_WORDS)):
            return None
        if isinstance(raw, bool) or not isinstance(raw, (int, float, str)):
            raise ValueError(f"{raw!r} is not {self.describe}")
        try:
            value = float(raw) if self.kind is float else int(raw.strip()) if isinstance(raw, str) else raw
        except ValueError:
            raise ValueError(f"{raw!r} is not {self.describe}") from None
        if isinstance(value, float) and (not math.isfinite(value) or self.kind is int and not value.is_integer()):
            raise ValueError(f"{raw!r} is not {self.describe}")
        value = self.kind(value)
        if not self.low <= value <= self.high:
            raise ValueError(f"{raw!r} is not {self.describe}")
        return value

    def text(self, value) -> str:
        return "none" if value is None else f"{value:g}" if self.kind is float else str(value)


class Text(Kind[str]):
    """Text of one line; ``check`` (if given) names what is wrong with a value, or returns None."""

    describe = "text"

    def __init__(self, check: Callable[[str], str | None] | None = None, describe: str | None = None) -> None:
        self.check = check
        self.describe = describe or self.describe

    def parse(self, raw: object) -> str:
        if not isinstance(raw, str) or len(raw) > MAX_TEXT or "\n" in raw.strip():
            raise ValueError(f"{raw!r} is not one line of text")
        value = raw.strip()
        problem = self.check(value) if self.check is not None and value else None
        if problem:
            raise ValueError(problem)
        return value


class Choice(Kind[str]):
    def __init__(self, values: Iterable[str]) -> None:
        self.values = tuple(values)
        self.describe = "one of " + ", ".join(repr(v) for v in self.values)

    def parse(self, raw: object) -> str:
        if not isinstance(raw, str) or raw.strip() not in self.values:
            raise ValueError(f"{raw!r} is not {self.describe}")
        return raw.strip()


class Texts(Kind[tuple]):
    """A list of lines (paths, names). The lab's file writes one per line, indented under the key; Qt's settings
    give a one-item list back as plain text, and an empty one as nothing."""

    describe = "one or more lines, each indented under the key"

    def __init__(self, item: Kind[str] | None = None, at_least: int = 0) -> None:
        self.item, self.at_least = item or Text(), at_least

    def parse(self, raw: object) -> tuple:
        if raw is None:
            raw = []
        elif isinstance(raw, str):
            raw = [line for line in raw.splitlines() if line.strip()]
        if not isinstance(raw, (list, tuple)):
            raise ValueError(f"{raw!r} is not a list")
        values = tuple(dict.fromkeys(self.item.parse(item) for item in raw))
        if len(values) < self.at_least:
            raise ValueError(f"it needs at least {self.at_least} line{'s' if self.at_least > 1 else ''}")
        return values

    def text(self, value: tuple) -> str:
        return "".join(f"\n    {self.item.text(item)}" for item in value)

    def stored(self, value: tuple) -> object:
        return list(value)


class Blob(Kind):
    """Bytes that only the program reads back (a window's saved geometry)."""

    describe = "bytes written by the app"

    def parse(self, raw: object) -> bytes:
        if not isinstance(raw, (bytes, bytearray)):
            raise ValueError("not bytes written by the app")
        return bytes(raw)


class PinHash(Kind[str]):
    """A PIN kept only as a salted, slow hash (:mod:`sco_app.core.pins`: ``pbkdf2-sha256$<iterations>$<salt
    hex>$<hash hex>``). Makes one (:meth:`make`) and checks a PIN against one in constant time (:meth:`matches`)."""

    SCHEME, ITERATIONS = pins.SCHEME, pins.ITERATIONS
    describe = "a hash made by 'python -m sco_app.core.lab_settings pin'"

    def parse(self, raw: object) -> str:
        self._parts(raw)
        return raw.strip()

    def _parts(self, stored: object) -> tuple[int, bytes, bytes]:
        if not isinstance(stored, str):
            raise ValueError(f"it is not {self.describe}")
        try:
            return pins.parse(stored)
        except ValueError:
            raise ValueError(f"it is not {self.describe}") from None

    def make(self, pin: str, salt: bytes | None = None, iterations: int = ITERATIONS) -> str:
        return pins.hash_pin(pin, iterations, salt)

    def matches(self, pin: str, stored: str) -> bool:
        return pins.pin_matches(stored, pin)
