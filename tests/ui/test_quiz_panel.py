"""The quiz, driven as a student would: choose a profile, answer with keys and clicks, take an exam."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QApplication, QCheckBox, QComboBox, QLineEdit, QTextEdit,
    QWidget,
)

from sco_app import app
from sco_app.core import progress, quiz_session
from sco_app.core.model import Option, Question, QuestionType, Text
from sco_app.core.packs import load_pack
from sco_app.core.projection import forward
from sco_app.ui import quiz_panel
from sco_app.ui.exam_settings_dialog import ExamSettingsDialog
from sco_app.ui.profile_dialog import ProfileDialog
from sco_app.ui.question_widgets import OptionsQuestion
from sco_app.ui.quiz_panel import QuizPanel
from sco_app.ui.state import AppState
from tests.ui.quiz_driving import answer, reply

TEMPLATE = Path(app.lessons_dir()) / "template"
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv(progress.DATA_DIR_VARIABLE, str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    s = progress.ProgressStore.in_folder()
    yield s
    s.close()


@pytest.fixture
def panel(qtbot, store):
    state = AppState()
    state.load(load_pack(TEMPLATE))
    widget = QuizPanel(state, store)
    qtbot.addWidget(widget)
    widget.resize(800, 560)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_profile(store.create_profile("Ana", "2301"))
    return widget


@pytest.fixture
def window(qtbot, store):
    state, win = app.build(TEMPLATE)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    win.quiz.set_profile(store.create_profile("Ana"))
    return state, win


def _feedback(panel) -> str:
    """The feedback as plain text, as it is told to a screen reader."""
    return panel.feedback.accessibleDescription() if panel.feedback.isVisible() else ""


def _attempts(store) -> list[dict]:
    return list(store.attempts())


def test_profile_dialog_lists_and_creates_profiles(qtbot, store):
    """The dialog lists existing profiles; typing a name and an id and pressing Create makes and returns one."""
    store.create_profile("Ana", "2301")
    dialog = ProfileDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.list.item(0).text() == "Ana (2301)"
    assert not dialog.create_button.isEnabled()  # a name is required
    qtbot.keyClicks(dialog.name, "Budi")
    qtbot.keyClicks(dialog.student_id, "2302")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ProfileDialog.DialogCode.Accepted
    assert (dialog.profile.name, dialog.profile.student_id) == ("Budi", "2302")
    assert [p.name for p in store.profiles()] == ["Ana", "Budi"]


def test_panel_asks_who_is_answering_before_the_first_quiz(qtbot, panel, store):
    """With no profile yet, Start practice opens the profile dialog; the profile made there is kept."""
    panel.set_profile(None)

    def answer_dialog():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ProfileDialog)
        qtbot.keyClicks(dialog.name, "Citra")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer_dialog)
    qtbot.mouseClick(panel.start.practice_button, Qt.MouseButton.LeftButton)
    assert panel.profile is not None and panel.profile.name == "Citra"
    assert panel.pages.currentIndex() == quiz_panel.QUESTION
    assert "Citra" in panel.status.text()


def test_theory_question_by_number_key_and_enter(qtbot, panel, store):
    """Key 1 picks "Balance of threat", Enter checks it: right, with the paper's reading, and it is recorded."""
    panel.start_practice(["q-founding-theory"])
    assert "Practice" in panel.banner.text()
    button = panel.widget.group.button(1)
    qtbot.keyClick(button, Qt.Key.Key_1)
    assert panel.widget.response() == {"balance-of-threat"}
    qtbot.keyClick(button, Qt.Key.Key_Return)
    text = _feedback(panel)
    assert "Right." in text and "common threat" in text
    assert "The paper's reading" in text and "the paper's own argument" in text
    assert panel.feedback.accessibleName() == "Right."
    [row] = _attempts(store)
    assert (row["question_id"], row["correct"], row["mode"], row["theory"]) == ("q-founding-theory", 1, "practice",
                                                                                "balance-of-threat")
    assert row["time_ms"] >= 0 and row["session_id"] is not None
    assert panel.widget.locked and panel.next_button.isVisible()


