"""The quiz panel's pages, laid out to fit any screen: the question page and the page that ends a quiz.

The question page keeps the prompt at its top and the action buttons at its bottom, always in view; between them
the answer and the feedback scroll. The buttons wrap onto a second row when the panel is narrow (a 1024-pixel
projector, 200 % text), so none is ever cut. Check and Next sit side by side and never trade places, so a
double-click on Check cannot land on Next. :meth:`QuestionPage.show_feedback` scrolls the verdict into view.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QMessageBox, QScrollArea, QTextBrowser, QVBoxLayout, QWidget

from sco_app.ui.flow_layout import FlowLayout
from sco_app.ui.profile_dialog import column, named_label, push_button, scaled_font

BANNERS = {"practice": "#0072B2", "exam": "#D55E00", "": "#555555"}  # Okabe-Ito blue and vermillion


def scrolling(widget: QWidget, name: str, description: str) -> QScrollArea:
    """``widget`` in a scroll area that scrolls up and down only (text wraps to its width)."""
    scroll = QScrollArea(widgetResizable=True, horizontalScrollBarPolicy=Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(widget)
    scroll.setAccessibleName(name)
    scroll.setAccessibleDescription(description)
    return scroll


class QuestionPage(QWidget):
    """The prompt (pinned), the answer and the feedback (scrolling), and the action buttons (pinned)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompt = named_label(self.tr("Question"), wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        scaled_font(self.prompt, 1.3)
        self.prompt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.holder = QVBoxLayout()
        self.feedback = named_label(self.tr("Feedback"), wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.feedback.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.feedback.hide()
        self.body = column(QWidget(), self.holder, self.feedback, 1, margin=4)
        self.scroll = scrolling(self.body, self.tr("Answer and feedback"), self.tr(
            "How to answer, the answer choices and, once you check, whether you were right and why."))
        self.scroll.setFrameShape(QFrame.Shape.StyledPanel)
        actions = QWidget()
        self.buttons = row = FlowLayout(actions, row_spacing=6)
        row.setContentsMargins(0, 0, 0, 0)
        self.check_button = push_button(self.tr("&Check answer"), self.tr("Check answer (Enter)"), row=row)
        self.next_button = push_button(self.tr("&Next question"), self.tr("Next question (Enter)"), row=row)
        self.skip_button = push_button(self.tr("S&kip question"), self.tr("Skip this question, leaving it unanswered"),
                                       row=row)
        self.show_button = push_button(self.tr("Show on time&line and map"), self.tr("Show on timeline and map"), row=row)
        self.stop_button = push_button(self.tr("Sto&p practice"), self.tr("Stop practice and see how it went"))
        bar = QHBoxLayout()  # the question's actions wrap where the panel is narrow; Stop stays at the right end
        bar.addWidget(actions, 1)
        bar.addWidget(self.stop_button, 0, Qt.AlignmentFlag.AlignTop)
        column(self, self.prompt, self.scroll, bar, margin=0)
        self.layout().setStretch(1, 1)

    def show_feedback(self, html: str, colour: str) -> None:
        """Show the feedback in a frame of the verdict's colour, and scroll it into view."""
        self.feedback.setStyleSheet(f"QLabel {{ border: 2px solid {colour}; border-radius: 6px; padding: 8px; "
                                    "background: palette(base); color: palette(text) }")
        self.feedback.setText(html)
        self.feedback.show()
        self.scroll_to_feedback()

    def scroll_to_feedback(self) -> None:
        """Bring the feedback's top (its verdict) into view; the answer above stays a scroll away."""
        for _ in range(3):  # the layouts settle (a scroll bar may appear and narrow the text): the feedback's place
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        bar = self.scroll.verticalScrollBar()
        top, view = self.feedback.y(), self.scroll.viewport().height()
        if top + min(self.feedback.height(), view) > bar.value() + view or top < bar.value():
            bar.setValue(min(max(top - 4, 0), bar.maximum()))

    def clear(self) -> None:
        self.feedback.hide()
        self.scroll.verticalScrollBar().setValue(0)


class EndPage(QWidget):
    """The end of a quiz: an exam's result, or a practice's summary, then Back to the start."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Result"))
        row = QHBoxLayout()
        self.back_button = push_button(self.tr("&Back to the start"), self.tr("Back to the start"), row=row)
        row.addStretch(1)
        column(self, self.text, row, margin=0)

    def show_html(self, html: str, name: str, description: str) -> None:
        self.text.setHtml(html)
        self.text.setAccessibleName(name)
        self.text.setAccessibleDescription(description)


def ask(parent: QWidget, title: str, text: str, yes: str, no: str) -> bool:
    """Ask before something that cannot be undone; True if the student chose ``yes``. Enter (and Escape) keep
    things as they are: ``no`` is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(box.addButton(no, QMessageBox.ButtonRole.RejectRole))
    box.exec()
    return box.clickedButton() is accept


def choose(parent: QWidget, title: str, text: str, choices: list[str]) -> int:
    """Ask which of ``choices`` (button texts) the student means; the index chosen. The last choice keeps things
    as they are: it is the default, and Escape or closing the box chooses it."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    buttons = [box.addButton(choice, QMessageBox.ButtonRole.ActionRole) for choice in choices[:-1]]
    buttons.append(box.addButton(choices[-1], QMessageBox.ButtonRole.RejectRole))
    box.setDefaultButton(buttons[-1])
    box.setEscapeButton(buttons[-1])
    box.exec()
    return buttons.index(box.clickedButton()) if box.clickedButton() in buttons else len(choices) - 1


def banner_style(mode: str) -> str:
    return f"background: {BANNERS[mode]}; color: white; padding: 4px; border-radius: 4px"

