"""Hints for a state written other than by its ISO alpha-3 code: ``INA → IDN Indonesia``.

Instructors write the codes they know: Olympic (``INA``, ``GER``), FIFA, ISO alpha-2 (``ID``), or a
name (``Indonesia``, ``South Korea``). The table of those (``resources/geo/country-aliases.json``,
made by ``tools/make_country_aliases.py``) turns each into the code the map knows, named.
"""

from __future__ import annotations

import json
from functools import lru_cache

from sco_app.core.geo import country_names
from sco_app.core.packs.problems import Names
from sco_app.core.resources import resource_path

ALIASES_FILE = "geo/country-aliases.json"
GENERIC_HINT = "use the state's three-letter ISO code in capitals, e.g. IDN for Indonesia"  # when nothing is close


@lru_cache(maxsize=1)
def map_countries() -> dict[str, str]:
    """The states of the app's map: ISO alpha-3 code -> English name (read once)."""
    return country_names()


@lru_cache(maxsize=1)
def _aliases() -> tuple[dict[str, dict[str, list[str]]], dict[str, str]]:
    data = json.loads(resource_path(ALIASES_FILE).read_text(encoding="utf-8"))
    return data["codes"], data["names"]


@lru_cache(maxsize=4)
def _name_index(countries: tuple[tuple[str, str], ...]) -> tuple[dict[str, str], Names]:
    codes, names = _aliases()
    by_name = {name: code for name, code in names.items()}
    by_name.update({name.lower(): code for code, name in countries})
    return by_name, Names(by_name)


def country_hint(written: str, countries: dict[str, str]) -> str:
    """What to write instead of ``written``, which is not a code of ``countries`` (ISO alpha-3 -> name)."""
    text = " ".join(str(written).split())
    upper = text.upper()

    def named(code: str) -> str:
        return f"{code} {countries[code]}"

    if upper in countries:
        return f"write the code in capitals: {named(upper)}"
    codes, _ = _aliases()
    found = {code: kinds for code, kinds in codes.get(upper, {}).items() if code in countries}
    if found:
        return "; ".join(f"{upper} → {named(code)} ({upper} is its {' and '.join(kinds)})" for code, kinds in found.items())
    by_name, names = _name_index(tuple(sorted(countries.items())))
    code = by_name.get(text.lower())
    if code in countries:
        return f"{text} → {named(code)}: write its three-letter ISO code"
    if len(upper) == 3:
        starts = sorted(c for c, name in countries.items() if name.upper().startswith(upper))
        if len(starts) == 1:
            return f"did you mean {starts[0]!r} ({countries[starts[0]]})?"
    close = names.closest(text.lower())
    if close is not None and by_name[close] in countries:
        return f"did you mean {by_name[close]!r} ({countries[by_name[close]]})?"
    return GENERIC_HINT
