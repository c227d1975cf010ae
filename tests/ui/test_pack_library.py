"""The pack library window: every pack listed with its facts, opened by Enter, zips imported, updates offered."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from sco_app import app
from sco_app.core import library, progress, quiz
from sco_app.core.packs import load_pack
from sco_app.core.places import user_cache_dir
from sco_app.core.preferences import PACK_FOLDERS
from sco_app.ui.pack_library import PackLibraryDialog
from sco_app.ui.private_settings import preferences
from tests.core.test_library import make_pack, make_zip


@pytest.fixture
def lab(tmp_path, monkeypatch):
    """$SCO_APP_PACKS names a folder with a good and a broken pack and a read-only shared folder with a zip."""
    mine, shared = tmp_path / "mine", tmp_path / "shared"
    mine.mkdir()
    shared.mkdir()
    make_pack(mine / "good", "good-pack", "2.0.0", title="A good pack")
    make_pack(mine / "broken", "broken-pack", title="A broken pack", broken=True)
    make_zip(make_pack(tmp_path / "src" / "course", "course", "1.1.0", title="Course, second edition"),
             shared / "course-1.1.0.zip")
    shared.chmod(stat.S_IRUSR | stat.S_IXUSR)
    monkeypatch.setenv(library.PACKS_VARIABLE, os.pathsep.join([str(mine), str(shared)]))
    yield tmp_path, mine, shared
    shared.chmod(stat.S_IRWXU)


@pytest.fixture
def window(qtbot, lab):
    state, win = app.build()
    qtbot.addWidget(win)
    return state, win


def _checked(qtbot, dialog):
    """``dialog`` once every pack in it has been found and checked (which happens off the GUI thread)."""
    qtbot.waitUntil(lambda: not dialog.checking, timeout=60_000)
    return dialog


def _rows(dialog) -> dict[str, list[str]]:
    model = dialog.model
    return {model.rows[r].id: [model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())}


def _choose(dialog, pack_id: str) -> None:
    row = next(r for r, e in enumerate(dialog.model.rows) if e.id == pack_id)
    dialog.view.setCurrentIndex(dialog.model.index(row, 0))


def _library_copy(tmp_path, version: str) -> Path:
    """Install ``course`` at ``version`` into the user's library (as an earlier import would have)."""
    data = Path(os.environ[progress.DATA_DIR_VARIABLE])
    return library.install(make_pack(tmp_path / f"course-{version}", "course", version, title="Course"),
                           data / library.LIBRARY_FOLDER).path


def test_the_library_lists_every_pack_with_its_facts(qtbot, window, lab):
    """Built-in, library and extra packs show title, version, languages, authors, validation and place."""
    _state, win = window
    dialog = _checked(qtbot, win.open_library())
    rows = _rows(dialog)
    assert rows["sco-balancing"][4] == "yes" and rows["sco-balancing"][5] == "built into the app"
    assert rows["good-pack"][:5] == ["A good pack", "2.0.0", "en, id", "Your Name", "yes"]
    assert rows["broken-pack"][4] == "no: 1 error(s)"
    zip_path = str(lab[2] / "course-1.1.0.zip")
    assert rows["course"][0] == "Course, second edition [zip]"
    assert rows["course"][5] == (zip_path if os.geteuid() == 0 else f"{zip_path} (read-only)")  # root writes anywhere
    _choose(dialog, "broken-pack")
    assert not dialog.open_button.isEnabled() and "unknown theory" in dialog.details.text()


def test_enter_opens_the_chosen_pack(qtbot, window):
    """Choosing a row with the arrow keys and pressing Enter opens that pack in the window."""
    state, win = window
    dialog = _checked(qtbot, win.open_library())
    qtbot.waitExposed(dialog)
    dialog.view.setFocus()
    _choose(dialog, "good-pack")
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    assert state.pack.id == "good-pack" and not dialog.isVisible()


def test_tab_reaches_the_table_and_every_button(qtbot, window):
    """The table and the buttons are reached by Tab, and each is named for screen readers."""
    _state, win = window
    dialog = _checked(qtbot, win.open_library())
    qtbot.waitExposed(dialog)
    _choose(dialog, "course")
    dialog.view.setFocus()
    seen = []
    for _ in range(8):
        widget = dialog.focusWidget()
        seen.append(widget)
        assert widget.accessibleName(), widget
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    for widget in (dialog.view, dialog.open_button, dialog.install_button, dialog.import_button,
                   dialog.folder_button, dialog.close_button):
        assert widget in seen


