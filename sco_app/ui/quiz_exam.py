"""The exam part of the quiz panel: start, the clock, answers handed in one by one, a question skipped, the result.

While an exam runs the window is in exam mode (:meth:`AppState.set_exam_mode`): nothing on screen tells a reading.
Instructor mode is left at the start, and the student's own results window closes.
"""

from __future__ import annotations

import random

from PySide6.QtCore import QDeadlineTimer
from PySide6.QtGui import QTextDocumentFragment

from sco_app.core import quiz
from sco_app.core.session_rules import Refusal
from sco_app.ui import theme
from sco_app.ui.quiz_pages import ask
from sco_app.ui.results_view import announce

RESULT = 2  # the quiz panel's page of results


class ExamFlow:
    """Mixed into :class:`~sco_app.ui.quiz_panel.QuizPanel`, whose widgets and store it uses."""

    def exam_running(self) -> bool:
        return self.mode == "exam" and self.exam is not None

    def start_exam(self, seed: int | None = None) -> None:
        if self.exam_running() or not self._ready():
            return
        self._end()
        pack, settings = self.state.pack, self.exam_settings
        seed = random.SystemRandom().randrange(2**31) if seed is None else seed
        self.session_id = self.store.start_session(self.profile, pack.id, pack.version, "exam", seed=seed)
        self.exam = quiz.make_exam(quiz.questions_of(pack), settings, seed)
        self.index, self.grades, self.responses = 0, {}, {}
        if self.results_window is not None:
            self.results_window.close()  # a student's own results stay closed during the exam
        if self.instructor is not None:
            self.instructor.lock()
        self.state.set_exam_mode(True)
        self._set_mode("exam")
        if settings.minutes:
            self.deadline = QDeadlineTimer(settings.minutes * 60_000)
            self.timer.start()
            self._tick()
        if self.exam.questions:
            self._show_question(self.exam.questions[0])
        else:
            self.finish_exam()

    def _take_exam_answer(self, confirmed: bool = True) -> None:
        """Keep the response on screen as the answer (one checked, ``confirmed``; or at the end, where a sort with
        events left out counts and an order never moved does not)."""
        if self.widget is not None and not self.answered \
                and self.refusal(confirmed) in ((None,) if confirmed else (None, Refusal.INCOMPLETE)):
            question, response = self.widget.question, self.widget.response()
            self.grades[question.id] = grade = quiz.grade(question, response)
            self.responses[question.id] = response
            self._record(question, response, grade, self.clock.elapsed())
            self.answered = True

    def skip_question(self) -> None:
        """An exam's question left unanswered on purpose (asked first: there is no way back to it)."""
        if self.exam_running() and self.widget is not None and ask(self, 
                self.tr("Skip this question?"), self.tr("It stays unanswered, and you cannot come back to it."),
                self.tr("&Skip it"), self.tr("&No, go back")) and self.exam_running():
            self._advance()

    def finish_exam(self) -> None:
        """End the exam (last answer, time up, or the window closed): unanswered questions are stored as unanswered."""
        self.timer.stop()
        self._take_exam_answer(confirmed=False)  # time up: the answer on screen still counts
        exam, pack = self.exam, self.state.pack
        for question in exam.questions:
            if question.id not in self.grades:
                self.grades[question.id] = quiz.unanswered(question)
                self.store.record_unanswered(self.profile, pack.id, pack.version, question, self.mode,
                                             self.session_id, quiz.theory_of(question, pack))
        theories = {q.id: quiz.theory_of(q, pack) for q in exam.questions}
        result = quiz.exam_result(exam, self.grades, {k: v for k, v in theories.items() if v})
        self.store.finish_session(self.session_id, result["percent"])
        html = self.report.exam_html(exam, self.grades, self.responses, result)
        self.session_id, self.exam, self.last_result = None, None, result
        self._clear_widget()
        self.state.set_exam_mode(False)
        self.end.show_html(html, self.tr("Exam result"), self.tr(
            "Your score and pass or fail, your share right by theory, then every question with your answer and the right one."))
        self.pages.setCurrentIndex(RESULT)
        self.banner.setText(self.tr("Exam — finished: your result"))
        self.clock_label.clear()
        self._update_status()
        announce(self.result, self.tr("Exam result: {p}%").format(p=result["percent"]),
                 QTextDocumentFragment.fromHtml(html).toPlainText())
        self.result.setFocus()

    def _tick(self) -> None:
        left = self.deadline.remainingTime() if self.deadline else 0
        if left <= 0:
            self.finish_exam()
            return
        minutes, seconds = divmod((left + 999) // 1000, 60)
        urgent = theme.verdict_colours()[1] if left < 60_000 else theme.scheme().ink.name()
        self.clock_label.setText(f"<span style='color:{urgent}'><b>"
                                 f"{self.tr('Time left: {m}:{s:02d}').format(m=minutes, s=seconds)}</b></span>")
