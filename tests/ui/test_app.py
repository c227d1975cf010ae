"""Starting the app: a clear paragraph when no window can open, and the layout kept between runs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from sco_app import app
from sco_app.cli import main
from sco_app.ui.private_settings import preferences, user_settings


def test_no_display_is_explained(monkeypatch, capsys):
    """Without a display, `sco-app` prints one paragraph with the fix instead of Qt's abort."""
    monkeypatch.setattr(app.sys, "platform", "linux")
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    assert main([]) == 1
    err = capsys.readouterr().err
    assert "cannot open a window: no display was found" in err and "sco-app validate" in err


def test_missing_x11_library_is_explained(monkeypatch):
    """On X11 with Qt's X11 libraries missing, the message names the packages to install."""
    monkeypatch.setattr(app.sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(app, "missing_x11_libraries", lambda: ["libxcb-cursor.so.0", "libxcb-icccm.so.4"])
    message = app.window_problem()
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4" in message and "'sco-app validate'" in message


def test_debian_package_names():
    """Library file names map to the Debian packages that hold them."""
    assert app._debian_package("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert app._debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert app._debian_package("libxcb-cursor.so.0") == "libxcb-cursor0"


def test_layout_is_remembered(qtbot, tmp_path, monkeypatch):
    """The panes' sizes saved on quit come back at the next start."""
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    user_settings().clear()
    settings = preferences()
    _state, first = app.build()
    qtbot.addWidget(first)
    first.resize(1200, 800)
    first.show()
    first.splitter.setSizes([200, 550])
    sizes = first.splitter.sizes()
    first.save_geometry(settings)
    settings.sync()
    _state, second = app.build()
    qtbot.addWidget(second)
    second.resize(1200, 800)
    second.show()
    qtbot.waitExposed(second)
    assert second.splitter.sizes() == sizes


def test_window_off_every_screen_is_brought_back(qtbot, tmp_path):
    """A window saved at a place no screen shows any more is moved onto the screen."""
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    settings = preferences()
    _state, win = app.build()
    qtbot.addWidget(win)
    win.move(20000, 20000)
    win.save_geometry(settings)
    win.restore_geometry(settings)
    screen = win.screen().availableGeometry()
    assert screen.intersects(win.frameGeometry())


@pytest.fixture(autouse=True)
def _settings_elsewhere(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))


def test_opening_a_pack_remembers_it(qtbot, tmp_path):
    """A pack opened from the File menu joins the recent list and is the one to open next time."""
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    user_settings().clear()
    state, win = app.build()
    qtbot.addWidget(win)
    template = str((app.lessons_dir() / "template").resolve())
    win.open_requested.emit(template)
    assert state.pack.id == "starter-pack"
    assert app.last_pack() == template
    win.recent_menu.aboutToShow.emit()
    assert [a.text() for a in win.recent_menu.actions()] == [template]


def test_a_broken_pack_is_not_remembered(qtbot, tmp_path, monkeypatch):
    """Opening a broken pack shows its problems, keeps the current pack and is not remembered."""
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    user_settings().clear()
    shown = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *args: shown.append(args[2]))
    state, win = app.build()
    qtbot.addWidget(win)
    broken = Path(__file__).resolve().parents[1] / "packs" / "broken" / "unknown-theory"
    win.open_requested.emit(str(broken))
    assert state.pack.id == "sco-balancing" and app.last_pack() is None
    assert "unknown theory 't2'" in shown[0]