def test_a_zip_is_opened_as_it_is(qtbot, window):
    """A zip in a shared folder opens straight from the library, without being installed."""
    state, win = window
    dialog = _checked(qtbot, win.open_library())
    _choose(dialog, "course")
    dialog.open_button.click()
    assert state.pack.id == "course" and state.pack.root.endswith("course-1.1.0.zip")


def test_importing_a_zip_installs_it_into_the_library(qtbot, window, lab, monkeypatch):
    """Import zip… copies a zip chosen on disk into the user's library and lists it there."""
    tmp_path, _mine, _shared = lab
    archive = make_zip(make_pack(tmp_path / "mail" / "emailed", "emailed-pack", title="From an e-mail"),
                       tmp_path / "emailed.zip")
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *args: (str(archive), ""))
    _state, win = window
    dialog = _checked(qtbot, win.open_library())
    dialog.import_button.click()
    rows = _rows(_checked(qtbot, dialog))
    assert rows["emailed-pack"][5] == "your library"
    assert dialog.selected().id == "emailed-pack"
    assert (Path(os.environ[progress.DATA_DIR_VARIABLE]) / "packs" / "emailed-pack" / "pack.yaml").is_file()


def test_a_higher_version_is_offered_as_an_update_that_keeps_progress(qtbot, window, lab, monkeypatch):
    """The shared 1.1.0 is offered as an update of the library's 1.0.0; after it the old answers are still found."""
    tmp_path, _mine, _shared = lab
    installed = _library_copy(tmp_path, "1.0.0")
    pack = load_pack(installed)
    store = progress.ProgressStore.in_folder(os.environ[progress.DATA_DIR_VARIABLE])
    ana = store.create_profile("Ana")
    question = next(q for q in quiz.questions_of(pack) if q.id == "q-founding-theory")
    store.record(ana, pack.id, pack.version, question, {"balance-of-threat"},
                 quiz.grade(question, {"balance-of-threat"}), "practice", 900)
    state, win = window
    win.open_requested.emit(str(installed))
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.Yes)
    dialog = _checked(qtbot, win.open_library())
    shared_row = next(r for r, e in enumerate(dialog.model.rows) if e.id == "course" and e.is_zip)
    assert dialog.model.index(shared_row, 1).data() == "1.1.0 (updates 1.0.0)"
    dialog.view.setCurrentIndex(dialog.model.index(shared_row, 0))
    assert dialog.install_button.text() == "&Update library copy" and "progress is kept" in dialog.details.text()
    dialog.install_button.click()
    assert "version 1.0.0" in asked[0] and "1.1.0" in asked[0]
    assert load_pack(installed).version == "1.1.0"
    assert state.pack.version == "1.1.0"  # the pack on screen was the one updated
    assert [a["question_id"] for a in store.attempts(ana, pack_id="course")] == ["q-founding-theory"]
    store.close()


def test_an_equal_or_lower_version_is_not_offered(qtbot, window, lab, monkeypatch):
    """With 1.1.0 in the library, the shared 1.1.0 cannot be installed again, nor an older 1.0.0 imported."""
    tmp_path, _mine, _shared = lab
    installed = _library_copy(tmp_path, "1.1.0")
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *args: pytest.fail("no update should be offered"))
    _state, win = window
    dialog = _checked(qtbot, win.open_library())
    _choose(dialog, "course")
    shared_row = next(r for r, e in enumerate(dialog.model.rows) if e.id == "course" and e.is_zip)
    dialog.view.setCurrentIndex(dialog.model.index(shared_row, 0))
    assert not dialog.install_button.isEnabled() and "already on this computer" in dialog.details.text()
    old = make_zip(make_pack(tmp_path / "old" / "course", "course", "1.0.0"), tmp_path / "course-1.0.0.zip")
    assert dialog.import_pack(old) is None and "version 1.1.0 is already here" in told[0]
    assert load_pack(installed).version == "1.1.0"


