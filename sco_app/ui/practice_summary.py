"""How a practice went, in words: answered, right, what is still due, and when the questions answered come back.

The figures are the engine's (:class:`sco_app.core.practice_rounds.PracticeSummary`, grouped by day with
:func:`~sco_app.core.practice_rounds.coming_back_by_day`); this module only words them, in the student's language.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QObject

from sco_app.core.dates import PartialDate
from sco_app.core import practice_rounds
from sco_app.ui.state import AppState


class PracticeSummary(QObject):
    def __init__(self, state: AppState) -> None:
        super().__init__()
        self.state = state

    def _day(self, day: dt.date, today: dt.date) -> str:
        when = PartialDate(day.year, day.month, day.day).display(self.state.language)
        if day == today:
            return self.tr("today")
        if day == today + dt.timedelta(days=1):
            return self.tr("tomorrow, {date}").format(date=when)
        return when

    def html(self, summary: practice_rounds.PracticeSummary) -> str:
        """The summary page: the answers of this practice, and when they come back for review."""
        now = dt.datetime.now().astimezone()
        days = practice_rounds.coming_back_by_day(summary.coming_back, now)
        parts = [f"<h2>{escape(self.tr('Practice: how it went'))}</h2>",
                 "<p style='font-size:14pt'>" + escape(self.tr("You answered {n}; {right} fully right ({p}%).").format(
                     n=summary.answered, right=summary.right, p=summary.percent or 0)) + "</p>"]
        if days:
            parts.append(f"<h3>{escape(self.tr('Coming back for review'))}</h3><ul>")
            parts += [f"<li>{escape(self.tr('{when}: {n} question(s)').format(when=self._day(day, now.date()), n=n))}</li>"
                      for day, n in days]
            parts.append("</ul><p>" + escape(self.tr(
                "A question you missed comes back today; one you got right comes back later each time.")) + "</p>")
        parts.append("<p>" + escape(self.tr("Due now, for your next practice: {n}.").format(n=summary.due)) + "</p>")
        return "".join(parts)
