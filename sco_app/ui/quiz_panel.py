"""The quiz: practice with feedback after every answer, or an exam with none until the end.

Before the first quiz the panel asks who is answering (:class:`ProfileDialog`) and keeps every answer in
the progress store, which it opens only then (building the window touches no user data). A map question is
announced (``map_question``) so the window can show the map with the question on it; a state clicked there is
chosen (:meth:`country_clicked`) and only Confirm (or Enter) commits it. The practice or exam itself is the core's
engine (:class:`~sco_app.core.quiz_session.QuizSession`): the panel holds no rule and no session state of its own, it
shows the session and sends it the student's actions (start, respond, check, next, skip, go back, finish, resume);
while an exam runs the window is in exam mode (``AppState.exam_mode``).
Practice and exam look different on purpose: a blue "Practice" banner, a vermillion "Exam" one.
"""

from __future__ import annotations

import datetime as dt
import random

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QStackedWidget, QWidget

from sco_app.core import quiz
from sco_app.core.practice_rounds import due_now
from sco_app.core.preferences import exam_fields_set_by_lab, lab_exam_settings
from sco_app.core.progress import Profile, ProgressStore
from sco_app.core.quiz_session import Action, Mode, Phase, QuizSession, Refusal
from sco_app.ui import theme
from sco_app.ui.practice_summary import PracticeSummary
from sco_app.ui.private_settings import preferences
from sco_app.ui.quiz_exam import ExamFlow
from sco_app.ui.quiz_session_link import NOT_DONE, SessionLink
from sco_app.ui.exam_settings_dialog import ExamSettingsDialog
from sco_app.ui.profile_dialog import ProfileDialog, StartPage, column, named_label, profile_label, scaled_font
from sco_app.ui.map_question import MapQuestion
from sco_app.ui.question_kinds import widget_for
from sco_app.ui.question_widgets import QuestionWidget
from sco_app.ui.quiz_pages import BANNERS, EndPage, QuestionPage, ask, banner_style, scrolling
from sco_app.ui.results_view import Report, ResultsView, announce
from sco_app.ui.store_problems import StoreProblemBar
from sco_app.ui.state import AppState
from sco_app.ui.user_data import open_store

START, QUESTION, RESULT = range(3)


