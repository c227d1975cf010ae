"""A PDF's document information gains a subject by an incremental update that readers follow."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from sco_app.core.pdf_info import PdfInfoError, pdf_text, update_info


def _minimal_pdf(path: Path) -> None:
    """A one-page PDF with a classic cross-reference table and an Info dictionary, as Qt writes them."""
    objects = [b"<<\n/Title (Old title)\n/Creator (test)\n>>", b"<< /Type /Catalog /Pages 3 0 R >>",
               b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 3 0 R /MediaBox [0 0 200 200] >>"]
    data, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(data))
        data += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(data)
    data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    data += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    data += b"trailer\n<<\n/Size %d\n/Info 1 0 R\n/Root 2 0 R\n>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(data))


def test_the_update_points_back_and_its_offsets_are_right(tmp_path):
    """The appended Info object sits at the offset its cross-reference gives, and the new trailer keeps the
    root and points back to the previous table; the earlier bytes are untouched."""
    path = tmp_path / "a.pdf"
    _minimal_pdf(path)
    before = path.read_bytes()
    update_info(path, Subject="Keseimbangan kekuatan: finding")
    data = path.read_bytes()
    assert data.startswith(before)
    offset = int(re.findall(rb"\n1 1\n(\d{10}) 00000 n", data)[-1])
    assert data[offset:].startswith(b"1 0 obj\n<<\n/Title (Old title)")
    assert pdf_text("Keseimbangan kekuatan: finding") in data[offset:]
    last = int(re.findall(rb"startxref\n(\d+)", data)[-1])
    assert data[last:].startswith(b"xref\n") and b"/Root 2 0 R" in data[last:]
    assert b"/Prev %d" % int(re.findall(rb"startxref\n(\d+)", before)[-1]) in data[last:]


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="pdfinfo (poppler-utils) is not installed")
def test_a_reader_sees_the_subject_and_a_second_update_replaces_it(tmp_path):
    """pdfinfo reads the subject (any language) with the title the writer set; updating again replaces it."""
    path = tmp_path / "a.pdf"
    _minimal_pdf(path)
    update_info(path, Subject="Pola perimbangan — ekonomi")
    update_info(path, Subject="Balance of threat", Keywords="SCO")
    result = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    assert "Subject:         Balance of threat" in result.stdout and "Title:           Old title" in result.stdout
    assert "Keywords:        SCO" in result.stdout and result.stderr == ""


def test_what_cannot_be_updated_is_refused(tmp_path):
    """Not a PDF, or an entry the writer set itself: a clear error and the file unchanged."""
    text = tmp_path / "a.txt"
    text.write_text("hello")
    with pytest.raises(PdfInfoError):
        update_info(text, Subject="x")
    path = tmp_path / "a.pdf"
    _minimal_pdf(path)
    before = path.read_bytes()
    with pytest.raises(PdfInfoError):
        update_info(path, Title="new")
    assert path.read_bytes() == before
