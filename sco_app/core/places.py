"""Where the app keeps things on this computer, in each OS's usual place (platformdirs).

User data (the progress file, the pack library) goes to the user's application-data folder unless
``$SCO_APP_DATA_DIR`` moves it (labs that redirect user data, tests); user settings and, where no
keychain exists, the secrets file go to the user's configuration folder. Never the install folder.

| OS      | data                                      | configuration                          |
| ------- | ----------------------------------------- | -------------------------------------- |
| Linux   | ``$XDG_DATA_HOME/sco-app``                | ``$XDG_CONFIG_HOME/sco-app``           |
| macOS   | ``~/Library/Application Support/sco-app`` | ``~/Library/Application Support/sco-app`` |
| Windows | ``%APPDATA%\\sco-app``                    | ``%APPDATA%\\sco-app``                 |
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "sco-app"  # also the name Qt's settings and the desktop integration use
DATA_DIR_VARIABLE = "SCO_APP_DATA_DIR"


def user_data_dir() -> Path:
    """``$SCO_APP_DATA_DIR`` if set, else the OS user's application-data folder (roaming on Windows,
    so a lab's roaming profiles carry it)."""
    if os.environ.get(DATA_DIR_VARIABLE):
        return Path(os.environ[DATA_DIR_VARIABLE])
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


def user_config_dir() -> Path:
    """The OS user's configuration folder for the app (where Qt keeps its settings file on Linux)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False, roaming=True))


def user_cache_dir() -> Path:
    """The OS user's cache folder for the app (``$XDG_CACHE_HOME/sco-app`` on Linux, ``~/Library/Caches/sco-app``
    on macOS, ``%LOCALAPPDATA%\\sco-app\\Cache`` on Windows): what the app can always make again (the compiled base
    map, checked packs), kept on this computer; deleting it costs only a slower next start."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
