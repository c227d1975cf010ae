"""The quiz's focus layout: while the quiz is up, the filter bar and the timeline fold away.

On a lab screen (1366x768) or a projector (1024x768) with large text, the filter bar and the timeline keep their least
height and leave the quiz too little room for a long prompt, its answers and the verdict (at 200 % text they do not
fit beside the quiz at all). So while the Quiz tab is up, or a map question is answered on the map, they fold away and
the quiz has the window's height; a button beside the question's own buttons brings them back for as long as the
student stays in the quiz, and they come back by themselves when the student goes to another tab (the map, the events
list, "Show on timeline and map").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QPushButton, QWidget


class QuizFocus(QObject):
    """Folds ``top`` (the filter bar and the timeline) while the window's quiz is up."""

    def __init__(self, window, top: QWidget) -> None:
        super().__init__(window)
        self.window, self.top, self.map_question_up = window, top, False
        self.button = button = QPushButton(checkable=True)
        button.setAccessibleName(self.tr("Show the timeline and the filters beside the quiz"))
        button.setToolTip(self.tr("The timeline and the filters fold away to give the quiz room; "
                                  "press to bring them back"))
        button.toggled.connect(self.update)
        window.quiz.page.buttons.addWidget(button)
        window.tabs.currentChanged.connect(self.update)
        window.quiz.map_question.connect(self._map_question)
        self.update()

    def quiz_up(self) -> bool:
        """The Quiz tab is up, or the map with a map question on it."""
        shown = self.window.tabs.currentWidget()
        return shown is self.window.quiz or (self.map_question_up and shown is self.window.map)

    def _map_question(self, question) -> None:
        self.map_question_up = question is not None
        self.update()

    def folded(self) -> bool:
        return self.top.isHidden()

    def update(self, *_args) -> None:
        """Fold or unfold to match the tab that is up; leaving the quiz forgets the student's 'show' choice."""
        up = self.quiz_up()
        if not up and self.button.isChecked():
            self.button.setChecked(False)  # (comes back here through toggled, unchecked)
            return
        show = not up or self.button.isChecked()
        self.button.setText(self.tr("H&ide timeline") if show else self.tr("Sho&w timeline"))
        if show == self.top.isHidden():
            self.top.setVisible(show)
            for _ in range(3):  # the window's layouts settle now: what the student sees next is laid out for it
                QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
