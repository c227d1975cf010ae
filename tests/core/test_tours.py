"""Tours in the pack format: the SCO pack's tour follows the abstract, and steps build as the guide says."""

from __future__ import annotations

from pathlib import Path

from sco_app.core.packs import check_pack, load_pack
from sco_app.core.resources import lessons_dir

SCO = Path(lessons_dir()) / "sco-balancing"


def test_the_sco_tour_follows_the_three_findings_in_order():
    """Threat first, then the pressure of 2005 and its answer in 2007, then China and enlargement from 2017."""
    pack = load_pack(SCO)
    tour = pack.tour("three-findings")
    events = [step.event for step in tour.steps]
    order = [events.index(e) for e in ("border-agreement-1996", "shanghai-convention", "tulip-revolution",
                                       "andijan-unrest", "peace-mission-2007", "sco-csto-memorandum",
                                       "india-pakistan-join-2017")]
    assert order == sorted(order)
    lenses = [step.lens for step in tour.steps if step.lens]
    firsts = [lenses.index(t) for t in ("balance-of-threat", "balance-of-power", "balance-of-interests")]
    assert firsts == sorted(firsts)
    assert {"finding-2", "finding-3"} <= {p for step in tour.steps for p in step.passages}


def test_every_step_speaks_both_languages_and_rests_on_the_pack():
    """Each step has its narrative in English and Indonesian, and what it points at exists."""
    pack = load_pack(SCO)
    questions = {q.id for q in pack.questions}
    for tour in pack.tours:
        for step in tour.steps:
            assert set(step.text.by_language) == {"en", "id"} and set(step.title.by_language) == {"en", "id"}
            assert step.event is None or pack.event(step.event)
            assert step.question is None or step.question in questions
            assert all(pack.passage(p) for p in step.passages)
            assert all(pack.actor(code) for code in step.actors)
            if step.period:
                assert step.period[0].first_day <= step.period[1].last_day


def test_a_step_leaves_out_what_it_does_not_set(tmp_path):
    """A step with only an event has no lens, no passages of its own, no period and no question."""
    template = Path(lessons_dir()) / "template"
    folder = tmp_path / "pack"
    folder.mkdir()
    text = (template / "pack.yaml").read_text(encoding="utf-8")
    pack = load_pack(template)
    first = pack.events[0].id
    (folder / "pack.yaml").write_text(text + f"\ntours:\n  - id: t\n    title: T\n    steps:\n"
                                      f"      - {{text: Look., event: {first}}}\n", encoding="utf-8")
    report = check_pack(folder)
    assert report.ok, [p.format() for p in report.problems]
    step = report.pack.tour("t").steps[0]
    assert (step.event, step.lens, step.passages, step.period, step.question, step.date) == (first, "", (), None, None, None)
