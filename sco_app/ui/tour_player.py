"""Plays a pack's tour: each step sets what the views show (event, date, period, states, passages, lens).

A step sets everything it governs, taking defaults for what it leaves out, so the same step looks the same
whether it is reached by Next, Previous, the step list or a deep link.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from sco_app.core.model import Tour, TourStep
from sco_app.ui.state import AppState


class TourPlayer(QObject):
    step_shown = Signal(int)  # index of the step now shown
    started = Signal(object)  # the Tour
    ended = Signal()

    def __init__(self, state: AppState, timeline=None, map_view=None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state, self.timeline, self.map = state, timeline, map_view
        self.tour: Tour | None = None
        self.index = -1
        state.pack_loaded.connect(self._pack_loaded)

    @property
    def playing(self) -> bool:
        return self.tour is not None

    @property
    def step(self) -> TourStep | None:
        return self.tour.steps[self.index] if self.tour is not None and 0 <= self.index < len(self.tour.steps) else None

    def start(self, tour_id: str, index: int = 0) -> None:
        """Play the pack's tour ``tour_id`` from step ``index`` (0-based; clamped to the tour); never in an exam."""
        tour = self.state.pack.tour(tour_id)  # KeyError for an unknown tour: callers check first
        if self.state.exam_mode:
            return
        self.tour = tour
        self.state.set_filters(theories=(), lanes=(), actors=())  # every step's event must be on show
        self.started.emit(tour)
        self.go(index)

    def go(self, index: int) -> None:
        if self.tour is None:
            return
        index = max(0, min(index, len(self.tour.steps) - 1))
        self.index = index
        self._apply(self.tour.steps[index])
        self.step_shown.emit(index)

    def next(self) -> None:
        if self.tour is not None and self.index < len(self.tour.steps) - 1:
            self.go(self.index + 1)

    def previous(self) -> None:
        if self.tour is not None and self.index > 0:
            self.go(self.index - 1)

    def stop(self) -> None:
        if self.tour is None:
            return
        self.tour, self.index = None, -1
        self.state.set_highlight(())
        self.state.set_lens("")
        self.ended.emit()

    def _apply(self, step: TourStep) -> None:
        state, pack = self.state, self.state.pack
        state.select(step.event or "")
        if step.date is not None:
            state.set_date(step.date)
        elif step.event:
            state.set_date(pack.event(step.event).date)
        state.set_highlight(step.passages)
        state.set_lens(step.lens)
        if self.timeline is not None and step.period is not None:
            self.timeline.show_period(step.period[0].first_day, step.period[1].last_day)
        if self.map is not None:
            self.map.frame(step.actors)

    def _pack_loaded(self, pack) -> None:
        """A reloaded pack keeps the tour going if it still has it (live preview), else the tour ends."""
        if self.tour is None:
            return
        if self.tour.id in {t.id for t in pack.tours}:
            self.tour = pack.tour(self.tour.id)
            self.go(self.index)
        else:
            self.stop()
