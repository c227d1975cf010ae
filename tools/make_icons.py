"""Draw the app's icon at every size the desktops ask for, from its one drawing, resources/icons/sco-app.svg.

    python tools/make_icons.py

Writes resources/icons/hicolor/<N>x<N>/apps/sco-app.png (the freedesktop icon theme's layout, which
`sco-app install-desktop` copies as it is), resources/icons/sco-app.ico (Windows: the bundle's
executable and shortcut, every size in one file) and resources/icons/sco-app.icns (the macOS bundle). A test checks that the shipped PNGs are what this
draws.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "icons"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int):
    """The icon as a QImage of ``size`` x ``size`` pixels (needs a QGuiApplication)."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(FOLDER / "sco-app.svg")).render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file holding one PNG per size (the format Windows reads since Vista)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, images = b"", b""
    for size, data in sorted(pngs.items()):
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset + len(images))
        images += data
    return header + entries + images


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    pngs = {size: png_bytes(draw(size)) for size in SIZES}
    for size, data in pngs.items():
        path = FOLDER / "hicolor" / f"{size}x{size}" / "apps" / "sco-app.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    (FOLDER / "sco-app.ico").write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    if not draw(512).save(str(FOLDER / "sco-app.icns"), "icns"):
        raise SystemExit("Qt could not write sco-app.icns (its icns image plugin is missing)")
    print(f"wrote {len(SIZES)} PNG sizes, sco-app.ico and sco-app.icns in {FOLDER.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
