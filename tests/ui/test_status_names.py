"""Every status has a name in the interface, shared by the map, the states list and the country card."""

from __future__ import annotations

from sco_app.core.model import Status
from sco_app.ui.status_names import status_names


def test_every_status_and_no_status_have_a_name(qapp):
    """The names cover the whole closed set of statuses, and having none."""
    names = status_names()
    assert set(names) == set(Status) | {None}
    assert names[Status.SHANGHAI_FIVE] == "Shanghai Five participant" and all(names.values())