def test_wrong_theory_answer_shows_the_right_one(qtbot, panel, store):
    """Key 2 then Enter: not right, the option's feedback, the right answer, and a review due at once."""
    panel.start_practice(["q-founding-theory"])
    qtbot.keyClick(panel.widget, Qt.Key.Key_2)
    qtbot.keyClick(panel.widget, Qt.Key.Key_Enter)
    text = _feedback(panel)
    assert "Not right." in text and "Gains from China" in text and "The right answer: Balance of threat" in text
    assert _attempts(store)[0]["correct"] == 0
    assert "1 answered (0 right)  ·  1 due" in panel.status.text()  # missed: due again at once
    qtbot.keyClick(panel.next_button, Qt.Key.Key_Return)  # Enter again: the next question
    assert not panel.widget.locked and not panel.feedback.isVisible()


def test_choice_question_by_mouse(qtbot, panel, store):
    """Clicking the text of the wrong option and Check shows its feedback and the right option."""
    panel.start_practice(["q-first-agreement"])
    assert not panel.check_button.isEnabled()  # nothing chosen yet
    label = panel.widget.group.button(2).parent().layout().itemAtPosition(2, 1).widget()
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    text = _feedback(panel)
    assert "No, nothing of the kind." in text and "Built military confidence along the border" in text
    assert _attempts(store)[0]["response"] == '["b"]'


def test_choice_with_several_right_options_uses_check_boxes(qtbot, panel):
    """A choice question with two right options shows check boxes; number keys tick and untick them."""
    options = tuple(Option(i, Text.plain(f"Option {i}"), correct=i in "ab") for i in "abc")
    question = Question("q-two", QuestionType.CHOICE, Text.plain("Which two?"), ("a", "b"), options)
    widget = OptionsQuestion(panel.state, question)
    qtbot.addWidget(widget)
    assert all(isinstance(b, QCheckBox) for b in widget.group.buttons())
    for key in (Qt.Key.Key_1, Qt.Key.Key_3, Qt.Key.Key_2, Qt.Key.Key_3):
        qtbot.keyClick(widget, key)
    assert widget.response() == {"a", "b"}


def test_order_question_by_alt_arrows(qtbot, panel, store):
    """Alt+Down twice moves the 2017 event to the end; Move up and back; Enter: right, a full score."""
    panel.start_practice(["q-three-steps"])
    view = panel.widget.list
    assert panel.widget.response()[0] == "india-pakistan-join"
    qtbot.keyClick(view, Qt.Key.Key_Down, ALT)
    qtbot.keyClick(view, Qt.Key.Key_Down, ALT)
    assert panel.widget.response() == ["border-agreement-1996", "sco-founded", "india-pakistan-join"]
    qtbot.mouseClick(panel.widget.up, Qt.MouseButton.LeftButton)
    qtbot.keyClick(view, Qt.Key.Key_Down, ALT)
    assert "now number 3 of 3" in view.accessibleDescription()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert "Right." in _feedback(panel)
    assert _attempts(store)[0]["score"] == 1.0


def test_sort_question_by_move_to_keys(qtbot, panel, store):
    """Alt+1 puts the chosen event in the first theory's box and chooses the next; Alt+2 the second's."""
    panel.start_practice(["q-sort-two"])
    widget = panel.widget
    qtbot.keyClick(widget.pool, Qt.Key.Key_1, ALT)
    assert widget.bins["balance-of-threat"].count() == 1 and widget.pool.currentItem().text().startswith("India")
    qtbot.keyClick(widget.pool, Qt.Key.Key_2, ALT)
    assert widget.response() == {"sco-founded": "balance-of-threat", "india-pakistan-join": "balance-of-interests"}
    qtbot.keyClick(widget.bins["balance-of-interests"], Qt.Key.Key_0, ALT)  # back to the events to sort
    assert widget.pool.count() == 1
    widget.menu.actions()[1].trigger()  # "Move to… > 2 Balance of interests"
    qtbot.keyClick(widget.pool, Qt.Key.Key_Return)
    assert "Right." in _feedback(panel)


