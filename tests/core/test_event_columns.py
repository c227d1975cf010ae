"""A pack's events as columns hold, row by row, what each event says of its days and place."""

from __future__ import annotations

import numpy as np

from sco_app.core.event_columns import columns, positions
from sco_app.core.packs import load_pack
from sco_app.core.resources import default_pack


def test_each_row_is_its_events_days_and_place():
    events = load_pack(default_pack()).events
    table = columns(events)
    assert len(table.first) == len(events) > 20
    for k, event in enumerate(events):
        assert table.row[event.id] == k
        assert table.first[k] == event.date.first_day.toordinal()
        assert table.until[k] == (event.end or event.date).last_day.toordinal() >= table.first[k]
        assert table.open_end[k] == event.open_end
        if event.place is None:
            assert not table.placed[k]
        else:
            assert table.placed[k] and (table.lon[k], table.lat[k]) == (event.place.lon, event.place.lat)
    assert table.placed.any() and table.until.dtype == np.int64


def test_the_rows_of_some_events_follow_them():
    events = load_pack(default_pack()).events
    table = columns(events)
    some = events[3::7]
    assert positions(table, some).tolist() == list(range(3, len(events), 7))
    assert positions(table, ()).tolist() == [] and len(columns(()).first) == 0


def test_a_packs_columns_are_made_once():
    pack = load_pack(default_pack())
    from sco_app.core.event_columns import columns_of

    assert columns_of(pack) is columns_of(pack)
    other = load_pack(default_pack())
    assert columns_of(other) is not columns_of(pack) and columns_of(other).row == columns_of(pack).row
