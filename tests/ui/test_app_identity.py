"""The running app names itself to the desktop and shows its icon, drawn from the one shipped drawing."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QImage

from sco_app import app
from sco_app.core.desktop_install import APP_ID, ICON_SIZES
from sco_app.core.resources import resource_path
from sco_app.ui import app_identity

ROOT = Path(__file__).resolve().parents[2]


def _make_icons():
    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "tools" / "make_icons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_starting_names_the_app_and_sets_its_window_icon(qtbot):
    """After start-up the app is "sco-app", matches its desktop entry, and its windows get the icon at every size."""
    running = app.start_application()
    assert running.applicationName() == "sco-app" and QGuiApplication.desktopFileName() == APP_ID
    icon = running.windowIcon()
    assert not icon.isNull()
    for size in (16, 32, 256):
        assert icon.pixmap(QSize(size, size)).size() == QSize(size, size)
    _state, window = app.build()
    qtbot.addWidget(window)
    assert window.windowIcon().cacheKey() == icon.cacheKey()


def test_shipped_pngs_are_what_the_drawing_gives():
    """Each shipped PNG matches tools/make_icons.py's drawing of the SVG at its size (run it after editing the SVG)."""
    make_icons = _make_icons()
    assert tuple(make_icons.SIZES) == ICON_SIZES
    for size in ICON_SIZES:
        drawn = make_icons.draw(size)
        shipped = QImage(str(resource_path(f"icons/hicolor/{size}x{size}/apps/sco-app.png"))).convertToFormat(drawn.format())
        differences = [abs(a - b) for a, b in zip(bytes(drawn.constBits()), bytes(shipped.constBits()))]
        assert shipped.size() == drawn.size() and max(differences) <= 8, size


def test_the_icon_stays_legible_at_16_pixels():
    """At 16 px each part of the icon keeps a pixel of its own colour: the dark ground, the white globe and
    timeline, and the three episodes (yellow, orange, green)."""
    image = app_identity.app_icon().pixmap(QSize(16, 16)).toImage()
    pixels = [image.pixelColor(x, y) for x in range(16) for y in range(16)]
    parts = {"ground": (0x17, 0x45, 0x6E), "white": (255, 255, 255), "yellow": (0xF6, 0xC3, 0x43),
             "orange": (0xF0, 0x8A, 0x4B), "green": (0x7C, 0xCF, 0x7A)}

    def near(colour, rgb) -> bool:
        return colour.alpha() > 200 and sum(abs(a - b) for a, b in zip(colour.getRgb()[:3], rgb)) < 90

    assert [name for name, rgb in parts.items() if not any(near(c, rgb) for c in pixels)] == []
