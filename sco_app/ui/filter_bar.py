"""Filters over the events (theory, lane, country) and the theory lens, as one row of controls."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from pyqtgraph.graphicsItems.ScatterPlotItem import Symbols
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from sco_app.ui import theme
from sco_app.ui.state import AppState


def theory_icon(colour: QColor, symbol: str, size: int = 14) -> QIcon:
    """The theory's timeline symbol in its colour: the legend of the timeline."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(size / 2, size / 2)
    painter.scale(size - 3, size - 3)
    painter.setBrush(colour)
    painter.setPen(QPen(QColor("black"), 1 / size))
    painter.drawPath(Symbols[symbol])
    painter.end()
    return QIcon(pixmap)


class FilterBar(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(0)
        self.layout_ = QHBoxLayout()
        self.layout_.setContentsMargins(4, 2, 4, 2)
        rows.addLayout(self.layout_)
        self.theory_label = QLabel(self.tr("Theories:"))
        self.layout_.addWidget(self.theory_label)
        self.theory_buttons: dict[str, QToolButton] = {}
        self.theory_slot = QHBoxLayout()
        self.layout_.addLayout(self.theory_slot)
        self.lane = self._combo(self.tr("Lane:"), self.tr("Show one lane of events"))
        self.country = self._combo(self.tr("Country:"), self.tr("Show the events of one country"))
        self.lens = self._combo(self.tr("Theory lens:"), self.tr("Fade everything but one theory, on the timeline and the map"))
        self.layout_.addStretch(1)
        self.key = QLabel()  # the legend's words, on its own row below
        self.key.setAccessibleName(self.tr("Legend of the timeline"))
        self.key.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.key.setContentsMargins(6, 0, 6, 2)
        rows.addWidget(self.key)
        self.lane.currentIndexChanged.connect(self._apply)
        self.country.currentIndexChanged.connect(self._apply)
        self.lens.currentIndexChanged.connect(lambda _i: state.set_lens(self.lens.currentData() or ""))
        state.pack_loaded.connect(self._fill)
        state.filters_changed.connect(self._show_filters)
        state.lens_changed.connect(lambda lens: self.lens.setCurrentIndex(max(self.lens.findData(lens or ""), 0)))
        state.exam_mode_changed.connect(self._show_theory_controls)

    def _show_theory_controls(self, exam: bool) -> None:
        """In exam mode the theory filter, the lens and the theories' legend are gone (the lane and country stay)."""
        for widget in (self.theory_label, *self.theory_buttons.values(), self.lens, self.lens.caption):
            widget.setVisible(not exam)
        if self.state.pack is not None:
            self._fill_key(self.state.pack)

    def _combo(self, label: str, description: str) -> QComboBox:
        caption = QLabel(label)
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        combo.setAccessibleName(label.rstrip(":"))
        combo.setAccessibleDescription(description)
        combo.setToolTip(description)
        caption.setBuddy(combo)
        combo.caption = caption
        self.layout_.addWidget(caption)
        self.layout_.addWidget(combo)
        return combo

    def _fill(self, pack) -> None:
        text = self.state.text
        for button in self.theory_buttons.values():
            button.setParent(None)
        self.theory_buttons = {}
        ids = [t.id for t in pack.theories]
        for theory in pack.theories:
            button = QToolButton(text=text(theory.short), checkable=True, checked=True)  # with its icon: the legend
            button.setIcon(theory_icon(*theme.theory_style(ids, theory.id)))
            button.setToolButtonStyle(button.toolButtonStyle().ToolButtonTextBesideIcon)
            button.setAccessibleName(self.tr("Show {0}").format(text(theory.name)))
            button.setToolTip(text(theory.name))
            button.toggled.connect(self._apply)
            self.theory_slot.addWidget(button)
            self.theory_buttons[theory.id] = button
        for combo, items in (
            (self.lane, [(text(lane.title), lane.id) for lane in pack.lanes]),
            (self.country, sorted((text(a.name), a.code) for a in pack.actors)),
            (self.lens, [(text(t.name), t.id) for t in pack.theories]),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("None") if combo is self.lens else self.tr("All"), "")
            for label, value in items:
                combo.addItem(label, value)
            combo.blockSignals(False)
        self._show_theory_controls(self.state.exam_mode)

    def _fill_key(self, pack) -> None:
        """The legend's words: the theories' short names and the marks; in exam mode only the date span."""
        text = self.state.text
        names = " · ".join(f"{text(t.short)} = {text(t.name)} ({t.thinker})" for t in pack.theories)
        self.key.setText(f"<small>{self.tr('grey bar: a date span')}</small>" if self.state.exam_mode else
                         f"<small>{names} · {self.tr('bold edge: the paper’s own reading')} · "
                         f"{self.tr('grey bar: a date span')}</small>")

    def _apply(self, *_args) -> None:
        theories = [t for t, b in self.theory_buttons.items() if b.isChecked()]
        if not theories:
            theories = ["-"]  # no theory id starts with "-": none is shown (an empty set would mean all)
        self.state.set_filters(
            theories=() if len(theories) == len(self.theory_buttons) else theories,
            lanes=[self.lane.currentData()] if self.lane.currentData() else (),
            actors=[self.country.currentData()] if self.country.currentData() else (),
        )

    def _show_filters(self) -> None:
        """Reflect filters set elsewhere (say, from a country card) without echoing them back."""
        state = self.state
        for theory_id, button in self.theory_buttons.items():
            button.blockSignals(True)
            button.setChecked(not state.theories or theory_id in state.theories)
            button.blockSignals(False)
        for combo, chosen in ((self.lane, state.lanes), (self.country, state.actors)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(next(iter(chosen))), 0) if len(chosen) == 1 else 0)
            combo.blockSignals(False)
