"""The quiz: practice with feedback after every answer, or an exam with none until the end.

Before the first quiz the panel asks who is answering (:class:`ProfileDialog`) and keeps every answer in
the progress store, which it opens only then (building the window touches no user data). Map questions
ask the window for its map (``map_wanted``) and take the state clicked there (:meth:`country_clicked`).
Practice and exam look different on purpose: a blue "Practice" banner, a vermillion "Exam" one.
"""

from __future__ import annotations

import datetime as dt
import random

from PySide6.QtCore import QDeadlineTimer, QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QScrollArea, QStackedWidget, QTextBrowser, QVBoxLayout, QWidget,
)

from sco_app.core import quiz, results
from sco_app.core.model import QuestionType
from sco_app.core.progress import Profile, ProgressStore
from sco_app.ui.profile_dialog import (
    ExamSettingsDialog, ProfileDialog, StartPage, column, named_label, profile_label, push_button,
)
from sco_app.ui import theme
from sco_app.ui.question_kinds import widget_for
from sco_app.ui.question_widgets import MapQuestion, QuestionWidget
from sco_app.ui.results_view import Report, ResultsView, announce
from sco_app.ui.state import AppState
from sco_app.ui.user_data import open_store

BANNERS = {"practice": "#0072B2", "exam": "#D55E00", "": "#555555"}  # Okabe-Ito blue and vermillion
START, QUESTION, RESULT = range(3)


