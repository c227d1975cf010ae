"""The lesson model's small rules: status kinds' groups and the map's opening view."""

from __future__ import annotations

from types import MappingProxyType

import pytest

from sco_app.core import quiz_text
from sco_app.core.model import OpeningView, Text
from sco_app.core.status_kinds import DEFAULT_KINDS, build_status_kinds


def _defaults():
    return {kind.id: kind for kind in build_status_kinds({}, lambda raw: Text(MappingProxyType(raw)))}


def test_a_kind_shown_as_another_takes_its_group_fill_and_legend():
    """A founding member is drawn and listed as a member; a member is its own group."""
    kinds = _defaults()
    founder, member = kinds["founding-member"], kinds["member"]
    assert founder.group == member.group == "member"
    assert (founder.fill, founder.colour, founder.legend) == (member.fill, member.colour, member.legend)
    assert founder.name != member.name  # the states list still says "founding member"


def test_a_shanghai_five_participant_is_not_a_member():
    """The SCO's forerunner has a group of its own, and generated questions word it as such."""
    kinds = _defaults()
    assert kinds["shanghai-five"].group != kinds["founding-member"].group
    words = quiz_text.status_words(kinds["shanghai-five"].group, ("en", "id"))
    assert "Shanghai Five" in words.get("en") and "member" not in words.get("en")


def test_the_default_kinds_are_those_packs_could_always_use():
    """A pack that names no kinds may use every status packs of format 1 could name."""
    assert [k["id"] for k in DEFAULT_KINDS] == ["shanghai-five", "member", "founding-member", "observer", "partner",
                                                 "dialogue-partner", "guest", "applicant", "suspended"]


@pytest.mark.parametrize("view, width, centre", [
    (OpeningView(40.0, 5.0, 60.0, 30.0), 20.0, (50.0, 17.5)),
    (OpeningView(60.0, -50.0, -60.0, 60.0), 240.0, (180.0 - 360.0, 5.0)),  # across 180°
    (OpeningView(-180.0, -60.0, 180.0, 80.0), 360.0, (0.0, 10.0)),
])
def test_an_opening_view_knows_its_width_and_centre(view, width, centre):
    """A view's width and centre, also for one across the 180th meridian."""
    assert view.width == pytest.approx(width)
    assert view.centre == pytest.approx(centre)
