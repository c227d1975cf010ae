"""Test settings shared by the whole suite: Qt draws offscreen, and the app's data goes to a temp folder."""

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ["QT_QPA_PLATFORM"] == "offscreen" and os.name == "posix":
    # Qt's offscreen screens as a lecturer's laptop and two projectors (1024x768 and 1280x720) beside it: presenter
    # mode is tested full screen on a projector, with the lecturer's view on the laptop (the first screen is Qt's
    # default offscreen screen, where every other test's window opens).
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={Path(__file__).with_name('screens.json')}"

from hypothesis import settings  # noqa: E402

settings.register_profile("default", max_examples=80)
settings.register_profile("deep", max_examples=2000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
