"""Test settings shared by the whole suite: Qt draws offscreen, the app's data goes to a temp folder, and
passwords go to a keychain in memory, never to the computer's own."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

from tests.keychain import MemoryKeychain  # noqa: E402

settings.register_profile("default", max_examples=80)
settings.register_profile("deep", max_examples=2000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(autouse=True)
def keychain(monkeypatch):
    """The system keychain, for the length of one test: an empty one in memory."""
    from sco_app.core import secret_store

    memory = MemoryKeychain()
    monkeypatch.setattr(secret_store, "system_keychain", lambda: memory)
    return memory