def test_exam_gives_no_feedback_and_no_way_back(qtbot, panel, store):
    """An exam shows only Next; at the end the result page has the score, pass or fail and each theory."""
    pack = panel.state.pack
    panel.exam_settings = dataclasses.replace(pack.exam, questions=5, shuffle=False, pass_mark=50)
    qtbot.mouseClick(panel.start.exam_button, Qt.MouseButton.LeftButton)
    assert panel.banner.text() == "Exam — no feedback until the end"
    page_buttons = [b.text() for b in panel.pages.currentWidget().findChildren(QAbstractButton) if b.isVisible()]
    assert not panel.check_button.isVisible() and not any("back" in t.lower() or "previous" in t.lower()
                                                          for t in page_buttons)
    for n in range(5):
        assert panel.status.text().count(f"Question {n + 1} of 5")
        answer(qtbot, panel)
        qtbot.keyClick(panel.widget, Qt.Key.Key_Return)
        assert not panel.feedback.isVisible()
    assert panel.pages.currentIndex() == quiz_panel.RESULT
    text = panel.result.toPlainText()
    assert f"{panel.last_result['percent']}%" in text and "Pass mark: 50%" in text
    assert "By theory" in text and "Balance of threat" in text and "Question by question" in text
    rows = _attempts(store)
    assert len(rows) == 5 and {r["mode"] for r in rows} == {"exam"}
    mode, seed, percent = store.db.execute("SELECT mode, seed, percent FROM sessions").fetchone()
    assert mode == "exam" and seed is not None and percent == panel.last_result["percent"]


def test_exam_settings_dialog_and_time_limit(qtbot, panel):
    """The instructor sets 2 questions, a time limit and no feedback; when time is up the exam ends."""
    dialog = ExamSettingsDialog(panel.state.pack.exam, 12)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.count.setValue(2)
    dialog.minutes.setValue(1)
    qtbot.mouseClick(dialog.feedback, Qt.MouseButton.LeftButton)
    settings = dialog.settings()
    assert (settings.questions, settings.minutes, settings.feedback) == (2, 1, False)
    panel.exam_settings = settings
    panel.start_exam(seed=3)
    qtbot.waitUntil(lambda: "Time left: 1:00" in panel.clock_label.text() or "0:5" in panel.clock_label.text())
    panel.now = lambda: quiz_session.utc_now() + dt.timedelta(minutes=2)  # time is up
    qtbot.waitUntil(lambda: panel.pages.currentIndex() == quiz_panel.RESULT)
    assert "Question by question" not in panel.result.toPlainText()
    assert "Of 2 questions: 0 answered, 0 fully right, 2 not answered" in panel.result.toPlainText()


def test_show_on_timeline_and_map_selects_the_event(qtbot, window):
    """After an answer, the button selects the question's event and shows the map."""
    state, win = window
    win.tabs.setCurrentWidget(win.quiz)
    win.quiz.start_practice(["q-founding-theory"])
    qtbot.keyClick(win.quiz.widget, Qt.Key.Key_1)
    qtbot.keyClick(win.quiz.widget, Qt.Key.Key_Return)
    qtbot.mouseClick(win.quiz.show_button, Qt.MouseButton.LeftButton)
    assert state.selected == "sco-founded"
    assert win.tabs.currentWidget() is win.map
    assert "The SCO is founded" in win.argument.toPlainText()


def _controls(root: QWidget) -> list[QWidget]:
    """The controls a student can reach, leaving out the parts inside spin and combo boxes."""
    kinds = (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView, QTextEdit, QAbstractSpinBox)

    def inner(widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, (QComboBox, QAbstractSpinBox)):
            parent = parent.parentWidget()
        return parent is not None or widget.window() is not root.window()

    return [w for w in root.findChildren(QWidget)
            if isinstance(w, kinds) and w.focusPolicy() != Qt.FocusPolicy.NoFocus and not inner(w)]


def test_every_control_of_the_quiz_has_an_accessible_name(qtbot, panel, store):
    """Each question type, the start and result pages and both dialogs: every control is named."""
    seen = _controls(panel)
    for qid in ("q-founding-theory", "q-first-agreement", "q-find-india", "q-three-steps", "q-sort-two",
                "q-founding-finding"):
        panel.start_practice([qid])
        seen += _controls(panel)
    panel.start_exam()
    panel.finish_exam()
    seen += _controls(panel)
    for dialog in (ProfileDialog(store), ExamSettingsDialog(panel.state.pack.exam, 12)):
        qtbot.addWidget(dialog)
        seen += _controls(dialog)
    unnamed = {f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}" for w in seen
               if not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text()))}
    assert unnamed == set()
    assert len(seen) > 40


