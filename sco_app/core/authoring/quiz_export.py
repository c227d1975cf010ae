"""Export a pack's quiz for a learning management system: GIFT text or Moodle XML.

Both formats carry per-option feedback and the question's explanation as general feedback. Theory,
choice and finding questions become multiple choice (with partial credit when several options are
right); order and sort questions become matching questions. Map questions ask for a click on the
app's map, which neither format can hold: they are skipped, and so is a matching question with too
few pairs for the format. Every skip is reported with the question's id and the reason.
"""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Iterable

from sco_app.core.authoring.quiz_items import CHOICE, MAP, MATCHING, QuizItem, quiz_items
from sco_app.core.model import LessonPack, Question

FORMATS = ("gift", "moodle-xml")
GIFT_SPECIAL = "~=#{}:"
GIFT_MIN_PAIRS = 3  # Moodle's GIFT import wants at least three matching pairs
XML_MIN_PAIRS = 2  # Moodle's matching question: at least two questions ...
XML_MIN_ANSWERS = 3  # ... and three answers (a sort question adds the other theories as distractors)


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
    items = quiz_items(pack, language, questions)
    result = QuizExport()
    kept = []
    for item in items:
        reason = _cannot(item, fmt)
        if reason:
            result.skipped.append((item.id, reason))
        else:
            kept.append(item)
            result.written.append(item.id)
    result.text = _gift(pack, kept, language) if fmt == "gift" else _moodle_xml(pack, kept, language)
    return result


def _cannot(item: QuizItem, fmt: str) -> str | None:
    if item.kind == MAP:
        return "map questions need the app's map"
    if item.kind == CHOICE and len(item.choices) < 2:
        return "multiple choice needs at least two options"
    if item.kind == CHOICE and not any(c.correct for c in item.choices):
        return "no right option"
    if item.kind == MATCHING:
        least = GIFT_MIN_PAIRS if fmt == "gift" else XML_MIN_PAIRS
        if len(item.pairs) < least:
            return f"matching needs at least {least} pairs in {fmt}"
        if fmt == "moodle-xml" and len({right for _left, right in item.pairs} | set(item.distractors)) < XML_MIN_ANSWERS:
            return f"matching needs at least {XML_MIN_ANSWERS} different answers in {fmt}"
    return None


def fraction(value: float) -> str:
    """A grade in per cent as Moodle writes it: ``100``, ``50``, ``33.33333``, ``-100``."""
    return f"{value:.5f}".rstrip("0").rstrip(".")


MOODLE_GRADES = (100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571,
                 12.5, 11.11111, 10, 5, 0)  # the grades Moodle offers an answer, in per cent


def moodle_grade(share: float) -> float:
    """A share of the credit (0 to 1) as the nearest of Moodle's grades, in per cent."""
    return min(MOODLE_GRADES, key=lambda grade: abs(grade - 100 * share))


def _fractions(item: QuizItem) -> list[float]:
    """Per-option grades: 100 for the one right option and a defensible one its share; with several right
    options, each right one an equal share and each wrong one -100, so ticking everything scores nothing."""
    right = sum(c.correct for c in item.choices)
    if right == 1:
        return [100.0 if c.correct else moodle_grade(c.credit) for c in item.choices]
    return [100.0 / right if c.correct else -100.0 for c in item.choices]


def _html_text(item: QuizItem) -> str:
    parts = [f"<p>{html.escape(item.prompt, quote=False)}</p>"]
    if item.context:
        parts.append(f"<p><em>{html.escape(item.context, quote=False)}</em></p>")
    return "".join(parts)


# -- GIFT ----------------------------------------------------------------------------------------

def gift_escape(text: str) -> str:
    """``text`` on one line with GIFT's special characters (and the backslash) escaped."""
    text = " ".join(text.split()).replace("\\", "\\\\")
    for char in GIFT_SPECIAL:
        text = text.replace(char, "\\" + char)
    return text


def _h(text: str) -> str:
    return gift_escape(html.escape(text, quote=False))


def _gift(pack: LessonPack, items: list[QuizItem], language: str) -> str:
    title = pack.title.get(language, pack.languages)
    lines = [f"// {' '.join(title.split())}: pack {pack.id} {pack.version}, language {language}",
             f"// exported by sco-app: {len(items)} question{'s' if len(items) != 1 else ''}", "",
             f"$CATEGORY: $course$/top/{pack.id}", ""]
    for item in items:
        lines.append(f"// {item.id} ({item.type.value} question)")
        lines.append(f"::{gift_escape(item.id)}::[html]{gift_escape(_html_text(item))}{{")
        if item.kind == CHOICE:
            single = sum(c.correct for c in item.choices) == 1
            for choice, grade in zip(item.choices, _fractions(item)):
                mark = ("=" if choice.correct else f"~%{fraction(grade)}%" if grade else "~") if single \
                    else f"~%{fraction(grade)}%"
                feedback = f"#{_h(choice.feedback)}" if choice.feedback else ""
                lines.append(f"\t{mark}{_h(choice.text)}{feedback}")
        else:
            for left, right in item.pairs:
                lines.append(f"\t={_h(left)} -> {_h(right)}")
        if item.explanation:
            lines.append(f"\t####{_h(item.explanation)}")
        lines += ["}", ""]
    return "\n".join(lines)


# -- Moodle XML ----------------------------------------------------------------------------------

def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = text
    return element


def _texted(parent: ET.Element, tag: str, text: str, html_format: bool = True) -> ET.Element:
    element = _sub(parent, tag, format="html") if html_format else _sub(parent, tag)
    _sub(element, "text", text)
    return element


def _para(text: str) -> str:
    return f"<p>{html.escape(text, quote=False)}</p>" if text else ""


def _moodle_xml(pack: LessonPack, items: list[QuizItem], language: str) -> str:
    root = ET.Element("quiz")
    category = _sub(root, "question", type="category")
    _texted(category, "category", f"$course$/top/{pack.id}", html_format=False)
    _texted(category, "info", _para(pack.title.get(language, pack.languages)))
    for item in items:
        root.append(ET.Comment(f" {item.id} ({item.type.value} question) "))
        question = _sub(root, "question", type="multichoice" if item.kind == CHOICE else "matching")
        _texted(question, "name", item.id, html_format=False)
        _texted(question, "questiontext", _html_text(item))
        _texted(question, "generalfeedback", _para(item.explanation))
        _sub(question, "defaultgrade", "1")
        _sub(question, "penalty", "0.3333333")
        _sub(question, "hidden", "0")
        _sub(question, "shuffleanswers", "true")
        if item.kind == CHOICE:
            _choice_xml(question, item)
        else:
            for left, right in item.pairs:
                _texted(_texted(question, "subquestion", _para(left)), "answer", right, html_format=False)
            rights = {right for _left, right in item.pairs}
            for distractor in (d for d in item.distractors if d not in rights):  # subquestions with no text
                _texted(_texted(question, "subquestion", ""), "answer", distractor, html_format=False)
    ET.indent(root, "  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _choice_xml(question: ET.Element, item: QuizItem) -> None:
    single = sum(c.correct for c in item.choices) == 1
    _sub(question, "single", "true" if single else "false")
    _sub(question, "answernumbering", "abc")
    for choice, grade in zip(item.choices, _fractions(item)):
        answer = _texted(question, "answer", _para(choice.text))
        answer.set("fraction", fraction(grade))
        _texted(answer, "feedback", _para(choice.feedback))
