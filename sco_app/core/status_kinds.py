"""The kinds of standing a pack's actors have: the pack's own (``status_kinds:``), or the defaults.

The map, its legend, the states list and the country card read the pack's kinds; no view knows a status by
name. A pack that names no kinds gets :data:`DEFAULT_KINDS`, the kinds that every pack could use before packs
named their own, so such a pack opens and looks as it did. A kind is filled in one of :data:`FILLS` and a
``#RRGGBB`` colour; a kind that says neither takes the next of :data:`DEFAULT_FILLS` and :data:`DEFAULT_COLOURS`
in the legend's order. A kind ``shown_as`` another is drawn and listed in the legend as that one.

The quiz's generated map questions ("Click the state that became a member of the organisation on ...",
:mod:`sco_app.core.question_kinds.map`) take their words from ``sco_app.core.quiz_text.STATUS_WORDS`` by a kind's
``group``: only kinds whose group is ``member``, ``observer``, ``partner`` or ``shanghai-five`` get one, and an
organisation (no shape to click) never does. Wording them from the pack's own kinds is left to do: an English or
Indonesian phrase from a kind's name needs its article and verb, which a pack would have to give.
"""

from __future__ import annotations

from typing import Any, Callable

from sco_app.core.model import StatusKind, Text

FILLS = ("solid", "stripes", "dots", "cross", "bands")  # the closed set of fill patterns; ui.theme draws each
DEFAULT_FILLS = ("solid", "stripes", "dots", "cross", "bands")
DEFAULT_COLOURS = ("#0072B2", "#E69F00", "#56B4E9", "#CC79A7", "#009E73", "#D55E00", "#F0E442", "#000000")  # Okabe-Ito
COLOUR_PATTERN = "^#[0-9A-Fa-f]{6}$"


def _kind(kind_id: str, name: tuple[str, str], legend: tuple[str, str] | None = None, fill: str | None = None,
          colour: str | None = None, shown_as: str | None = None) -> dict:
    """One kind as a pack writes it (English and Indonesian words)."""
    raw: dict[str, Any] = {"id": kind_id, "name": {"en": name[0], "id": name[1]}}
    if legend is not None:
        raw["legend"] = {"en": legend[0], "id": legend[1]}
    if shown_as is not None:
        raw["shown_as"] = shown_as
    else:
        raw["fill"], raw["colour"] = fill, colour
    return raw


DEFAULT_KINDS: tuple[dict, ...] = (
    _kind("shanghai-five", ("Shanghai Five participant", "peserta Shanghai Five"),
          ("Shanghai Five participant, before the SCO", "Peserta Shanghai Five (sebelum SCO)"), "bands", "#009E73"),
    _kind("member", ("member", "anggota"), ("Member", "Anggota"), "solid", "#0072B2"),
    _kind("founding-member", ("founding member", "anggota pendiri"), shown_as="member"),
    _kind("observer", ("observer", "pengamat"), ("Observer", "Pengamat"), "stripes", "#E69F00"),
    _kind("partner", ("partner", "mitra"), ("Partner", "Mitra"), "dots", "#56B4E9"),
    _kind("dialogue-partner", ("dialogue partner", "mitra dialog"), shown_as="partner"),
    _kind("guest", ("guest", "tamu"), ("Other status", "Status lain"), "cross", "#CC79A7"),
    _kind("applicant", ("applicant", "pemohon keanggotaan"), shown_as="guest"),
    _kind("suspended", ("suspended", "ditangguhkan"), shown_as="guest"),
)


def raw_kinds(data: dict) -> list[dict]:
    """The kinds of the (merged, raw) pack ``data`` as written: its own ``status_kinds``, else the defaults.
    Items of the wrong shape are left out (the schema reports them)."""
    own = data.get("status_kinds")
    kinds = own if isinstance(own, list) else DEFAULT_KINDS
    return [k for k in kinds if isinstance(k, dict) and isinstance(k.get("id"), str)]


def drawn_styles(kinds: list[dict]) -> dict[str, tuple[str, str]]:
    """Kind id -> (fill, colour) of each kind drawn in its own right (not shown as another), defaults filled in."""
    styles: dict[str, tuple[str, str]] = {}
    for kind in kinds:
        if kind.get("shown_as") is None and kind["id"] not in styles:
            n = len(styles)
            fill, colour = kind.get("fill"), kind.get("colour")
            styles[kind["id"]] = (fill if fill in FILLS else DEFAULT_FILLS[n % len(DEFAULT_FILLS)],
                                  colour.upper() if isinstance(colour, str) else DEFAULT_COLOURS[n % len(DEFAULT_COLOURS)])
    return styles


def build_status_kinds(data: dict, text: Callable[[Any], Text]) -> tuple[StatusKind, ...]:
    """The pack's kinds as the model holds them, in its order; ``text`` makes a :class:`Text` of a raw text.
    Only checked data comes here: every ``shown_as`` names a kind drawn in its own right."""
    kinds = raw_kinds(data)
    styles = drawn_styles(kinds)
    by_id = {k["id"]: k for k in kinds}
    built = []
    for kind in kinds:
        group = kind.get("shown_as") or kind["id"]
        fill, colour = styles[group]
        name = text(kind["name"])
        shown = by_id[group]
        built.append(StatusKind(kind["id"], name, text(shown.get("legend") or shown["name"]), fill, colour,
                                kind.get("shown_as")))
    return tuple(built)
