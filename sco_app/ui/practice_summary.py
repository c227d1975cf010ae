"""How a practice went, in words: answered, right, what is still due, and when the questions answered come back.

The figures come from :mod:`sco_app.core.practice_progress` and the progress store's review schedule; this module
only words them, in the student's language.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QObject

from sco_app.core import quiz
from sco_app.core.dates import PartialDate
from sco_app.core.practice_progress import PracticeTally, coming_back, due_now
from sco_app.core.progress import Profile, ProgressStore
from sco_app.ui.state import AppState


class PracticeSummary(QObject):
    def __init__(self, state: AppState, store: ProgressStore, profile: Profile, tally: PracticeTally,
                 pool=None) -> None:
        super().__init__()
        self.state, self.store, self.profile, self.tally = state, store, profile, tally
        self.pool = list(pool) if pool is not None else quiz.questions_of(state.pack)

    def _schedule(self, questions):
        return self.store.schedule(self.profile, self.state.pack.id, questions)

    def due(self, questions=None) -> int:
        """Questions practice asks before any not yet due: never answered, or due for review now."""
        questions = self.pool if questions is None else list(questions)
        return due_now([q.id for q in questions], self._schedule(questions), dt.datetime.now(dt.timezone.utc))

    def _day(self, day: dt.date, today: dt.date) -> str:
        when = PartialDate(day.year, day.month, day.day).display(self.state.language)
        if day == today:
            return self.tr("today")
        if day == today + dt.timedelta(days=1):
            return self.tr("tomorrow, {date}").format(date=when)
        return when

    def html(self) -> str:
        """The summary page: the answers of this practice, and when they come back for review."""
        tally, now = self.tally, dt.datetime.now().astimezone()
        asked = {q.id: q for q in self.pool}
        days = coming_back(tally.questions, self._schedule([asked[i] for i in dict.fromkeys(tally.questions) if i in asked]),
                           now)
        parts = [f"<h2>{escape(self.tr('Practice: how it went'))}</h2>",
                 "<p style='font-size:14pt'>" + escape(self.tr("You answered {n}; {right} fully right ({p}%).").format(
                     n=tally.answered, right=tally.right, p=tally.percent or 0)) + "</p>"]
        if days:
            parts.append(f"<h3>{escape(self.tr('Coming back for review'))}</h3><ul>")
            parts += [f"<li>{escape(self.tr('{when}: {n} question(s)').format(when=self._day(day, now.date()), n=n))}</li>"
                      for day, n in days]
            parts.append("</ul><p>" + escape(self.tr(
                "A question you missed comes back today; one you got right comes back later each time.")) + "</p>")
        parts.append("<p>" + escape(self.tr("Due now, for your next practice: {n}.").format(n=self.due())) + "</p>")
        return "".join(parts)
