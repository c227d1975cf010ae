"""Dates keep the precision they were written with, and impossible dates are refused."""

import datetime as dt

import pytest

from sco_app.core.dates import DateError, PartialDate, Precision, parse_date


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("2005", PartialDate(2005), Precision.YEAR),
        (2005, PartialDate(2005), Precision.YEAR),
        ("2005-03", PartialDate(2005, 3), Precision.MONTH),
        ("2005-03-24", PartialDate(2005, 3, 24), Precision.DAY),
        ("Mar 2005", PartialDate(2005, 3), Precision.MONTH),
        ("24 March 2005", PartialDate(2005, 3, 24), Precision.DAY),
        ("24 Sept 2005", PartialDate(2005, 9, 24), Precision.DAY),
        (dt.date(2005, 3, 24), PartialDate(2005, 3, 24), Precision.DAY),
    ],
)
def test_accepted_forms(text, expected, precision):
    """Every documented form parses to the same date with its own precision."""
    date = parse_date(text)
    assert date == expected and date.precision is precision


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2005-02-30", "'2005-02-30' does not exist: February 2005 has 28 days"),
        ("2005-13", "month 13 in '2005-13' does not exist"),
        ("2004-02-29x", "'2004-02-29x' is not a date"),
        ("24 Foo 2005", "'Foo' in '24 Foo 2005' is not a month name"),
        (True, "expected a date, found bool"),
    ],
)
def test_impossible_dates(text, message):
    """Impossible dates are refused with a message that says why."""
    with pytest.raises(DateError) as info:
        parse_date(text)
    assert str(info.value) == message


def test_leap_day_exists():
    """29 February exists in leap years only."""
    assert parse_date("2004-02-29").last_day == dt.date(2004, 2, 29)
    with pytest.raises(DateError):
        parse_date("2005-02-29")


def test_span_of_partial_dates():
    """A month covers its first to its last day; a year, 1 January to 31 December."""
    assert (parse_date("2005-02").first_day, parse_date("2005-02").last_day) == (dt.date(2005, 2, 1), dt.date(2005, 2, 28))
    assert parse_date("2005").last_day == dt.date(2005, 12, 31)


def test_order_and_display():
    """Dates sort by their first day, then their last, and display with their precision."""
    dates = [parse_date(x) for x in ("2005-03-24", "2005", "2005-03")]
    assert [str(d) for d in sorted(dates)] == ["2005", "2005-03", "2005-03-24"]
    assert [d.display() for d in dates] == ["24 Mar 2005", "2005", "Mar 2005"]


def test_display_spans():
    """Spans are written compactly, keeping each end's precision."""
    from sco_app.core.dates import display_span

    assert display_span(parse_date("2002-10-10"), parse_date("2002-10-11")) == "10–11 Oct 2002"
    assert display_span(parse_date("2005-07-29"), parse_date("2005-11-21")) == "29 Jul – 21 Nov 2005"
    assert display_span(parse_date("2005"), parse_date("2007-06")) == "2005 – Jun 2007"
    assert display_span(parse_date("2005-03-24")) == "24 Mar 2005"
