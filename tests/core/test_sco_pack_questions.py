"""The SCO pack's questions have exactly one right answer, and its prose keeps the paper's own words and caveats."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from sco_app.core import quiz, quiz_text
from sco_app.core.model import LessonPack, QuestionType, Text
from sco_app.core.packs import load_pack
from sco_app.core.resources import lessons_dir

# Feedback that would tell a student their answer was right, or defensible, after grading it wrong.
ENDORSING = re.compile(r"^(right|correct|yes|true)\b|defensible|fair alternative|strong alternative|also (right|correct)",
                       re.IGNORECASE)


@pytest.fixture(scope="module")
def pack() -> LessonPack:
    return load_pack(lessons_dir() / "sco-balancing")


def texts(pack: LessonPack) -> Iterator[tuple[str, Text]]:
    """(where, text) of every piece of the pack's own prose (the abstract's passages, quoted verbatim, excluded)."""
    yield "summary", pack.summary
    for theory in pack.theories:
        yield theory.id, theory.claim
        yield from ((theory.id, t) for t in theory.indicators)
    for era in pack.eras:
        yield era.id, era.description
    for actor in pack.actors:
        yield actor.code, actor.role
        yield from ((actor.code, m.note) for m in actor.memberships)
    for event in pack.events:
        for text in (event.title, event.description, event.date_note and event.date_note.text, event.note, event.reading.explanation,
                     *(r.explanation for r in event.alternatives), *(c.how for c in event.causes)):
            yield event.id, text
    for entry in pack.glossary:
        yield entry.id, entry.term
        yield entry.id, entry.definition
    for question in pack.questions:
        for text in (question.prompt, question.explanation, *(o.text for o in question.options),
                     *(o.feedback for o in question.options)):
            yield question.id, text
    for tour in pack.tours:
        yield tour.id, tour.description
        for step in tour.steps:
            yield tour.id, step.title
            yield tour.id, step.text


def english(pack: LessonPack) -> list[tuple[str, str]]:
    return [(where, text.get("en")) for where, text in texts(pack) if text is not None]


def test_no_feedback_endorses_an_answer_graded_wrong(pack):
    """An option graded wrong never gets feedback that calls it right or defensible."""
    endorsed = [(q.id, o.id) for q in pack.questions for o in q.options
                if not o.correct and o.feedback and ENDORSING.search(o.feedback.get("en"))]
    assert endorsed == []


def test_right_answers_are_told_so(pack):
    """The check above can bite: the feedback of right options does start with "Right" in these words."""
    right = [o for q in pack.questions for o in q.options if o.correct and o.feedback]
    assert right and all(ENDORSING.search(o.feedback.get("en")) for o in right)


def test_events_with_two_readings_are_asked_about_one_of_them(pack):
    """Every theory question about an event with another defensible reading is written for it and names the aspect
    it asks about, so that exactly one theory is right; none is made from the event with the generic wording."""
    for question in quiz.questions_of(pack):
        event = pack.event(question.event) if question.event else None
        if question.type is QuestionType.THEORY and event.alternatives:
            generic = quiz_text.prompt("theory", pack.languages, title=event.title)
            assert not question.generated and question.prompt != generic, question.id


def test_sort_questions_hold_only_events_with_one_reading(pack):
    """A sort question never marks a defensible second reading wrong: its events have no alternative readings."""
    sorts = [q for q in pack.questions if q.type is QuestionType.SORT]
    assert sorts
    for question in sorts:
        assert [e for e in question.events if pack.event(e).alternatives] == [], question.id
        assert len({pack.event(e).title.get("en") for e in question.events}) == len(question.events), question.id


def test_the_three_evils_are_the_scos_own_framing(pack):
    """Wherever the pack speaks of the "three evils", the same text says they are the SCO's term."""
    unattributed = [where for where, text in english(pack) if "three evils" in text.lower() and "SCO" not in text]
    assert unattributed == []


def test_uzbekistan_never_left_the_csto_in_1999(pack):
    """Uzbekistan left the Collective Security Treaty in 1999; the CSTO was founded in 2002. No text says otherwise."""
    wrong = re.compile(r"(left|quit|rejoined|returned to) (the )?CSTO", re.IGNORECASE)
    assert [where for where, text in english(pack) if wrong.search(text)] == []


def test_findings_two_and_three_keep_their_hedges(pack):
    """Restating finding 3's bandwagoning keeps "tend to"; restating finding 2's balance of power keeps "partially"."""
    third = [where for where, text in english(pack)
             if re.search(r"(the rest|other than China|the others)\b[^.]*\bbandwagon", text) and "tend" not in text]
    second = [where for where, text in english(pack)
              if re.search(r"balance of power[^.]*\bemerg", text) and not re.search(r"partial", text)]
    assert (third, second) == ([], [])
