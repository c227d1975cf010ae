"""Every setting of the app, declared once, and :class:`Preferences`, through which each is read and written.

A setting has a key (``section/name``: the same in the user's settings and in the lab's file), a kind of value
(:mod:`sco_app.core.setting_kinds`), a default, a scope and a line that says what it is:

- ``USER`` settings are each computer user's own (kept by Qt in the UI, :mod:`sco_app.ui.private_settings`);
  those declared ``lab=True`` may also be set by the lab, and then the lab's value is the one in force and no
  user can change it;
- ``SYSTEM`` settings are the lab's only: its settings file (:mod:`sco_app.core.lab_settings`) sets them for
  every user of the computer, and the command line reads them too.

A value that is missing, of the wrong type or out of range reads as the default: a damaged settings file never
keeps the app from starting. Writing a value of the wrong kind is a programming error (``ValueError``); writing a
setting the lab has set, or a system setting, raises :class:`SettingLocked`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import Enum
from typing import Generic, Mapping, Protocol, TypeVar

from sco_app.core.languages import LANGUAGES
from sco_app.core.model import ExamSettings, QuestionType
from sco_app.core.setting_kinds import Blob, Choice, Flag, Kind, Number, PinHash, Text, Texts

T = TypeVar("T")


class Scope(Enum):
    USER = "user"  # each computer user's own, unless the lab sets it (lab=True)
    SYSTEM = "system"  # the lab's settings file only


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str  # "section/name"
    kind: Kind[T]
    default: T
    scope: Scope
    about: str  # what it is, in one line (the lab's example file prints it)
    lab: bool = False  # the lab's file may set it (always, for a system setting)
    example: str | None = None  # a value the lab's example file shows, if not the default
    strict: bool = False  # an unusable value in the lab's file is a problem that fails closed, not a fall-back

    @property
    def section(self) -> str:
        return self.key.split("/")[0]

    @property
    def name(self) -> str:
        return self.key.split("/")[1]


SETTINGS: dict[str, Setting] = {}  # every setting, by key, in the order declared


def _declare(key: str, kind: Kind[T], default: T, scope: Scope, about: str, **options) -> Setting[T]:
    setting = Setting(key, kind, default, scope, about, **options)
    if key in SETTINGS or key.count("/") != 1 or key != key.lower():
        raise ValueError(f"setting {key!r} is declared twice or is not 'section/name' in lower case")
    if scope is Scope.SYSTEM and not setting.lab:
        setting = dataclasses.replace(setting, lab=True)
    SETTINGS[key] = setting
    return setting


def _endpoint_problem(url: str) -> str | None:
    from sco_app.core.lrs import endpoint_problem  # (imported when a value is read: the LRS client is not small)

    return endpoint_problem(url)


USER, SYSTEM = Scope.USER, Scope.SYSTEM
WEB_ADDRESS = Text(_endpoint_problem, "an http:// or https:// address")
ZOOM_RANGE = (0.7, 3.0)  # the least and the most the interface's text may be zoomed

# -- what a lab may set, in the order its example file lists it ----------------------------------------------------
INSTRUCTOR_PIN = _declare("instructor/pin", PinHash(), None, SYSTEM,
                          "The instructor PIN that locks exam settings, class results and the results server, "
                          "as a salted hash: 'python -m sco_app.core.lab_settings pin' makes this line. "
                          "Without it they are open to everyone", strict=True,
                          example="pbkdf2-sha256$200000$<salt>$<hash>")
LAB_PACK_FOLDERS = _declare("packs/folders", Texts(), (), SYSTEM, "Folders of lesson packs shared with every "
                            "user (as in SCO_APP_PACKS), one per line; read-only folders are fine",
                            example="\n    /srv/sco-app/packs")
LRS_ENDPOINT = _declare("lrs/endpoint", WEB_ADDRESS, "", USER, "The class results server (a Learning Record "
                        "Store, xAPI) that answers are sent to; each user still gives the user name and password",
                        lab=True, example="https://lrs.example.edu/xAPI/")
LRS_ENABLED = _declare("lrs/enabled", Flag(), True, USER, "Whether answers are sent to the class results server",
                       lab=True)  # (a user setting too, as is the address)
SHOW_WELCOME = _declare("welcome/show", Flag(), True, SYSTEM, "Whether the welcome opens by itself at a user's "
                        "first start (Help > Welcome always opens it)", example="false")
XAPI_ACTIVITY_BASE = _declare("xapi/activity_base", WEB_ADDRESS, "", SYSTEM, "Where the lesson's activities "
                              "live in the learning records (an LMS or SIS address that the records' activity "
                              "ids start with)", example="https://lms.example.edu/sco-app/")
XAPI_HOME_PAGE = _declare("xapi/home_page", WEB_ADDRESS, "", SYSTEM, "The home page of the students' accounts in "
                          "the learning records (the LMS or SIS whose student ids they are)",
                          example="https://sis.example.edu/")
XAPI_STUDENT_ID_REQUIRED = _declare("xapi/student_id_required", Flag(), False, SYSTEM, "An exam starts only for a "
                                    "profile with a student id, so that its records name the student's account",
                                    example="true")
_EXAM = ExamSettings()
EXAM = {  # the exam settings a lab may set, by the name of their ExamSettings field (as a pack's quiz: exam:)
    "questions": _declare("exam/questions", Number(int, 1, 1000), _EXAM.questions, SYSTEM,
                          "Questions in an exam", example="20"),
    "types": _declare("exam/types", Texts(Choice(t.value for t in QuestionType), at_least=1),
                      tuple(t.value for t in _EXAM.types), SYSTEM, "The question types an exam asks, one per line",
                      example="\n    theory\n    choice"),
    "minutes": _declare("exam/minutes", Number(int, 1, 600, optional=True), _EXAM.minutes, SYSTEM,
                        "An exam's time limit in minutes, or none", example="30"),
    "pass_mark": _declare("exam/pass_mark", Number(int, 0, 100, optional=True), _EXAM.pass_mark, SYSTEM,
                          "The per cent needed to pass, or none", example="60"),
    "shuffle": _declare("exam/shuffle", Flag(), _EXAM.shuffle, SYSTEM, "Shuffle the questions and the options"),
    "feedback": _declare("exam/feedback", Flag(), _EXAM.feedback, SYSTEM,
                         "Show the right answers and feedback when the exam is over"),
    "back_to_skipped": _declare("exam/back_to_skipped", Flag(), _EXAM.back_to_skipped, SYSTEM,
                                "A skipped question may be answered later in the exam (else skipping is for good)"),
    "clock_pauses": _declare("exam/clock_pauses", Flag(), _EXAM.clock_pauses, SYSTEM,
                             "The time limit counts only while the exam is open (else it runs on through a close "
                             "or a crash)"),
}

# -- each user's own ---------------------------------------------------------------------------------------------
ZOOM = _declare("ui/zoom", Number(float, *ZOOM_RANGE), 1.0, USER, "Text size, as a factor of the system's")
HIGH_CONTRAST = _declare("ui/high_contrast", Flag(), False, USER, "White on black with wider lines")
LANGUAGE = _declare("ui/language", Choice(("", *LANGUAGES)), "", USER, "Interface language; empty: the system's")
REDUCED_MOTION = _declare("ui/reduced_motion", Flag(), False, USER, "Views jump instead of gliding")
PRESENTER_SCREEN = _declare("presenter/screen", Text(), "", USER, "The screen presenter mode projects on; "
                            "empty: the window's own")
WELCOME_SEEN = _declare("help/welcome_seen", Flag(), False, USER, "The welcome was closed once")
RECENT_PACKS = _declare("packs/recent", Texts(), (), USER, "Lesson packs opened, newest first")
PACK_FOLDERS = _declare("library/folders", Texts(), (), USER, "Folders of lesson packs added in the library")
WINDOW_GEOMETRY = _declare("main/geometry", Blob(), None, USER, "Where the window was")
MAIN_SPLIT = _declare("main/split", Blob(), None, USER, "The sizes of the timeline and the panes below it")
BOTTOM_SPLIT = _declare("main/bottom", Blob(), None, USER, "The sizes of the tabs and the argument panel")
LRS_USERNAME = _declare("lrs/username", Text(), "", USER, "The user name for the class results server")
LRS_CREDENTIALS_FOR = _declare("lrs/credentials_for", Text(), None, USER,
                               "The address the user name and password were saved for (None: saved before it "
                               "was kept, for the saved address)")
LRS_CLEAR_PASSWORD = _declare("lrs/password", Text(), None, USER,
                              "Where versions before the keychain kept the password, in clear: moved to the "
                              "keychain when found")


class UserStore(Protocol):
    """Where a user's settings are kept: ``value`` is None for a key that is not there."""

    def value(self, key: str) -> object: ...

    def set_value(self, key: str, value: object) -> None: ...

    def remove(self, key: str) -> None: ...

    def sync(self) -> None: ...


