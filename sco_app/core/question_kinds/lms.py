"""GIFT and Moodle XML, piece by piece: the answer blocks the question kinds write their items with.

Each kind chooses its shape in its own ``gift`` and ``moodle`` parts: multiple choice (with per-cent grades
for defensible options), matching, Moodle's native ordering, true/false, short answer. Every option gets
feedback: the pack's, or "Right." / "Not this one: the right answer is ..." in the item's language.
"""

from __future__ import annotations

import html
import unicodedata
import xml.etree.ElementTree as ET

from sco_app.core import quiz_text
from sco_app.core.question_kinds.base import Unexportable
from sco_app.core.question_kinds.items import Choice, QuizItem

GIFT_SPECIAL = "~=#{}:"
GIFT_MIN_PAIRS = 3  # Moodle's GIFT import wants at least three matching pairs
XML_MIN_PAIRS = 2  # Moodle's matching question: at least two questions ...
XML_MIN_ANSWERS = 3  # ... and three answers (a sort question adds the other theories as distractors)
MOODLE_GRADES = (100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571,
                 12.5, 11.11111, 10, 5, 0)  # the grades Moodle offers an answer, in per cent


def gift_escape(text: str) -> str:
    """``text`` on one line with GIFT's special characters (and the backslash) escaped."""
    text = " ".join(text.split()).replace("\\", "\\\\")
    for char in GIFT_SPECIAL:
        text = text.replace(char, "\\" + char)
    return text


def gift_html(text: str) -> str:
    return gift_escape(html.escape(text, quote=False))


def fraction(value: float) -> str:
    """A grade in per cent as Moodle writes it: ``100``, ``50``, ``33.33333``, ``-100``."""
    return f"{value:.5f}".rstrip("0").rstrip(".")


def moodle_grade(share: float) -> float:
    """A share of the credit (0 to 1) as the nearest of Moodle's grades, in per cent."""
    return min(MOODLE_GRADES, key=lambda grade: abs(grade - 100 * share))


def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = text
    return element


def texted(parent: ET.Element, tag: str, text: str, html_format: bool = True) -> ET.Element:
    element = sub(parent, tag, format="html") if html_format else sub(parent, tag)
    sub(element, "text", text)
    return element


def para(text: str) -> str:
    return f"<p>{html.escape(text, quote=False)}</p>" if text else ""


def _word(item: QuizItem, key: str, **fields: str) -> str:
    return quiz_text.word(key, (item.language,), **fields).get(item.language)


# -- multiple choice -------------------------------------------------------------------------------

def option_feedback(item: QuizItem, choice: Choice) -> str:
    """The option's own feedback, or words that say whether it is right (every option has feedback)."""
    if choice.feedback:
        return choice.feedback
    right = ", ".join(c.text for c in item.choices if c.correct)
    return _word(item, "right") if choice.correct else _word(item, "right-is", right=right)


def fractions(item: QuizItem) -> list[float]:
    """Per-option grades: 100 for the one right option and a defensible one its share; with several right
    options, each right one an equal share and each wrong one -100, so ticking everything scores nothing."""
    right = sum(c.correct for c in item.choices)
    if right == 1:
        return [100.0 if c.correct else moodle_grade(c.credit) for c in item.choices]
    return [100.0 / right if c.correct else -100.0 for c in item.choices]


def _choices_exportable(item: QuizItem) -> None:
    if len(item.choices) < 2:
        raise Unexportable("multiple choice needs at least two options")
    if not any(c.correct for c in item.choices):
        raise Unexportable("no right option")


def gift_choices(item: QuizItem) -> list[str]:
    _choices_exportable(item)
    single = sum(c.correct for c in item.choices) == 1
    lines = []
    for choice, grade in zip(item.choices, fractions(item)):
        if single:
            mark = "=" if choice.correct else f"~%{fraction(grade)}%" if grade else "~"
        else:
            mark = f"~%{fraction(grade)}%"
        lines.append(f"{mark}{gift_html(choice.text)}#{gift_html(option_feedback(item, choice))}")
    return lines


