"""The argument panel at any width: lines break between words, and with no event chosen it says what to click."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sco_app import app


def _lines(panel) -> list[tuple[str, str]]:
    """(line, the character after it) for every laid-out line of the panel's text."""
    found = []
    block = panel.document().begin()
    while block.isValid():
        layout, text = block.layout(), block.text()
        for k in range(layout.lineCount()):
            line = layout.lineAt(k)
            end = line.textStart() + line.textLength()
            found.append((text[line.textStart():end], text[end:end + 1]))
        block = block.next()
    return found


def test_a_narrow_panel_breaks_the_title_between_words(qtbot):
    """At 170 pixels the title "Balancing and defence regionalisation …" wraps only at spaces, never inside a word."""
    state, win = app.build()
    qtbot.addWidget(win)
    panel = win.argument
    panel.setParent(None)
    panel.resize(170, 500)
    panel.show()
    qtbot.waitExposed(panel)
    for event in ("", "sco-csto-memorandum"):
        state.select(event) if event else panel.show_event("")
        lines = _lines(panel)
        assert len(lines) > 10
        broken = [(line, after) for line, after in lines if after and after.isalnum() and line[-1:].isalnum()]
        assert broken == []
    panel.close()


def test_with_no_event_chosen_the_panel_points_at_the_timeline(qtbot):
    """The empty panel names the timeline and the → key (not a list whose tab may be hidden); → opens an event."""
    from PySide6.QtWidgets import QApplication

    state, win = app.build()
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    text = win.argument.toPlainText()
    assert "timeline" in text and "→" in text and "in the list" not in text
    qtbot.keyClick(win, Qt.Key.Key_Right)
    assert state.selected == state.pack.events[0].id
