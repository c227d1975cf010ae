"""Test settings shared by the whole suite: Qt draws offscreen, the app's data goes to a temp folder, its cache
(compiled map, checked packs) to one temp folder for the run (for each pytest-xdist worker: its own), passwords go
to a keychain in memory, never to the computer's own (in the processes a test starts: to their own settings
folder), and no lab settings file is read but a test's own."""

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ["QT_QPA_PLATFORM"] == "offscreen" and os.name == "posix":
    # Qt's offscreen screens as a lecturer's laptop and two projectors (1024x768 and 1280x720) beside it: presenter
    # mode is tested full screen on a projector, with the lecturer's view on the laptop (the first screen is Qt's
    # default offscreen screen, where every other test's window opens).
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={Path(__file__).with_name('screens.json')}"

_CACHE = tempfile.TemporaryDirectory(prefix="sco-app-test-cache-")  # removed when the run ends
os.environ["XDG_CACHE_HOME"] = _CACHE.name  # (platformdirs' cache folder on Linux; a test may move it again)
# The processes a test starts (the command line, the app) find no system keychain and keep a password in
# the settings folder the test gave them: the computer's own keychain holds one "lrs-password" for all of them,
# which tests running at once would overwrite for each other.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

from tests.keychain import MemoryKeychain  # noqa: E402

# No time limit per example: the suite runs its workers side by side on busy CPUs, where one slow example says
# nothing about the code (a hang still ends at pytest-timeout's limit).
settings.register_profile("default", max_examples=80, deadline=None)
settings.register_profile("deep", max_examples=2000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(autouse=True)
def keychain(monkeypatch):
    """The system keychain, for the length of one test: an empty one in memory."""
    from sco_app.core import secret_store

    memory = MemoryKeychain()
    monkeypatch.setattr(secret_store, "system_keychain", lambda: memory)
    return memory


@pytest.fixture(autouse=True)
def no_lab_settings(tmp_path, monkeypatch):
    """This computer's lab settings file, for the length of one test: none (a test writes its own here)."""
    from sco_app.core import lab_settings

    path = tmp_path / "lab-settings.ini"
    monkeypatch.setenv(lab_settings.VARIABLE, str(path))
    return path
