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


@pytest.mark.parametrize(
    ("text", "shown", "first", "last"),
    [
        ("about 1990", "c. 1990", dt.date(1990, 1, 1), dt.date(1990, 12, 31)),
        ("c. 1990", "c. 1990", dt.date(1990, 1, 1), dt.date(1990, 12, 31)),
        ("early 2005", "early 2005", dt.date(2005, 1, 1), dt.date(2005, 4, 30)),
        ("mid-2005", "mid-2005", dt.date(2005, 5, 1), dt.date(2005, 8, 31)),
        ("late Feb 2004", "late Feb 2004", dt.date(2004, 2, 21), dt.date(2004, 2, 29)),
        ("before 1996", "before 1996", dt.date(1995, 12, 31), dt.date(1995, 12, 31)),
        ("after 2001-06", "after Jun 2001", dt.date(2001, 7, 1), dt.date(2001, 7, 1)),
    ],
)
def test_qualified_dates(text, shown, first, last):
    """Approximate and open-sided dates keep their qualifier, span the days they can mean, and read back."""
    date = parse_date(text)
    assert (date.display("en"), date.first_day, date.last_day) == (shown, first, last)
    assert parse_date(str(date)) == date


def test_month_names_and_qualifiers_in_the_packs_languages():
    """Indonesian month names and words are read in a pack written in Indonesian, and shown in either language."""
    date = parse_date("24 Agustus 2005", ("id",))
    assert date == PartialDate(2005, 8, 24) and date.display("id") == "24 Agu 2005"
    assert parse_date("awal 2005", ("id",)).display("id") == "awal 2005"
    assert parse_date("sekitar 1990", ("id",)).display("en") == "c. 1990"
    assert parse_date("24. März 2005", ("de",)) == PartialDate(2005, 3, 24)
    assert parse_date("24 de marzo de 2005", ("es",)) == PartialDate(2005, 3, 24)


def test_a_month_name_of_another_language_names_it():
    """A French month in an English pack is refused with the language to add."""
    with pytest.raises(DateError, match="'août' in '24 août 2005' is a month name in 'fr'"):
        parse_date("24 août 2005", ("en",))


def test_open_ends():
    """'open' and its translations end a range that has not ended; a date does not."""
    from sco_app.core.dates import display_span, is_open_end

    assert is_open_end("open") and is_open_end("Sekarang", ("id",)) and not is_open_end("2005")
    assert display_span(parse_date("2005"), None, open_end=True) == "from 2005"


def test_every_date_language_is_complete():
    """Each language of the table has twelve months, words for every qualifier, a shown form and open-end words."""
    from sco_app.core.date_words import LANGUAGES, Qualifier

    for language in LANGUAGES.values():
        assert len(language.months) == 12 and all(language.months), language.code
        assert set(language.qualifiers) == set(Qualifier) == set(language.shown), language.code
        assert all(language.qualifiers.values()) and all("{}" in s for s in language.shown.values())
        assert language.open_end and "{}" in language.from_start


def test_month_names_do_not_depend_on_the_system_locale(tmp_path):
    """With an Indonesian locale set before the dates module is imported (as Qt does at start), English
    month names still parse: the names come from the app's own table."""
    import os
    import subprocess
    import sys

    code = ("import calendar, locale\n"
            "try:\n    locale.setlocale(locale.LC_ALL, '')\nexcept locale.Error:\n    pass\n"
            "calendar.month_abbr = ['', 'Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des']\n"
            "calendar.month_name = ['', 'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus',"
            " 'September', 'Oktober', 'November', 'Desember']\n"
            "from sco_app.core.dates import parse_date\n"
            "print(parse_date('24 Aug 2005'), parse_date('24 Agustus 2005', ('id',)))\n")
    env = {**os.environ, "LC_ALL": "id_ID.UTF-8", "LANG": "id_ID.UTF-8"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    assert out.split() == ["2005-08-24", "2005-08-24"]


def test_a_whole_number_written_with_a_point_is_a_year_and_a_huge_one_is_named_by_its_length():
    """2005.0 (which the pack's schema takes as a whole number) is the year 2005; 2005.5 is no date; a year of
    hundreds of digits is refused without being printed whole."""
    from sco_app.core.dates import DateError, PartialDate, parse_date

    assert parse_date(2005.0) == PartialDate(2005)
    with pytest.raises(DateError):
        parse_date(2005.5)
    with pytest.raises(DateError, match="a year of 301 digits is out of range"):
        parse_date(int(1e300))
