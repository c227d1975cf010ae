"""Every setting declared once, read through one object: defaults, values of the wrong type, the lab's values."""

from __future__ import annotations

import dataclasses

import pytest

from sco_app.core import preferences as prefs
from sco_app.core.model import ExamSettings, QuestionType
from sco_app.core.preferences import (
    EXAM, HIGH_CONTRAST, LANGUAGE, LRS_ENDPOINT, RECENT_PACKS, SETTINGS, SHOW_WELCOME, WINDOW_GEOMETRY, ZOOM,
    MemoryStore, Preferences, Scope, SettingLocked, exam_fields_set_by_lab, lab_exam_settings,
)


def test_every_setting_is_declared_completely():
    """Each setting has a 'section/name' key, a line saying what it is, and a default its own kind accepts;
    a system setting is one the lab sets."""
    assert len(SETTINGS) >= 25
    for key, setting in SETTINGS.items():
        assert key == setting.key and key.count("/") == 1 and setting.about, key
        if setting.default is not None:
            assert setting.kind.parse(setting.kind.stored(setting.default)) == setting.default, key
        assert setting.scope is Scope.USER or setting.lab, key


def test_a_setting_cannot_be_declared_twice():
    """A second declaration of a key is refused when the module is read (no two defaults for one setting)."""
    with pytest.raises(ValueError):
        prefs._declare(ZOOM.key, ZOOM.kind, 1.0, Scope.USER, "again")
    assert SETTINGS[ZOOM.key] is ZOOM


def test_nothing_stored_reads_as_the_defaults():
    """With empty settings every setting reads as its declared default."""
    settings = Preferences(MemoryStore())
    assert all(settings.get(setting) == setting.default for setting in SETTINGS.values())
    assert settings.get(ZOOM) == 1.0 and settings.get(RECENT_PACKS) == () and settings.get(SHOW_WELCOME)


def test_values_as_qt_keeps_them_in_a_file_are_read_back_typed():
    """An INI file gives text back ("true", "1.25", a one-item list as plain text): each is read as its type."""
    settings = Preferences(MemoryStore({"ui/zoom": "1.25", "ui/high_contrast": "true", "packs/recent": "/a/pack",
                                        "lrs/enabled": "false", "main/geometry": b"\x01\x02"}))
    assert settings.get(ZOOM) == 1.25 and settings.get(HIGH_CONTRAST) is True
    assert settings.get(RECENT_PACKS) == ("/a/pack",) and settings.get(prefs.LRS_ENABLED) is False
    assert settings.get(WINDOW_GEOMETRY) == b"\x01\x02"


@pytest.mark.parametrize("setting, damaged", [
    (ZOOM, "abc"), (ZOOM, 99), (ZOOM, "nan"), (ZOOM, True), (ZOOM, ["1.2", "1.3"]),
    (HIGH_CONTRAST, "maybe"), (HIGH_CONTRAST, 7), (LANGUAGE, "fr"), (LANGUAGE, 3),
    (RECENT_PACKS, 5), (RECENT_PACKS, {"a": 1}), (WINDOW_GEOMETRY, "not bytes"),
    (LRS_ENDPOINT, "ftp://lrs.example.edu/"), (LRS_ENDPOINT, "https://user:pw@lrs.example.edu/"),
    (prefs.LRS_USERNAME, "x" * 5000), (prefs.PRESENTER_SCREEN, "two\nlines"),
])
def test_a_value_of_the_wrong_type_or_out_of_range_reads_as_the_default(setting, damaged):
    """A damaged value never reaches the app: it reads as the setting's default."""
    assert Preferences(MemoryStore({setting.key: damaged})).get(setting) == setting.default


def test_writing_keeps_the_declared_type_and_refuses_another():
    """A value is written as its kind keeps it and read back the same; a value of the wrong kind is an error."""
    store = MemoryStore()
    settings = Preferences(store)
    settings.set(RECENT_PACKS, ["/b", "/a"])
    settings.set(ZOOM, 1.5)
    assert store["packs/recent"] == ["/b", "/a"] and settings.get(RECENT_PACKS) == ("/b", "/a")
    assert settings.get(ZOOM) == 1.5
    for setting, wrong in ((ZOOM, 10.0), (HIGH_CONTRAST, "perhaps"), (LANGUAGE, "xx")):
        with pytest.raises(ValueError):
            settings.set(setting, wrong)
    settings.reset(ZOOM)
    assert settings.get(ZOOM) == 1.0 and "ui/zoom" not in store


def test_the_lab_s_value_wins_and_cannot_be_changed():
    """Where the lab sets a setting its value is in force, whatever the user saved; writing it is refused, and
    the user's own value stays as it was."""
    store = MemoryStore({"lrs/endpoint": "https://mine.example.org/xAPI/"})
    settings = Preferences(store, {"lrs/endpoint": "https://lrs.school.example/xAPI/"})
    assert settings.get(LRS_ENDPOINT) == "https://lrs.school.example/xAPI/"
    assert settings.by_lab(LRS_ENDPOINT) and not settings.changeable(LRS_ENDPOINT)
    assert settings.own(LRS_ENDPOINT) == "https://mine.example.org/xAPI/"
    with pytest.raises(SettingLocked):
        settings.set(LRS_ENDPOINT, "https://other.example.org/xAPI/")
    assert store["lrs/endpoint"] == "https://mine.example.org/xAPI/"


def test_a_system_setting_is_never_read_from_or_written_to_the_user_s_settings():
    """Only the lab's file sets a system setting: a user's value for it is ignored, and writing one is refused."""
    settings = Preferences(MemoryStore({"welcome/show": "false", "instructor/pin": "1234"}))
    assert settings.get(SHOW_WELCOME) is True and settings.get(prefs.INSTRUCTOR_PIN) is None
    with pytest.raises(SettingLocked):
        settings.set(SHOW_WELCOME, False)


def test_a_lab_value_for_a_setting_a_lab_may_not_set_is_ignored():
    """The lab's values count only for settings declared as the lab's to set (the zoom is each user's own)."""
    settings = Preferences(MemoryStore({"ui/zoom": "1.5"}), {"ui/zoom": 2.0})
    assert settings.get(ZOOM) == 1.5 and settings.changeable(ZOOM)


def test_every_exam_setting_a_lab_may_set_is_a_field_of_the_exam_settings():
    """The lab's exam settings are the exam settings' own fields, every one of them, with the same defaults."""
    fields = {f.name: getattr(ExamSettings(), f.name) for f in dataclasses.fields(ExamSettings)}
    assert set(EXAM) == set(fields)
    for name, setting in EXAM.items():
        assert setting.scope is Scope.SYSTEM and setting.key == f"exam/{name}"
        assert setting.default == (tuple(t.value for t in fields[name]) if name == "types" else fields[name])


def test_the_lab_s_exam_settings_replace_the_pack_s():
    """The fields the lab sets replace the pack's; the others stay as the pack has them."""
    pack = ExamSettings(questions=10, minutes=45, pass_mark=50, shuffle=False)
    settings = Preferences(lab={"exam/minutes": 20, "exam/types": ("theory", "map"), "exam/feedback": False})
    exam = lab_exam_settings(pack, settings)
    assert exam == ExamSettings(questions=10, types=(QuestionType.THEORY, QuestionType.MAP), minutes=20,
                                pass_mark=50, shuffle=False, feedback=False)
    assert exam_fields_set_by_lab(settings) == {"minutes", "types", "feedback"}
    assert lab_exam_settings(pack, Preferences()) == pack and not exam_fields_set_by_lab(Preferences())
