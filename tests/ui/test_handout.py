"""The handout PDF: A4 pages in the documented order, the pack's text in its language, vector figures."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from sco_app.cli import main
from sco_app.core.dates import PartialDate
from sco_app.core.packs import load_pack
from sco_app.core.resources import lessons_dir

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")


def _pages(pdf: Path) -> list[bytes]:
    """The page objects of a PDF, read minimally: Qt writes each as one uncompressed dictionary."""
    data = pdf.read_bytes()
    return re.findall(rb"/Type\s*/Page\b(?!s).*?/MediaBox\s*\[([^\]]*)\]", data, re.S)


def _page_texts(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [" ".join(page.split()) for page in text.split("\f")][: len(_pages(pdf))]


def test_handout_command_writes_a4_pages(qapp, tmp_path: Path, capsys):
    """`sco-app handout` reports its page count, and every page of the PDF is A4 (595 x 842 pt)."""
    out = tmp_path / "starter.pdf"
    assert main(["handout", "--pack", str(lessons_dir() / "template"), "--date", "2017-07-01", "--out", str(out)]) == 0
    reported = int(re.search(r"(\d+) A4 pages", capsys.readouterr().out).group(1))
    boxes = _pages(out)
    assert len(boxes) == reported >= 5
    assert all([round(float(n)) for n in box.split()] == [0, 0, 595, 842] for box in boxes)


@needs_pdftotext
def test_handout_pages_hold_title_figures_cards_quiz_and_key(qapp, tmp_path: Path, capsys):
    """Title and source first, then timeline and map with the legend, cards, quiz, and the key on its own pages."""
    pack = load_pack(lessons_dir() / "template")
    out = tmp_path / "starter.pdf"
    assert main(["handout", "--pack", str(lessons_dir() / "template"), "--date", "2017-07-01", "--out", str(out)]) == 0
    pages = _page_texts(out)
    assert pack.title.get("en") in pages[0] and "Akhli, R. A., Gumilar, N., & Halkis, M." in pages[0]
    assert "Timeline of the episodes" in pages[1] and "Statuses on 1 Jul 2017" in pages[1]
    assert all(word in pages[1] for word in ("Member", "Observer", "No status"))  # the map's legend
    cards = next(i for i, p in enumerate(pages) if p.startswith("The argument, episode by episode"))
    quiz = next(i for i, p in enumerate(pages) if p.startswith("Quiz"))
    key = next(i for i, p in enumerate(pages) if p.startswith("Answer key"))
    assert 1 < cards < quiz < key
    card_text = " ".join(pages[cards:quiz])
    # By default the cards are those of the paper's own readings: not the 2017 interpretation.
    assert "Agreement on confidence-building in the border areas" in card_text and "The SCO is founded" in card_text
    assert "India and Pakistan become members" not in card_text
    quiz_text, key_text = " ".join(pages[quiz:key]), " ".join(pages[key:])
    assert "What did the 1996 agreement do?" in quiz_text and "Answer key" not in quiz_text
    assert "A. Built military confidence along the border" in key_text and "India" in key_text  # map answer


@needs_pdftotext
def test_handout_in_indonesian_with_chosen_events(qapp, tmp_path: Path, capsys):
    """--lang id prints the pack's Indonesian text; --events chooses the cards."""
    out = tmp_path / "id.pdf"
    assert main(["handout", "--pack", str(lessons_dir() / "template"), "--lang", "id",
                 "--events", "india-pakistan-join", "--out", str(out)]) == 0
    text = " ".join(_page_texts(out))
    assert "Paket awal - tiga langkah Shanghai Cooperation Organization" in text
    assert "India dan Pakistan menjadi anggota" in text and "SCO didirikan" in text  # card, and the quiz


def test_handout_refuses_unknown_events_and_bad_dates(qapp, tmp_path: Path, capsys):
    """Mistyped event ids and impossible dates are bad input: exit 1 and no file."""
    out = tmp_path / "x.pdf"
    assert main(["handout", "--pack", str(lessons_dir() / "template"), "--events", "sco-founded,nope", "--out", str(out)]) == 1
    assert "no event 'nope'" in capsys.readouterr().err
    assert main(["handout", "--pack", str(lessons_dir() / "template"), "--date", "2005-02-30", "--out", str(out)]) == 1
    assert not out.exists()


