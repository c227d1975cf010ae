"""The built-in SCO pack teaches what the paper argues, with sources, in English and Indonesian."""

from __future__ import annotations

import datetime as dt

import pytest

from sco_app.core.dates import parse_date
from sco_app.core.model import Basis, Status
from sco_app.core.packs import check_pack
from sco_app.core.resources import lessons_dir

FOUNDERS = ["CHN", "RUS", "KAZ", "KGZ", "TJK", "UZB"]


@pytest.fixture(scope="module")
def pack():
    report = check_pack(lessons_dir() / "sco-balancing")
    assert report.problems == [], [p.format() for p in report.problems]
    return report.pack


def test_enough_events_from_1996_to_2025_each_with_a_source(pack):
    """At least 30 events span 1996 to 2025, and every one cites a source with a web address."""
    assert len(pack.events) >= 30
    assert pack.events[0].date.year == 1996 and pack.events[-1].date.year == 2025
    for event in pack.events:
        assert any(s.url and s.url.startswith("http") for s in event.sources), event.id


def test_three_findings_are_addressable_in_both_languages(pack):
    """The abstract's three findings are passages with English and Indonesian text."""
    for finding in ("finding-1", "finding-2", "finding-3"):
        passage = pack.passage(finding)
        assert set(passage.text.by_language) >= {"en", "id"}
    assert "balance of threat" in pack.passage("finding-1").text.get("en")
    assert "Tulip Revolution" in pack.passage("finding-2").text.get("en")
    assert "bandwagon" in pack.passage("finding-3").text.get("en")


def test_three_theories_with_their_thinkers(pack):
    """Waltz, Walt and Schweller each have a theory with a claim and indicators."""
    thinkers = {t.thinker.split()[-1] for t in pack.theories}
    assert thinkers == {"Waltz", "Walt", "Schweller"}
    assert all(len(t.indicators) >= 3 for t in pack.theories)


@pytest.mark.parametrize(
    ("event_id", "theory", "finding"),
    [
        ("border-agreement-1996", "balance-of-threat", "finding-1"),
        ("sco-founded", "balance-of-threat", "finding-1"),
        ("tulip-revolution", "balance-of-power", "finding-2"),
        ("andijan-unrest", "balance-of-power", "finding-2"),
        ("peace-mission-2007", "balance-of-power", "finding-2"),
        ("sco-csto-memorandum", "balance-of-power", "finding-2"),
        ("india-pakistan-join-2017", "balance-of-interests", "finding-3"),
    ],
)
def test_the_papers_own_readings_point_at_their_finding(pack, event_id, theory, finding):
    """Where the abstract links an episode to a theory, the reading is the paper's and cites the finding."""
    reading = pack.event(event_id).reading
    assert (reading.theory, reading.basis, finding in reading.passages) == (theory, Basis.PAPER, True)


def test_other_readings_are_marked_as_interpretations(pack):
    """Readings that do not rest on a passage are teaching interpretations."""
    for event in pack.events:
        if not event.reading.passages:
            assert event.reading.basis is Basis.INTERPRETATION, event.id


def test_tulip_and_andijan_cause_peace_mission_and_memorandum(pack):
    """The causes link the 2005 pressure to the 2007 responses."""
    for effect in ("peace-mission-2007", "sco-csto-memorandum"):
        causes = {c.event for c in pack.event(effect).causes}
        assert {"tulip-revolution", "andijan-unrest"} <= causes, effect


def test_causes_point_back_in_time(pack):
    """No cause is dated after its effect."""
    for event in pack.events:
        for cause in event.causes:
            assert pack.event(cause.event).date.first_day <= event.date.first_day, (cause.event, event.id)


@pytest.mark.parametrize(
    ("code", "day", "status"),
    [
        ("IND", "2016-06-01", Status.OBSERVER),
        ("IND", "2017-07-01", Status.MEMBER),
        ("PAK", "2017-07-01", Status.MEMBER),
        ("IRN", "2023-07-05", Status.MEMBER),
        ("BLR", "2024-07-05", Status.MEMBER),
        ("MNG", "2025-08-01", Status.OBSERVER),
        ("MNG", "2025-09-02", Status.PARTNER),
        ("TUR", "2025-09-02", Status.PARTNER),
        ("LAO", "2025-09-02", Status.PARTNER),
        ("UZB", "2001-06-16", Status.FOUNDING_MEMBER),
    ],
)
def test_statuses_follow_the_dates(pack, code, day, status):
    """Membership, observer and partner statuses change on the dated decisions, incl. the 2025 merger."""
    assert pack.actor(code).status_on(parse_date(day)) is status


def test_founders_and_members_as_of_september_2025(pack):
    """Six founders, and ten members on 1 Sep 2025, as the fact sheet gives them."""
    day = parse_date("2025-09-01")
    members = {a.code for a in pack.actors if a.status_on(day) and a.status_on(day).group == "member"}
    assert members == set(FOUNDERS) | {"IND", "PAK", "IRN", "BLR"}


def test_indonesian_for_titles_readings_and_abstract(pack):
    """Titles, readings and the abstract are in Bahasa Indonesia as well as English."""
    for event in pack.events:
        assert "id" in event.title.by_language, event.id
        assert "id" in event.reading.explanation.by_language, event.id
    for passage in pack.source.passages:
        assert "id" in passage.text.by_language, passage.id


def test_disagreements_are_noted(pack):
    """Events whose day sources dispute carry a note saying so."""
    for event_id in ("peace-mission-2005", "peace-mission-2012", "tulip-revolution", "sco-founded"):
        assert pack.event(event_id).date_note is not None, event_id


def test_nothing_after_the_fact_sheet(pack):
    """No event is dated after the last fact of the sheet (1 Sep 2025)."""
    assert max(e.date.first_day for e in pack.events) <= dt.date(2025, 9, 1)


def test_the_guide_quotes_the_starter_pack_as_it_is():
    """lessons/README.md shows the starter pack exactly as lessons/template/pack.yaml holds it."""
    guide = (lessons_dir() / "README.md").read_text(encoding="utf-8")
    template = (lessons_dir() / "template" / "pack.yaml").read_text(encoding="utf-8")
    section = guide[guide.index("### The starter pack, annotated"):]
    quoted = section[section.index("```yaml\n") + 8:]
    assert quoted[: quoted.index("```\n")] == template


def test_forty_questions_of_all_six_types_with_feedback(pack):
    """At least 40 authored questions, all six types, bilingual, with feedback for every option."""
    from sco_app.core.model import QuestionType

    assert len(pack.questions) >= 40
    assert {q.type.value for q in pack.questions} >= {"theory", "choice", "map", "order", "sort", "finding"}
    for question in pack.questions:
        assert {"en", "id"} <= set(question.prompt.by_language), question.id
        for option in question.options:
            assert option.feedback is not None and {"en", "id"} <= set(option.feedback.by_language), (question.id, option.id)
        if question.type in (QuestionType.MAP, QuestionType.ORDER, QuestionType.SORT):
            assert question.explanation is not None, question.id