def moodle_choices(item: QuizItem, question: ET.Element) -> str:
    _choices_exportable(item)
    sub(question, "shuffleanswers", "true")
    sub(question, "single", "true" if sum(c.correct for c in item.choices) == 1 else "false")
    sub(question, "answernumbering", "abc")
    for choice, grade in zip(item.choices, fractions(item)):
        answer = texted(question, "answer", para(choice.text))
        answer.set("fraction", fraction(grade))
        texted(answer, "feedback", para(option_feedback(item, choice)))
    return "multichoice"


def gift_true_false(item: QuizItem) -> list[str]:
    """``TRUE#feedback if answered wrongly#feedback if answered rightly`` (GIFT's order)."""
    right = next(c for c in item.choices if c.correct)
    wrong = next(c for c in item.choices if not c.correct)
    value = "TRUE" if item.choices.index(right) == 0 else "FALSE"
    return [f"{value}#{gift_html(option_feedback(item, wrong))}#{gift_html(option_feedback(item, right))}"]


def moodle_true_false(item: QuizItem, question: ET.Element) -> str:
    for value, choice in zip(("true", "false"), item.choices):
        answer = texted(question, "answer", value, html_format=False)
        answer.set("fraction", "100" if choice.correct else "0")
        texted(answer, "feedback", para(option_feedback(item, choice)))
    return "truefalse"


# -- matching and ordering --------------------------------------------------------------------------

def gift_matching(item: QuizItem) -> list[str]:
    if len(item.pairs) < GIFT_MIN_PAIRS:
        raise Unexportable(f"matching needs at least {GIFT_MIN_PAIRS} pairs in gift")
    return [f"={gift_html(left)} -> {gift_html(right)}" for left, right in item.pairs]


def moodle_matching(item: QuizItem, question: ET.Element) -> str:
    rights = {right for _left, right in item.pairs}
    if len(item.pairs) < XML_MIN_PAIRS:
        raise Unexportable(f"matching needs at least {XML_MIN_PAIRS} pairs in moodle-xml")
    if len(rights | set(item.distractors)) < XML_MIN_ANSWERS:
        raise Unexportable(f"matching needs at least {XML_MIN_ANSWERS} different answers in moodle-xml")
    sub(question, "shuffleanswers", "true")
    for left, right in item.pairs:
        texted(texted(question, "subquestion", para(left)), "answer", right, html_format=False)
    for distractor in (d for d in item.distractors if d not in rights):  # subquestions with no text
        texted(texted(question, "subquestion", ""), "answer", distractor, html_format=False)
    return "matching"


def moodle_ordering(item: QuizItem, question: ET.Element) -> str:
    """Moodle's ordering question: the items in their right order, each in its right place earning its share."""
    for tag, text in (("layouttype", "VERTICAL"), ("selecttype", "ALL"), ("selectcount", "0"),
                      ("gradingtype", "ABSOLUTE_POSITION"), ("showgrading", "SHOW")):
        sub(question, tag, text)
    for place, (title, _position) in enumerate(sorted(item.pairs, key=lambda pair: int(pair[1])), 1):
        texted(question, "answer", para(title)).set("fraction", str(place))
    return "ordering"


# -- short answers ----------------------------------------------------------------------------------

def with_plain_forms(answers: tuple[str, ...]) -> list[str]:
    """The accepted answers and their forms without accents (an LMS compares accents; the app does not),
    each once whatever its case."""
    out, seen = [], set()
    for answer in answers:
        plain = "".join(c for c in unicodedata.normalize("NFKD", answer) if not unicodedata.combining(c))
        for form in (answer, plain):
            if form.casefold() not in seen:
                seen.add(form.casefold())
                out.append(form)
    return out


def gift_short(item: QuizItem) -> list[str]:
    return [f"={gift_html(answer)}" for answer in with_plain_forms(item.answers)]


def moodle_short(item: QuizItem, question: ET.Element) -> str:
    sub(question, "usecase", "0")
    for answer in with_plain_forms(item.answers):
        texted(question, "answer", answer, html_format=False).set("fraction", "100")
    return "shortanswer"
