"""Helpers for driving the quiz as a student does: answer whatever question is up, reply to a question box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from sco_app.core.model import QuestionType
from tests.ui.polling import poll

ALT = Qt.KeyboardModifier.AltModifier


def answer(qtbot, panel) -> None:
    """Give some answer to the question on screen, by keys (a map question: its first state in the find list)."""
    widget = panel.widget
    kind = widget.question.type
    if kind in (QuestionType.THEORY, QuestionType.CHOICE, QuestionType.FINDING, QuestionType.TRUE_FALSE):
        qtbot.keyClick(widget, Qt.Key.Key_1)
    elif kind is QuestionType.SHORT_ANSWER:
        qtbot.keyClicks(widget.field, "Shanghai")
    elif kind is QuestionType.MAP:
        bar = getattr(getattr(widget.window(), "map_question", None), "bar", None)
        if bar is not None and bar.isVisible():  # the map is up: back to the quiz, to its find box
            qtbot.mouseClick(bar.back_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(widget.find, "India")
        qtbot.keyClick(widget.find, Qt.Key.Key_Return)  # the first state found is chosen (not yet checked)
    elif kind is QuestionType.ORDER:
        qtbot.keyClick(widget.list, Qt.Key.Key_Down, ALT)
    elif kind is QuestionType.SORT:
        for _ in range(widget.pool.count()):
            qtbot.keyClick(widget.pool, Qt.Key.Key_1, ALT)
    assert panel.refusal() is None, kind


def reply(button_text: str, seen: list[str]) -> None:
    """Once a question box opens, note its text in ``seen`` and press the button whose text holds ``button_text``."""
    def press() -> bool:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return False  # not open yet
        seen.append(box.text())
        next(b for b in box.buttons() if button_text in b.text().replace("&", "")).click()
        return True

    poll(press, times=200)
