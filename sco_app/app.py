"""Composition root: build the QApplication, load the pack, build the state and the views, wire them."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from typing import TYPE_CHECKING

from sco_app.core.resources import default_pack, is_built_in, lessons_dir  # noqa: F401 - the app's own names for them

if TYPE_CHECKING:
    from sco_app.core.model import LessonPack

_LATER = {  # imported when first used, not before the window shows (the lesson model's classes take a tenth of a second)
    "LINK_PARTS": "sco_app.core.deep_links", "DeepLinkError": "sco_app.core.deep_links",
    "check_deep_link": "sco_app.core.deep_links", "PackError": "sco_app.core.packs",
    "Severity": "sco_app.core.packs", "load_pack": "sco_app.core.packs",
}

NO_DISPLAY = (
    "sco-app cannot open a window: no display was found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
    "Run it from a desktop session, or, on a machine without a screen, use the commands that need none,\n"
    "such as 'sco-app validate'. To force a platform, set QT_QPA_PLATFORM (for example 'offscreen')."
)


MISSING_LIBRARY = (
    "sco-app cannot open a window: Qt's X11 platform plugin needs {libs}, which {verb} not installed.\n"
    "On Debian or Ubuntu install {them} with 'sudo apt install {packages}' (on a lab computer, ask the\n"
    "administrator), then start sco-app again. Commands that need no window, such as 'sco-app validate'\n"
    "and 'sco-app render', work without {them}."
)
_SONAME = re.compile(r"(lib[\w.+-]+?\.so(?:\.\d+)*): cannot open shared object file")


def _debian_package(soname: str) -> str:
    """libxcb-icccm.so.4 -> libxcb-icccm4, libxkbcommon-x11.so.0 -> libxkbcommon-x11-0."""
    name, _, version = soname.partition(".so")
    version = version.strip(".").split(".")[0]
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def missing_x11_libraries() -> list[str]:
    """The shared libraries Qt's X11 plugin needs and cannot find here (first missing one first)."""
    import ctypes
    from ctypes.util import find_library

    import PySide6

    missing = [] if find_library("xcb-cursor") else ["libxcb-cursor.so.0"]
    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists():
        return missing
    if shutil.which("ldd"):  # lists every missing library at once
        try:
            listing = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, timeout=10).stdout
        except (OSError, subprocess.SubprocessError):
            listing = ""
        found = [line.split()[0] for line in listing.splitlines() if "not found" in line]
        return missing + [lib for lib in dict.fromkeys(found) if lib not in missing]
    try:  # without ldd, dlopen names the first missing library
        ctypes.CDLL(str(plugin))
    except OSError as exc:
        found = _SONAME.search(str(exc))
        if found and found[1] not in missing:
            missing.append(found[1])
    return missing


def window_problem() -> str | None:
    """Why no window can open here, in one paragraph with the fix; None if nothing is known wrong."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        return NO_DISPLAY
    if os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        missing = missing_x11_libraries()
        if missing:
            many = len(missing) > 1
            libs = ", ".join(missing[:-1]) + " and " + missing[-1] if many else missing[0]
            return MISSING_LIBRARY.format(libs=libs, verb="are" if many else "is",
                                          them="them" if many else "it",
                                          packages=" ".join(_debian_package(m) for m in missing))
    return None


def restore_appearance() -> None:
    """The text size (Ctrl+= / Ctrl+-) and the high-contrast theme chosen last time."""
    from PySide6.QtWidgets import QApplication

    from sco_app.core.preferences import HIGH_CONTRAST, ZOOM
    from sco_app.ui import theme
    from sco_app.ui.private_settings import preferences

    factor = preferences().get(ZOOM)
    if factor != 1.0:
        theme.apply_zoom(QApplication.instance(), factor)
    theme.set_high_contrast(QApplication.instance(), preferences().get(HIGH_CONTRAST))


def choose_language(language: str | None = None) -> str:
    """The interface language: as asked, else as last chosen in the app, else the system's; installed."""
    from sco_app.core.preferences import LANGUAGE
    from sco_app.ui import i18n
    from sco_app.ui.private_settings import preferences

    language = language or preferences().get(LANGUAGE) or i18n.system_language()
    return i18n.install(language if language in i18n.LANGUAGES else "en")


