"""Who the running app is to the desktop: its name, its desktop entry and its window icon.

The desktop file name lets a Wayland or X11 desktop match the windows to the menu entry that
``sco-app install-desktop`` installed (so the taskbar shows its icon and name); the window icon is
drawn from the shipped icon files, every size, so that a title bar (16 px) and a task switcher
(256 px) each get a sharp one. The organisation name stays unset: it would move the settings.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon

from sco_app import __version__
from sco_app.core.desktop_install import APP_ID, ICON_SIZES
from sco_app.core.places import APP_NAME
from sco_app.core.resources import ResourceNotFound, resource_path


def app_icon() -> QIcon:
    """The app's icon at every shipped size, and the drawing for any other size."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource_path(f"icons/hicolor/{size}x{size}/apps/sco-app.png")), QSize(size, size))
    icon.addFile(str(resource_path("icons/sco-app.svg")))
    return icon


def apply(app: QGuiApplication) -> None:
    """Name the running application and give every window its icon."""
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    try:
        app.setWindowIcon(app_icon())
    except ResourceNotFound:  # an installation without its icons still runs, with the desktop's default icon
        pass
