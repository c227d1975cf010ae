"""The welcome panel and the Help menu, driven by keyboard as a new student would: three ways into the lesson."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTextBrowser

from sco_app import app
from sco_app.core.preferences import WELCOME_SEEN
from sco_app.ui import quiz_panel
from sco_app.ui.profile_dialog import ProfileDialog
from sco_app.ui.private_settings import preferences
from tests.ui.polling import poll


@pytest.fixture
def window(qtbot):
    state, win = app.build()
    qtbot.addWidget(win)
    win.resize(1366, 740)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return state, win


def _welcome(qtbot, win):
    dialog = win.show_welcome()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _press(qtbot, *keys) -> None:
    for key in keys:
        qtbot.keyClick(QApplication.focusWidget(), key)


def test_the_tour_door_by_keyboard(qtbot, window):
    """The tour door has the focus when the welcome opens; Enter starts the guided tour at its first step."""
    state, win = window
    dialog = _welcome(qtbot, win)
    assert QApplication.focusWidget() is dialog.tour_door and "10 steps" in dialog.tour_door.description()
    _press(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible() and win.tours.player.playing and win.tours.player.index == 0
    assert win.tours.bar.isVisible()


def test_the_explore_door_by_keyboard(qtbot, window):
    """Tab then Space on "Explore on your own": the first event is chosen and the keyboard is on the timeline."""
    state, win = window
    dialog = _welcome(qtbot, win)
    _press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.explore_door
    _press(qtbot, Qt.Key.Key_Space)
    assert state.selected == state.pack.events[0].id
    assert win.focusWidget() is win.timeline.plot  # where the keys go when the window is active again
    assert state.text(state.pack.events[0].title) in win.argument.toPlainText()


def test_the_practice_door_by_keyboard(qtbot, window):
    """Two Tabs and Enter on "Practise": once the student has a profile, practice begins in the Quiz tab."""
    _state, win = window
    dialog = _welcome(qtbot, win)
    answered = []

    def make_profile() -> bool:
        profile = QApplication.activeModalWidget()
        if isinstance(profile, ProfileDialog) and not answered:
            answered.append(profile)
            qtbot.keyClicks(profile.name, "Dewi")
            qtbot.keyClick(profile.name, Qt.Key.Key_Return)
        return bool(answered)

    poll(make_profile, interval=20)
    _press(qtbot, Qt.Key.Key_Tab, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.practice_door
    _press(qtbot, Qt.Key.Key_Return)
    assert answered and win.quiz.mode == "practice" and win.quiz.pages.currentIndex() == quiz_panel.QUESTION
    asks_on_the_map = isinstance(win.quiz.widget, quiz_panel.MapQuestion)  # a map question shows the map
    assert win.tabs.currentWidget() is (win.map if asks_on_the_map else win.quiz)


def test_the_welcome_is_remembered_as_seen_and_help_brings_it_back(qtbot, window):
    """Closing the welcome (Escape) marks it seen, so it does not open by itself again; Help ▸ Welcome opens it."""
    _state, win = window
    settings = preferences()
    assert win.welcome_if_new(settings)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win.welcome)
    _press(qtbot, Qt.Key.Key_Escape)
    assert settings.get(WELCOME_SEEN) and not win.welcome_if_new(settings)
    action = next(a for a in win.help_menu.actions() if a.text().startswith("&Welcome"))
    action.trigger()
    assert win.welcome.isVisible()


def test_a_lab_can_keep_the_welcome_from_opening_by_itself(qtbot, window, no_lab_settings):
    """With ``[welcome] show = false`` in the lab's file a first start opens no welcome; Help ▸ Welcome still does."""
    no_lab_settings.write_text("[welcome]\nshow = false\n", encoding="utf-8")
    _state, win = window
    assert not win.welcome_if_new(preferences()) and getattr(win, "welcome", None) is None
    next(a for a in win.help_menu.actions() if a.text().startswith("&Welcome")).trigger()
    assert win.welcome.isVisible()


def test_the_help_menu_offers_the_ways_in(qtbot, window):
    """Help holds Welcome, Quick guide (F1), Keyboard shortcuts, Start the tour and About."""
    _state, win = window
    names = [a.text().replace("&", "") for a in win.help_menu.actions() if a.text()]
    assert names == ["Welcome…", "Quick guide", "Keyboard shortcuts", "Start the tour", "About sco-app"]
    guide = next(a for a in win.help_menu.actions() if a.text() == "&Quick guide")
    assert guide.shortcut().toString() == "F1"
    qtbot.keyClick(win, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: getattr(win, "help_dialog", None) is not None and win.help_dialog.isVisible())
    assert "timeline" in win.help_dialog.findChild(QTextBrowser).toPlainText()
    win.help_dialog.close()
    start = next(a for a in win.help_menu.actions() if a.text() == "Start the &tour")
    start.trigger()
    assert win.tours.player.playing


def test_the_shortcuts_list_reads_the_menus(qtbot, window):
    """Keyboard shortcuts lists every menu key the window has (Ctrl+F, F5, Ctrl+T …) and each tab's Alt key."""
    from PySide6.QtWidgets import QTreeWidget

    _state, win = window
    dialog = win.show_shortcuts()
    table = dialog.findChild(QTreeWidget)
    rows = [(table.topLevelItem(k).text(0), table.topLevelItem(k).text(1)) for k in range(table.topLevelItemCount())]
    keys = {row[0] for row in rows}
    assert {"Ctrl+F", "F5", "Ctrl+T", "F1", "Ctrl+Shift+H", "Alt+M", "Alt+E", "Alt+Q"} <= keys
    assert ("Ctrl+F", "Find event") in rows
    assert dialog.width() <= win.screen().availableGeometry().width()
