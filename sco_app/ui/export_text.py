"""Text in the documents the app writes (PDF handouts and views, SVG): searchable as it was typed.

Fonts join letter pairs such as "fi" and "fl" into one ligature glyph, which a PDF's text layer then
holds as one character ("ﬁnding"): a search for "finding" misses it and a copied quote is wrong.
Exports turn the OpenType ligature features off: the letters print one by one, as typed.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from PySide6.QtGui import QFont, QGuiApplication

LIGATURE_FEATURES = ("liga", "clig", "dlig", "hlig")  # standard, contextual, discretionary, historical


def plain_letters(font: QFont) -> QFont:
    """A copy of ``font`` that joins no letters into ligatures."""
    plain = QFont(font)
    for feature in LIGATURE_FEATURES:
        plain.setFeature(QFont.Tag(feature), 0)
    return plain


@contextmanager
def letters_as_typed() -> Iterator[None]:
    """While exporting: the application's font (which new widgets and their items inherit) joins no letters."""
    app = QGuiApplication.instance()
    before = QFont(app.font())
    app.setFont(plain_letters(before))
    try:
        yield
    finally:
        app.setFont(before)


def document_info(pack, language: str) -> dict[str, str]:
    """A written document's title, author and subject, from the pack it shows (in ``language``): the pack's
    title, its authors, and what it is about (its summary, else its source's title, else its citation)."""
    fallbacks = tuple(code for code in pack.languages if code != language)

    def text(value) -> str:
        return " ".join(value.get(language, fallbacks).split()) if value else ""

    subject = text(pack.summary) or text(pack.source.title) or pack.source.citation
    return {"Title": text(pack.title), "Author": ", ".join(pack.authors), "Subject": subject}


def describe_pdf(writer, info: dict[str, str]) -> None:
    """Set the title and author that Qt writes itself, and the creator; the subject is added once the file
    is closed (:func:`sco_app.core.pdf_info.update_info`)."""
    from sco_app import __version__

    writer.setTitle(info["Title"])
    writer.setAuthor(info["Author"])
    writer.setCreator(f"sco-app {__version__}")
