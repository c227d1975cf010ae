"""A pack's status kinds: its own, in its order and styles, or the defaults that keep older packs as they were."""

from __future__ import annotations

from types import MappingProxyType

from sco_app.core.model import Text
from sco_app.core.status_kinds import DEFAULT_COLOURS, DEFAULT_FILLS, FILLS, build_status_kinds, drawn_styles


def _text(raw):
    return Text(MappingProxyType(raw if isinstance(raw, dict) else {"en": raw}))


def test_a_pack_with_no_kinds_gets_the_default_look():
    """Without status_kinds, member is solid blue and a dialogue partner is drawn and listed as a partner."""
    kinds = {k.id: k for k in build_status_kinds({}, _text)}
    assert (kinds["member"].fill, kinds["member"].colour) == ("solid", "#0072B2")
    assert kinds["dialogue-partner"].group == "partner"
    assert kinds["dialogue-partner"].legend == kinds["partner"].legend
    assert kinds["dialogue-partner"].name.get("en") == "dialogue partner"


def test_a_packs_own_kinds_keep_their_order_words_and_styles():
    """The pack's kinds come in its order, with its names, legend rows, fills and colours."""
    data = {"status_kinds": [
        {"id": "plus", "name": {"en": "ADMM-Plus country"}, "legend": {"en": "Plus country"}, "fill": "dots",
         "colour": "#e69f00"},
        {"id": "member", "name": {"en": "ASEAN member"}},
    ]}
    plus, member = build_status_kinds(data, _text)
    assert (plus.id, plus.fill, plus.colour, plus.legend.get("en")) == ("plus", "dots", "#E69F00", "Plus country")
    assert member.legend.get("en") == "ASEAN member"  # no legend: the name
    assert (member.fill, member.colour) == (DEFAULT_FILLS[1], DEFAULT_COLOURS[1])  # the next defaults in order


def test_default_styles_are_told_apart_and_from_the_closed_set_of_fills():
    """Kinds that name no style get different fills and colours, each fill one the theme can draw."""
    styles = drawn_styles([{"id": f"k{i}"} for i in range(len(DEFAULT_FILLS))])
    assert len(set(styles.values())) == len(DEFAULT_FILLS)
    assert {fill for fill, _ in styles.values()} <= set(FILLS)
