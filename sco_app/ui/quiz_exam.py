"""The exam part of the quiz panel: start, resume, the clock, a question skipped, leaving, the result.

The exam itself is the core's :class:`~sco_app.core.quiz_session.QuizSession`: every answer is in the progress
store the moment it is given, so a window closed, a crash or a power cut loses nothing, and the next start offers
to resume the exam with the same questions, order, answers and time left. While an exam runs the window is in
exam mode (:meth:`AppState.set_exam_mode`): nothing on screen tells a reading. Instructor mode is left at the
start, and the student's own results window closes.
"""

from __future__ import annotations

from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QMessageBox

from sco_app.core.dates import PartialDate
from sco_app.core.quiz_session import Action, Mode, Phase, QuizSession, unfinished_exams
from sco_app.core.xapi_addresses import needs_student_id
from sco_app.ui import theme
from sco_app.ui.private_settings import preferences
from sco_app.ui.profile_dialog import profile_label
from sco_app.ui.quiz_pages import ask, choose
from sco_app.ui.quiz_session_link import NOT_DONE
from sco_app.ui.results_view import announce

RESULT = 2  # the quiz panel's page of results
SAVE_EVERY_TICKS = 20  # the time used is stored every 10 s (and with every action)


class ExamFlow:
    """Mixed into :class:`~sco_app.ui.quiz_panel.QuizPanel`, whose widgets and store it uses."""

    def exam_running(self) -> bool:
        """Whether the session on screen is an exam not yet handed in (the engine's state, not the window's)."""
        session = self.session
        return session is not None and session.mode is Mode.EXAM and session.live

    def start_exam(self, seed: int | None = None) -> None:
        if self.exam_running() or not self._ready():
            return
        if self.offer_resume(self.profile):  # this student's exam left unfinished comes first
            return
        if needs_student_id(self.profile, preferences()):
            QMessageBox.information(self, self.tr("A student id is needed"), self.tr(
                "This computer's lab settings ask for a student id before an exam, so that your results reach your "
                "teacher under your name. Choose or create a profile with your student id (Change profile…), then "
                "start the exam."))
            return
        self._end()
        pack = self.state.pack
        session = self._act(QuizSession.start_exam, self.store, self.profile, pack, self.exam_settings, seed,
                            self._now, again=lambda: self.start_exam(seed))
        if session is not NOT_DONE:
            self._enter_exam(session)

    def _enter_exam(self, session: QuizSession) -> None:
        self.session, self._ticks = session, 0
        if self.results_window is not None:
            self.results_window.close()  # a student's own results stay closed during the exam
        if self.instructor is not None:
            self.instructor.lock()
        self.state.set_exam_mode(True)
        self._show_banner("exam")
        if session.time_left() is not None:
            self.timer.start()
            self._tick()
        if not self.exam_running():
            return  # the time ran out while the exam was closed: it has been handed in
        if session.phase is Phase.READY:
            self._show_next()
        else:
            self._show_slot()

    # -- an exam left open -----------------------------------------------------------------------------

    def unfinished(self, profile=None):
        """Exams on this pack left open by a close, a crash or a power cut (newest first); none if there is no
        progress file yet (asking creates none)."""
        if self.state.pack is None or (self._store is None and not self.store_exists()):
            return []
        return unfinished_exams(self.store, profile, self.state.pack.id)

    def offer_resume(self, profile=None) -> bool:
        """Offer to resume the newest exam on this pack left open (``profile``'s, or anyone's), or to hand it in
        now. True if it was taken up (resumed or handed in)."""
        if self.exam_running() or not (left := self.unfinished(profile)):
            return False
        exam = left[0]
        stored = self._act(QuizSession.resume, self.store, exam.id, None, self._now)
        if stored is NOT_DONE:
            return False
        time_left = stored.time_left()
        local = exam.started.astimezone()  # the day in the app's language (never the system's), then the time
        when = f"{PartialDate(local.year, local.month, local.day).display()} {local:%H:%M}"
        text = self.tr("An exam was left unfinished: {name}, started {when}. {answered} of {asked} questions are "
                       "answered and kept.").format(name=profile_label(exam.profile), when=when,
                                                    answered=exam.answered, asked=exam.questions)
        if time_left is not None:
            minutes, seconds = divmod(max(0, int(time_left.total_seconds())), 60)
            text += " " + (self.tr("Time left: {m}:{s:02d}.").format(m=minutes, s=seconds) if minutes or seconds
                           else self.tr("Its time is over: it can only be handed in."))
        choices = [self.tr("&Resume the exam"), self.tr("&Hand it in now"), self.tr("&Not now")]
        if time_left is not None and time_left.total_seconds() <= 0:
            choices.pop(0)
        picked = choices[choose(self, self.tr("Resume the exam?"), text, choices)]
        if picked == self.tr("&Not now") or not self._may_answer_as(exam.profile):
            return False
        self._end()
        self.profile = exam.profile
        self._enter_exam(stored)
        if picked == self.tr("&Hand it in now") and self.exam_running():
            self.finish_exam()
        return True

    def leave_exam(self) -> bool:
        """The window is about to close (or be rebuilt) with an exam running: ask. Leaving keeps the exam to resume
        at the next start (the answers are stored already); handing in ends it. True if the window may go."""
        if not self.exam_running():
            return True
        clock = (self.tr("The exam's clock pauses until you resume it.") if self.session.settings.clock_pauses
                 else self.tr("The exam's clock keeps running meanwhile."))
        picked = choose(self, self.tr("Leave the exam?"), self.tr(
            "Your answers so far are kept. Leave now and the exam is offered to resume when sco-app starts again, "
            "with the same questions and answers. {clock} Or hand the exam in as it is now.").format(clock=clock),
            [self.tr("&Leave, resume later"), self.tr("&Hand in now"), self.tr("&Stay in the exam")])
        if not self.exam_running():
            return True  # the time ran out while the question was open: it has been handed in
        if picked == 0:
            self.suspend_exam()
        elif picked == 1:
            self.finish_exam()
        return picked in (0, 1)

    def suspend_exam(self) -> None:
        """Leave the exam open, to resume later: its time used is stored; nothing is handed in."""
        if not self.exam_running():
            return
        self._act(self.session.save_time)
        self.timer.stop()
        self.session = None
        self._clear_widget()
        self.state.set_exam_mode(False)
        self.clock_label.clear()
        self._show_start()

    # -- the exam's flow -------------------------------------------------------------------------------

    def skip_question(self) -> None:
        """An exam's question left unanswered on purpose (asked first: the exam may not come back to it)."""
        if not self.exam_running() or self.widget is None:
            return
        back = self.session.settings.back_to_skipped
        text = (self.tr("It stays unanswered for now: you can come back to it before you hand in the exam.") if back
                else self.tr("It stays unanswered, and you cannot come back to it."))
        if ask(self, self.tr("Skip this question?"), text, self.tr("&Skip it"), self.tr("&No, go back")) \
                and self.exam_running() and self.session.can(Action.SKIP):
            if self._act(self.session.skip) is not NOT_DONE:
                self._show_slot()

    def _exam_at_end(self) -> None:
        """Every question has been shown: go back to the skipped ones (if the exam allows it), or hand it in."""
        session = self.session
        skipped = session.skipped()
        if skipped and session.settings.back_to_skipped and not ask(
                self, self.tr("Hand in the exam?"), self.tr(
                    "You skipped {n} question(s). Hand in the exam as it is, or go back to them?").format(n=len(skipped)),
                self.tr("&Hand in"), self.tr("&Go back to them")):
            if self.exam_running() and session.can(Action.RETURN, position=skipped[0].position):
                if self._act(session.return_to, skipped[0].position) is not NOT_DONE:
                    self._show_slot()
                return
        if self.exam_running():
            self.finish_exam()

    def finish_exam(self) -> None:
        """Hand the exam in (last answer, time up, or the student chose to): the answer on screen counts; the
        questions left unanswered are stored as unanswered, never as wrong."""
        session = self.session
        self.timer.stop()
        if session is None or session.mode is not Mode.EXAM:
            return
        if session.live and self._act(session.finish, again=self.finish_exam) is NOT_DONE:
            if session.time_left() is not None:
                self.timer.start()  # nothing handed in yet: Try again hands it in, or the clock at its end
            return
        result = session.exam_result()
        html = self.report.exam_html(session.exam, session.grades(), session.responses(), result)
        self.session, self.last_result = None, result
        self._clear_widget()
        self.state.set_exam_mode(False)
        self.end.show_html(html, self.tr("Exam result"), self.tr(
            "Your score and pass or fail, how many questions you answered, got right and left unanswered, your "
            "share right by theory, then every question with your answer and the right one."))
        self.pages.setCurrentIndex(RESULT)
        self.banner.setText(self.tr("Exam — finished: your result"))
        self.clock_label.clear()
        self._update_status()
        announce(self.result, self.tr("Exam result: {p}%").format(p=result["percent"]),
                 QTextDocumentFragment.fromHtml(html).toPlainText())
        self.result.setFocus()

    def _tick(self) -> None:
        """The exam's clock: time left from the engine (it runs from the start, across a close, unless the exam's
        settings pause it); at zero the exam is handed in."""
        if not self.exam_running():
            self.timer.stop()
            return
        left = self.session.time_left()
        if left is None:
            return
        if left.total_seconds() <= 0:
            self.finish_exam()
            return
        self._ticks += 1
        if self._ticks % SAVE_EVERY_TICKS == 0:
            self._act(self.session.save_time)
        ms = int(left.total_seconds() * 1000)
        minutes, seconds = divmod((ms + 999) // 1000, 60)
        urgent = theme.verdict_colours()[1] if ms < 60_000 else theme.scheme().ink.name()
        self.clock_label.setText(f"<span style='color:{urgent}'><b>"
                                 f"{self.tr('Time left: {m}:{s:02d}').format(m=minutes, s=seconds)}</b></span>")