def test_a_folder_added_is_listed_and_remembered(qtbot, window, lab, monkeypatch):
    """Add folder… lists the packs of another folder, now and the next time the library opens."""
    tmp_path, _mine, _shared = lab
    make_pack(tmp_path / "more" / "extra", "extra-pack", title="One more")
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getExistingDirectory", lambda *args: str(tmp_path / "more"))
    _state, win = window
    dialog = _checked(qtbot, win.open_library())
    dialog.folder_button.click()
    assert "extra-pack" in _rows(_checked(qtbot, dialog))
    assert "extra-pack" in _rows(_checked(qtbot, win.open_library()))


def test_the_lab_s_shared_folders_are_listed_and_said_to_be_the_lab_s(qtbot, window, lab, no_lab_settings):
    """Folders named in the lab's settings file are searched beside $SCO_APP_PACKS, and the window names them as
    the lab's; adding one of them again does not copy it into the user's own folders."""
    tmp_path, _mine, _shared = lab
    make_pack(tmp_path / "lab-share" / "unit-3", "unit-three", title="Unit 3")
    no_lab_settings.write_text(f"[packs]\nfolders =\n    {tmp_path / 'lab-share'}\n", encoding="utf-8")
    _state, win = window
    dialog = _checked(qtbot, win.open_library())
    assert "unit-three" in _rows(dialog) and "good-pack" in _rows(dialog)
    assert dialog.lab_folders.isVisible() and str(tmp_path / "lab-share") in dialog.lab_folders.text()
    dialog.add_folder(str(tmp_path / "lab-share"))
    assert preferences().get(PACK_FOLDERS) == ()


def test_without_lab_folders_nothing_is_said_about_them(qtbot, window):
    """No lab settings file: no line about the lab's folders."""
    _state, win = window
    assert not _checked(qtbot, win.open_library()).lab_folders.isVisible()


def test_the_file_menu_opens_the_library(qtbot, window):
    """File > Lesson pack library… (Ctrl+L) is in the menu."""
    _state, win = window
    actions = {a.text(): a for a in win.menuBar().actions()[0].menu().actions()}
    assert actions["Lesson pack &library…"].shortcut().toString() == "Ctrl+L"


def test_the_dialog_is_built_from_a_given_library(qtbot, tmp_path):
    """The dialog also works on a library it is given (as the preview and tests use it)."""
    make_pack(tmp_path / "lib" / "only", "only-pack")
    from sco_app.ui.state import AppState

    dialog = PackLibraryDialog(AppState(), library.Library(tmp_path / "lib", include_built_in=False))
    qtbot.addWidget(dialog)
    _checked(qtbot, dialog)
    assert [e.id for e in dialog.entries] == ["only-pack"] and dialog.selected().id == "only-pack"


def _update_the_open_pack(qtbot, window, lab, monkeypatch, replace):
    """Open the library's course 1.0.0, then update it from the shared 1.1.0 zip with ``replace`` as os.replace."""
    tmp_path, _mine, _shared = lab
    real_replace = os.replace
    installed = _library_copy(tmp_path, "1.0.0")
    _state, win = window
    win.open_requested.emit(str(installed))
    assert str(installed / "pack.yaml") in win.pack_watcher.watched_paths()
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[1:3]))
    monkeypatch.setattr(library.os, "replace", replace)
    dialog = _checked(qtbot, win.open_library())
    shared_row = next(r for r, e in enumerate(dialog.model.rows) if e.id == "course" and e.is_zip)
    dialog.view.setCurrentIndex(dialog.model.index(shared_row, 0))
    dialog.install_button.click()
    monkeypatch.setattr(library.os, "replace", real_replace)  # not undo(): the settings stay in the test's folder
    return installed, dialog, warned


def test_the_open_pack_is_not_watched_while_it_is_updated(qtbot, window, lab, monkeypatch):
    """Windows cannot rename a watched folder: the live-preview watch is let go during the update, then taken up."""
    real_replace, seen = os.replace, []

    def replace(src, dst):
        if not Path(dst).is_relative_to(user_cache_dir()):  # (the checked pack kept in the cache is not watched)
            seen.append(list(win.pack_watcher.watched_paths()))
        return real_replace(src, dst)

    state, win = window
    installed, _dialog, warned = _update_the_open_pack(qtbot, window, lab, monkeypatch, replace)
    assert len(seen) == 2 and seen == [[], []] and warned == []
    assert state.pack.version == "1.1.0"
    assert str(installed / "pack.yaml") in win.pack_watcher.watched_paths()


