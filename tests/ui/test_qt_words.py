"""Qt's own words (standard buttons, the file dialog) speak the interface's language, even where Qt has no
translation of its own."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QMessageBox

from sco_app.core.languages import translated_languages
from sco_app.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"


def _translated(code: str) -> set[tuple[str, str]]:
    """(context, source) of every finished message of the language's .ts file."""
    root = ET.parse(FOLDER / f"sco_app_{code}.ts").getroot()
    return {(ctx.findtext("name"), m.findtext("source")) for ctx in root.iter("context") for m in ctx.iter("message")
            if (m.findtext("translation") or "") and m.find("translation").get("type") is None}


def _buttons_in_code() -> set[str]:
    """The standard buttons the app's code shows: those it names, and those of QMessageBox's defaults
    (OK for warning and information, Yes and No for question)."""
    named = set()
    for path in (ROOT / "sco_app").rglob("*.py"):
        named |= set(re.findall(r"StandardButton\.(\w+)", path.read_text(encoding="utf-8")))
    return named | {"Ok", "Yes", "No"}


def _text(box: QDialogButtonBox, name: str) -> str:
    return box.button(getattr(QDialogButtonBox.StandardButton, name)).text()


def test_every_standard_button_the_app_shows_has_a_translation(qapp):
    """Each standard button named in the app's code (and QMessageBox's defaults) is translated in every
    shipped language, under the text Qt looks up."""
    names = sorted(_buttons_in_code())
    i18n.install("en")
    box = QDialogButtonBox()
    for name in names:
        box.addButton(getattr(QDialogButtonBox.StandardButton, name))
    english = {name: _text(box, name) for name in names}
    assert {"Save", "Cancel", "Ok"} <= set(names)
    for code in translated_languages():
        missing = [text for text in english.values() if ("QPlatformTheme", text) not in _translated(code)]
        assert missing == [], code


def test_dialog_buttons_speak_indonesian(qtbot):
    """In Indonesian, Save and Cancel read Simpan and Batal, and a question's Yes and No read Ya and Tidak."""
    i18n.install("id")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert (_text(box, "Save"), _text(box, "Cancel")) == ("Simpan", "Batal")
    question = QMessageBox(QMessageBox.Icon.Question, "?", "?",
                           QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(question)
    texts = [question.button(b).text().replace("&", "") for b in (QMessageBox.StandardButton.Yes,
                                                                   QMessageBox.StandardButton.No)]
    assert texts == ["Ya", "Tidak"]
    i18n.install("en")
    again = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
    qtbot.addWidget(again)
    assert _text(again, "Save") == "Save"


def test_qt_s_own_file_dialog_speaks_indonesian(qtbot):
    """Qt's own file dialog (where the desktop offers none) labels its fields and buttons in Indonesian."""
    i18n.install("id")
    dialog = QFileDialog(None, "Simpan", "", "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    buttons = {b.text() for b in dialog.findChildren(QDialogButtonBox)[0].buttons()}
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Simpan", "Batal"} <= buttons and {"&Cari di:", "&Nama berkas:", "&Jenis berkas:"} <= labels
