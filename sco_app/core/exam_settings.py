"""Exam settings: from a pack's ``quiz: exam:``, and as JSON data for a session's journal."""

from __future__ import annotations

import datetime as dt

from sco_app.core.model import ExamSettings, QuestionType

CLOCKS = ("runs", "pauses")  # an exam's clock runs from its start (through a close or a crash), or pauses


def settings_from_pack_data(raw: dict | None, base: ExamSettings = ExamSettings()) -> ExamSettings:
    """The settings a checked ``exam:`` block gives, each key it leaves out as in ``base``."""
    raw = raw or {}
    return ExamSettings(
        questions=raw.get("questions", base.questions),
        types=tuple(QuestionType(t) for t in raw["types"]) if raw.get("types") else base.types,
        minutes=raw.get("minutes", base.minutes),
        pass_mark=raw.get("pass_mark", base.pass_mark),
        shuffle=raw.get("shuffle", base.shuffle),
        feedback=raw.get("feedback", base.feedback),
        back_to_skipped=raw.get("back_to_skipped", base.back_to_skipped),
        clock_pauses=raw["clock"] == "pauses" if "clock" in raw else base.clock_pauses,
    )


def settings_to_data(settings: ExamSettings) -> dict:
    """The settings as JSON data, in the pack's own keys."""
    return {"questions": settings.questions, "types": [t.value for t in settings.types], "minutes": settings.minutes,
            "pass_mark": settings.pass_mark, "shuffle": settings.shuffle, "feedback": settings.feedback,
            "back_to_skipped": settings.back_to_skipped, "clock": "pauses" if settings.clock_pauses else "runs"}


def settings_from_data(data: dict) -> ExamSettings:
    """The settings :func:`settings_to_data` wrote (every key is there)."""
    return settings_from_pack_data(data)


def time_left(settings: ExamSettings | None, started: dt.datetime, elapsed_ms: int, now: dt.datetime) -> dt.timedelta | None:
    """What is left of an exam's time limit (None: no limit), never below nothing: the clock runs from
    ``started`` (through a close or a crash), or counts only ``elapsed_ms``, the time the exam was open."""
    if settings is None or not settings.minutes:
        return None
    used = dt.timedelta(milliseconds=elapsed_ms) if settings.clock_pauses else now - started
    return max(dt.timedelta(minutes=settings.minutes) - used, dt.timedelta(0))