def build(pack_path: str | Path | None = None, language: str | None = None):
    """Build the state and the complete main window on the pack at ``pack_path`` (raises PackError), all at once."""
    from sco_app.core.packs import load_pack
    from sco_app.ui.main_window import MainWindow
    from sco_app.ui.private_settings import preferences
    from sco_app.ui.state import AppState

    state = AppState(language=choose_language(language))
    window = MainWindow(state)
    _populate(state, window, load_pack(pack_path or default_pack()))
    window.restore_geometry(preferences())
    return state, window


def _populate(state, window, pack) -> None:
    """Show ``pack`` in ``window`` with every view built now (a window built again in another language, tests)."""
    from sco_app.ui.private_settings import preferences

    window.restore_layout(preferences())
    state.load(pack)
    window.build_views()
    _connect(state, window)


def _connect(state, window) -> None:
    """What the window asks of the app: another pack, another language, the high-contrast theme; and the live
    preview of a pack opened from a folder or a zip."""
    window.open_requested.connect(lambda path: _open(state, window, path))
    _live_preview_when_needed(state, window)
    window.language_requested.connect(lambda language: switch_language(state, window, language))
    window.contrast_requested.connect(lambda on: switch_contrast(state, window, on))


def _live_preview_when_needed(state, window) -> None:
    """Attach the live preview (which checks a pack again when it changes on disk) once a pack that can change is
    open: the built-in packs never do, so a start on them imports neither the watcher nor the pack checks."""
    def attach(_pack=None) -> None:
        if getattr(window, "pack_watcher", None) is None and state.pack is not None and \
                not is_built_in(state.pack.root):
            from sco_app.ui.pack_watcher import attach_live_preview

            attach_live_preview(state, window)  # it follows every pack loaded from now on

    state.pack_loaded.connect(attach)
    attach()


def __getattr__(name: str):
    if name in _LATER:
        import importlib

        value = getattr(importlib.import_module(_LATER[name]), name)
        globals()[name] = value  # (a test may put another in its place)
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_windows: list = []  # the open main window (a language switch replaces it)


def launch(pack: LessonPack | None = None, language: str | None = None):
    """Show the window's frame at once — menus, panes and tabs, with a quiet placeholder for each view — and return
    ``(state, window)``. Once it has painted, a worker thread imports what the views are made of and opens
    ``pack``'s views' data, or, with no pack given, opens the pack used last (else the built-in one, the status bar
    saying why);
    then the views are built one per turn of the event loop, and ``window.views_built`` is emitted. The window
    answers throughout; what the student asks of a view before it is there is done once it is."""
    from sco_app.ui.main_window import MainWindow
    from sco_app.ui.private_settings import preferences
    from sco_app.ui.start_up import AfterFirstPaint, Background, import_views, prepare_views
    from sco_app.ui.state import AppState

    restore_appearance()
    state = AppState(language=choose_language(language))
    window = MainWindow(state)
    window.restore_geometry(preferences())
    window.restore_layout(preferences())
    _connect(state, window)
    window.show()

    def work():
        import_views()
        if pack is None:
            _recover_library()  # (before the pack used last is looked for: it may be a library pack)
        opened = (pack, None) if pack is not None else _last_or_built_in()
        prepare_views(opened[0])
        return opened

    background = Background(work, window)
    background.finished.connect(lambda opened, error: _opened(state, window, opened, error))
    AfterFirstPaint(window, background.start)  # the frame paints first, with the GUI thread to itself
    _windows[:] = [window]
    return state, window


def _last_or_built_in():
    """(the pack used last, else the built-in one; why the one used last could not be opened, or None)."""
    from sco_app.core.packs import load_pack
    remembered, not_opened = load_last_pack()
    return (remembered, None) if remembered is not None else (load_pack(default_pack()), not_opened)


def _opened(state, window, opened, error: BaseException | None) -> None:
    """The worker is done: show the pack and build the views; or tell why not (the built-in lesson cannot be opened:
    the installation is damaged) and end the app."""
    from PySide6.QtCore import QCoreApplication

    from sco_app.core.packs import PackError

    if error is not None:
        if isinstance(error, PackError):
            _open_built_in_instead(error, None)  # offers only to quit: it is the built-in lesson that failed
        else:
            import traceback

            traceback.print_exception(error)
        window.close()
        _windows.clear()
        QCoreApplication.exit(1)
        return
    pack, not_opened = opened
    state.load(pack)
    if not_opened:
        say_last_pack_not_opened(window, not_opened)
    window.build_views_in_steps()


