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


# What the abstract itself names, by the words of the passage that names it: the only episodes whose
# reading may be "the paper's own". A new paper reading needs a line here, and a passage that says it.
NAMED_IN_THE_ABSTRACT = {
    "sco-founded": ("finding-1", "declared the SCO"),
    "tulip-revolution": ("finding-2", "Tulip Revolution"),
    "andijan-unrest": ("finding-2", "Andijan incident"),
    "peace-mission-2007": ("finding-2", "peacemission exercise at that time (2007)"),
    "sco-csto-memorandum": ("finding-2", "CSTO"),
}


@pytest.mark.parametrize(
    ("event_id", "theory", "finding"),
    [
        ("sco-founded", "balance-of-threat", "finding-1"),
        ("tulip-revolution", "balance-of-power", "finding-2"),
        ("andijan-unrest", "balance-of-power", "finding-2"),
        ("peace-mission-2007", "balance-of-power", "finding-2"),
        ("sco-csto-memorandum", "balance-of-power", "finding-2"),
    ],
)
def test_the_papers_own_readings_point_at_their_finding(pack, event_id, theory, finding):
    """Where the abstract links an episode to a theory, the reading is the paper's and cites the finding."""
    reading = pack.event(event_id).reading
    assert (reading.theory, reading.basis, finding in reading.passages) == (theory, Basis.PAPER, True)


def test_every_reading_labelled_the_papers_names_a_passage_that_mentions_it(pack):
    """A reading is the paper's own only if the abstract names the episode, in a passage the reading rests on."""
    labelled = {e.id: r for e in pack.events for r in (e.reading, *e.alternatives) if r.basis is Basis.PAPER}
    assert set(labelled) == set(NAMED_IN_THE_ABSTRACT)
    for event_id, reading in labelled.items():
        passage, words = NAMED_IN_THE_ABSTRACT[event_id]
        assert passage in reading.passages and words in pack.passage(passage).text.get("en"), event_id


@pytest.mark.parametrize(
    "event_id", ["border-agreement-1996", "border-force-reduction-1997", "shanghai-convention", "india-pakistan-join-2017"]
)
def test_episodes_the_abstract_does_not_link_are_teaching_readings(pack, event_id):
    """The border accords, the Shanghai Convention and the 2017 accession are the lesson's readings, and say so."""
    reading = pack.event(event_id).reading
    assert reading.basis is Basis.INTERPRETATION
    assert "not the paper's" in reading.explanation.get("en") and "bukan tafsiran artikel" in reading.explanation.get("id")


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
        ("CHN", "1999-01-01", Status.SHANGHAI_FIVE),
        ("KGZ", "2001-06-14", Status.SHANGHAI_FIVE),
        ("KGZ", "2001-06-15", Status.FOUNDING_MEMBER),
        ("KWT", "2022-09-16", Status.DIALOGUE_PARTNER),
        ("EGY", "2022-09-15", None),
        ("AFG", "2025-09-02", Status.OBSERVER),
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
    for event_id in ("almaty-summit-1998", "peace-mission-2012", "tulip-revolution", "sco-founded", "osh-violence-2010"):
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


# States admitted at one summit, by the status they got and the day of the summit's decision (fact sheet, section 3).
ADMITTED_TOGETHER = [
    ("border-agreement-1996", Status.SHANGHAI_FIVE, "1996-04-26", {"CHN", "RUS", "KAZ", "KGZ", "TJK"}),
    ("sco-founded", Status.FOUNDING_MEMBER, "2001-06-15", set(FOUNDERS)),
    ("astana-summit-2005", Status.OBSERVER, "2005-07-05", {"IND", "PAK", "IRN"}),
    ("yekaterinburg-summit-2009", Status.DIALOGUE_PARTNER, "2009-06-16", {"BLR", "LKA"}),
    ("ufa-summit-2015", Status.DIALOGUE_PARTNER, "2015-07-10", {"ARM", "AZE", "KHM", "NPL"}),
    ("india-pakistan-join-2017", Status.MEMBER, "2017-06-09", {"IND", "PAK"}),
    ("samarkand-summit-2022", Status.DIALOGUE_PARTNER, "2022-09-16",
     {"BHR", "EGY", "KWT", "MDV", "MMR", "QAT", "SAU", "ARE"}),
]


