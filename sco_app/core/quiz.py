"""The quiz engine: which questions a pack offers, grading with feedback, spaced review, exams.

Pure functions and small value classes; the progress store keeps what they decide, the UI shows it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
from dataclasses import dataclass
from types import MappingProxyType
from typing import Iterable, Mapping

from sco_app.core import quiz_text
from sco_app.core.dates import Precision, month_abbr
from sco_app.core.model import ExamSettings, LessonPack, Option, Question, QuestionType, Text

BOX_DAYS = (0, 1, 3, 7, 16)  # Leitner boxes 1..5: days until an item is due again
ORDER_SIZE = 4


@dataclass(frozen=True)
class Grade:
    """How an answer did: right or not, a score from 0 to 1, and what to tell the student."""

    correct: bool
    score: float
    feedback: tuple[Text, ...]  # feedback of the options chosen, then the question's explanation
    right: tuple[str, ...]  # the right answer, as in Question.answer


def digest(question: Question) -> str:
    """A hash of what the student sees and what counts as right: progress on a question is kept
    when a pack is updated, unless the question itself changed."""
    def text(t: Text | None) -> dict:
        return dict(t.by_language) if t else {}

    content = {
        "type": question.type.value, "prompt": text(question.prompt), "answer": list(question.answer),
        "options": [[o.id, text(o.text), o.correct] for o in question.options], "events": list(question.events),
    }
    return hashlib.sha256(json.dumps(content, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]


def grade(question: Question, response) -> Grade:
    """Grade ``response``: a collection of option ids (theory, choice, finding), a country code or
    None (map), a list of event ids (order), or a mapping event id -> theory id (sort)."""
    kind = question.type
    explanation = (question.explanation,) if question.explanation else ()
    if kind in (QuestionType.THEORY, QuestionType.CHOICE, QuestionType.FINDING):
        chosen = set(response or ())
        correct = chosen == set(question.answer)
        feedback = tuple(o.feedback for o in question.options if o.id in chosen and o.feedback)
        return Grade(correct, 1.0 if correct else 0.0, feedback + explanation, question.answer)
    if kind is QuestionType.MAP:
        correct = response in question.answer
        return Grade(correct, 1.0 if correct else 0.0, explanation, question.answer)
    if kind is QuestionType.ORDER:
        given = list(response or ())
        right = sum(a == b for a, b in zip(given, question.answer))
        return Grade(given == list(question.answer), right / len(question.answer), explanation, question.answer)
    given = dict(response or {})
    right = sum(given.get(event) == theory for event, theory in zip(question.events, question.answer))
    total = len(question.events)
    return Grade(right == total, right / total if total else 0.0, explanation, question.answer)


def right_response(question: Question):
    """The response that ``grade`` counts as right, in the form it takes for the question's type."""
    if question.type is QuestionType.MAP:
        return question.answer[0] if question.answer else None
    if question.type is QuestionType.ORDER:
        return list(question.answer)
    if question.type is QuestionType.SORT:
        return dict(zip(question.events, question.answer))
    return set(question.answer)


def questions_of(pack: LessonPack) -> list[Question]:
    """The pack's questions, and (unless the pack turns it off) those made from its events."""
    authored = list(pack.questions)
    return authored + generated_questions(pack, authored) if pack.generate_questions else authored


def generated_questions(pack: LessonPack, authored: Iterable[Question] = ()) -> list[Question]:
    """Theory questions for events no authored theory question asks about, map questions for each
    dated change of status, and order questions spanning the whole period."""
    asked = {q.event for q in authored if q.type is QuestionType.THEORY}
    langs = pack.languages
    out: list[Question] = []
    for event in pack.events:
        if event.id in asked:
            continue
        alternatives = {r.theory: r.explanation for r in event.alternatives}
        options = tuple(
            Option(t.id, t.name, t.id == event.reading.theory,
                   event.reading.explanation if t.id == event.reading.theory else alternatives.get(t.id))
            for t in pack.theories
        )
        out.append(Question(f"gen-theory-{event.id}", QuestionType.THEORY,
                            quiz_text.prompt("theory", langs, title=event.title), (event.reading.theory,),
                            options, event=event.id, generated=True))
    out += _map_questions(pack)
    out += _order_questions(pack)
    return out