def switch_language(state, window, language: str):
    """Show the same pack, event, date and profile in another interface language: a new window replaces the
    old one (a practice under way is finished first; an exam only if the student agrees to leave it, else
    nothing changes). Returns the ``(state, window)`` now shown."""
    from sco_app.core.preferences import LANGUAGE
    from sco_app.ui.private_settings import preferences

    if not window.leave_exam_allowed():
        return state, window
    preferences().set(LANGUAGE, language)
    return _replace_window(state, window, language)


def switch_contrast(state, window, on: bool):
    """Switch the high-contrast theme on or off (remembered): the views are built again in its colours."""
    from PySide6.QtWidgets import QApplication

    from sco_app.core.preferences import HIGH_CONTRAST
    from sco_app.ui import theme
    from sco_app.ui.private_settings import preferences

    if not window.leave_exam_allowed():  # the student stays in the exam: the theme stays as it is
        window.contrast_action.blockSignals(True)
        window.contrast_action.setChecked(theme.high_contrast())
        window.contrast_action.blockSignals(False)
        return state, window
    preferences().set(HIGH_CONTRAST, bool(on))
    theme.set_high_contrast(QApplication.instance(), on)
    return _replace_window(state, window, state.language)


def follow_system_colours() -> None:
    """When the OS switches between light and dark, build the views again in the new palette's colours."""
    from PySide6.QtGui import QGuiApplication

    from sco_app.ui import theme

    def changed(*_args) -> None:
        if _windows and not theme.high_contrast() and not _windows[0].state.exam_mode:  # (never mid-exam)
            _replace_window(_windows[0].state, _windows[0], _windows[0].state.language)

    hints = QGuiApplication.styleHints()
    if hasattr(hints, "colorSchemeChanged"):
        hints.colorSchemeChanged.connect(changed)


def _replace_window(state, window, language: str):
    """A new window on the same pack, event, date, geometry and quiz profile replaces ``window``."""
    from sco_app.ui.main_window import MainWindow
    from sco_app.ui.private_settings import preferences
    from sco_app.ui.state import AppState

    selected, date, geometry = state.selected, state.date, window.saveGeometry()
    window.save_geometry(preferences())
    new_state = AppState(language=choose_language(language))
    new_window = MainWindow(new_state)
    _populate(new_state, new_window, state.pack)
    new_window.restoreGeometry(geometry)
    if selected:
        new_state.select(selected)
    if date is not None:
        new_state.set_date(date)
    if window.quiz is not None and new_window.quiz is not None:
        new_window.quiz.exam_settings = window.quiz.exam_settings  # as the instructor may have changed them
        new_window.quiz.set_profile(window.quiz.profile)
    new_window.show()
    window.close()  # hands in a running exam and closes the progress store
    window.deleteLater()
    _windows[:] = [new_window]
    return new_state, new_window


def open_at(state, window, event: str | None = None, date=None, tour: str | None = None, step: int | None = None) -> None:
    """Show the pack right at a deep link: a tour's step (1-based), an event, a date (checked first)."""
    from sco_app.ui.deep_link import open_at as show

    show(state, window, event, date, tour, step)


def _open(state, window, path: str) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from sco_app.core.packs import PackError, load_pack
    from sco_app.ui.main_window import remember_pack
    from sco_app.ui.private_settings import preferences

    try:
        state.load(load_pack(path))
    except PackError as exc:
        details = "\n".join(p.format() for p in exc.problems[:20])
        QMessageBox.warning(window, QCoreApplication.translate("MainWindow", "This lesson pack has problems"), details)
        return
    remember_pack(preferences(), str(Path(path).resolve()))


def _recover_library() -> None:
    """Put back a library pack that an update cut short (a crash between two renames) before it is looked for."""
    from sco_app.core.library_recovery import LIBRARY_FOLDER, recover_installs
    from sco_app.core.progress import default_data_dir

    recover_installs(default_data_dir() / LIBRARY_FOLDER)  # never raises (it runs off the GUI thread, see launch)


def start_application():
    """The QApplication, named for the desktop (desktop entry, window icon), with the user's settings file
    made private before anything is written to it."""
    from PySide6.QtWidgets import QApplication

    from sco_app.ui import app_identity, private_settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app_identity.apply(app)
    private_settings.protect()
    return app