@pytest.mark.parametrize(("summit", "status", "day", "codes"), ADMITTED_TOGETHER, ids=[row[0] for row in ADMITTED_TOGETHER])
def test_states_admitted_at_one_summit_start_on_the_same_day(pack, summit, status, day, codes):
    """Every state a summit admitted gets its status from that summit's decision, memoranda being notes."""
    starts = {a.code: m.start for a in pack.actors for m in a.memberships if m.status is status}
    assert {code: starts.get(code) for code in codes} == {code: parse_date(day) for code in codes}
    assert codes <= set(pack.event(summit).actors)


def test_no_two_states_gain_a_status_kind_within_a_month_on_different_days(pack):
    """One start rule per decision: a status kind never starts on two days less than a month apart."""
    starts: dict[str, set[dt.date]] = {}
    for actor in pack.actors:
        for membership in actor.memberships:
            starts.setdefault(membership.status.group, set()).add(membership.start.first_day)
    for group, days in starts.items():
        ordered = sorted(days)
        assert all((b - a).days > 31 for a, b in zip(ordered, ordered[1:])), (group, ordered)


def test_before_15_june_2001_there_is_no_member(pack):
    """No one is a member of an organisation that did not exist yet: the five are Shanghai Five participants."""
    first_member_day = min(m.start.first_day for a in pack.actors for m in a.memberships if m.status.group == "member")
    assert first_member_day == dt.date(2001, 6, 15)
    for code in ("CHN", "RUS", "KAZ", "KGZ", "TJK"):
        five = pack.actor(code).memberships[0]
        assert (five.status, five.start, five.end) == (Status.SHANGHAI_FIVE, parse_date("1996-04-26"), parse_date("2001-06-14"))


def test_no_generated_map_question_calls_anyone_a_member_before_the_sco(pack):
    """The map questions made from statuses ask who "became one of the Shanghai Five" in 1996, and about members from 2001."""
    from sco_app.core import quiz

    made = {q.id: q for q in quiz.generated_questions(pack) if q.type.value == "map"}
    members = [q for q in made.values() if q.id.startswith("gen-map-member-")]
    assert members and all(q.id >= "gen-map-member-2001-06-15" for q in members)
    five = made["gen-map-shanghai-five-1996-04-26"]
    assert five.answer == ("CHN", "KAZ", "KGZ", "RUS", "TJK")
    assert "Shanghai Five" in five.prompt.get("en") and "member" not in five.prompt.get("en")
    assert "Shanghai Five" in five.prompt.get("id") and "anggota" not in five.prompt.get("id")


def test_afghanistan_stays_an_observer_marked_inactive(pack):
    """Afghanistan keeps its observer status with no end date, and its note says it is inactive and disputed."""
    (observer,) = pack.actor("AFG").memberships
    assert (observer.status, observer.end) == (Status.OBSERVER, None)
    assert "Inactive and disputed since Sep 2021" in observer.note.get("en")


def test_the_united_states_is_no_participant_of_sco_summits(pack):
    """The US is an actor of the base episodes only, never of a summit it did not attend."""
    with_us = {e.id for e in pack.events if "USA" in e.actors}
    assert with_us == {"k2-eviction", "manas-handover-2014"}


CONTESTED = ["th-k2-eviction", "th-peace-mission-2005", "th-peace-mission-2010", "th-peace-mission-2014",
             "th-dushanbe-summit-2000", "th-dushanbe-summit-2008", "th-dushanbe-summit-2021", "th-bishkek-summit-1999",
             "th-bishkek-summit-2007", "th-iran-joins-2023", "th-sco-charter-2002", "th-india-pakistan-join-2017",
             "th-border-agreement-1996"]


@pytest.mark.parametrize("question_id", CONTESTED)
def test_a_contested_episode_gives_its_other_reading_half_the_credit(pack, question_id):
    """A theory question on an episode with another reading in the pack grades that reading defensible (half the
    credit), the lesson's reading right, and the third theory wrong."""
    from sco_app.core import quiz

    question = next(q for q in pack.questions if q.id == question_id)
    event = pack.event(question.event)
    [other] = [reading.theory for reading in event.alternatives]
    third = ({t.id for t in pack.theories} - {event.reading.theory, other}).pop()
    assert quiz.grade(question, {event.reading.theory}).verdict is quiz.Verdict.RIGHT
    defensible = quiz.grade(question, {other})
    assert defensible.verdict is quiz.Verdict.DEFENSIBLE and defensible.score == 0.5
    assert quiz.grade(question, {third}).verdict is quiz.Verdict.WRONG
