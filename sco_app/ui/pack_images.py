"""Pictures of a lesson pack (events' and tour steps'), read through the pack's own confined file access.

The bytes come from the pack folder or zip with the loader's limits, never from a path outside the pack; a picture
that cannot be read shows as its alternative text.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument

from sco_app.core.model import Image, LessonPack
from sco_app.core.packs import limits
from sco_app.core.packs.files import FileProblem, open_pack_files

SCHEME = "pack-image"
WIDTH = 320  # pixels at the normal zoom: wide enough to see, narrow enough to read beside


def load_image(pack: LessonPack, image: Image) -> QImage:
    """The picture, or a null QImage when the file cannot be read or is not a picture Qt can draw."""
    try:
        data = open_pack_files(pack.root).read_bytes(image.file, limits.MAX_IMAGE_BYTES)
    except (FileProblem, OSError):
        return QImage()
    return QImage.fromData(data)


def image_html(document: QTextDocument, pack: LessonPack, image: Image, text) -> str:
    """A figure for a text browser: the picture (registered with ``document``), its caption and credit.

    ``text`` turns a pack Text into the reader's language. A missing picture leaves its alternative text."""
    alt = escape(text(image.alt))
    picture = load_image(pack, image)
    if picture.isNull():
        body = f"<p><i>[{alt}]</i></p>"
    else:
        url = QUrl(f"{SCHEME}:{image.file}")
        document.addResource(QTextDocument.ResourceType.ImageResource, url, picture)
        width = min(WIDTH, picture.width())
        body = f"<p><img src='{escape(url.toString())}' width='{width}' alt='{alt}'></p>"
    lines = [escape(text(image.caption))] if image.caption else []
    if image.credit:
        lines.append(f"<small>{escape(image.credit)}</small>")
    return body + (f"<p>{'<br>'.join(lines)}</p>" if lines else "")