def load_last_pack() -> tuple[LessonPack | None, str | None]:
    """The pack used last, loaded, and None; or None and its name with why it could not be opened (whatever
    went wrong, so that no pack can keep the app from starting); (None, None) when the built-in pack was the
    last."""
    from sco_app.core.packs import PackError, Severity, load_pack

    path = last_pack()
    if not path:
        return None, None
    try:
        return load_pack(path), None
    except PackError as exc:
        errors = [p for p in exc.problems if p.severity is Severity.ERROR] or exc.problems
        why = "; ".join(f"{Path(p.file).name}:{p.line}:{p.column}: {p.message}" for p in errors[:1]) or str(exc)
    except Exception as exc:  # noqa: BLE001 - a fault while loading is said, never a crash at start
        why = f"{exc.__class__.__name__}: {exc}"
    return None, f"{Path(path).name} ({' '.join(why.split())[:200]})"


def say_last_pack_not_opened(window, why: str) -> None:
    """Tell the student, in the status bar, that the pack used last could not be opened and the built-in
    one is shown instead."""
    from PySide6.QtCore import QCoreApplication

    window.statusBar().showMessage(QCoreApplication.translate(
        "MainWindow", "Could not open the lesson pack used last, {pack}; the built-in lesson is shown instead.").format(
        pack=why))


def last_pack() -> str | None:
    """The pack opened last (File > Open), if it is still there; None means the built-in pack."""
    from sco_app.ui.main_window import recent_packs
    from sco_app.ui.private_settings import preferences

    paths = recent_packs(preferences())
    return paths[0] if paths else None


def run(pack_path: str | None = None, language: str | None = None, link: dict | None = None) -> int:
    """The app's main loop. ``link`` (event, date, tour, step) opens it right there: a deep link, which
    opens the built-in pack unless a pack is given (not the one used last). A pack or a link given is opened and
    checked before the window shows; a pack that cannot be opened, or a link the pack cannot follow, is shown in a
    message box (and once on the terminal) that offers a way on: the built-in lesson, the closest match, or
    quitting. With neither, the window shows at once and the pack used last opens in it (see :func:`launch`)."""
    link = {key: value for key, value in (link or {}).items() if value is not None}
    problem = window_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    from sco_app.ui.private_settings import preferences

    app = start_application()
    choose_language(language)  # a problem at start is told in the student's language
    pack = None
    if pack_path or link:
        _recover_library()
        pack, link, code = _given_start(pack_path, link)
        if code is not None:
            return code
    state, window = launch(pack, language)
    window.after_views(lambda: _first_look(state, window, link))
    follow_system_colours()
    code = app.exec()
    if _windows:
        _windows[0].save_geometry(preferences())
    return code


def _first_look(state, window, link: dict) -> None:
    """Once the views are in: the deep link's event, date or tour step; else, at a first start, the welcome with
    three ways into the lesson."""
    from sco_app.ui.private_settings import preferences

    if link:
        open_at(state, window, **link)
    elif not window.offer_unfinished_exam():  # an exam left by a close, a crash or a power cut comes first
        window.welcome_if_new(preferences())  # a first start: three ways into the lesson


def _open_built_in_instead(error: PackError, path: str | None) -> bool:
    """Tell (once on the terminal, and in a window) why the pack at ``path`` cannot be opened; True if the
    student chose the built-in lesson instead (never offered when the built-in one, ``path`` None, failed)."""
    from sco_app.ui import start_problems

    for problem in error.problems:
        print(problem.format(), file=sys.stderr)
    return start_problems.ask_about_pack(error, str(path) if path else None)


def _given_start(pack_path, link: dict):
    """The pack given (else the built-in one), loaded once, and the deep link checked on it, as mended by the
    student's answers to what is wrong with them: ``(pack, link, None)`` to open, or ``(None, link, exit code)``
    if the student quit."""
    from sco_app.core.deep_links import LINK_PARTS, DeepLinkError, check_deep_link
    from sco_app.core.packs import PackError, load_pack
    from sco_app.ui import start_problems

    while True:
        try:
            pack = load_pack(pack_path or default_pack())
            if link:
                check_deep_link(pack, link.get("event"), link.get("tour"), link.get("step"))
            return pack, link, None
        except PackError as exc:
            if not _open_built_in_instead(exc, pack_path):
                return None, link, 1
            pack_path = None
        except DeepLinkError as exc:
            print(f"sco-app: {exc}", file=sys.stderr)
            choice = start_problems.ask_about_link(exc)
            if choice is None:
                return None, link, 2
            if choice == start_problems.CLOSEST:
                link = {**link, exc.kind: exc.suggestion}
            else:
                link = {key: value for key, value in link.items() if key not in LINK_PARTS[exc.kind]}