def test_text_zoom_for_projectors(qtbot, tmp_path):
    """Ctrl+= makes the text larger, Ctrl+- smaller, Ctrl+0 returns to the OS's size."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    user_settings().clear()
    _state, win = app.build()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    base = QApplication.font().pointSizeF()
    qtbot.keyClick(win, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() > base
    qtbot.keyClick(win, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() == pytest.approx(base)
    qtbot.keyClick(win, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() < base
    qtbot.keyClick(win, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)


def test_start_up_puts_back_a_library_pack_an_update_left_aside(tmp_path, monkeypatch):
    """A pack that a cut-short update moved into a temporary folder is back in the user's library before the app
    looks for the pack used last (the library lives in the data folder)."""
    import shutil

    from sco_app.core.library import LIBRARY_FOLDER, STAGING_PREFIX

    monkeypatch.setenv("SCO_APP_DATA_DIR", str(tmp_path / "data"))
    library = tmp_path / "data" / LIBRARY_FOLDER
    aside = library / f"{STAGING_PREFIX}course-x1y2" / "old"
    shutil.copytree(app.lessons_dir() / "template", aside)
    app._recover_library()
    assert (library / "course" / "pack.yaml").exists() and [p.name for p in library.iterdir()] == ["course"]


def _huge_integer_pack(tmp_path: Path) -> Path:
    import shutil

    pack = tmp_path / "huge"
    shutil.copytree(Path(__file__).resolve().parents[1] / "packs" / "minimal", pack)
    text = (pack / "pack.yaml").read_text().replace("version: 1.0.0", "version: " + "9" * 5000)
    (pack / "pack.yaml").write_text(text)
    return pack


def _start(qtbot, *argv: str):
    """Run ``sco-app ARGV`` until its views are in (with ``main_loop_till_views``); return its exit status and its
    window (if one opened)."""
    app._windows.clear()
    code = main(list(argv))
    window = app._windows[0] if app._windows else None
    if window is not None:
        qtbot.addWidget(window)
    return code, window


def test_a_last_pack_with_a_huge_integer_starts_the_built_in_pack_and_says_why(main_loop_till_views, qtbot, tmp_path, monkeypatch):
    """The pack used last holds a 5,000-digit number: the app starts on the built-in pack, and the status bar
    says which pack could not be opened, and why."""
    from sco_app.ui.main_window import remember_pack

    pack = _huge_integer_pack(tmp_path)
    remember_pack(preferences(), str(pack))
    code, window = _start(qtbot)
    assert code == 0 and window.state.pack.id == "sco-balancing"
    message = window.statusBar().currentMessage()
    assert message == ("Could not open the lesson pack used last, huge (pack.yaml:4:10: this whole number is "
                       "longer than 20 digits); the built-in lesson is shown instead.")


def test_any_fault_loading_the_last_pack_still_starts_the_app(main_loop_till_views, qtbot, tmp_path, monkeypatch):
    """Whatever goes wrong while the pack used last is loaded (here, a fault of the checker), the app starts."""
    from sco_app.core.packs import loader
    from sco_app.ui.main_window import remember_pack

    pack = _huge_integer_pack(tmp_path)
    (pack / "pack.yaml").write_text((Path(__file__).resolve().parents[1] / "packs" / "minimal" / "pack.yaml").read_text())
    remember_pack(preferences(), str(pack))
    checker = loader._check_pack
    monkeypatch.setattr(loader, "_check_pack", lambda path: (_ for _ in ()).throw(MemoryError("out of memory"))
                        if Path(path) == pack else checker(path))
    code, window = _start(qtbot)
    assert code == 0 and window.state.pack.id == "sco-balancing"
    assert "MemoryError: out of memory" in window.statusBar().currentMessage()


def test_a_pack_given_with_a_huge_integer_is_a_located_problem(main_loop_till_views, qtbot, tmp_path, monkeypatch, capsys, answer_boxes):
    """``sco-app --pack`` on the pack: a message box with the located problem; Quit exits 1, with no traceback."""
    pack = _huge_integer_pack(tmp_path)
    answer_boxes("Quit")
    code, window = _start(qtbot, "--pack", str(pack))
    err = capsys.readouterr().err
    assert code == 1 and window is None
    assert "longer than 20 digits" in answer_boxes.seen[0]["text"] + answer_boxes.seen[0]["informative"]
    assert f"{pack / 'pack.yaml'}:4:10: error: this whole number is longer than 20 digits" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("command", [["render", "--view", "map"], ["handout"]], ids=["render", "handout"])
def test_drawing_commands_report_a_huge_integer_where_it_stands(qapp, tmp_path, capsys, command):
    """render and handout on the pack: exit 1, the located problem, no traceback and no file."""
    pack = _huge_integer_pack(tmp_path)
    out = tmp_path / ("out.png" if command[0] == "render" else "out.pdf")
    assert main([*command, "--pack", str(pack), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"{pack / 'pack.yaml'}:4:10: error: this whole number is longer than 20 digits" in err
    assert "Traceback" not in err and not out.exists()
