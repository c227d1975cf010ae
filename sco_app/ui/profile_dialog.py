"""What a quiz asks before it starts: who is answering, which quiz, and (for an exam) its settings.

:class:`ProfileDialog` lists the profiles of the progress store and makes new ones (a name, and a student
id if the class uses them); :class:`ExamSettingsDialog` lets the instructor change the pack's exam settings;
:class:`StartPage` is the quiz panel's first page. None touches SQL: they call the store and return values.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication, QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QMenu, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from sco_app.core.model import ExamSettings, QuestionType
from sco_app.core.progress import Profile, ProgressStore
from sco_app.ui.flow_layout import FlowLayout


def column(widget: QWidget, *parts, margin: int = 0) -> QWidget:
    """Lay out ``parts`` (widgets, layouts, or an int for a stretch) in a column on ``widget``."""
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(margin, margin, margin, margin)
    for part in parts:
        if isinstance(part, int):
            layout.addStretch(part)
        elif isinstance(part, QWidget):
            layout.addWidget(part)
        else:
            layout.addLayout(part)
    return widget


def push_button(text: str, name: str = "", slot=None, row: QHBoxLayout | None = None) -> QPushButton:
    """A button named for screen readers (by its text without the mnemonic, unless ``name``), connected, placed."""
    button = QPushButton(text)
    button.setAccessibleName(name or text.replace("&", "").rstrip("…"))
    if slot is not None:
        button.clicked.connect(slot)
    if row is not None:
        row.addWidget(button)
    return button


def named_label(name: str, **options) -> QLabel:
    label = QLabel(**options)
    label.setAccessibleName(name)
    return label


class _Scaled(QObject):
    """Keeps a widget's font at a multiple of the application's, through every zoom (View > Zoom in)."""

    def __init__(self, widget: QWidget, scale: float, bold: bool) -> None:
        super().__init__(widget)
        self.widget, self.scale, self.bold = widget, scale, bold
        widget.installEventFilter(self)
        self.apply()

    def apply(self) -> None:
        font = QFont(QApplication.font())
        font.setPointSizeF(font.pointSizeF() * self.scale)
        font.setBold(self.bold)
        self.widget.setFont(font)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ApplicationFontChange:
            self.apply()
        return False


def scaled_font(widget: QWidget, scale: float, bold: bool = True) -> QWidget:
    """Give ``widget`` a font ``scale`` times the application's (bold unless told), following its zoom."""
    _Scaled(widget, scale, bold)
    return widget


def profile_label(profile: Profile) -> str:
    """How a profile is shown: its name, and its student id in brackets when it has one."""
    return f"{profile.name} ({profile.student_id})" if profile.student_id else profile.name