def _map_questions(pack: LessonPack) -> list[Question]:
    changes: dict[tuple[str, dt.date], list[str]] = {}
    for actor in pack.actors:
        for membership in actor.memberships if actor.is_state else ():  # an organisation has no shape to click
            group = membership.status.group
            if group in quiz_text.STATUS_WORDS and membership.start.precision is Precision.DAY:
                changes.setdefault((group, membership.start.first_day), []).append(actor.code)
    out = []
    for (group, day), codes in sorted(changes.items(), key=lambda item: item[0][1]):
        when = Text(MappingProxyType({lang: f"{day.day} {month_abbr(day.month, lang)} {day.year}"
                                      for lang in (*pack.languages, "en")}))
        prompt = quiz_text.prompt("map", pack.languages, what=quiz_text.status_words(group, pack.languages), date=when)
        out.append(Question(f"gen-map-{group}-{day.isoformat()}", QuestionType.MAP, prompt, tuple(sorted(codes)),
                            generated=True))
    return out


def _order_questions(pack: LessonPack) -> list[Question]:
    events = list(pack.events)
    step = max(1, len(events) // ORDER_SIZE)
    out = []
    for start in range(min(step, 12)):
        group, days = [], set()
        for event in events[start::step]:
            if event.date.first_day not in days:
                group.append(event)
                days.add(event.date.first_day)
        group = group[:ORDER_SIZE]
        if len(group) >= 3:
            shown = tuple(e.id for e in group[1::2] + group[0::2])  # not already in order
            out.append(Question(f"gen-order-{start + 1}", QuestionType.ORDER, quiz_text.prompt("order", pack.languages),
                                tuple(e.id for e in group), events=shown, generated=True))
    return out


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


def due_count(schedule: Mapping[str, tuple[int, dt.datetime]], now: dt.datetime) -> int:
    return sum(1 for _box, due in schedule.values() if due <= now)


# -- exams ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Exam:
    """An exam drawn from a recorded seed: the same seed gives the same questions in the same order."""

    seed: int
    settings: ExamSettings
    questions: tuple[Question, ...]
    option_order: Mapping[str, tuple[str, ...]]  # question id -> option ids in the order shown


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
    order = {}
    for question in chosen:
        ids = [o.id for o in question.options]
        if settings.shuffle and question.type is QuestionType.CHOICE:
            rng.shuffle(ids)
        order[question.id] = tuple(ids)
    return Exam(seed, settings, tuple(chosen), order)


def exam_result(exam: Exam, grades: Mapping[str, Grade], theory_of: Mapping[str, str]) -> dict:
    """Score (per cent), pass or fail, and a per-theory breakdown: theory id -> (right, asked)."""
    asked = len(exam.questions)
    score = sum(grades[q.id].score for q in exam.questions if q.id in grades)
    per_theory: dict[str, list[int]] = {}
    for question in exam.questions:
        theory = theory_of.get(question.id)
        if theory:
            cell = per_theory.setdefault(theory, [0, 0])
            cell[1] += 1
            cell[0] += bool(question.id in grades and grades[question.id].correct)
    percent = round(100 * score / asked) if asked else 0
    passed = None if exam.settings.pass_mark is None else percent >= exam.settings.pass_mark
    return {"percent": percent, "passed": passed, "per_theory": {t: tuple(v) for t, v in per_theory.items()}}


def theory_of(question: Question, pack: LessonPack) -> str | None:
    """The theory a question is about, for the per-theory breakdown."""
    if question.type is QuestionType.THEORY:
        return question.answer[0] if question.answer else None
    if question.event:
        return pack.event(question.event).reading.theory
    return None
