"""Test settings shared by the whole suite: Qt draws offscreen, and the app's data goes to a temp folder."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