class ProfileDialog(QDialog):
    """Pick an existing profile, or create one; :attr:`profile` holds the choice once accepted."""

    def __init__(self, store: ProgressStore, current: Profile | None = None, parent: QWidget | None = None,
                 instructor=None) -> None:
        super().__init__(parent)
        self.store, self.instructor = store, instructor  # instructor: the InstructorMode that may reset a PIN
        self.profile: Profile | None = None
        self.setWindowTitle(self.tr("Who is answering?"))
        self.setAccessibleName(self.tr("Choose or create a profile"))
        intro = QLabel(self.tr("Your answers are kept under your profile on this computer, so that practice "
                               "can bring back what you missed and you can see your results."), wordWrap=True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Existing profiles"))
        self.list.itemDoubleClicked.connect(lambda _item: self.use_selected())
        self.use_button = QPushButton(self.tr("&Use this profile"))
        self.use_button.clicked.connect(self.use_selected)
        self.pin_button = QPushButton(self.tr("&PIN…"))
        self.pin_button.setAccessibleName(self.tr("Set, change or remove the chosen profile's PIN"))
        self.pin_menu = QMenu(self)
        self.pin_menu.addAction(self.tr("Set or change the PIN…")).triggered.connect(lambda: self._pin("set"))
        self.pin_menu.addAction(self.tr("Remove the PIN…")).triggered.connect(lambda: self._pin("remove"))
        self.pin_menu.addAction(self.tr("Reset a forgotten PIN (instructor)…")).triggered.connect(
            lambda: self._pin("reset"))
        self.pin_button.setMenu(self.pin_menu)
        self.list.currentItemChanged.connect(lambda item, _old: self._chosen(item))
        self.name = QLineEdit(placeholderText=self.tr("Your name (required)"))
        self.name.setAccessibleName(self.tr("Name of the new profile"))
        self.student_id = QLineEdit(placeholderText=self.tr("Optional"))
        self.student_id.setAccessibleName(self.tr("Student id of the new profile (optional)"))
        self.create_button = QPushButton(self.tr("C&reate and use"))
        self.create_button.setEnabled(False)
        self.create_button.clicked.connect(self.create)
        self.name.textChanged.connect(lambda text: self.create_button.setEnabled(bool(text.strip())))
        self.name.returnPressed.connect(self.create)
        self.student_id.returnPressed.connect(self.create)
        new = QGroupBox(self.tr("New profile"))
        form = QFormLayout(new)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Student id:"), self.student_id)
        form.addRow("", self.create_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        existing = QHBoxLayout()
        existing.addWidget(self.list, 1)
        beside = QVBoxLayout()
        beside.addWidget(self.use_button)
        beside.addWidget(self.pin_button)
        beside.addStretch(1)
        existing.addLayout(beside)
        layout.addLayout(existing)
        layout.addWidget(new)
        layout.addWidget(buttons)
        self._fill(current)
        self.resize(460, 380)

    def _fill(self, current: Profile | None) -> None:
        self.list.clear()
        for profile in self.store.profiles():
            item = QListWidgetItem(profile_label(profile))
            item.setData(Qt.ItemDataRole.UserRole, profile)
            self.list.addItem(item)
            if current is not None and profile.id == current.id:
                self.list.setCurrentItem(item)
        if self.list.count() and self.list.currentItem() is None:
            self.list.setCurrentRow(0)
        self._chosen(self.list.currentItem())
        (self.list if self.list.count() else self.name).setFocus()

    def _chosen(self, item) -> None:
        self.use_button.setEnabled(item is not None)
        self.pin_button.setEnabled(item is not None)

    def _pin(self, what: str) -> None:
        """Set, remove or (instructor) reset the chosen profile's PIN."""
        from sco_app.ui import profile_pins

        item = self.list.currentItem()
        if item is None:
            return
        profile = item.data(Qt.ItemDataRole.UserRole)
        if what == "reset":
            profile_pins.reset_pin(self, self.store, profile, self.instructor)
        else:
            {"set": profile_pins.set_pin, "remove": profile_pins.remove_pin}[what](self, self.store, profile)

    def use_selected(self) -> None:
        """Use the chosen profile (one with a PIN only once it is typed)."""
        from sco_app.ui.profile_pins import ask_pin

        item = self.list.currentItem()
        if item is not None and ask_pin(self, self.store, item.data(Qt.ItemDataRole.UserRole)):
            self.profile = item.data(Qt.ItemDataRole.UserRole)
            self.accept()

    def create(self) -> None:
        """Create the profile typed in (or find it, if it exists) and use it."""
        if not self.name.text().strip():
            self.name.setFocus()
            return
        self.profile = self.store.create_profile(self.name.text(), self.student_id.text())
        self.accept()


def type_names() -> dict[QuestionType, str]:
    """The question types as the dialogs and the results name them, translated (:mod:`question_kinds`)."""
    from sco_app.ui.question_kinds import kind_names  # it imports the widgets, which need not load with this module

    return kind_names()


class ExamSettingsDialog(QDialog):
    """The exam's settings, starting from the pack's: :meth:`settings` returns the edited copy. ``read_only``: a
    student sees the settings and cannot change them; ``unlock`` given, a button calls it (it asks for the
    instructor PIN) and makes the settings editable if it returns True. ``set_by_lab`` names the settings (their
    ``ExamSettings`` fields) that the lab's settings file sets: shown, never editable, and said so."""

    def __init__(self, settings: ExamSettings, available: int, parent: QWidget | None = None, read_only: bool = False,
                 unlock=None, set_by_lab: frozenset[str] = frozenset()) -> None:
        super().__init__(parent)
        self._unlock = unlock
        self.set_by_lab = set_by_lab
        self.original = settings
        self.setWindowTitle(self.tr("Exam settings"))
        self.setAccessibleName(self.tr("Exam settings"))
        self.count = self._spin(1, max(1, available), min(settings.questions, max(1, available)),
                                self.tr("Number of questions"), self.tr(" questions"))
        self.minutes = self._spin(0, 600, settings.minutes or 0, self.tr("Time limit in minutes, 0 for none"),
                                  self.tr(" min"), self.tr("No time limit"))
        self.pass_mark = self._spin(0, 100, settings.pass_mark or 0, self.tr("Pass mark in per cent, 0 for none"),
                                    self.tr(" %"), self.tr("No pass mark"))
        self.types: dict[QuestionType, QCheckBox] = {}
        kinds = QGroupBox(self.tr("Question types"))
        grid = QGridLayout(kinds)
        for n, (kind, name) in enumerate(type_names().items()):
            box = self.types[kind] = QCheckBox(name)
            box.setChecked(kind in settings.types)
            grid.addWidget(box, n // 3, n % 3)
        self.shuffle = QCheckBox(self.tr("Shuffle the questions and the options"), checked=settings.shuffle)
        self.feedback = QCheckBox(self.tr("Show the right answers and feedback at the end"), checked=settings.feedback)
        self.back_to_skipped = QCheckBox(self.tr("A skipped question may be answered later in the exam"),
                                         checked=settings.back_to_skipped)
        self.clock_pauses = QCheckBox(self.tr("The time limit counts only while the exam is open"),
                                      checked=settings.clock_pauses)
        form = QFormLayout()
        form.addRow(self.tr("&Questions:"), self.count)
        form.addRow(self.tr("&Time limit:"), self.minutes)
        form.addRow(self.tr("&Pass mark:"), self.pass_mark)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.unlock_button = self.buttons.addButton(self.tr("&Change (instructor)…"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.unlock_button.setAccessibleName(self.tr("Change the exam settings (asks for the instructor PIN)"))
        self.unlock_button.clicked.connect(self._ask_to_unlock)
        for box in self.types.values():
            box.toggled.connect(self._check)
        self.note = QLabel(self.tr("Your instructor sets the exam. These are its settings."), wordWrap=True)
        self.fields = {"questions": (self.tr("the number of questions"), [self.count]),  # ExamSettings field ->
                       "types": (self.tr("the question types"), list(self.types.values())),  # its name and inputs
                       "minutes": (self.tr("the time limit"), [self.minutes]),
                       "pass_mark": (self.tr("the pass mark"), [self.pass_mark]),
                       "shuffle": (self.tr("shuffling"), [self.shuffle]),
                       "feedback": (self.tr("the feedback at the end"), [self.feedback]),
                       "back_to_skipped": (self.tr("going back to skipped questions"), [self.back_to_skipped]),
                       "clock_pauses": (self.tr("how the time limit counts"), [self.clock_pauses])}
        self.lab_note = QLabel(self.tr("Set by your lab for every exam on this computer: {settings}.").format(
            settings=", ".join(self.fields[name][0] for name in self.fields if name in set_by_lab)), wordWrap=True)
        self.lab_note.setAccessibleName(self.tr("Set by your lab"))
        self.lab_note.setVisible(bool(set_by_lab))
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.lab_note)
        layout.addLayout(form)
        layout.addWidget(kinds)
        layout.addWidget(self.shuffle)
        layout.addWidget(self.feedback)
        layout.addWidget(self.back_to_skipped)
        layout.addWidget(self.clock_pauses)
        layout.addWidget(self.buttons)
        self.set_read_only(read_only)

    @property
    def inputs(self) -> list[QWidget]:
        return [self.count, self.minutes, self.pass_mark, *self.types.values(), self.shuffle, self.feedback,
                self.back_to_skipped, self.clock_pauses]

    def set_read_only(self, read_only: bool) -> None:
        """Read-only: every setting shown but disabled, and only Close (and Change, for the instructor)."""
        self.read_only = read_only
        locked = [widget for name in self.set_by_lab for widget in self.fields[name][1]]
        for widget in self.inputs:
            widget.setEnabled(not read_only and widget not in locked)
        ok, cancel = (self.buttons.button(b) for b in (QDialogButtonBox.StandardButton.Ok,
                                                        QDialogButtonBox.StandardButton.Cancel))
        ok.setVisible(not read_only)
        cancel.setText(self.tr("Close") if read_only else self.tr("Cancel"))
        self.unlock_button.setVisible(read_only and self._unlock is not None)
        self.note.setVisible(read_only)
        self._check()

    def _ask_to_unlock(self) -> None:
        if self._unlock is not None and self._unlock(self):
            self.set_read_only(False)
            self.count.setFocus()

    def _spin(self, low: int, high: int, value: int, name: str, suffix: str, none: str = "") -> QSpinBox:
        spin = QSpinBox(minimum=low, maximum=high, value=value, suffix=suffix)
        spin.setAccessibleName(name)
        if none:
            spin.setSpecialValueText(none)  # shown at the minimum, 0
        return spin

    def _check(self) -> None:
        """An exam needs at least one question type."""
        ok = any(box.isChecked() for box in self.types.values()) and not self.read_only
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def settings(self) -> ExamSettings:
        return replace(self.original, questions=self.count.value(),
                       types=tuple(kind for kind, box in self.types.items() if box.isChecked()),
                       minutes=self.minutes.value() or None, pass_mark=self.pass_mark.value() or None,
                       shuffle=self.shuffle.isChecked(), feedback=self.feedback.isChecked(),
                       back_to_skipped=self.back_to_skipped.isChecked(), clock_pauses=self.clock_pauses.isChecked())


def button_row(*buttons: QPushButton) -> QWidget:
    """``buttons`` side by side, going onto more rows where the width runs out (never cut)."""
    holder = QWidget()
    row = FlowLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    for button in buttons:
        row.addWidget(button)
    policy = holder.sizePolicy()
    policy.setHeightForWidth(True)
    holder.setSizePolicy(policy)
    return holder


class StartPage(QWidget):
    """Where a quiz begins: who is answering, and a card each for practice and exam, in their colours."""

    def __init__(self, colours: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(wordWrap=True)
        scaled_font(self.title, 1.4)
        self.title.setAccessibleName(self.tr("Lesson"))
        self.who = QLabel(wordWrap=True)  # (wraps beside its buttons rather than widen the page past the panel)
        self.who.setAccessibleName(self.tr("Who is answering"))
        self.profile_button = push_button(self.tr("Change pr&ofile…"))
        self.results_button = push_button(self.tr("My &results"))
        self.due = QLabel(wordWrap=True)
        self.due.setAccessibleName(self.tr("Questions due for review"))
        self.exam_summary = QLabel(wordWrap=True)
        self.exam_summary.setAccessibleName(self.tr("Exam settings"))
        self.practice_button = push_button(self.tr("Start &practice"))
        self.exam_button = push_button(self.tr("Start e&xam"))
        self.settings_button = push_button(self.tr("Exam &settings…"))
        who = QVBoxLayout()  # who answers, and under it the buttons (on more rows where the panel is narrow)
        who.addWidget(self.who)
        who.addWidget(button_row(self.profile_button, self.results_button))
        practice = self._card("practice", colours["practice"], self.tr("Practice"),
                              self.tr("Questions due for review come first. After every answer you see whether it was "
                                      "right, the feedback, and the paper's reading of the event."),
                              self.due, [self.practice_button])
        exam = self._card("exam", colours["exam"], self.tr("Exam"),
                          self.tr("No feedback and no going back until the end; then your score, by theory."),
                          self.exam_summary, [self.settings_button, self.exam_button])
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(who)
        layout.addWidget(practice)
        layout.addWidget(exam)
        layout.addStretch(1)

    def _card(self, name: str, colour: str, heading: str, text: str, detail: QLabel, buttons: list) -> QFrame:
        card = QFrame(objectName=name)
        card.setStyleSheet(f"QFrame#{name} {{ border: 2px solid {colour}; border-left-width: 8px; "
                           "border-radius: 6px }")
        title = QLabel(f"<span style='color:{colour}; font-size: large'><b>{heading}</b></span>")
        about = QLabel(text, wordWrap=True)
        row = QHBoxLayout()
        row.addWidget(detail, 1)
        row.addWidget(button_row(*buttons))
        column = QVBoxLayout(card)
        column.addWidget(title)
        column.addWidget(about)
        column.addLayout(row)
        return card

    def show_info(self, title: str, who: str, due: str, settings: ExamSettings | None) -> None:
        self.title.setText(title)
        self.who.setText(who)
        self.due.setText(due)
        if settings is None:
            self.exam_summary.clear()
            return
        minutes, mark = settings.minutes, settings.pass_mark
        parts = [self.tr("{n} questions").format(n=settings.questions),
                 self.tr("time limit {m} min").format(m=minutes) if minutes else self.tr("no time limit"),
                 self.tr("pass mark {p}%").format(p=mark) if mark else self.tr("no pass mark")]
        self.exam_summary.setText(" · ".join(parts))