def test_window_has_a_quiz_tab_and_menu(qtbot, window):
    """The Quiz tab sits beside the map and the events list; Quiz > Practice starts a practice in it."""
    _state, win = window
    assert [win.tabs.tabText(i) for i in range(win.tabs.count())] == ["&Map", "&Events list", "&States list", "&Quiz"]
    menu = next(a.menu() for a in win.menuBar().actions() if a.text() == "Qui&z")
    next(a for a in menu.actions() if a.text() == "&Practice").trigger()
    assert win.quiz.mode == "practice"
    shown = win.map if win.quiz.widget.question.type is QuestionType.MAP else win.quiz  # a map question shows the map
    assert win.tabs.currentWidget() is shown


def test_a_damaged_progress_file_is_moved_aside_and_the_student_told(qtbot, tmp_path, monkeypatch):
    """A progress file that cannot be read is renamed, a new one made, and a warning names the old one."""
    from sco_app.core.progress import DATA_DIR_VARIABLE, FILE_NAME
    from sco_app.ui import user_data

    monkeypatch.setenv(DATA_DIR_VARIABLE, str(tmp_path))
    (tmp_path / FILE_NAME).write_bytes(b"garbage" * 500)
    told = []
    monkeypatch.setattr(user_data.QMessageBox, "warning", lambda parent, title, text: told.append(text))
    store = user_data.open_store()
    assert store.moved_aside is not None and str(store.moved_aside) in told[0]
    assert store.profiles() == []
    store.close()


def _with_questions(pack, questions, **changes):
    """``pack`` as a live reload of it would be: the same id, these questions (none generated)."""
    return dataclasses.replace(pack, questions=tuple(questions), generate_questions=False, **changes)


def _finished_sessions(store) -> list:
    return store.db.execute("SELECT id FROM sessions WHERE finished IS NOT NULL").fetchall()


def test_a_reload_of_the_same_pack_keeps_the_practice_going(qtbot, panel, store):
    """The pack saved while practising: the session goes on, the question on screen shows its new wording."""
    pack = panel.state.pack
    ids = [q.id for q in pack.questions]
    panel.start_practice(ids)
    session, shown = panel.session_id, panel.widget.question
    edited = dataclasses.replace(shown, prompt=Text.plain("An edited prompt?"))
    panel.state.load(_with_questions(pack, [edited if q.id == shown.id else q for q in pack.questions]))
    assert panel.mode == "practice" and panel.session_id == session and _finished_sessions(store) == []
    assert panel.pages.currentIndex() == quiz_panel.QUESTION
    assert panel.widget.question == edited and panel.prompt.text() == "An edited prompt?"
    assert {q.id for q in panel.rounds.pool()} == set(ids)


def test_a_question_gone_from_the_reloaded_pack_gives_way_to_the_next(qtbot, panel, store):
    """The question on screen was deleted from the pack: the practice goes on with the next question."""
    pack = panel.state.pack
    panel.start_practice([q.id for q in pack.questions])
    session, shown = panel.session_id, panel.widget.question
    following = panel.rounds.round[0]
    panel.state.load(_with_questions(pack, [q for q in pack.questions if q.id != shown.id]))
    assert panel.mode == "practice" and panel.session_id == session
    assert panel.widget.question.id == following.id and shown.id not in {q.id for q in panel.rounds.pool()}
    assert f"0 answered (0 right)  ·  {len(pack.questions) - 1} due" in panel.status.text()


def test_a_reload_with_no_question_left_or_another_pack_ends_the_practice(qtbot, panel, store):
    """A pack with another id ends the practice session, as opening another pack always did."""
    pack = panel.state.pack
    panel.start_practice()
    panel.state.load(dataclasses.replace(pack, id="another-pack"))
    assert panel.mode == "" and panel.session_id is None and len(_finished_sessions(store)) == 1
    assert panel.pages.currentIndex() == quiz_panel.START
    panel.start_practice(["q-founding-theory"])
    panel.state.load(_with_questions(panel.state.pack, [q for q in pack.questions if q.id != "q-founding-theory"]))
    assert panel.mode == "" and len(_finished_sessions(store)) == 2


