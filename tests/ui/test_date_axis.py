"""The timeline's date axis puts ticks on calendar boundaries at a spacing that fits the room."""

import datetime as dt

from sco_app.ui.date_axis import DAY, DateAxis, calendar_ticks
from sco_app.ui.timeline_view import to_x


def _dates(xs):
    return [dt.date(1970, 1, 1) + dt.timedelta(days=int(x // DAY)) for x in xs]


def test_year_ticks_fall_on_new_year():
    """Every fifth year, on 1 January."""
    ticks = _dates(calendar_ticks(to_x(dt.date(1996, 4, 26)), to_x(dt.date(2025, 9, 1)), 5, "year"))
    assert ticks == [dt.date(y, 1, 1) for y in (2000, 2005, 2010, 2015, 2020, 2025)]


def test_month_ticks_fall_on_the_first():
    """Quarterly ticks are the first days of January, April, July and October."""
    ticks = _dates(calendar_ticks(to_x(dt.date(2005, 2, 10)), to_x(dt.date(2005, 12, 31)), 3, "month"))
    assert ticks == [dt.date(2005, 4, 1), dt.date(2005, 7, 1), dt.date(2005, 10, 1)]


def test_spacing_follows_the_room(qapp):
    """Thirty years on 1,200 pixels are labelled by years; one year on the same room by months."""
    axis = DateAxis()
    major = axis.tickValues(to_x(dt.date(1996, 1, 1)), to_x(dt.date(2026, 1, 1)), 1200)[0][1]
    assert axis.unit == "year" and all(d.month == 1 and d.day == 1 for d in _dates(major))
    assert axis.tickStrings(major[:1], 1, 1) == [str(_dates(major)[0].year)]
    axis.tickValues(to_x(dt.date(2005, 1, 1)), to_x(dt.date(2006, 1, 1)), 1200)
    assert axis.unit == "month"
