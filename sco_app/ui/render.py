"""Draw a view of the app to a PNG, SVG or PDF file with no display.

PNG is a raster of the widget; SVG (``QSvgGenerator``) and PDF (``QPdfWriter``) are painted as vectors
by Qt's own painter, so lines and text stay sharp at any size. With ``presenter`` the whole window is drawn in
presenter mode's projection layout at the given size (``sco-app render --presenter --tour ID --step N``).

The window is built here from the UI's own parts (not through the app's composition root, which imports this).
"""

from __future__ import annotations

import os
from contextlib import ExitStack
from pathlib import Path

from sco_app.core.pdf_info import update_info

VIEWS = ("main", "timeline", "map", "argument")
FORMATS = (".png", ".svg", ".pdf")


class RenderError(ValueError):
    """The request cannot be drawn (unknown view, event or format); the message says why."""


def ensure_app():
    """The running QApplication, or a new one on the offscreen platform if none runs yet."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["sco-app"])


def build_window(pack, language: str = "en"):
    """The state and the whole main window on ``pack`` in ``language``, as the app builds it (without the user's
    saved sizes, so that a drawing is the same on every computer); returns ``(state, window)``."""
    from sco_app.ui import i18n
    from sco_app.ui.main_window import MainWindow
    from sco_app.ui.state import AppState

    state = AppState(language=i18n.install(language))
    window = MainWindow(state)
    window.build_views()
    state.load(pack)
    return state, window


def render(pack_path, view: str, out: str | Path, event: str | None = None, date=None,
           size: tuple[int, int] = (1400, 900), language: str = "en", tour: str | None = None,
           step: int | None = None, presenter: bool = False) -> Path:
    """Render ``view`` of the pack at ``pack_path`` to ``out`` (at a tour's ``step``, 1-based, if given); return the
    path written. ``presenter`` draws presenter mode's projection (of the whole window) at ``size``."""
    out = Path(out)
    if view not in VIEWS:
        raise RenderError(f"unknown view {view!r}; choose one of {', '.join(VIEWS)}")
    if presenter and view != "main":
        raise RenderError("presenter mode is the whole window: leave out --view (or use --view main)")
    if out.suffix.lower() not in FORMATS:
        raise RenderError(f"cannot write {out.suffix or 'a file without an extension'}; use .png, .svg or .pdf")
    app = ensure_app()
    from PySide6.QtCore import QCoreApplication, QEvent, QRect

    from sco_app.core.deep_links import DeepLinkError, check_deep_link
    from sco_app.core.packs import load_pack
    from sco_app.core.resources import default_pack
    from sco_app.ui import motion
    from sco_app.ui.deep_link import open_at
    from sco_app.ui.export_text import document_info, letters_as_typed

    pack = load_pack(pack_path or default_pack())
    try:
        check_deep_link(pack, event, tour, step)
    except DeepLinkError as exc:
        raise RenderError(str(exc)) from None
    fonts = ExitStack()
    if out.suffix.lower() != ".png":  # text in an SVG or a PDF reads as typed ("finding", not "ﬁnding")
        fonts.enter_context(letters_as_typed())
    state, window = build_window(pack, language)
    motion.set_instant(True)  # a file has no time for glides
    widget = {"main": window, "timeline": window.timeline, "map": window.map, "argument": window.argument}[view]
    try:
        if view in ("timeline", "main") and not tour:
            window.timeline.fit()
        open_at(state, window, event, date, tour, step)
        if widget is not window:
            widget.setParent(None)
        widget.resize(*size)
        widget.show()
        if presenter:
            window.tours.presenter.enter(QRect(0, 0, *size))
        for _ in range(3):
            app.processEvents()
        if tour:
            open_at(state, window, tour=tour, step=step)  # frame again at the final size
            app.processEvents()
        elif view in ("timeline", "main"):
            window.timeline.fit()
            app.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        write_picture(widget, out, size, document_info(pack, language))
    finally:
        fonts.close()
        motion.set_instant(False)
        # Delete the widgets now, in Qt's order, rather than leave them to Python's garbage collector.
        for item in {widget, window}:
            item.close()
            item.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return out


def write_picture(widget, out: Path, size: tuple[int, int], info: dict[str, str]) -> None:
    """Draw ``widget`` to ``out``: a PNG raster, or SVG and PDF vectors (``size`` in pixels) described by ``info``
    (its title and subject: :func:`sco_app.ui.export_text.document_info`)."""
    from PySide6.QtCore import QMarginsF, QPoint, QRect, QSize, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter
    from PySide6.QtSvg import QSvgGenerator

    from sco_app.ui.export_text import describe_pdf

    suffix = out.suffix.lower()
    if suffix == ".png":
        if not widget.grab().save(str(out)):
            raise RenderError(f"could not write {out}")
        return
    if suffix == ".svg":
        device = QSvgGenerator()
        device.setFileName(str(out))
        device.setSize(QSize(*size))
        device.setViewBox(QRect(0, 0, *size))
        device.setTitle(info["Title"])
        device.setDescription(info["Subject"])
        painter = QPainter(device)
    else:
        device = QPdfWriter(str(out))
        device.setResolution(96)
        device.setPageSize(QPageSize(QSizeF(size[0] * 0.75, size[1] * 0.75), QPageSize.Unit.Point))
        device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
        describe_pdf(device, info)
        painter = QPainter(device)
    views = _graphics_views(widget)
    _export_mode(views, True, painter)  # pyqtgraph then paints symbols as paths, not cached pixmaps
    try:
        widget.render(painter, QPoint())
    finally:
        _export_mode(views, False, painter)
        painter.end()
    if suffix == ".pdf":
        update_info(out, Subject=info["Subject"])


def _graphics_views(widget) -> list:
    import pyqtgraph as pg

    views = widget.findChildren(pg.GraphicsView)
    if isinstance(widget, pg.GraphicsView):
        views.append(widget)
    return views


def _export_mode(views: list, on: bool, painter) -> None:
    from PySide6.QtWidgets import QGraphicsView

    options = {"antialias": True, "background": None, "painter": painter}
    for view in views:
        view.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone if on else QGraphicsView.CacheModeFlag.CacheBackground)
        for item in view.scene().items():
            if hasattr(item, "setExportMode"):
                item.setExportMode(on, options)
