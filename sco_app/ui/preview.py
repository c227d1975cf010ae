"""Open one view alone on a small demo pack: ``python -m sco_app.ui.preview map``.

For working on a view without the rest of the window; ``--out FILE.png`` saves a picture instead of
opening a window. The demo pack is the starter pack from ``lessons/template``.
"""

from __future__ import annotations

import argparse
import sys

from sco_app.core.packs import load_pack
from sco_app.core.resources import lessons_dir

VIEWS = ("timeline", "map", "events", "argument", "filters")


def make_preview(name: str, pack_path=None):
    """Return ``(state, widget)``: the view ``name`` alone, on the demo pack (or ``pack_path``)."""
    from sco_app.ui.state import AppState

    if name == "timeline":
        from sco_app.ui.timeline_view import TimelineView as View
    elif name == "map":
        from sco_app.ui.map_view import MapView as View
    elif name == "events":
        from sco_app.ui.events_table import EventsTable as View
    elif name == "argument":
        from sco_app.ui.argument_panel import ArgumentPanel as View
    elif name == "filters":
        from sco_app.ui.filter_bar import FilterBar as View
    else:
        raise ValueError(f"unknown view {name!r}; choose one of {', '.join(VIEWS)}")
    state = AppState()
    widget = View(state)
    pack = load_pack(pack_path or lessons_dir() / "template")
    state.load(pack)
    state.select(pack.events[-1].id)
    widget.resize(900, 600)
    return state, widget


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sco_app.ui.preview", description=__doc__.splitlines()[0])
    parser.add_argument("view", choices=VIEWS)
    parser.add_argument("--pack", help="another pack to show")
    parser.add_argument("--out", help="save a PNG instead of opening a window")
    args = parser.parse_args(argv)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    state, widget = make_preview(args.view, args.pack)
    widget.show()
    if args.out:
        app.processEvents()
        return 0 if widget.grab().save(args.out) else 1
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