class QuizPanel(SessionLink, ExamFlow, QWidget):
    map_question = Signal(object)  # the MapQuestion now up, or None once no map question is up
    answer_checked = Signal()  # practice showed the feedback of an answer
    event_shown = Signal(str)  # "Show on timeline and map" selected this event
    answer_recorded = Signal()  # an answer was saved in the progress store (and queued for the class's LRS)

    def __init__(self, state: AppState, store: ProgressStore | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self._store, self.report = state, store, Report(state)
        self.profile: Profile | None = None
        self.instructor = None  # an InstructorMode; None: instructor functions are open
        self.session: QuizSession | None = None  # the practice or exam under way: the engine, which holds its state
        self.widget: QuestionWidget | None = None  # the widget answering the question shown
        self.exam_settings = lab_exam_settings(state.pack.exam, preferences()) if state.pack else None
        self.rng, self.results_window, self.last_result, self._ticks = random.Random(), None, None, 0
        self._again = None  # the student's action to try again once the progress store works
        self.timer = QTimer(self, interval=500, timeout=self._tick)
        self.setAccessibleName(self.tr("Quiz"))
        self._build()
        state.pack_loaded.connect(self._pack_loaded)
        if state.pack is not None:  # built after the pack was loaded
            self._show_start()

    @property
    def store(self) -> ProgressStore:
        if self._store is None:
            self._store = open_store(self)
        return self._store

    def _build(self) -> None:
        self.banner = scaled_font(named_label(self.tr("Quiz mode"), alignment=Qt.AlignmentFlag.AlignCenter,
                                              wordWrap=True), 1.2)
        self.status = named_label(self.tr("Quiz progress"), wordWrap=True)
        self.clock_label = named_label(self.tr("Time left"))
        line = QHBoxLayout()
        line.addWidget(self.status, 1)
        line.addWidget(self.clock_label)
        self.start = start = StartPage(BANNERS)
        for button, slot in ((start.practice_button, lambda: self.start_practice()),
                             (start.exam_button, lambda: self.start_exam()),
                             (start.settings_button, self.edit_exam_settings),
                             (start.profile_button, self.choose_profile), (start.results_button, self.open_results)):
            button.clicked.connect(slot)
        self.page = page = QuestionPage()
        self.prompt, self.feedback, self.scroll = page.prompt, page.feedback, page.scroll
        self.check_button, self.next_button, self.skip_button = page.check_button, page.next_button, page.skip_button
        self.show_button, self.stop_button = page.show_button, page.stop_button
        for button, slot in ((self.check_button, self.check), (self.next_button, self.next_question),
                             (self.skip_button, self.skip_question), (self.show_button, self.show_event),
                             (self.stop_button, self.stop)):
            button.clicked.connect(slot)
        self.end = EndPage()
        self.result = self.end.text
        self.end.back_button.clicked.connect(self._show_start)
        self.pages = QStackedWidget()
        start_page = scrolling(start, self.tr("Start a quiz"), self.tr(
            "Who is answering, and a practice or an exam to start, with the exam's settings."))
        for widget in (start_page, page, self.end):
            self.pages.addWidget(widget)
        self.problem_bar = StoreProblemBar()
        self.problem_bar.retry.connect(self._try_again)
        column(self, self.banner, line, self.problem_bar, self.pages, margin=6)
        self._show_banner("")

    def set_profile(self, profile: Profile | None) -> None:
        self.profile = profile
        self._show_start()

    def choose_profile(self) -> bool:
        dialog = ProfileDialog(self.store, self.profile, self, self.instructor)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.profile is not None:
            self.set_profile(dialog.profile)
        return self.profile is not None

    def edit_exam_settings(self) -> None:
        """The exam's settings: editable in instructor mode (and with no lab PIN), read-only to students."""
        if self.state.pack is None:
            return
        running = self.exam_running()
        editable = not running and (self.instructor is None or self.instructor.active)
        unlock = self.instructor.unlock if not editable and not running else None
        dialog = ExamSettingsDialog(self.exam_settings, len(quiz.questions_of(self.state.pack)), self,
                                    read_only=not editable, unlock=unlock, set_by_lab=exam_fields_set_by_lab(preferences()),
                                    pack=self.state.pack, language=self.state.language)
        if dialog.exec() == QDialog.DialogCode.Accepted and not dialog.read_only:
            self.exam_settings = dialog.settings()
            self._show_start()

    def _ready(self) -> bool:
        """A pack is loaded and a profile chosen (asking for one now if needed)."""
        return self.state.pack is not None and (self.profile is not None or self.choose_profile())

    def _pack_loaded(self, pack) -> None:
        """Another pack ends the quiz; the same pack loaded again (saved while it is previewed) keeps a
        practice session going with its questions as they are now."""
        session = self.session
        if session is not None and session.mode is Mode.PRACTICE and pack.id == session.pack_id:
            self.exam_settings = lab_exam_settings(pack.exam, preferences())
            self._refresh_practice(pack)
            return
        self._end()
        self.exam_settings = lab_exam_settings(pack.exam, preferences())
        self._show_start()

    def _refresh_practice(self, pack) -> None:
        """Take the questions of the practice under way from ``pack``, by id: an edited question on screen and
        not yet answered is shown as it is now; one that is gone gives way to the next."""
        session = self.session
        session.reload(pack)
        by_id = {q.id: q for q in session.rounds.pool()}
        if not by_id:
            return self.stop()
        shown = self.widget.question if self.widget is not None else None
        if shown is not None and shown.id in by_id:
            if by_id[shown.id] != shown and not self.answered:
                self._show_question(by_id[shown.id], session.slot.arrangement)
            else:
                self._update_status()
        elif not self.answered and session.can(Action.SKIP):
            self._act(session.skip)
            self._show_slot()

    # -- the flow ------------------------------------------------------------------------------------

    def start_practice(self, question_ids=None) -> None:
        """Practise every question of the pack, or only those of ``question_ids`` (say, the ones missed)."""
        if self.exam_running() or not self._ready():
            return
        self._end()
        again = lambda: self.start_practice(question_ids)  # noqa: E731
        try:
            session = self._act(QuizSession.start_practice, self.store, self.profile, self.state.pack,
                                question_ids, self._now, self.rng, again=again)
        except ValueError:  # nothing to ask (an empty selection): back to the start
            return self._show_start()
        if session is NOT_DONE:
            return
        self.session = session
        self._show_banner("practice")
        if self._act(session.present, again=self._show_next) is not NOT_DONE:
            self._show_slot()

    def _show_slot(self) -> None:
        """Show the engine's question (an exam with every question shown: its end)."""
        slot = self.session.slot if self.session is not None else None
        if slot is None or self.session.phase is Phase.AT_END:
            if self.exam_running():
                self._exam_at_end()
            return
        self._show_question(slot.question, slot.arrangement, slot.response)

    def _show_question(self, question, arrangement, response=None) -> None:
        self._clear_widget()
        self.widget = widget_for(self.state, question, arrangement)
        if isinstance(self.widget, MapQuestion):
            self.widget.names_shown = self.mode == "practice"  # an exam never names a state clicked on the map
        if response is not None:
            self.widget.show_response(response)  # an exam resumed: the response kept is on screen again
        self.widget.changed.connect(self._response_changed)
        self.page.holder.addWidget(self.widget)
        self.prompt.setText(self.state.text(question.prompt))
        self.page.clear()
        self.pages.setCurrentIndex(QUESTION)
        self._update_buttons()
        self._update_status()
        self.widget.focus_first()
        if isinstance(self.widget, MapQuestion):
            self.widget.map_wanted.connect(lambda: self.map_question.emit(self.widget))
        self.map_question.emit(self.widget if isinstance(self.widget, MapQuestion) else None)

    def _update_buttons(self) -> None:
        session = self.session
        if session is None:
            return
        practice, done, ready = self.mode == "practice", self.answered, self.refusal(True) is None
        self.check_button.setVisible(practice)
        self.check_button.setEnabled(ready)
        self.next_button.setEnabled(done if practice else ready)
        unseen = any(not s.seen for s in session.slots)
        others = [s for s in session.skipped() if s is not session.slot] if not practice else []
        last = not practice and not unseen and not (others and session.settings.back_to_skipped)
        self.next_button.setText(self.tr("&Finish exam") if last else self.tr("&Next question"))
        self.skip_button.setVisible(not practice)
        self.show_button.setVisible(practice and done and self._event() is not None)
        self.stop_button.setVisible(practice)

    def _update_status(self) -> None:
        if self.pages.currentIndex() == START:
            self.status.clear()  # the start page says it all
            return
        parts = [self.tr("Answering: {name}").format(name=profile_label(self.profile))] if self.profile else []
        session = self.session
        if self.exam_running() and self.pages.currentIndex() == QUESTION and session.current is not None:
            parts.append(self.tr("Question {n} of {count}").format(n=session.current + 1, count=len(session.slots)))
        elif self.mode == "practice":
            progress = session.practice_progress()
            parts.append(self.tr("{n} answered ({right} right)").format(n=progress.answered, right=progress.right))
            parts.append(self.tr("{n} due").format(n=progress.due))
        self.status.setText("  ·  ".join(parts))

    def awaits_country(self) -> bool:
        """Whether a map question is up and not yet answered."""
        return isinstance(self.widget, MapQuestion) and not self.answered and self.pages.currentIndex() == QUESTION

    def country_clicked(self, code: str) -> None:
        """A state clicked on the map is chosen for the map question shown, if any (Confirm commits it)."""
        if self.awaits_country():
            self.widget.choose(code, on_map=True)

    def check(self) -> None:
        """Check the answer on screen, if the engine says it may be: practice shows the feedback, an exam moves
        on. With nothing chosen nothing happens, in an exam too; when the exam's time is up it is handed in."""
        session, widget = self.session, self.widget
        if session is None or widget is None or self.answered:
            return
        refusal = session.refusal(Action.CHECK)
        if refusal is Refusal.TIME_UP:
            return self.finish_exam()
        if refusal is Refusal.NO_RESPONSE or not self._meant(refusal):
            return
        if self.session is not session or self.widget is not widget or self.answered:
            return  # (the time ran out while a question was asked: the exam was handed in)
        if session.refusal(Action.CHECK, True) is not None:
            return self.finish_exam() if session.time_up() else None
        if self.mode == "exam":
            if self._act(session.check, True, again=self.check) is NOT_DONE:
                return  # the answer stays on screen; Try again hands it in
            self.answer_recorded.emit()
            self._show_next()
            return
        grade = self._act(session.check, True, again=self.check)
        if not isinstance(grade, quiz.Grade):
            return
        self.answer_recorded.emit()
        question = widget.question
        widget.set_enabled(False)
        widget.reveal(grade.right)
        html = self.report.answer_html(question, widget.response(), grade)
        verdict = grade.verdict in (quiz.Verdict.RIGHT, quiz.Verdict.DEFENSIBLE)  # a defensible answer is no error
        self.page.show_feedback(html, theme.verdict_colours()[0 if verdict else 1])
        plain = QTextDocumentFragment.fromHtml(html).toPlainText()
        announce(self.feedback, self.report.verdict(question, grade), plain)
        self._update_buttons()
        self._update_status()
        self.next_button.setFocus()
        self.answer_checked.emit()

    confirm = check  # a map question's Confirm, on the map or in the panel

    def next_question(self) -> None:
        """Practice: on to the next question once this one is checked. Exam: hand in this answer and go on."""
        if self.mode == "exam":
            self.check()
        elif self.session is not None and self.session.can(Action.NEXT):
            self._show_next()

    def _event(self) -> str | None:
        question = self.widget.question if self.widget else None
        return (question.event or (question.events[0] if question.events else None)) if question else None

    def show_event(self) -> None:
        """Select the question's event, so the timeline, the map and the argument panel show it."""
        if (event := self._event()) is not None:
            self.state.select(event)
            self.event_shown.emit(event)

    def stop(self) -> None:
        """Stop practice: how it went (answered, right, what comes back when), or the start if nothing was answered."""
        session = self.session
        summary = None
        if self.mode == "practice" and any(s.answered for s in session.slots):
            summary = session.practice_summary()
        self._end()
        if summary is None:
            return self._show_start()
        html = PracticeSummary(self.state).html(summary)
        self._show_banner("")
        self.end.show_html(html, self.tr("Practice summary"), QTextDocumentFragment.fromHtml(html).toPlainText())
        self.pages.setCurrentIndex(RESULT)
        self.banner.setText(self.tr("Practice — stopped: how it went"))
        self._update_status()
        self.end.back_button.setFocus()

    def _end(self) -> None:
        """Close a practice session (its score is the mean of its answers); an exam still running is handed in."""
        if self.exam_running():
            self.finish_exam()
        elif self.session is not None and self.session.live:
            self._act(self.session.finish)  # (a practice's answers are stored already; only its end is not)
        self.session = None
        self._clear_widget()

    def _clear_widget(self) -> None:
        if self.widget is not None:
            self.widget.hide()
            self.widget.deleteLater()
            self.widget = None
            self.map_question.emit(None)

    def _show_start(self) -> None:
        if self.exam_running():
            return
        self._show_banner("")
        self.pages.setCurrentIndex(START)
        if (pack := self.state.pack) is not None:
            who = profile_label(self.profile) if self.profile else self.tr("(you will be asked who you are)")
            due = self.tr("Due now: {n}").format(
                n=due_now(self.store, self.profile, pack, None, dt.datetime.now(dt.timezone.utc))) if self.profile else ""
            self.start.show_info(self.tr("Quiz: {title}").format(title=self.state.text(pack.title)),
                                 self.tr("Answering: {who}").format(who=who), due, self.exam_settings)
        self._update_status()

    def _show_banner(self, mode: str) -> None:
        words = {"practice": self.tr("Practice — feedback after every answer"),
                 "exam": self.tr("Exam — no feedback until the end"), "": self.tr("Quiz")}
        self.banner.setText(words[mode])
        self.banner.setStyleSheet(banner_style(mode))

    def open_results(self) -> None:
        """The profile's results in a window of their own (charts need the room)."""
        if self.exam_running() or not self._ready():
            return
        if self.results_window is not None:
            self.results_window.close()
            self.results_window.deleteLater()
        self.results_window = window = ResultsView(self.state, self.store, self.profile)
        window.setParent(self, Qt.WindowType.Window)
        window.resize(1000, 680)
        window.show()

    def keyPressEvent(self, event) -> None:
        """Enter checks the answer (if there is one), then (or in an exam) goes on; on a button, presses it (also
        on the start and end pages: "Start practice" with the keyboard's focus starts it)."""
        enter, focus = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter), self.focusWidget()
        pressable = isinstance(focus, QPushButton) and focus.isVisible() and focus.isEnabled()
        if enter and self.pages.currentIndex() != QUESTION:
            if pressable and self.isAncestorOf(focus):
                focus.click()
        elif enter:
            if isinstance(focus, QPushButton) and focus.parent() is self.check_button.parent():
                if pressable:
                    focus.click()
            elif not self.answered:
                self.check()
            else:
                self.next_question()
        elif not (isinstance(self.widget, QuestionWidget) and not self.widget.locked and self.widget.handle_key(event)):
            super().keyPressEvent(event)

    def shutdown(self) -> None:
        """The window closes: an exam still running stays open to resume at the next start (its answers are
        stored; handing it in is the student's choice, asked before); a practice session is closed, then the store."""
        self.suspend_exam()
        self._end()
        if self._store is not None:
            self._store.close()
            self._store = None
