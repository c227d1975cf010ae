"""A date axis for the timeline: calendar ticks (decades, years, months, days) chosen for the room
there is, computed in a few dozen steps so that zooming stays fast at any range.

x values are seconds since 1970-01-01 UTC, as in :func:`sco_app.ui.timeline_view.to_x`.
"""

from __future__ import annotations

import datetime as dt

import pyqtgraph as pg

from sco_app.core.dates import month_abbr

DAY = 86400.0
EPOCH = dt.date(1970, 1, 1)
MIN_PIXELS = 64  # least room between two labelled ticks, at the OS's text size (more as the text grows)
# (step, unit) from finest to coarsest; a step of months or years keeps ticks on calendar boundaries
STEPS = [(1, "day"), (7, "day"), (1, "month"), (3, "month"), (6, "month"), (1, "year"), (2, "year"),
         (5, "year"), (10, "year"), (20, "year"), (50, "year"), (100, "year")]
APPROX_DAYS = {"day": 1, "month": 30.44, "year": 365.25}


def _x(day: dt.date) -> float:
    return (day - EPOCH).days * DAY


def _day(x: float) -> dt.date:
    return EPOCH + dt.timedelta(days=int(x // DAY))


def calendar_ticks(x0: float, x1: float, step: int, unit: str) -> list[float]:
    """Tick positions from x0 to x1, every ``step`` days, months or years, on calendar boundaries."""
    start, end = _day(max(x0, _x(dt.date(1, 1, 1)))), _day(min(x1, _x(dt.date(9999, 1, 1))))
    ticks = []
    if unit == "day":
        day = start
        while day <= end:
            ticks.append(_x(day))
            day += dt.timedelta(days=step)
    elif unit == "month":
        month = (start.year * 12 + start.month - 1) // step * step
        while True:
            day = dt.date(month // 12, month % 12 + 1, 1)
            if day > end:
                break
            if day >= start:
                ticks.append(_x(day))
            month += step
    else:
        year = max(start.year // step * step, 1)
        while year <= end.year:
            day = dt.date(year, 1, 1)
            if day >= start:
                ticks.append(_x(day))
            year += step
    return ticks


class DateAxis(pg.AxisItem):
    def __init__(self) -> None:
        super().__init__(orientation="bottom")
        self.unit = "year"
        self.min_pixels = MIN_PIXELS

    def set_scale(self, scale: float) -> None:
        """Keep labelled ticks apart by as much more as the text is larger than the OS's (the zoom)."""
        self.min_pixels = MIN_PIXELS * scale
        self.picture = None  # pyqtgraph's cached drawing of the ticks
        self.update()

    def tickValues(self, minVal: float, maxVal: float, size: float):  # noqa: N802 - pyqtgraph override
        if maxVal <= minVal or size <= 0:
            return []
        days_per_pixel = (maxVal - minVal) / DAY / size
        for index, (step, unit) in enumerate(STEPS):
            if step * APPROX_DAYS[unit] / days_per_pixel >= self.min_pixels:
                break
        self.unit = unit
        major = calendar_ticks(minVal, maxVal, step, unit)
        minor = calendar_ticks(minVal, maxVal, *STEPS[index - 1]) if index else []
        return [(step * APPROX_DAYS[unit] * DAY, major), (0, [m for m in minor if m not in set(major)][:400])]

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph override
        if spacing == 0:
            return ["" for _ in values]
        days = [_day(v) for v in values]
        if self.unit == "year":
            return [str(d.year) for d in days]
        if self.unit == "month":
            return [f"{month_abbr(d.month)} {d.year}" if d.month == 1 or len(days) < 8 else month_abbr(d.month) for d in days]
        return [f"{d.day} {month_abbr(d.month)}" + (f" {d.year}" if d.day == 1 or i == 0 else "") for i, d in enumerate(days)]
