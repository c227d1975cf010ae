"""Add entries to a PDF's document information (its Info dictionary) by an incremental update.

Qt's ``QPdfWriter`` writes a title, an author and a creator, but no subject. A PDF may be updated
by appending a new version of an object with a cross-reference section and a trailer that points
back to the previous one (PDF 1.7, ISO 32000-1, 7.5.6 "Incremental updates"); every reader
understands it and nothing already written is touched. Qt-free: plain bytes in, plain bytes out.
"""

from __future__ import annotations

import re
from pathlib import Path

_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_TRAILER = re.compile(rb"trailer\s*<<(.*?)>>\s*startxref", re.S)
_INFO_REF = re.compile(rb"/Info\s+(\d+)\s+(\d+)\s+R")
_SIZE = re.compile(rb"/Size\s+(\d+)")
_KEY = re.compile(rb"^/?([A-Za-z]+)$")


class PdfInfoError(ValueError):
    """The file is not a PDF whose document information can be updated this way."""


def pdf_text(text: str) -> bytes:
    """``text`` as a PDF text string: UTF-16BE with a byte order mark, in hexadecimal (any language)."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def _info_body(data: bytes, number: int, generation: int) -> bytes:
    """The inside of the Info dictionary: the last definition of object ``number``."""
    found = list(re.finditer(rb"(?<!\d)%d %d obj\s*<<(.*?)>>\s*endobj" % (number, generation), data, re.S))
    if not found:
        raise PdfInfoError(f"the document information object {number} is missing")
    return found[-1].group(1).rstrip()


def _without(body: bytes, key: bytes) -> bytes:
    """``body`` without the entry ``/key`` that an earlier update wrote (a hexadecimal string); an entry the
    writer itself wrote (a literal string, which may hold any byte) is not taken apart: refused."""
    body = re.sub(rb"\n/" + key + rb"\s*<[0-9A-Fa-f]*>", b"", body)
    if re.search(rb"/" + key + rb"\b", body):
        raise PdfInfoError(f"/{key.decode()} is already set by the PDF's writer")
    return body


def update_info(path: str | Path, **fields: str) -> None:
    """Set entries of the PDF's document information, e.g. ``update_info(p, Subject="...")``; empty
    values are left out. Appends one incremental update at the end of the file."""
    path = Path(path)
    data = path.read_bytes()
    start, trailer = _STARTXREF.search(data[-1024:]), list(_TRAILER.finditer(data))
    if not data.startswith(b"%PDF-") or start is None or not trailer:
        raise PdfInfoError(f"{path} is not a PDF with a classic cross-reference table")
    trailer_body = trailer[-1].group(1)
    info, size = _INFO_REF.search(trailer_body), _SIZE.search(trailer_body)
    if info is None or size is None:
        raise PdfInfoError(f"{path} has no document information to update")
    number, generation = int(info.group(1)), int(info.group(2))
    body = _info_body(data, number, generation)
    for key, value in fields.items():
        if not _KEY.match(key.encode("ascii")):
            raise ValueError(f"{key!r} is not a PDF name")
        body = _without(body, key.encode("ascii"))
        if value:
            body += b"\n/" + key.encode("ascii") + b" " + pdf_text(value)
    update = bytearray(b"\n" if not data.endswith(b"\n") else b"")
    offset = len(data) + len(update)
    update += b"%d %d obj\n<<%s\n>>\nendobj\n" % (number, generation, body)
    xref = len(data) + len(update)
    update += b"xref\n0 1\n0000000000 65535 f \n%d 1\n%010d %05d n \n" % (number, offset, generation)
    kept = re.sub(rb"/Prev\s+\d+", b"", trailer_body).rstrip()
    update += b"trailer\n<<%s\n/Prev %d\n>>\nstartxref\n%d\n%%%%EOF\n" % (kept, int(start.group(1)), xref)
    with path.open("ab") as out:
        out.write(bytes(update))
