"""The bundle's entry point: the same front door as the ``sco-app`` command. gui_main also serves the
windowed executables (Windows' sco-app-gui.exe, macOS's sco-app.app), which have no console."""

import sys

from sco_app.cli import gui_main

if __name__ == "__main__":
    sys.exit(gui_main())
