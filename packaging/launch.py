"""The bundle's entry point: the same front door as the ``sco-app`` command."""

import sys

from sco_app.cli import gui_main, main

if __name__ == "__main__":
    # The windowed executable (Windows, macOS) has no console: gui_main sends output to the null device.
    sys.exit(gui_main() if getattr(sys, "frozen", False) and sys.stdout is None else main())
