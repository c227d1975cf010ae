"""Filters over the events (theory, lane, country) and the theory lens, as one row of controls."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QMargins, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QTextDocumentFragment
from pyqtgraph.graphicsItems.ScatterPlotItem import Symbols
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QStyle, QStyleOptionComboBox, QStylePainter, QToolButton, QVBoxLayout, QWidget,
)

from sco_app.core.search import HIDDEN
from sco_app.ui import theme
from sco_app.ui.flow_layout import FlowLayout
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


COMBO_CHARS = 22  # a choice box is at most this many characters wide; a longer choice ends in "…" (tooltip: whole)


class ElidingCombo(QComboBox):
    """A choice box as wide as its longest choice up to COMBO_CHARS, that cuts a longer one with "…" (never
    mid-letter, never silently: the tooltip then names it whole); its list shows every choice whole."""

    def __init__(self, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.description = description
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        self.currentIndexChanged.connect(lambda _index: self._say_whole())
        self._say_whole()

    def sizeHint(self):  # noqa: N802 - Qt override
        hint = super().sizeHint()  # the widest choice, whole
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0)
        most = metrics.averageCharWidth() * COMBO_CHARS
        return hint.shrunkBy(QMargins(0, 0, widest - most, 0)) if widest > most else hint

    def minimumSizeHint(self):  # noqa: N802 - Qt override
        return self.sizeHint()

    def shown_text(self) -> str:
        """The current choice as drawn: whole, or cut with "…" to the box's text field."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        room = field.width() - (self.iconSize().width() + 4 if not self.itemIcon(self.currentIndex()).isNull() else 0)
        return self.fontMetrics().elidedText(self.currentText(), Qt.TextElideMode.ElideRight, max(room - 2, 0))

    def _say_whole(self) -> None:
        cut = self.shown_text() != self.currentText()
        self.setToolTip(f"{self.currentText()}\n{self.description}" if cut else self.description)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._say_whole()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class FilterBar(QWidget):
    """The theory toggles (the timeline's legend), the lane, country and lens choices, and the legend's words.

    The controls wrap onto a second row in a narrow window or with large text; nothing in them is cut.
    """

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(0)
        self.flow = FlowLayout(spacing=12)
        self.flow.setContentsMargins(4, 2, 4, 2)
        rows.addLayout(self.flow)
        self.theory_label = QLabel(self.tr("Theories:"))
        self.theory_buttons: dict[str, QToolButton] = {}
        self.theory_slot = self._group(self.theory_label)
        self.lane = self._combo(self.tr("Lane:"), self.tr("Show one lane of events"))
        self.country = self._combo(self.tr("Country:"), self.tr("Show the events of one country"))
        self.lens = self._combo(self.tr("Theory lens:"), self.tr("Fade everything but one theory, on the timeline and the map"))
        self.key = QLabel(wordWrap=True)  # the legend's words, on their own row(s) below
        self.key.setAccessibleName(self.tr("Legend of the timeline"))
        self.key.setContentsMargins(6, 0, 6, 2)
        rows.addWidget(self.key)
        self.lane.currentIndexChanged.connect(self._apply)
        self.country.currentIndexChanged.connect(self._apply)
        self.lens.currentIndexChanged.connect(lambda _i: state.set_lens(self.lens.currentData() or ""))
        state.pack_loaded.connect(self._fill)
        state.filters_changed.connect(self._show_filters)
        state.lens_changed.connect(lambda lens: self.lens.setCurrentIndex(max(self.lens.findData(lens or ""), 0)))
        state.exam_mode_changed.connect(self._show_theory_controls)
        if state.pack is not None:  # built after the pack was loaded
            self._fill(state.pack)

    def _show_theory_controls(self, exam: bool) -> None:
        """In exam mode the theory filter, the lens and the theories' legend are gone (the lane and country stay)."""
        for widget in (self.theory_label, *self.theory_buttons.values(), self.lens, self.lens.caption):
            widget.setVisible(not exam)
        if self.state.pack is not None:
            self._fill_key(self.state.pack)

    def minimumSizeHint(self):  # noqa: N802 - Qt override
        """As high as its rows need at its width (wrapped controls and legend), so that the pane it shares with
        the timeline makes room for both."""
        hint = super().minimumSizeHint()
        if self.width() > 0:
            hint.setHeight(max(hint.height(), self.layout().totalHeightForWidth(self.width())))
        return hint

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit_key()
            self.updateGeometry()  # a new width wraps into another number of rows

    def _group(self, *widgets: QWidget) -> QHBoxLayout:
        """Widgets that stay together on one row of the bar (a caption and its control)."""
        group = QWidget()
        row = QHBoxLayout(group)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        for widget in widgets:
            row.addWidget(widget)
        self.flow.addWidget(group)
        return row

    def _combo(self, label: str, description: str) -> QComboBox:
        caption = QLabel(label)
        combo = ElidingCombo(description)
        combo.setAccessibleName(label.rstrip(":"))
        combo.setAccessibleDescription(description)
        caption.setBuddy(combo)
        combo.caption = caption
        self._group(caption, combo)
        return combo

    def _fill(self, pack) -> None:
        text = self.state.text
        for button in self.theory_buttons.values():
            button.setParent(None)
        self.theory_buttons = {}
        ids = [t.id for t in pack.theories]
        for theory in pack.theories:
            button = QToolButton(checkable=True, checked=True)  # with its icon: the legend
            button.style_ = theme.theory_style(ids, theory.id)
            button.setToolButtonStyle(button.toolButtonStyle().ToolButtonTextBesideIcon)
            button.setAccessibleName(self.tr("Show {0}").format(text(theory.name)))
            button.setToolTip(f"<qt>{escape(text(theory.name))}</qt>")
            button.setStyleSheet(theme.toggle_style())  # on and off differ by fill and border, not colour alone
            button.caption = text(theory.short)
            button.toggled.connect(lambda on, b=button: self._show_toggle(b))
            button.toggled.connect(self._apply)
            self.theory_slot.addWidget(button)
            self.theory_buttons[theory.id] = button
        self._size_toggles()
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
        span = escape(self.tr("grey bar: a date span"))
        if self.state.exam_mode:
            self._key_texts = (f"<small>{span}</small>",) * 2
        else:
            marks = f"{escape(self._bold_edge(pack))} · {span}"
            names = " · ".join(f"{escape(text(t.short))} = {escape(text(t.name))} ({escape(t.thinker)})"
                               for t in pack.theories)
            short = " · ".join(f"{escape(text(t.short))} = {escape(t.thinker.split()[-1] if t.thinker else text(t.name))}"
                               for t in pack.theories)
            self._key_texts = (f"<small>{names} · {marks}</small>", f"<small>{short} · {marks}</small>")
        self._fit_key()

    def _bold_edge(self, pack) -> str:
        """What a bold edge marks, in the words of the pack's main work ("the paper's own reading")."""
        return self.tr("bold edge: {own} reading").format(own=self.state.text(pack.source.wording.own_short))

    def _fit_key(self) -> None:
        """The whole legend where it fits in two lines; else its short form (thinkers' surnames), the whole one
        in its tooltip: with large text on a short screen the bar leaves the timeline and the quiz their room."""
        whole, short = getattr(self, "_key_texts", ("", ""))
        width = self.width()  # (the key spans the bar)
        self.key.setText("<small>x</small>")
        two_lines = 2 * self.key.heightForWidth(max(width, 1)) + 2
        self.key.setText(whole)
        fits = width <= 0 or self.key.heightForWidth(width) <= two_lines
        if not fits:
            self.key.setText(short)
        self.key.setToolTip("" if fits else QTextDocumentFragment.fromHtml(whole).toPlainText())

    def _show_toggle(self, button: QToolButton) -> None:
        """A theory toggle says on or off with a check mark too (besides its fill and border)."""
        button.setText(theme.toggle_text(button.caption, button.isChecked()))

    def _size_toggles(self) -> None:
        """Toggles as large as the text (the zoom), each as wide on as off: the row does not move when one turns."""
        side = self.fontMetrics().height()
        for button in self.theory_buttons.values():
            button.setIcon(theory_icon(*button.style_, size=side))
            button.setIconSize(QSize(side, side))
            button.setMinimumWidth(0)
            button.setText(theme.toggle_text(button.caption, True))
            button.setMinimumWidth(button.sizeHint().width())
            self._show_toggle(button)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FontChange:  # Ctrl+= / Ctrl+-
            self._size_toggles()
            self._fit_key()
        super().changeEvent(event)

    def _apply(self, *_args) -> None:
        theories = [t for t, b in self.theory_buttons.items() if b.isChecked()]
        if not theories:
            theories = [HIDDEN]  # no event is shown (an empty set would mean all)
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
            self._show_toggle(button)
        for combo, chosen in ((self.lane, state.lanes), (self.country, state.actors)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(next(iter(chosen))), 0) if len(chosen) == 1 else 0)
            combo.blockSignals(False)