def test_a_failed_update_is_told_and_the_old_pack_stays(qtbot, window, lab, monkeypatch):
    """The new version cannot be renamed into place: the dialog says so plainly and version 1.0.0 stays, watched."""
    real_replace = os.replace

    def replace(src, dst):
        if Path(src).name == "pack":
            raise PermissionError(13, "Access is denied")
        return real_replace(src, dst)

    state, win = window
    installed, dialog, warned = _update_the_open_pack(qtbot, window, lab, monkeypatch, replace)
    [(title, text)] = warned
    assert title == "The pack could not be installed"
    assert "Version 1.1.0 of “Course, second edition” could not be installed, so version 1.0.0 stays" in text
    assert "Access is denied" in text and "1.0.0 stays" in dialog.details.text()
    assert load_pack(installed).version == "1.0.0" and state.pack.version == "1.0.0"
    assert [p.name for p in installed.parent.iterdir()] == ["course"]
    assert str(installed / "pack.yaml") in win.pack_watcher.watched_paths()


def test_the_library_opens_with_a_huge_integer_pack_listed(qtbot, window, lab):
    """A pack whose version has 5,000 digits is listed as not validating; the window opens and lists the rest."""
    _tmp, mine, _shared = lab
    huge = make_pack(mine / "huge", "huge-pack", title="A huge number")
    (huge / "pack.yaml").write_text((huge / "pack.yaml").read_text().replace("version: '1.0.0'", "version: " + "9" * 5000))
    _state, win = window
    dialog = _checked(qtbot, win.open_library())
    rows = _rows(dialog)  # the file is not read past such a number: the pack is listed, its id unknown
    assert rows[None][4] == "no: 1 error(s)" and rows["good-pack"][4] == "yes"
    _choose(dialog, None)
    assert "this whole number is longer than 20 digits" in dialog.details.text()


def test_packs_are_checked_off_the_gui_thread_as_the_list_shows(qtbot, window, monkeypatch):
    """The dialog lists the packs at once, each 'checking…', and they are checked on another thread."""
    import threading

    threads, release = set(), threading.Event()
    real = library.read_entry

    def slow(path, origin=library.Origin.EXTRA):
        threads.add(threading.current_thread().name)
        release.wait(10)
        return real(path, origin)

    monkeypatch.setattr(library, "read_entry", slow)
    _state, win = window
    dialog = win.open_library()
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0)
    assert {dialog.model.index(r, 4).data() for r in range(dialog.model.rowCount())} == {"checking…"}
    assert dialog.checking and "Checking the lesson packs: 0 of" in dialog.progress.text()
    release.set()
    _checked(qtbot, dialog)
    assert threads == {"sco-app library check"}
    assert dialog.progress.text() == f"Lesson packs found: {dialog.model.rowCount()}."


def test_packs_left_when_the_time_budget_ran_out_are_checked_when_chosen(qtbot, window, monkeypatch):
    """With no time to spare, one pack is checked and the others wait; choosing one checks it."""
    monkeypatch.setattr(library, "CHECK_BUDGET_S", 0.0)
    _state, win = window
    dialog = _checked(qtbot, win.open_library())
    waiting = [r for r in range(dialog.model.rowCount()) if dialog.model.index(r, 4).data() == "not checked yet"]
    assert waiting and "the others are checked when you choose them" in dialog.progress.text()
    good = next(r for r in waiting if dialog.model.rows[r].path.name == "good")
    dialog.view.setCurrentIndex(dialog.model.index(good, 0))
    qtbot.waitUntil(lambda: dialog.model.index(good, 4).data() == "yes")
    assert dialog.open_button.isEnabled() and "version 2.0.0" in dialog.details.text()
    assert "the others are checked when you choose them" in dialog.progress.text()


def test_a_crowded_folder_says_how_many_packs_it_left_out(qtbot, window, lab, monkeypatch):
    """More packs in one folder than are listed: the window says how many were left out, and where."""
    _tmp, mine, _shared = lab
    monkeypatch.setattr(library, "MAX_PACKS_PER_FOLDER", 1)
    _state, win = window
    dialog = _checked(qtbot, win.open_library())
    assert f"{mine} holds 1 more packs than the 1 listed from one folder" in dialog.progress.text()
