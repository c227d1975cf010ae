"""Profiles on a shared computer: a profile may have a PIN, set, changed or removed by its owner; choosing it asks
for the PIN; the instructor, in instructor mode, resets a forgotten one."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from sco_app.core import lab_settings, progress
from sco_app.ui import profile_pins
from sco_app.ui.instructor_mode import InstructorMode
from sco_app.ui.profile_dialog import ProfileDialog
from tests.ui.polling import poll


@pytest.fixture
def store(tmp_path):
    s = progress.ProgressStore(tmp_path / progress.FILE_NAME)
    yield s
    s.close()


def _when_open(kind, act, seen: list) -> None:
    """Once a dialog of ``kind`` is up, note it in ``seen`` and ``act`` on it."""
    def look() -> bool:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            return False
        seen.append(dialog)
        act(dialog)
        return True

    poll(look)


def _type_pin(pin: str):
    def act(dialog) -> None:
        dialog.field.setText(pin)
        dialog.try_pin()
        if dialog.isVisible():  # a wrong PIN: said, then given up
            dialog.reject()
    return act


def _new_pin(pin: str):
    def act(dialog) -> None:
        dialog.first.setText(pin)
        dialog.second.setText(pin)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    return act


def test_choosing_a_profile_with_a_pin_asks_for_it_and_a_wrong_one_is_refused(qtbot, store):
    """Use this profile asks for Ana's PIN: the wrong one is said and refused, the right one chooses her."""
    ana = store.create_profile("Ana", "2301")
    store.set_pin(ana, "4711")
    dialog = ProfileDialog(store, ana)
    qtbot.addWidget(dialog)
    seen = []
    _when_open(profile_pins.PinDialog, _type_pin("1234"), seen)
    dialog.use_selected()
    assert seen and "not the PIN" in seen[0].problem.text() and dialog.profile is None
    _when_open(profile_pins.PinDialog, _type_pin("4711"), seen)
    dialog.use_selected()
    assert dialog.profile == ana


def test_a_pin_is_set_changed_and_removed_by_its_owner(qtbot, store):
    """Set: the new PIN twice; change: the PIN in use first; remove: the PIN in use; the store keeps a hash only."""
    ben = store.create_profile("Ben")
    seen = []
    _when_open(profile_pins.NewPinDialog, _new_pin("2468"), seen)
    assert profile_pins.set_pin(None, store, ben) and store.check_pin(ben, "2468")
    assert "2468" not in store.db.execute("SELECT pin_hash FROM profiles").fetchone()[0]
    _when_open(profile_pins.PinDialog, _type_pin("0000"), seen)
    assert not profile_pins.set_pin(None, store, ben) and store.check_pin(ben, "2468")  # the wrong PIN in use
    _when_open(profile_pins.PinDialog, _type_pin("2468"), seen)
    _when_open(profile_pins.NewPinDialog, _new_pin("13579"), seen)
    assert profile_pins.set_pin(None, store, ben) and store.check_pin(ben, "13579")
    _when_open(profile_pins.PinDialog, _type_pin("13579"), seen)
    assert profile_pins.remove_pin(None, store, ben) and not store.has_pin(ben)


def test_a_new_pin_needs_four_characters_typed_twice_alike(qtbot, store):
    """OK stays off for a PIN of three characters or two PINs that differ."""
    dialog = profile_pins.NewPinDialog(store.create_profile("Cy"))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.first.setText("123")
    dialog.second.setText("123")
    assert not ok.isEnabled()
    dialog.first.setText("1234")
    assert not ok.isEnabled()
    dialog.second.setText("1234")
    assert ok.isEnabled()


def test_only_the_instructor_resets_a_forgotten_pin(qtbot, store, tmp_path):
    """With a lab PIN, a forgotten profile PIN is reset only once the instructor PIN is typed."""
    path = tmp_path / "lab.ini"
    path.write_text(f"[instructor]\npin = {lab_settings.hash_pin('9999', iterations=2000)}\n", encoding="utf-8")
    instructor = InstructorMode(lab_settings.load_lab_settings(path))
    dan = store.create_profile("Dan")
    store.set_pin(dan, "4711")
    instructor.unlock = lambda parent=None, pin=None: False  # a student who does not know the lab's PIN
    assert not profile_pins.reset_pin(None, store, dan, instructor) and store.has_pin(dan)
    del instructor.unlock
    assert instructor.unlock(None, "9999") and profile_pins.reset_pin(None, store, dan, instructor)
    assert not store.has_pin(dan)