def test_figures_are_vector(qapp, tmp_path: Path):
    """The map's cached layers are painted as paths in the PDF: no full-size picture of the map or timeline."""
    from sco_app.ui.handout import HandoutOptions, write_handout

    out = tmp_path / "sco.pdf"
    pack = load_pack(lessons_dir() / "sco-balancing")
    write_handout(pack, out, HandoutOptions("en", PartialDate(2007, 8, 17), ("peace-mission-2007",), ()))
    data = out.read_bytes()
    sizes = [(int(w), int(h)) for w, h in re.findall(rb"/Subtype\s*/Image.*?/Width\s+(\d+)\s*/Height\s+(\d+)", data, re.S)]
    assert all(w * h < 100 * 100 for w, h in sizes), sizes  # only small fill patterns may be pictures
    assert len(_pages(out)) == 3  # title, figures, one card; no quiz asked for


def test_dialog_chooses_events_and_date_and_writes_the_pdf(qtbot, tmp_path: Path):
    """File ▸ Export handout's dialog: paper readings checked by default, buttons re-choose, Export writes."""
    from PySide6.QtCore import QDate, Qt

    from sco_app.ui.handout_dialog import HandoutDialog
    from sco_app.ui.state import AppState

    state = AppState()
    state.load(load_pack(lessons_dir() / "template"))
    dialog = HandoutDialog(state)
    qtbot.addWidget(dialog)
    assert dialog.chosen_events() == ["border-agreement-1996", "sco-founded"]
    buttons = {b.accessibleName(): b for b in dialog.findChildren(type(dialog.export_button))}
    qtbot.mouseClick(buttons["Choose no event"], Qt.MouseButton.LeftButton)
    assert dialog.chosen_events() == []
    qtbot.mouseClick(buttons["Choose every event"], Qt.MouseButton.LeftButton)
    assert len(dialog.chosen_events()) == 3
    dialog.date.setDate(QDate(2005, 7, 5))
    assert dialog.options().date == PartialDate(2005, 7, 5)
    dialog.path.setText(str(tmp_path / "handout.pdf"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.written == tmp_path / "handout.pdf"
    assert len(_pages(dialog.written)) >= 5
    assert all(w.accessibleName() for w in (dialog.date, dialog.events, dialog.path, dialog.export_button))


LIGATURES = re.compile("[\ufb00-\ufb06]")  # ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ: one character where the text has two or three


def _pdf_info(pdf: Path) -> dict[str, str]:
    lines = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()
    return {key: value.strip() for key, _, value in (line.partition(":") for line in lines)}


@needs_pdftotext
def test_handout_text_extracts_as_typed_with_title_author_and_subject(qapp, tmp_path: Path, capsys):
    """The SCO handout's text layer holds "finding", never a ligature such as "ﬁnding", and the PDF names its
    title, authors and subject (as pdftotext and pdfinfo read them)."""
    pack = load_pack(lessons_dir() / "sco-balancing")
    out = tmp_path / "sco.pdf"
    assert main(["handout", "--out", str(out)]) == 0
    text = "\n".join(_page_texts(out))
    assert LIGATURES.findall(text) == []
    assert all(word in text for word in ("finding", "first", "profit", "trafficking", "official"))
    info = _pdf_info(out)
    assert info["Title"] == pack.title.get("en") and info["Author"] == ", ".join(pack.authors)
    assert info["Subject"] == " ".join(pack.summary.get("en").split()) and info["Creator"].startswith("sco-app")


@needs_pdftotext
def test_handout_prints_true_false_and_short_answers_with_their_key(qapp, tmp_path: Path):
    """A true/false question prints its two options, a short answer a line to write on; the key gives both."""
    from sco_app.ui.handout import HandoutOptions, write_handout_file

    pack = load_pack(Path(__file__).resolve().parents[1] / "packs" / "every-kind")
    questions = tuple(q for q in pack.questions if q.type.value in ("true-false", "short-answer"))
    out = tmp_path / "every-kind.pdf"
    write_handout_file(pack, out, HandoutOptions("en", questions=questions))
    pages = _page_texts(out)
    quiz = next(i for i, p in enumerate(pages) if p.startswith("Quiz"))
    key = next(i for i, p in enumerate(pages) if p.startswith("Answer key"))
    quiz_text, key_text = " ".join(pages[quiz:key]), " ".join(pages[key:])
    assert "A. True" in quiz_text and "B. False" in quiz_text and "Answer: ____" in quiz_text
    assert "A. True" in key_text and "China, Tiongkok, Cina" in key_text