class QuizPanel(QWidget):
    map_wanted = Signal(str)  # a map question is shown (its prompt): show the map
    event_shown = Signal(str)  # "Show on timeline and map" selected this event
    answer_recorded = Signal()  # an answer was saved in the progress store (and queued for the class's LRS)

    def __init__(self, state: AppState, store: ProgressStore | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self._store, self.report = state, store, Report(state)
        self.profile: Profile | None = None
        self.mode, self.questions, self.index, self.widget, self.answered = "", [], 0, None, False
        self.session_id, self.exam, self.grades, self.responses, self.scores = None, None, {}, {}, []
        self.pool_ids, self.session_pack = None, None  # the practice under way: its question ids (None: all), pack id
        self.exam_settings = state.pack.exam if state.pack else None
        self.rng, self.results_window, self.clock, self.deadline = random.Random(), None, QElapsedTimer(), None
        self.timer = QTimer(self, interval=500, timeout=self._tick)
        self.setAccessibleName(self.tr("Quiz"))
        self._build()
        state.pack_loaded.connect(self._pack_loaded)

    @property
    def store(self) -> ProgressStore:
        if self._store is None:
            self._store = open_store(self)
        return self._store

    def _build(self) -> None:
        self.banner = named_label(self.tr("Quiz mode"), alignment=Qt.AlignmentFlag.AlignCenter)
        self.status, self.clock_label = named_label(self.tr("Quiz progress")), named_label(self.tr("Time left"))
        line = QHBoxLayout()
        line.addWidget(self.status, 1)
        line.addWidget(self.clock_label)
        self.start = start = StartPage(BANNERS)
        for button, slot in ((start.practice_button, lambda: self.start_practice()),
                             (start.exam_button, lambda: self.start_exam()),
                             (start.settings_button, self.edit_exam_settings),
                             (start.profile_button, self.choose_profile), (start.results_button, self.open_results)):
            button.clicked.connect(slot)
        # the question page: prompt, answer and feedback (scrolling), then the buttons
        self.prompt = named_label(self.tr("Question"), wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.prompt.setStyleSheet("font-size: 13pt; font-weight: bold")
        self.holder = QVBoxLayout()
        self.feedback = named_label(self.tr("Feedback"), wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.feedback.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.feedback.hide()
        self.scroll = QScrollArea(widgetResizable=True, horizontalScrollBarPolicy=Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(column(QWidget(), self.prompt, self.holder, self.feedback, 1, margin=8))
        self.scroll.setAccessibleName(self.tr("Question and feedback"))
        self.scroll.setAccessibleDescription(self.tr(
            "The question, how to answer it, the answer choices and, once you check, whether you were right and why."))
        row = QHBoxLayout()
        self.check_button = push_button(self.tr("&Check answer"), self.tr("Check answer (Enter)"), self.check, row)
        self.next_button = push_button(self.tr("&Next question"), self.tr("Next question (Enter)"),
                                        self.next_question, row)
        self.show_button = push_button(self.tr("Show on time&line and map"), self.tr("Show on timeline and map"),
                                        self.show_event, row)
        row.addStretch(1)
        self.stop_button = push_button(self.tr("&Stop practice"), self.tr("Stop practice"), self.stop, row)
        page = column(QWidget(), self.scroll, row)
        # the result page of an exam
        self.result = QTextBrowser()
        self.result.setAccessibleName(self.tr("Exam result"))
        self.result.setAccessibleDescription(self.tr(
            "Your score and pass or fail, your share right by theory, then every question with your answer and the right one."))
        row = QHBoxLayout()
        push_button(self.tr("&Back to the start"), self.tr("Back to the start"), self._show_start, row)
        row.addStretch(1)
        self.pages = QStackedWidget()
        for widget in (start, page, column(QWidget(), self.result, row)):
            self.pages.addWidget(widget)
        column(self, self.banner, line, self.pages, margin=6)
        self._set_mode("")

    def set_profile(self, profile: Profile | None) -> None:
        self.profile = profile
        self._show_start()

    def choose_profile(self) -> bool:
        dialog = ProfileDialog(self.store, self.profile, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.profile is not None:
            self.set_profile(dialog.profile)
        return self.profile is not None

    def edit_exam_settings(self) -> None:
        if self.state.pack is not None:
            dialog = ExamSettingsDialog(self.exam_settings, len(quiz.questions_of(self.state.pack)), self)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.exam_settings = dialog.settings()
                self._show_start()

    def _ready(self) -> bool:
        """A pack is loaded and a profile chosen (asking for one now if needed)."""
        return self.state.pack is not None and (self.profile is not None or self.choose_profile())

    def _pack_loaded(self, pack) -> None:
        """Another pack ends the quiz; the same pack loaded again (saved while it is previewed) keeps a
        practice session going with its questions as they are now."""
        if self.mode == "practice" and self.session_id is not None and pack.id == self.session_pack:
            self.exam_settings = pack.exam
            self._refresh_practice(pack)
            return
        self._end()
        self.exam_settings = pack.exam
        self._show_start()

    def _refresh_practice(self, pack) -> None:
        """Take the questions of the practice under way from ``pack``, by id: an edited question on screen and
        not yet answered is shown as it is now; one that is gone gives way to the next."""
        by_id = {q.id: q for q in quiz.questions_of(pack)}
        self.pool = [q for q in by_id.values() if self.pool_ids is None or q.id in self.pool_ids]
        if not self.pool:
            return self.stop()
        shown = self.questions[self.index] if self.index < len(self.questions) else None
        self.index = sum(q.id in by_id for q in self.questions[:self.index])  # the same question, or the next
        self.questions = [by_id[q.id] for q in self.questions if q.id in by_id]
        if shown is not None and shown.id in by_id:
            if by_id[shown.id] != shown and not self.answered:
                self._show_question()
            else:
                self._update_status()
        elif self.index < len(self.questions):
            self._show_question()
        else:  # it was the last of the round: the next round, due ones first
            self.questions, self.index = self._practice_order(), 0
            self._show_question()

    # -- the flow ------------------------------------------------------------------------------------

    def start_practice(self, question_ids=None) -> None:
        """Practise every question of the pack, or only those of ``question_ids`` (say, the ones missed)."""
        if not self._ready():
            return
        self._end()
        pack = self.state.pack
        self.pool = [q for q in quiz.questions_of(pack) if question_ids is None or q.id in question_ids]
        self.pool_ids, self.session_pack = None if question_ids is None else set(question_ids), pack.id
        self.session_id = self.store.start_session(self.profile, pack.id, pack.version, "practice")
        self._set_mode("practice")
        self.questions, self.index = self._practice_order(), 0
        if not self.questions:  # nothing to ask (an empty selection): back to the start
            return self.stop()
        self._show_question()

    def _practice_order(self) -> list:
        schedule = self.store.schedule(self.profile, self.state.pack.id, self.pool)
        return quiz.practice_order(self.pool, schedule, dt.datetime.now(dt.timezone.utc), self.rng)

    def start_exam(self, seed: int | None = None) -> None:
        if not self._ready():
            return
        self._end()
        pack, settings = self.state.pack, self.exam_settings
        seed = random.SystemRandom().randrange(2**31) if seed is None else seed
        self.session_id = self.store.start_session(self.profile, pack.id, pack.version, "exam", seed=seed)
        self.exam = quiz.make_exam(quiz.questions_of(pack), settings, seed)
        self.questions, self.index, self.grades, self.responses = list(self.exam.questions), 0, {}, {}
        self._set_mode("exam")
        if settings.minutes:
            self.deadline = QDeadlineTimer(settings.minutes * 60_000)
            self.timer.start()
            self._tick()
        if self.questions:
            self._show_question()
        else:
            self.finish_exam()

    def _show_question(self) -> None:
        question = self.questions[self.index]
        self._clear_widget()
        order = self.exam.arrangement.get(question.id, ()) if self.exam else ()
        self.widget = widget_for(self.state, question, order)
        self.widget.changed.connect(self._update_buttons)
        self.widget.map_wanted.connect(lambda: self.map_wanted.emit(self.state.text(question.prompt)))
        self.holder.addWidget(self.widget)
        self.prompt.setText(self.state.text(question.prompt))
        self.feedback.hide()
        self.answered = False
        self.pages.setCurrentIndex(QUESTION)
        self.scroll.verticalScrollBar().setValue(0)
        self._update_buttons()
        self._update_status()
        self.widget.focus_first()
        self.clock.start()
        if question.type is QuestionType.MAP:
            self.map_wanted.emit(self.state.text(question.prompt))

    def _update_buttons(self) -> None:
        practice, done = self.mode == "practice", self.answered
        self.check_button.setVisible(practice and not done)
        self.check_button.setEnabled(self.widget is not None and self.widget.answered())
        self.next_button.setVisible(done or not practice)
        last = not practice and self.index == len(self.questions) - 1  # an exam's last question hands it in
        self.next_button.setText(self.tr("&Finish exam") if last else self.tr("&Next question"))
        self.show_button.setVisible(practice and done and self._event() is not None)
        self.stop_button.setVisible(practice)

    def _update_status(self) -> None:
        if self.pages.currentIndex() == START:
            self.status.clear()  # the start page says it all
            return
        parts = [self.tr("Answering: {name}").format(name=profile_label(self.profile))] if self.profile else []
        if self.mode and self.pages.currentIndex() == QUESTION:
            parts.append(self.tr("Question {n} of {count}").format(n=self.index + 1, count=len(self.questions)))
        if self.mode == "practice" and self.scores:
            right = sum(score == 1 for score in self.scores)
            parts.append(self.tr("{right} of {n} right").format(right=right, n=len(self.scores)))
        if self.mode != "exam" and self.profile and self.state.pack:
            parts.append(self.tr("Due for review: {n}").format(n=self.due_count()))
        self.status.setText("  ·  ".join(parts))

    def due_count(self) -> int:
        schedule = self.store.schedule(self.profile, self.state.pack.id, quiz.questions_of(self.state.pack))
        return quiz.due_count(schedule, dt.datetime.now(dt.timezone.utc))

    def awaits_country(self) -> bool:
        """Whether a map question is up and not yet answered."""
        return isinstance(self.widget, MapQuestion) and not self.answered and self.pages.currentIndex() == QUESTION

    def country_clicked(self, code: str) -> None:
        """A state clicked on the map answers the map question shown, if any."""
        if self.awaits_country():
            self.widget.choose(code)
            (self.check_button if self.mode == "practice" else self.next_button).setFocus()

    def check(self) -> None:
        """Grade and record the answer; practice shows the feedback, an exam moves on."""
        if self.widget is None or self.answered:
            return
        if self.mode == "exam":
            self._take_exam_answer()  # a question left blank counts as not answered, at the end
            self._advance()
            return
        question, response = self.widget.question, self.widget.response()
        grade = quiz.grade(question, response)
        self._record(question, response, grade, self.clock.elapsed())
        self.answered = True
        self.widget.set_enabled(False)
        self.widget.reveal(grade.right)
        self.scores.append(grade.score)
        html = self.report.answer_html(question, response, grade)
        colour = theme.verdict_colours()[0 if grade.verdict in (quiz.Verdict.RIGHT, quiz.Verdict.DEFENSIBLE) else 1]
        self.feedback.setStyleSheet(f"QLabel {{ border: 2px solid {colour}; border-radius: 6px; padding: 8px; "
                                    "background: palette(base); color: palette(text) }")
        self.feedback.setText(html)
        self.feedback.show()
        plain = QTextDocumentFragment.fromHtml(html).toPlainText()
        announce(self.feedback, self.report.verdict(question, grade), plain)
        self._update_buttons()
        self._update_status()
        self.next_button.setFocus()

    def _take_exam_answer(self) -> None:
        if self.widget is not None and not self.answered and self.widget.answered():
            question, response = self.widget.question, self.widget.response()
            self.grades[question.id] = grade = quiz.grade(question, response)
            self.responses[question.id] = response
            self._record(question, response, grade, self.clock.elapsed())
            self.answered = True

    def _record(self, question, response, grade, time_ms: int) -> None:
        pack = self.state.pack
        self.store.record(self.profile, pack.id, pack.version, question, response, grade, mode=self.mode,
                          time_ms=int(time_ms), session_id=self.session_id, theory=quiz.theory_of(question, pack),
                          definition=results.interaction_definition(question, pack))
        self.answer_recorded.emit()

    def next_question(self) -> None:
        if self.mode == "exam":
            self.check()
        elif self.answered:
            self._advance()

    def _advance(self) -> None:
        self.index += 1
        if self.index < len(self.questions):
            self._show_question()
        elif self.mode == "exam":
            self.finish_exam()
        else:  # practice goes round again, due ones first
            self.questions, self.index = self._practice_order(), 0
            self._show_question()

    def _event(self) -> str | None:
        question = self.widget.question if self.widget else None
        return (question.event or (question.events[0] if question.events else None)) if question else None

    def show_event(self) -> None:
        """Select the question's event, so the timeline, the map and the argument panel show it."""
        if (event := self._event()) is not None:
            self.state.select(event)
            self.event_shown.emit(event)

    def finish_exam(self) -> None:
        """End the exam (last answer, or time up): unanswered questions are stored as unanswered; show the result."""
        self.timer.stop()
        self._take_exam_answer()  # time up: the answer on screen still counts
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
        self.result.setHtml(html)
        self.pages.setCurrentIndex(RESULT)
        self.banner.setText(self.tr("Exam — finished: your result"))
        self.session_id, self.exam, self.last_result = None, None, result
        self._clear_widget()
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

    def stop(self) -> None:
        self._end()
        self._show_start()

    def _end(self) -> None:
        """Close a practice session (its score is the mean of its answers); an exam still running is handed in."""
        if self.mode == "exam" and self.exam is not None:
            self.finish_exam()
        elif self.mode == "practice" and self.session_id is not None:
            percent = round(100 * sum(self.scores) / len(self.scores)) if self.scores else None
            self.store.finish_session(self.session_id, percent)
        self.session_id, self.scores, self.exam = None, [], None
        self._clear_widget()

    def _clear_widget(self) -> None:
        if self.widget is not None:
            self.widget.hide()
            self.widget.deleteLater()
            self.widget = None

    def _show_start(self) -> None:
        if self.mode == "exam" and self.exam is not None:
            return
        self._set_mode("")
        self.pages.setCurrentIndex(START)
        if (pack := self.state.pack) is not None:
            who = profile_label(self.profile) if self.profile else self.tr("(you will be asked who you are)")
            due = self.tr("Due for review: {n}").format(n=self.due_count()) if self.profile else ""
            self.start.show_info(self.tr("Quiz: {title}").format(title=self.state.text(pack.title)),
                                 self.tr("Answering: {who}").format(who=who), due, self.exam_settings)
        self._update_status()

    def _set_mode(self, mode: str) -> None:
        self.mode = mode
        words = {"practice": self.tr("Practice — feedback after every answer"),
                 "exam": self.tr("Exam — no feedback until the end"), "": self.tr("Quiz")}
        self.banner.setText(words[mode])
        self.banner.setStyleSheet(f"background: {BANNERS[mode]}; color: white; font-size: 12pt; font-weight: bold; "
                                  "padding: 6px; border-radius: 4px")

    def open_results(self) -> None:
        """The profile's results in a window of their own (charts need the room)."""
        if not self._ready():
            return
        if self.results_window is not None:
            self.results_window.close()
            self.results_window.deleteLater()
        self.results_window = window = ResultsView(self.state, self.store, self.profile)
        window.setParent(self, Qt.WindowType.Window)
        window.resize(1000, 680)
        window.show()

    def keyPressEvent(self, event) -> None:
        """Enter checks the answer, then (or in an exam) goes on; keys for the question reach its widget."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.pages.currentIndex() == QUESTION:
            focus = self.focusWidget()  # the panel's other buttons take Enter themselves; the question's do not
            if focus in (self.show_button, self.stop_button) and focus.isVisible():
                focus.click()
            elif self.check_button.isVisible():
                if self.check_button.isEnabled():
                    self.check()
            else:
                self.next_question()
        elif not (isinstance(self.widget, QuestionWidget) and not self.widget.locked and self.widget.handle_key(event)):
            super().keyPressEvent(event)

    def shutdown(self) -> None:
        """The window closes: hand in a running exam, close the practice session and the store."""
        self._end()
        if self._store is not None:
            self._store.close()
            self._store = None
