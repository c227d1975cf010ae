"""The second example pack (ASEAN's ADMM and ADMM-Plus) names its own world and validates with no problem."""

from __future__ import annotations

import pytest

from sco_app.core.dates import parse_date
from sco_app.core.model import RegionKind
from sco_app.core.packs import check_pack
from sco_app.core.resources import lessons_dir

PLUS = {"AUS", "CHN", "IND", "JPN", "NZL", "KOR", "RUS", "USA"}


@pytest.fixture(scope="module")
def pack():
    report = check_pack(lessons_dir() / "admm-defence")
    assert report.problems == [], [p.format() for p in report.problems]
    return report.pack


def test_it_is_small_and_sourced_in_english_and_indonesian(pack):
    """About ten events, each with a source, and every text in both languages."""
    assert 8 <= len(pack.events) <= 14 and 6 <= len(pack.questions) <= 12 and len(pack.tours) == 1
    assert pack.languages == ("en", "id")
    for event in pack.events:
        assert event.sources and {"en", "id"} <= set(event.title.by_language) | set(event.description.by_language)
        assert set(event.description.by_language) == {"en", "id"}, event.id


def test_its_status_kinds_are_its_own(pack):
    """The legend speaks of ASEAN members and ADMM-Plus countries, never of the SCO's dialogue partners."""
    legends = [kind.legend.get("en") for kind in pack.status_kinds]
    assert legends == ["ASEAN member (in the ADMM)", "Observer in ASEAN", "ADMM-Plus country"]
    assert not any("Dialogue partner" in legend or "SCO" in legend for legend in legends)
    day = parse_date("2019-09-10")
    assert {a.code for a in pack.actors if a.status_on(day) and a.status_on(day).id == "plus-country"} == PLUS


def test_its_works_are_concept_papers_whose_passages_are_aims(pack):
    """Two works, each a concept paper in English; the app calls their passages aims."""
    assert [w.id for w in pack.works] == ["admm-concept-paper", "admm-plus-concept-paper"]
    for work in pack.works:
        assert work.kind == "concept-paper" and work.languages == ("en",)
        assert work.wording.passage.get("en") == "aim" and work.wording.passage.get("id") == "tujuan"
    first = pack.event("first-admm-plus")
    assert pack.work_of_reading(first.reading).id == "admm-plus-concept-paper"


def test_asean_is_an_actor_without_a_shape(pack):
    """ASEAN itself is an organisation among the actors, named in events, with no shape to draw."""
    asean = pack.actor("ASEAN")
    assert not asean.is_state
    assert "ASEAN" in pack.event("first-admm").actors
    assert all(actor.is_state for actor in pack.actors if actor.code != "ASEAN")


def test_its_sea_and_opening_view_come_from_the_pack(pack):
    """The South China Sea is read from the pack's GeoJSON; the map opens on the Pacific, across 180°."""
    (sea,) = pack.regions
    assert sea.kind is RegionKind.SEA and sea.shapes and sea.name.get("id") == "Laut Cina Selatan"
    view = pack.opening_view
    assert (view.west, view.east) == (65.0, -60.0) and view.width == 235.0


def test_a_new_pack_can_start_from_it(tmp_path):
    """new-pack --from admm-defence copies it with its shape file, and the copy loads under its new id."""
    from sco_app.core.authoring.new_pack import new_pack

    made = new_pack(tmp_path / "my-asean", start="admm-defence")
    assert "shapes/south-china-sea.geojson" in made.files
    assert made.report.ok and made.report.pack.id == "my-asean" and made.report.pack.regions[0].shapes


def test_no_generated_map_question_asks_for_an_organisation(tmp_path):
    """An organisation with a status gets no "click the state that became ..." question: it has no shape."""
    from sco_app.core import quiz
    from sco_app.core.packs import load_pack

    folder = tmp_path / "with-csto"
    folder.mkdir()
    text = (lessons_dir() / "template" / "pack.yaml").read_text(encoding="utf-8")
    text = text.replace("actors:\n", "actors:\n  - code: CSTO\n    kind: organisation\n    statuses:\n"
                        "      - {status: observer, from: 2007-10-05}\n", 1)
    (folder / "pack.yaml").write_text(text, encoding="utf-8")
    pack = load_pack(folder)
    answers = [q.answer for q in quiz.questions_of(pack) if q.type.value == "map"]
    assert answers and not any("CSTO" in answer for answer in answers)


def test_a_finding_question_without_a_prompt_asks_for_an_aim(tmp_path):
    """A finding question about a concept paper's passages asks "Which aim ...", in English and Indonesian; the SCO
    paper's still asks "Which finding ..."."""
    import shutil

    from sco_app.core.packs import load_pack

    folder = tmp_path / "admm"
    shutil.copytree(lessons_dir() / "admm-defence", folder)
    text = (folder / "questions.yaml").read_text(encoding="utf-8")
    start = text.index("  - id: fi-first-admm-plus")
    text = text[:start] + "  - id: fi-first-admm-plus\n    type: finding\n    event: first-admm-plus\n" + \
        text[text.index("    options: [plus-capacity", start):]
    (folder / "questions.yaml").write_text(text, encoding="utf-8")
    question = next(q for q in load_pack(folder).questions if q.id == "fi-first-admm-plus")
    assert question.prompt.get("en").startswith("Which aim of the source does this episode illustrate")
    assert question.prompt.get("id").startswith("Tujuan manakah dari sumber")
    sco = load_pack(lessons_dir() / "sco-balancing")
    assert next(q for q in sco.questions if q.type.value == "finding" and q.id == "fi-sco-founded").prompt.get("en") \
        == "Which finding of the source does this episode illustrate: Uzbekistan joins and the SCO is founded?"