class MemoryStore(dict):
    """A user's settings in memory (tests; the command line, which keeps none)."""

    def value(self, key: str) -> object:
        return self.get(key)

    def set_value(self, key: str, value: object) -> None:
        self[key] = value

    def remove(self, key: str) -> None:
        self.pop(key, None)

    def sync(self) -> None:
        pass


class SettingLocked(Exception):
    """A setting that the lab has set, or that only the lab sets, cannot be changed here."""


class Preferences:
    """The settings in force for one user: the lab's value where the lab sets one, else the user's (for a user
    setting), else the default. ``lab`` maps keys to the values the lab's file sets (already parsed)."""

    def __init__(self, user: UserStore | None = None, lab: Mapping[str, object] | None = None) -> None:
        self.user = user if user is not None else MemoryStore()
        self.lab = dict(lab or {})

    def get(self, setting: Setting[T]) -> T:
        if self.by_lab(setting):
            return self.lab[setting.key]
        return self.own(setting)

    def own(self, setting: Setting[T]) -> T:
        """The user's own value (or the default), whatever the lab sets."""
        if setting.scope is Scope.SYSTEM:
            return setting.default
        raw = self.user.value(setting.key)
        if raw is None:
            return setting.default
        try:
            return setting.kind.parse(raw)
        except (ValueError, TypeError):
            return setting.default

    def by_lab(self, setting: Setting) -> bool:
        """Whether the lab's file sets this setting (then it is shown read-only, "set by your lab")."""
        return setting.lab and setting.key in self.lab

    def changeable(self, setting: Setting) -> bool:
        return setting.scope is Scope.USER and not self.by_lab(setting)

    def set(self, setting: Setting[T], value: T) -> None:
        if not self.changeable(setting):
            raise SettingLocked(f"{setting.key} is set by the lab, not by each user")
        self.user.set_value(setting.key, setting.kind.stored(setting.kind.parse(value)))

    def reset(self, setting: Setting) -> None:
        """Forget the user's value: the default (or the lab's) is in force again."""
        if setting.scope is Scope.USER:
            self.user.remove(setting.key)

    def sync(self) -> None:
        self.user.sync()


def lab_exam_settings(base: ExamSettings, preferences: Preferences) -> ExamSettings:
    """``base`` (a pack's exam settings) with those the lab sets in their place."""
    changes = {name: preferences.get(setting) for name, setting in EXAM.items() if preferences.by_lab(setting)}
    if "types" in changes:
        changes["types"] = tuple(QuestionType(value) for value in changes["types"])
    return dataclasses.replace(base, **changes)


def exam_fields_set_by_lab(preferences: Preferences) -> frozenset[str]:
    """The names of the exam settings the lab sets (no one changes them here)."""
    return frozenset(name for name, setting in EXAM.items() if preferences.by_lab(setting))
