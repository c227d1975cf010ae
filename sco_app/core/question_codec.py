"""A question as JSON data and back, so that a session keeps the questions it asked as they were asked
(a pack edited or updated meanwhile does not change an exam under way)."""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

from sco_app.core.model import Credit, Option, Question, QuestionType, Text


def _text(text: Text | None) -> dict | None:
    return None if text is None else dict(text.by_language)


def _from_text(data: dict | None) -> Text | None:
    return None if data is None else Text(MappingProxyType(dict(data)))


def question_to_data(question: Question) -> dict[str, Any]:
    """Everything a :class:`Question` holds, as JSON data."""
    return {
        "id": question.id, "type": question.type.value, "prompt": _text(question.prompt),
        "answer": list(question.answer),
        "options": [{"id": o.id, "text": _text(o.text), "correct": o.correct, "feedback": _text(o.feedback),
                     "partial": o.partial} for o in question.options],
        "event": question.event, "events": list(question.events), "explanation": _text(question.explanation),
        "generated": question.generated, "show_event": question.show_event,
        "accepted": {lang: list(answers) for lang, answers in question.accepted.items()},
        "credit": {event: {theory: {"share": c.share, "note": _text(c.note)} for theory, c in by.items()}
                   for event, by in question.credit.items()},
    }


def question_from_data(data: dict[str, Any]) -> Question:
    """The :class:`Question` that :func:`question_to_data` wrote."""
    return Question(
        id=data["id"], type=QuestionType(data["type"]), prompt=_from_text(data["prompt"]),
        answer=tuple(data["answer"]),
        options=tuple(Option(o["id"], _from_text(o["text"]), o["correct"], _from_text(o["feedback"]), o["partial"])
                      for o in data["options"]),
        event=data["event"], events=tuple(data["events"]), explanation=_from_text(data["explanation"]),
        generated=data["generated"], show_event=data.get("show_event", False),
        accepted=MappingProxyType({lang: tuple(answers) for lang, answers in data["accepted"].items()}),
        credit=MappingProxyType({
            event: MappingProxyType({theory: Credit(c["share"], _from_text(c["note"])) for theory, c in by.items()})
            for event, by in data["credit"].items()}),
    )
