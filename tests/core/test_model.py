"""The lesson model's closed sets are complete."""

from __future__ import annotations

from sco_app.core import quiz_text
from sco_app.core.model import STATUS_GROUPS, Status


def test_every_status_has_one_map_category():
    """Each status, the Shanghai Five's included, is in exactly one of the map's categories."""
    assert set(STATUS_GROUPS) == set(Status)
    assert {status.group for status in Status} == {"shanghai-five", "member", "observer", "partner", "other"}


def test_a_shanghai_five_participant_is_not_a_member():
    """The SCO's forerunner has a category of its own, and generated questions word it as such."""
    assert Status.SHANGHAI_FIVE.group != Status.FOUNDING_MEMBER.group
    words = quiz_text.status_words(Status.SHANGHAI_FIVE.group, ("en", "id"))
    assert "Shanghai Five" in words.get("en") and "member" not in words.get("en")
