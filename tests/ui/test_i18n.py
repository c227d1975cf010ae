"""Every shipped language loads, is complete, is compiled from its current source, and is used."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QGroupBox, QLabel, QLineEdit, QTabWidget, QTextBrowser, QWidget,
)

from sco_app import app
from sco_app.core import progress, quiz
from sco_app.core.model import QuestionType
from sco_app.ui import i18n
from tests.ui.quiz_driving import answer

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
SHIPPED = [code for code in i18n.LANGUAGES if code != "en"]


def _messages(code: str) -> list[tuple[str, str, str, str | None]]:
    """(context, source, translation, type) of every message of a .ts file."""
    root = ET.parse(FOLDER / f"sco_app_{code}.ts").getroot()
    return [(ctx.findtext("name"), m.findtext("source"), m.findtext("translation") or "", m.find("translation").get("type"))
            for ctx in root.iter("context") for m in ctx.iter("message")]


@pytest.fixture(autouse=True)
def _english_afterwards(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    yield
    i18n.install("en")


@pytest.mark.parametrize("code", SHIPPED)
def test_every_shipped_locale_loads(code):
    """The compiled translation of each language loads and translates a menu title."""
    translator = QTranslator()
    assert translator.load(str(FOLDER / f"sco_app_{code}.qm"))
    assert translator.translate("MainWindow", "&File") not in ("", "&File")


@pytest.mark.parametrize("code", SHIPPED)
def test_no_string_is_unfinished(code):
    """No message of the .ts file is unfinished or empty."""
    bad = [(c, s) for c, s, t, kind in _messages(code) if kind in ("unfinished", "vanished", "obsolete") or not t]
    assert bad == []


@pytest.mark.parametrize("code", SHIPPED)
def test_compiled_files_are_current(code, tmp_path):
    """The shipped .qm is exactly what lrelease makes of the shipped .ts (run tools/update_translations.py)."""
    tool = Path(sys.executable).parent / "pyside6-lrelease"
    out = tmp_path / "check.qm"
    subprocess.run([str(tool), str(FOLDER / f"sco_app_{code}.ts"), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == (FOLDER / f"sco_app_{code}.qm").read_bytes()


def _visible_texts(window) -> list[str]:
    texts = [a.text() for a in window.menuBar().actions()]
    for menu_action in window.menuBar().actions():
        texts += [a.text() for a in menu_action.menu().actions() if a.text()]
    for widget in window.findChildren(QLabel):
        texts.append(widget.text())
    for widget in window.findChildren(QAbstractButton):
        texts.append(widget.text())
    for widget in window.findChildren(QGroupBox):
        texts.append(widget.title())
    for widget in window.findChildren(QLineEdit):
        texts.append(widget.placeholderText())
    for tabs in window.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    return [t for t in texts if t]


def test_walking_the_window_in_indonesian_finds_no_english(qtbot):
    """In Indonesian, no menu, label, button, tab or placeholder shows an English source string."""
    state, window = app.build(language="id")
    qtbot.addWidget(window)
    window.show()
    english = {s: t for _c, s, t, _k in _messages("id") if s != t and len(s) > 3}
    leftovers = [t for t in _visible_texts(window) if t in english]
    assert state.language == "id" and leftovers == []


def test_language_switch_keeps_the_place(qtbot):
    """View > Language gives a window in the other language on the same pack, event and date."""
    state, window = app.build(language="en")
    qtbot.addWidget(window)
    state.select("tulip-revolution")
    new_state, new_window = app.switch_language(state, window, "id")
    qtbot.addWidget(new_window)
    assert new_state.language == "id" and new_state.selected == "tulip-revolution"
    assert new_window.menuBar().actions()[0].text() == QCoreApplication.translate("MainWindow", "&File")
    assert "Revolusi Tulip" in new_window.argument.toPlainText()


def _english_chunks(code: str) -> set[str]:
    """Pieces of English UI strings (between placeholders and tags) long enough not to occur by chance."""
    chunks = set()
    for _c, source, translation, _k in _messages(code):
        if source == translation:
            continue
        for piece in re.split(r"\{[^}]*\}|<[^>]+>|\n", source.replace("&", "")):
            piece = piece.strip(" .,:;()…·—-")
            if len(piece) >= 12 and piece not in translation.replace("&", ""):
                chunks.add(piece)
    return chunks


def _all_texts(root) -> list[str]:
    """What a sighted student reads and what a screen reader says, in every widget under ``root``."""
    texts = [root.windowTitle(), root.accessibleDescription()]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        texts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, QLabel):
            texts.append(QTextDocumentFragment.fromHtml(widget.text()).toPlainText())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QTextBrowser):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model, root_index = widget.model(), widget.rootIndex()
            try:
                columns = model.columnCount(root_index)
            except TypeError:  # a list model keeps its column count to itself: one column
                columns = 1
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]
            texts += [str(model.index(r, c, root_index).data() or "") for r in range(min(model.rowCount(root_index), 30))
                      for c in range(columns)]
    return [t for t in texts if t]


def _english_in(root, chunks: set[str]) -> list[str]:
    return sorted({chunk for text in _all_texts(root) for chunk in chunks if chunk in text})


def test_walking_the_quiz_in_indonesian_finds_no_english(qtbot, tmp_path, monkeypatch):
    """Start page, a practice question and its feedback, a whole exam and its result, and the results window:
    in Indonesian none of them shows or announces a piece of an English UI string."""
    monkeypatch.setenv(progress.DATA_DIR_VARIABLE, str(tmp_path / "data"))
    chunks = _english_chunks("id")
    state, window = app.build(language="id")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    panel = window.quiz
    store = progress.ProgressStore.in_folder()
    panel.set_profile(store.create_profile("Dewi", "2301"))
    window.tabs.setCurrentWidget(panel)
    found = {"start": _english_in(window, chunks)}
    panel.start_practice(["th-tulip-revolution"])  # a theory question: key 1 picks its first option
    found["question"] = _english_in(window, chunks)
    question = panel.widget.question
    qtbot.keyClick(panel.widget, Qt.Key.Key_1)
    panel.check()
    assert panel.feedback.isVisible(), question.id
    found["feedback"] = _english_in(window, chunks)
    panel.stop()
    assert panel.result.isVisible()
    found["practice summary"] = _english_in(window, chunks)
    map_question = next(q for q in quiz.questions_of(state.pack) if q.type is QuestionType.MAP)
    panel.start_practice([map_question.id])
    assert window.map_question.bar.isVisible()
    found["map question"] = _english_in(window, chunks)
    panel.stop()
    window.tabs.setCurrentWidget(panel)
    panel.start_exam(seed=7)
    found["exam question"] = _english_in(window, chunks)
    for _ in range(len(panel.exam.questions)):
        answer(qtbot, panel)
        panel.next_question()
    assert panel.exam is None and panel.result.isVisible()
    found["exam result"] = _english_in(window, chunks)
    panel.open_results()
    found["results window"] = _english_in(panel.results_window, chunks)
    store.close()
    assert state.language == "id"
    assert {where: chunks for where, chunks in found.items() if chunks} == {}
