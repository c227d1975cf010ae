"""The quiz engine: which questions a pack offers, grading with feedback, spaced review, exams.

Pure functions and small value classes; what differs between question kinds is asked of the kind
(:mod:`sco_app.core.question_kinds`). The progress store keeps what they decide, the UI shows it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
from dataclasses import dataclass
from typing import Iterable, Mapping

from sco_app.core.model import ExamSettings, LessonPack, Question
from sco_app.core.question_kinds import KINDS, Grade, Verdict, kind_of

BOX_DAYS = (0, 1, 3, 7, 16)  # Leitner boxes 1..5: days until an item is due again

__all__ = ["Grade", "Verdict", "digest", "grade", "encode_response", "decode_response", "right_response", "questions_of", "generated_questions", "review",
           "practice_order", "due_count", "Exam", "make_exam", "exam_result", "theory_of", "unanswered"]


def digest(question: Question) -> str:
    """A hash of what the student sees and what counts as right: progress on a question is kept
    when a pack is updated, unless the question itself changed."""
    def text(t) -> dict:
        return dict(t.by_language) if t else {}

    content = {
        "type": question.type.value, "prompt": text(question.prompt), "answer": list(question.answer),
        "options": [[o.id, text(o.text), o.correct] + ([o.partial] if o.partial else []) for o in question.options],
        "events": list(question.events),
    }
    if question.accepted:
        content["accepted"] = {lang: list(answers) for lang, answers in question.accepted.items()}
    if question.credit:
        content["credit"] = {e: {t: c.share for t, c in by.items()} for e, by in question.credit.items()}
    return hashlib.sha256(json.dumps(content, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]


def grade(question: Question, response) -> Grade:
    """Grade ``response`` in the form the question's kind takes (a set of option ids, a country code,
    a list of event ids, a mapping event id -> theory id, a text). No response at all (None, or
    nothing chosen) is graded unanswered: no credit, and not a wrong answer."""
    kind = kind_of(question)
    given = kind.validate(question, response)
    return kind.grade(question, given) if given is not None else unanswered(question)


def unanswered(question: Question) -> Grade:
    """The grade of a question left without an answer."""
    return Grade(False, 0.0, (), question.answer, Verdict.UNANSWERED)


def encode_response(question: Question, response):
    """A response as JSON data (None for none), as the progress store keeps it."""
    kind = kind_of(question)
    given = kind.validate(question, response)
    return None if given is None else kind.encode(given)


def decode_response(question: Question, data):
    """The response :func:`encode_response` made."""
    return None if data is None else kind_of(question).decode(data)


def right_response(question: Question):
    """The response that ``grade`` counts as right, in the form it takes for the question's kind."""
    return kind_of(question).right_response(question)


def questions_of(pack: LessonPack) -> list[Question]:
    """The pack's questions, and (unless the pack turns it off) those made from its events."""
    authored = list(pack.questions)
    return authored + generated_questions(pack, authored) if pack.generate_questions else authored


def generated_questions(pack: LessonPack, authored: Iterable[Question] = ()) -> list[Question]:
    """The questions each kind makes from the pack: theory questions for events no authored theory
    question asks about, map questions for each dated change of status, order questions spanning the
    whole period."""
    authored = tuple(authored)
    return [question for kind in KINDS.values() for question in kind.generate(pack, authored)]


# -- spaced review (Leitner boxes) ---------------------------------------------------------------

def review(box: int, correct: bool, now: dt.datetime) -> tuple[int, dt.datetime]:
    """The new box (1-5) and due time of an item after an answer: up a box when right, back to the
    first box (due at once) when wrong."""
    box = min(box + 1, len(BOX_DAYS)) if correct else 1
    return box, now + dt.timedelta(days=BOX_DAYS[box - 1])


def practice_order(questions: Iterable[Question], schedule: Mapping[str, tuple[int, dt.datetime]],
                   now: dt.datetime, rng: random.Random) -> list[Question]:
    """Questions in the order practice asks them: due ones first (lowest box, then longest overdue),
    then ones never seen (in random order), then the rest by due date."""
    due, new, later = [], [], []
    for question in questions:
        if question.id not in schedule:
            new.append(question)
        elif schedule[question.id][1] <= now:
            due.append(question)
        else:
            later.append(question)
    rng.shuffle(new)
    due.sort(key=lambda q: (schedule[q.id][0], schedule[q.id][1]))
    later.sort(key=lambda q: schedule[q.id][1])
    return due + new + later


def due_count(question_ids: Iterable[str], schedule: Mapping[str, tuple[int, dt.datetime]], now: dt.datetime) -> int:
    """How many of the questions practice would ask before any that is not yet due: never answered, or due."""
    return sum(1 for qid in question_ids if qid not in schedule or schedule[qid][1] <= now)


# -- exams ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Exam:
    """An exam drawn from a recorded seed: the same seed gives the same questions in the same order,
    each with what it lists (options, events) in the same order."""

    seed: int
    settings: ExamSettings
    questions: tuple[Question, ...]
    arrangement: Mapping[str, tuple[str, ...]]  # question id -> the ids of its options or events, as shown


def make_exam(questions: Iterable[Question], settings: ExamSettings, seed: int) -> Exam:
    rng = random.Random(seed)
    pool = [q for q in questions if q.type in settings.types]
    authored = [q for q in pool if not q.generated]
    made = [q for q in pool if q.generated]
    if settings.shuffle:
        rng.shuffle(authored)
        rng.shuffle(made)
    chosen = (authored + made)[: settings.questions]  # authored questions first, made ones fill up
    if settings.shuffle:
        rng.shuffle(chosen)
    shuffler = rng if settings.shuffle else None
    arrangement = {q.id: kind_of(q).arrange(q, shuffler) for q in chosen}
    return Exam(seed, settings, tuple(chosen), arrangement)


def exam_result(exam: Exam, grades: Mapping[str, Grade], theory_of: Mapping[str, str]) -> dict:
    """Score (per cent of every question asked), pass or fail, how many were answered, right and left
    unanswered, and a per-theory breakdown: theory id -> (right, asked)."""
    asked = len(exam.questions)
    given = {qid: g for qid, g in grades.items() if g.verdict is not Verdict.UNANSWERED}
    score = sum(given[q.id].score for q in exam.questions if q.id in given)
    per_theory: dict[str, list[int]] = {}
    for question in exam.questions:
        theory = theory_of.get(question.id)
        if theory:
            cell = per_theory.setdefault(theory, [0, 0])
            cell[1] += 1
            cell[0] += bool(question.id in given and given[question.id].correct)
    percent = round(100 * score / asked) if asked else 0
    passed = None if exam.settings.pass_mark is None else percent >= exam.settings.pass_mark
    answered = sum(q.id in given for q in exam.questions)
    return {"percent": percent, "passed": passed, "per_theory": {t: tuple(v) for t, v in per_theory.items()},
            "answered": answered, "right": sum(given[q.id].correct for q in exam.questions if q.id in given),
            "unanswered": asked - answered}


def theory_of(question: Question, pack: LessonPack) -> str | None:
    """The theory a question is about, for the per-theory breakdown."""
    return kind_of(question).theory(question, pack)
