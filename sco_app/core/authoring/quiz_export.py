"""Export a pack's quiz for a learning management system: GIFT text or Moodle XML.

Each question kind writes its own answers (:meth:`QuestionKind.gift`, :meth:`QuestionKind.moodle`):
theory, choice and finding questions become multiple choice (with partial credit for defensible
options, or when several options are right), true/false and short answers their own types, order
questions Moodle's ordering type (in GIFT: matching events to their places), sort questions matching.
Every option has feedback, and the question's explanation is its general feedback. In Moodle XML
each question carries its id as ``<idnumber>`` and tags: sco-app, its pack, its kind and its theory.
A question a format cannot hold (a map question needs the app's map; a matching question needs
enough pairs) is skipped, and every skip is reported with the question's id and the reason.
"""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Iterable

from sco_app.core.authoring import QUIZ_FORMATS
from sco_app.core.authoring.quiz_items import QuizItem, quiz_items
from sco_app.core.model import LessonPack, Question
from sco_app.core.question_kinds import Unexportable, kind_of
from sco_app.core.question_kinds.lms import fraction, gift_escape, para, sub, texted

FORMATS = QUIZ_FORMATS

__all__ = ["FORMATS", "QuizExport", "export_quiz", "fraction", "gift_escape"]


@dataclass
class QuizExport:
    """The exported text, the ids written and the (id, reason) of each question left out."""

    text: str = ""
    written: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)

    def warnings(self) -> list[str]:
        """One line per reason, naming the questions skipped for it."""
        by_reason: dict[str, list[str]] = {}
        for question_id, reason in self.skipped:
            by_reason.setdefault(reason, []).append(question_id)
        return [f"skipped {len(ids)} question{'s' if len(ids) > 1 else ''} ({reason}): {', '.join(ids)}"
                for reason, ids in by_reason.items()]


def export_quiz(pack: LessonPack, fmt: str, language: str,
                questions: Iterable[Question] | None = None) -> QuizExport:
    """The quiz of ``pack`` (default: its questions and those made from its events) in ``fmt``."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if language not in pack.languages:
        raise ValueError(f"the pack has no language {language!r}; it has {', '.join(pack.languages)}")
    result = QuizExport()
    write = _gift_question if fmt == "gift" else _moodle_question
    parts = []
    for item in quiz_items(pack, language, questions):
        try:
            parts.append(write(pack, item))
        except Unexportable as exc:
            result.skipped.append((item.id, str(exc)))
        else:
            result.written.append(item.id)
    result.text = _gift(pack, parts, language) if fmt == "gift" else _moodle_xml(pack, parts, language)
    return result


def _html_text(item: QuizItem) -> str:
    parts = [f"<p>{html.escape(item.prompt, quote=False)}</p>"]
    if item.context:
        parts.append(f"<p><em>{html.escape(item.context, quote=False)}</em></p>")
    return "".join(parts)


# -- GIFT ----------------------------------------------------------------------------------------

def _gift_question(pack: LessonPack, item: QuizItem) -> list[str]:
    answers = kind_of(item.type).gift(item)
    lines = [f"// {item.id} ({item.type.value} question)", f"::{gift_escape(item.id)}::[html]{gift_escape(_html_text(item))}{{"]
    lines += [f"\t{line}" for line in answers]
    if item.explanation:
        lines.append(f"\t####{gift_escape(html.escape(item.explanation, quote=False))}")
    return lines + ["}", ""]


def _gift(pack: LessonPack, questions: list[list[str]], language: str) -> str:
    title = pack.title.get(language, pack.languages)
    lines = [f"// {' '.join(title.split())}: pack {pack.id} {pack.version}, language {language}",
             f"// exported by sco-app: {len(questions)} question{'s' if len(questions) != 1 else ''}", "",
             f"$CATEGORY: $course$/top/{pack.id}", ""]
    for question in questions:
        lines += question
    return "\n".join(lines)


# -- Moodle XML ----------------------------------------------------------------------------------

def _moodle_question(pack: LessonPack, item: QuizItem) -> list[ET.Element]:
    question = ET.Element("question")
    texted(question, "name", item.id, html_format=False)
    texted(question, "questiontext", _html_text(item))
    texted(question, "generalfeedback", para(item.explanation))
    sub(question, "defaultgrade", "1")
    sub(question, "penalty", "0.3333333")
    sub(question, "hidden", "0")
    sub(question, "idnumber", item.id)
    question.set("type", kind_of(item.type).moodle(item, question))
    tags = sub(question, "tags")
    for tag in dict.fromkeys(("sco-app", pack.id, item.type.value, item.theory)):
        if tag:
            texted(tags, "tag", tag, html_format=False)
    return [ET.Comment(f" {item.id} ({item.type.value} question) "), question]


def _moodle_xml(pack: LessonPack, questions: list[list[ET.Element]], language: str) -> str:
    root = ET.Element("quiz")
    category = sub(root, "question", type="category")
    texted(category, "category", f"$course$/top/{pack.id}", html_format=False)
    texted(category, "info", para(pack.title.get(language, pack.languages)))
    for elements in questions:
        root.extend(elements)
    ET.indent(root, "  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
