"""`sco-app render` draws every view to PNG, SVG and PDF without a display."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer

from sco_app.cli import main


def _distinct_colours(image: QImage, step: int = 7) -> int:
    colours = set()
    for x in range(0, image.width(), step):
        for y in range(0, image.height(), step):
            colours.add(image.pixel(x, y))
    return len(colours)


@pytest.mark.parametrize("view", ["main", "timeline", "map", "argument"])
def test_png_of_every_view_has_the_asked_size(qapp, tmp_path: Path, view: str, capsys):
    """Each view renders to a non-blank PNG of exactly the requested size."""
    out = tmp_path / f"{view}.png"
    assert main(["render", "--view", view, "--event", "tulip-revolution", "--size", "900x600", "--out", str(out)]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (900, 600)
    assert _distinct_colours(image) > 8


def test_svg_is_vector(qapp, tmp_path: Path, capsys):
    """The SVG is drawn with paths and text, not one embedded raster, and Qt can read it back."""
    out = tmp_path / "timeline.svg"
    assert main(["render", "--view", "timeline", "--out", str(out), "--size", "1000x600"]) == 0
    text = out.read_text(encoding="utf-8")
    assert QSvgRenderer(str(out)).isValid()
    assert text.count("<path") >= 45 and "<text" in text and "<image" not in text  # a path per event symbol


def test_pdf_is_written(qapp, tmp_path: Path, capsys):
    """The PDF is a one-page PDF file that holds the selected event's title as text."""
    out = tmp_path / "argument.pdf"
    assert main(["render", "--view", "argument", "--event", "andijan-unrest", "--out", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(b"/Type/Page") >= 1


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_pdf_text_reads_as_typed_and_names_its_pack(qapp, tmp_path: Path, capsys):
    """The main view's PDF holds its words letter by letter (no "ﬁ" ligature) and names the pack's title,
    authors and subject."""
    from sco_app.core.packs import load_pack
    from sco_app.core.resources import lessons_dir

    pack = load_pack(lessons_dir() / "sco-balancing")
    out = tmp_path / "main.pdf"
    assert main(["render", "--view", "main", "--event", "peace-mission-2007", "--out", str(out)]) == 0
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert re.findall("[\ufb00-\ufb06]", text) == [] and "finding" in text and "first" in text
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert f"Title:           {pack.title.get('en')}" in info and "Subject:         Follow the SCO" in info
    assert f"Author:          {', '.join(pack.authors)}" in info


def test_unknown_event_is_a_usage_error(qapp, tmp_path: Path, capsys):
    """Asking for an event the pack does not have is exit status 2 with a clear message."""
    assert main(["render", "--event", "no-such-event", "--out", str(tmp_path / "x.png")]) == 2
    assert "the pack 'sco-balancing' has no event 'no-such-event'" in capsys.readouterr().err


def test_unknown_format_is_refused(qapp, tmp_path: Path, capsys):
    """Only .png, .svg and .pdf can be written."""
    assert main(["render", "--out", str(tmp_path / "x.gif")]) == 2
    assert "use .png, .svg or .pdf" in capsys.readouterr().err


def test_broken_pack_is_reported(qapp, tmp_path: Path, capsys):
    """A broken pack is listed problem by problem and nothing is drawn."""
    broken = Path(__file__).resolve().parents[1] / "packs" / "broken" / "unknown-theory"
    assert main(["render", "--pack", str(broken), "--out", str(tmp_path / "x.png")]) == 1
    assert "unknown theory 't2'" in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()


def test_pack_given_before_render_is_used(qapp, tmp_path: Path, capsys):
    """`sco-app --pack P render ...` draws pack P (here a broken one: reported, nothing drawn)."""
    broken = Path(__file__).resolve().parents[1] / "packs" / "broken" / "unknown-theory"
    assert main(["--pack", str(broken), "render", "--out", str(tmp_path / "x.png")]) == 1
    assert "unknown theory 't2'" in capsys.readouterr().err and not (tmp_path / "x.png").exists()
