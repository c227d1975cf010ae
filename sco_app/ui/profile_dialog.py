"""What a quiz asks before it starts: who is answering, which quiz, and (for an exam) its settings.

:class:`ProfileDialog` lists the profiles of the progress store and makes new ones (a name, and a student
id if the class uses them); :class:`StartPage` is the quiz panel's first page (the exam's settings are
:mod:`sco_app.ui.exam_settings_dialog`'s). None touches SQL: they call the store and return values.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication, QDialog, QDialogButtonBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QMenu, QPushButton, QVBoxLayout, QWidget,
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
