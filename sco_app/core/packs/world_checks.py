"""Checks of the world a pack names for itself that the schema cannot make: its status kinds, its source works,
its regions and the map's opening view. (The regions' shape files are read and checked by
:mod:`sco_app.core.packs.shape_files`.)"""

from __future__ import annotations

from typing import Iterator

from sco_app.core.packs.crossref import Finding, _ids, _items, _ref
from sco_app.core.packs.problems import Names
from sco_app.core.status_kinds import drawn_styles

_STYLE_KEYS = ("fill", "colour", "legend")


def check_world(data: dict) -> Iterator[Finding]:
    """Every problem of the merged pack's status kinds, works, regions and opening view."""
    yield from _check_status_kinds(data)
    yield from _check_works(data)
    yield from _ids(data, "regions")
    yield from _check_view(data)


def _check_status_kinds(data: dict) -> Iterator[Finding]:
    yield from _ids(data, "status_kinds")
    kinds = {index: kind for index, kind in _items(data, "status_kinds") if isinstance(kind.get("id"), str)}
    by_id: dict[str, tuple[int, dict]] = {}
    for index, kind in kinds.items():
        by_id.setdefault(kind["id"], (index, kind))
    drawn = Names(kind_id for kind_id, (_, kind) in by_id.items() if kind.get("shown_as") is None)
    for index, kind in kinds.items():
        path, target = ("status_kinds", index), kind.get("shown_as")
        if not isinstance(target, str):
            continue
        if target == kind["id"]:
            yield Finding(path + ("shown_as",), "a kind cannot be shown as itself", "leave 'shown_as' out")
        elif target in by_id and target not in drawn:
            beyond = by_id[target][1].get("shown_as")
            yield Finding(path + ("shown_as",), f"{target!r} is itself shown as {beyond!r}",
                          f"name the kind it is drawn as: shown_as: {beyond}")
        else:
            yield from _ref(path + ("shown_as",), target, drawn, "status kind")
        for key in _STYLE_KEYS:
            if key in kind:
                yield Finding(path + (key,), f"a kind shown as another takes that kind's {key}",
                              f"remove '{key}', or 'shown_as' to draw this kind in its own right")
    yield from _look_alikes(kinds, by_id)


def _look_alikes(kinds: dict[int, dict], by_id: dict[str, tuple[int, dict]]) -> Iterator[Finding]:
    """Two kinds drawn in their own right with the same fill and colour could not be told apart on the map."""
    styles = drawn_styles([kinds[i] for i in sorted(kinds)])
    seen: dict[tuple[str, str], str] = {}
    for kind_id, style in styles.items():
        index, kind = by_id[kind_id]
        if style in seen:
            key = "colour" if "colour" in kind else "fill" if "fill" in kind else "id"
            first = by_id[seen[style]][0]
            yield Finding(("status_kinds", index, key), f"this kind looks the same on the map as {seen[style]!r} "
                          f"(at {{also}}): {style[0]}, {style[1]}", "give one of them another fill or colour, or "
                          f"draw this one as that kind with 'shown_as: {seen[style]}'", also=("status_kinds", first, "id"))
        else:
            seen[style] = kind_id


def _check_works(data: dict) -> Iterator[Finding]:
    has_source, has_works = isinstance(data.get("source"), dict), isinstance(data.get("works"), list)
    if has_source and has_works:
        yield Finding(("works",), "the pack gives both 'source' and 'works'",
                      "list every work under 'works' and remove 'source' (one work may stay as 'source')", at_key=True)
    elif not has_source and not has_works and "source" not in data and "works" not in data:
        yield Finding((), "the pack names no source work",
                      "add 'source:' with the work the lesson teaches, or 'works:' with a list of them")
    yield from _ids(data, "works")


def _check_view(data: dict) -> Iterator[Finding]:
    view = data.get("map", {}).get("view") if isinstance(data.get("map"), dict) else None
    if not isinstance(view, dict) or not all(isinstance(view.get(k), (int, float)) for k in ("south", "north")):
        return
    if view["south"] >= view["north"]:
        yield Finding(("map", "view", "north"), f"the view's north edge ({view['north']}) is not north of its south "
                      f"edge ({view['south']})", "swap 'south' and 'north'")
    if isinstance(view.get("west"), (int, float)) and view.get("west") == view.get("east"):
        yield Finding(("map", "view", "east"), "the view's east and west edges are the same",
                      "give the longitudes of its west and east edges; east may be smaller than west for a view "
                      "across 180°")