def test_a_double_click_on_check_shows_the_feedback_and_stays(qtbot, panel, store):
    """Check and Next keep their places: a double-click on Check checks once and the feedback stays on screen."""
    panel.start_practice(["q-founding-theory", "q-first-agreement"])
    question = panel.widget.question
    answer(qtbot, panel)
    check_at = panel.check_button.geometry()
    qtbot.mouseDClick(panel.check_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    assert panel.feedback.isVisible() and panel.widget.question is question and len(_attempts(store)) == 1
    assert panel.check_button.geometry() == check_at and not panel.check_button.isEnabled()
    assert panel.next_button.isEnabled() and panel.next_button.geometry() != check_at


def test_enter_with_nothing_chosen_does_nothing(qtbot, panel, store):
    """With no option chosen, Enter and Check do nothing: no feedback, nothing stored, Check stays disabled."""
    panel.start_practice(["q-founding-theory"])
    qtbot.keyClick(panel.widget, Qt.Key.Key_Return)
    panel.check()
    assert not panel.feedback.isVisible() and _attempts(store) == [] and not panel.check_button.isEnabled()


def test_an_untouched_ordering_asks_keep_this_order(qtbot, panel, store):
    """Enter on an ordering never moved asks "Keep this order?": No goes back, Yes checks it as shown."""
    panel.start_practice(["q-three-steps"])
    assert panel.check_button.isEnabled()
    seen = []
    reply("No, go back", seen)
    qtbot.keyClick(panel.widget.list, Qt.Key.Key_Return)
    assert seen == ["You have not moved any event. Check the events in the order shown?"]
    assert not panel.feedback.isVisible() and _attempts(store) == []
    reply("Yes, check it", seen)
    qtbot.keyClick(panel.widget.list, Qt.Key.Key_Return)
    assert panel.feedback.isVisible() and len(seen) == 2 and len(_attempts(store)) == 1


def test_a_sort_with_events_left_out_asks_first(qtbot, panel, store):
    """Checking a sort with one event in no box says so and asks; a full sort is checked at once."""
    panel.start_practice(["q-sort-two"])
    qtbot.keyClick(panel.widget.pool, Qt.Key.Key_1, ALT)
    seen = []
    reply("No, go back", seen)
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].startswith("1 event(s) are in no box yet") and _attempts(store) == []
    qtbot.keyClick(panel.widget.pool, Qt.Key.Key_2, ALT)
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1 and panel.feedback.isVisible()


def test_practice_counts_answered_and_due_and_stop_sums_it_up(qtbot, panel, store):
    """The status says answered and due; Stop practice shows how it went and when the questions come back."""
    ids = ["q-founding-theory", "q-first-agreement", "q-founding-finding"]
    panel.start_practice(ids)
    assert "0 answered (0 right)  ·  3 due" in panel.status.text()
    for _ in ids[:2]:
        answer(qtbot, panel)
        qtbot.keyClick(panel.widget, Qt.Key.Key_Return)
        qtbot.keyClick(panel.next_button, Qt.Key.Key_Return)
    right = sum(a["correct"] for a in _attempts(store))
    missed = 2 - right
    assert f"2 answered ({right} right)  ·  {1 + missed} due" in panel.status.text()
    qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)
    text = panel.result.toPlainText()
    assert panel.pages.currentIndex() == quiz_panel.RESULT and "Practice: how it went" in text
    assert f"You answered 2; {right} fully right" in text and "Coming back for review" in text
    if missed:
        assert f"today: {missed} question(s)" in text
    assert f"Due now, for your next practice: {1 + missed}." in text
    assert [r for r in store.db.execute("SELECT mode, finished IS NOT NULL FROM sessions")] == [("practice", 1)]
    qtbot.mouseClick(panel.end.back_button, Qt.MouseButton.LeftButton)
    assert panel.pages.currentIndex() == quiz_panel.START


def test_a_long_event_title_ends_in_an_ellipsis_and_shows_whole_as_a_tooltip(qtbot, panel):
    """In a narrow list an event's title is cut with "…", never by the edge, and its tooltip holds all of it."""
    panel.start_practice(["q-sort-two"])
    pool = panel.widget.pool
    assert pool.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert pool.textElideMode() == Qt.TextElideMode.ElideRight
    for row in range(pool.count()):
        item = pool.item(row)
        assert item.toolTip() == item.text() and item.text() == panel.state.text(
            panel.state.pack.event(item.data(Qt.ItemDataRole.UserRole)).title)
