"""A tour step's question put to the whole class in presenter mode: asked, then answered, never recorded.

"Check your understanding" shows the step's question to the room (no profile, nothing stored); the next click
reveals the right answer and why. What is right, and the feedback that says why, come from the quiz engine
(:func:`sco_app.core.quiz.right_response` graded by :func:`sco_app.core.quiz.grade`); the question's words in the
room's language from :func:`sco_app.core.authoring.quiz_items.quiz_items`, as on a handout.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from sco_app.core import quiz
from sco_app.core.authoring.quiz_items import CHOICE, MAP, MATCHING, WRITE_IN, QuizItem, quiz_items
from sco_app.core.model import Question, QuestionType
from sco_app.ui import theme
from sco_app.ui.results_view import Report, announce
from sco_app.ui.state import AppState

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _esc(text: str) -> str:
    return escape(text, quote=False)


class ClassQuestion(QTextBrowser):
    """The question in large type; :meth:`ask`, then :meth:`reveal`, then :meth:`clear`."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.report = state, Report(state)
        self.question: Question | None = None
        self.revealed = False
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setOpenLinks(False)
        self.setAccessibleName(self.tr("Question for the class"))
        self.setAccessibleDescription(self.tr("The step's question, for the whole class; the next click shows the "
                                              "right answer and why. Nothing is recorded."))
        self.shown_item: dict = {  # how each kind of quiz item is put to the room (a test checks every kind)
            CHOICE: self._choices, MATCHING: self._matching, MAP: self._map, WRITE_IN: self._write_in,
        }

    @property
    def asking(self) -> bool:
        return self.question is not None

    def find(self, question_id: str) -> Question | None:
        pack = self.state.pack
        return next((q for q in quiz.questions_of(pack) if q.id == question_id), None) if pack else None

    def ask(self, question_id: str) -> bool:
        """Show the question ``question_id`` of the pack (False if it has none such)."""
        question = self.find(question_id)
        if question is None:
            return False
        self.question, self.revealed = question, False
        self._show()
        return True

    def reveal(self) -> None:
        """Mark the right answer and say why (the feedback the quiz gives for the right answer)."""
        if self.question is not None:
            self.revealed = True
            self._show()

    def clear(self) -> None:
        self.question, self.revealed = None, False
        self.setHtml("")

    def _show(self) -> None:
        question = self.question
        item = quiz_items(self.state.pack, self.state.language, [question])[0]
        grade = quiz.grade(question, quiz.right_response(question))
        right = set(grade.right)
        heading = self.tr("Answer") if self.revealed else self.tr("Question for the class")
        parts = [f"<p style='margin:0; color:{theme.scheme().selected.name()}'><b>{_esc(heading)}</b></p>",
                 f"<p><span style='font-size:large'><b>{_esc(item.prompt)}</b></span></p>"]
        if item.context and question.type is not QuestionType.CHOICE:
            parts.append(f"<p><i>{_esc(item.context.split('. ')[0])}</i></p>")  # the event: title and date
        parts.append(self.shown_item[item.kind](item, question, right))
        if self.revealed:
            if item.kind != CHOICE:
                answer = self.report.answer_parts(question, grade.right, dates=True)
                parts.append(f"<p><b>{_esc(self.tr('The answer:'))}</b></p>"
                             + "".join(f"<p style='margin-left:12px'>✔ {_esc(line)}</p>" for line in answer))
            why = [self.state.text(text) for text in grade.feedback]
            if why:
                parts.append(f"<p><b>{_esc(self.tr('Why:'))}</b> " + " ".join(_esc(w) for w in why) + "</p>")
        self.setHtml("".join(parts))
        plain = self.toPlainText()
        announce(self, self.tr("Answer") if self.revealed else self.tr("Question for the class"), plain)

    def _choices(self, item: QuizItem, question: Question, right: set[str]) -> str:
        rows = []
        scheme = theme.scheme()
        for letter, choice, option in zip(LETTERS, item.choices, question.options):
            text = f"{letter}. {_esc(choice.text)}"
            if self.revealed and option.id in right:
                rows.append(f"<p style='background:{scheme.highlight_bg}; color:{scheme.highlight_fg}'>"
                            f"<b>✔ {text}</b></p>")
            elif self.revealed:
                rows.append(f"<p style='color:{scheme.muted.name()}'>&nbsp;&nbsp;&nbsp;{text}</p>")
            else:
                rows.append(f"<p>{text}</p>")
        return "".join(rows)

    def _matching(self, item: QuizItem, question: Question, right: set[str]) -> str:
        lines = [f"<p>{letter}. {_esc(left)}</p>" for letter, (left, _answer) in zip(LETTERS, item.pairs)]
        if question.type is QuestionType.SORT:
            names = " · ".join(_esc(self.state.text(t.name)) for t in self.state.pack.theories)
            lines.append(f"<p><i>{_esc(self.tr('Theories:'))} {names}</i></p>")
        return "" if self.revealed else "".join(lines)

    def _map(self, item: QuizItem, question: Question, right: set[str]) -> str:
        return "" if self.revealed else f"<p><i>{_esc(self.tr('Point to it on the map.'))}</i></p>"

    def _write_in(self, item: QuizItem, question: Question, right: set[str]) -> str:
        return "" if self.revealed else f"<p><i>{_esc(self.tr('Say or write down your answer.'))}</i></p>"
