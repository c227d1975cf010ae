"""The quiz panel's link to the core's quiz engine: what the session says, for the views, and the actions sent to
it, with a progress-store problem shown in the window (:mod:`sco_app.ui.store_problems`) rather than raised.

Mixed into :class:`~sco_app.ui.quiz_panel.QuizPanel`: the panel holds no session state of its own, only the
:class:`~sco_app.core.quiz_session.QuizSession` under way (``self.session``).
"""

from __future__ import annotations

import datetime as dt

from sco_app.core import quiz
from sco_app.core.progress import FILE_NAME, Profile, default_data_dir
from sco_app.core.quiz_session import Action, Phase, Refusal, utc_now
from sco_app.core.store_errors import StoreError
from sco_app.ui.profile_pins import ask_pin
from sco_app.ui.quiz_pages import ask

NOT_DONE = object()  # what an action returns when the progress store failed and nothing changed


class SessionLink:
    """The session under way, as the panel shows it, and the actions the panel sends it."""

    @staticmethod
    def now() -> dt.datetime:
        """The session's clock (the wall clock; a test may put another in its place)."""
        return utc_now()

    def _now(self) -> dt.datetime:
        return self.now()

    # -- what the engine says, for the views ---------------------------------------------------------

    @property
    def mode(self) -> str:
        """"practice", "exam", or "" with no session under way."""
        return self.session.mode.value if self.session is not None else ""

    @property
    def session_id(self) -> int | None:
        return self.session.id if self.session is not None else None

    @property
    def exam(self):
        """The exam under way (its questions as drawn), or None."""
        return self.session.exam if self.exam_running() else None

    @property
    def rounds(self):
        """The practice under way's rounds of questions, or None."""
        return self.session.rounds if self.session is not None else None

    @property
    def answered(self) -> bool:
        """Whether the question shown has been answered (practice: its feedback is shown)."""
        return self.session is not None and self.session.phase in (Phase.CHECKED, Phase.ANSWERED)

    def store_exists(self) -> bool:
        """Whether this user has a progress file (looking creates none)."""
        return self._store is not None or (default_data_dir() / FILE_NAME).exists()

    def _may_answer_as(self, profile: Profile) -> bool:
        """Whether the student may answer as ``profile``: a profile with a PIN asks for it."""
        return ask_pin(self, self.store, profile)

    def _act(self, action, *args, again=None):
        """Send the engine an action (or open a session); its result, or :data:`NOT_DONE` if the progress store
        failed: then nothing changed, the answer stays on screen, and the problem bar says what happened and what
        to do; its Try again calls ``again`` (the student's action that failed), if given."""
        try:
            result = action(*args)
        except StoreError as error:
            self._again = again
            self.problem_bar.show_problem(error)
            return NOT_DONE
        if again is not None or self._again is None:
            self.problem_bar.hide()
            self._again = None
        return result

    def _try_again(self) -> None:
        again, self._again = self._again, None
        self.problem_bar.hide()
        if again is not None:
            again()

    def _response_changed(self) -> None:
        """The student changed the response on screen: the engine keeps it (an exam resumed shows it again)."""
        if self.session is not None and self.widget is not None and self.session.can(Action.RESPOND):
            self._act(self.session.respond, self.widget.response(), again=self._response_changed)
        self._update_buttons()

    def _show_next(self) -> None:
        """Present the first question, or go on from the one answered (tried again after a store problem)."""
        session = self.session
        if session is None:
            return
        action = session.present if session.phase is Phase.READY else session.next
        if session.can(Action.PRESENT if session.phase is Phase.READY else Action.NEXT) \
                and self._act(action, again=self._show_next) is not NOT_DONE:
            self._show_slot()

    def refusal(self, confirmed: bool = False) -> Refusal | None:
        """Why the answer on screen may not be checked now (the engine's rule), or None."""
        session = self.session
        if session is None or self.widget is None or session.phase is not Phase.ASKING:
            return Refusal.NO_RESPONSE
        return session.refusal(Action.CHECK, confirmed)

    def _meant(self, refusal: Refusal | None) -> bool:
        """Whether the student means to check an answer the core calls untouched or incomplete (asked first)."""
        if refusal is Refusal.UNTOUCHED:
            question, text = self.tr("Keep this order?"), self.tr(
                "You have not moved any event. Check the events in the order shown?")
        elif refusal is Refusal.INCOMPLETE:
            widget = self.widget
            left = quiz.kind_of(widget.question).left_out(widget.question, widget.response())
            question, text = self.tr("Check it as it is?"), self.tr(
                "{n} event(s) are in no box yet and will count as not sorted. Check your answer as it is?").format(n=left)
        else:
            return refusal is None
        return ask(self, question, text, self.tr("&Yes, check it"), self.tr("&No, go back"))
