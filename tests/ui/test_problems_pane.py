"""The problems pane lists problems by file:line:col, copies locations and opens files it can."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from sco_app.core.packs.loader import CheckReport
from sco_app.core.packs.problems import Problem, Severity
from sco_app.ui.problems_pane import ProblemsPane


def test_problems_show_location_kind_and_message(qtbot, tmp_path):
    """Each problem is one row: file:line:col, error or warning, message; the hint is in its tooltip."""
    pack = tmp_path / "pack.yaml"
    pack.write_text("format: 1\n", encoding="utf-8")
    pane = ProblemsPane()
    qtbot.addWidget(pane)
    pane.show_report(CheckReport("x", [Problem(str(pack), 3, 7, "unknown lane 'l9'", hint="did you mean 'l1'?"),
                                       Problem(str(pack), 9, 1, "no 'id:' text", Severity.WARNING)]))
    assert pane.isVisible() and pane.list.topLevelItemCount() == 2
    row = pane.list.topLevelItem(0)
    assert [row.text(c) for c in range(3)] == [f"{pack}:3:7", "error", "unknown lane 'l9'"]
    assert "did you mean 'l1'?" in row.toolTip(2)
    assert pane.list.topLevelItem(1).text(1) == "warning"
    assert "errors: 1, warnings: 1" in pane.summary.text()
    assert pane.copy_button.isEnabled() and pane.open_button.isEnabled()


def test_a_file_inside_a_zip_can_be_copied_but_not_opened(qtbot):
    """A problem in a zipped pack gives its location, but no editor can open a file inside a zip."""
    pane = ProblemsPane()
    qtbot.addWidget(pane)
    pane.set_problems([Problem("my-pack.zip!/my-pack/pack.yaml", 2, 1, "bad")], usable=False)
    assert not pane.open_button.isEnabled()
    assert pane.open_file(pane.list.currentItem()) is False
    pane.copy_button.click()
    assert QGuiApplication.clipboard().text() == "my-pack.zip!/my-pack/pack.yaml:2:1"


def test_warnings_alone_do_not_bring_the_pane_up(qtbot, tmp_path):
    """A pack that loads with warnings lists them without popping the pane up; no problems empties it."""
    pane = ProblemsPane()
    qtbot.addWidget(pane)
    pane.show_report(CheckReport("x", [Problem(str(tmp_path / "pack.yaml"), 1, 1, "odd", Severity.WARNING)]))
    assert not pane.isVisible() and "warnings: 1" in pane.summary.text()
    pane.show_report(CheckReport("x"))
    assert pane.list.topLevelItemCount() == 0 and "No problems" in pane.summary.text()
    assert not pane.copy_button.isEnabled() and not pane.open_button.isEnabled()


def test_a_file_that_is_not_yaml_is_never_handed_to_the_system(qtbot, tmp_path, monkeypatch):
    """A pack that includes run.bat gets its problem listed there, but the file is only ever copied, never opened."""
    import shutil

    from sco_app.core.packs.loader import check_pack
    from sco_app.core.resources import lessons_dir

    pack = tmp_path / "my-pack"
    shutil.copytree(lessons_dir() / "template", pack)
    yaml = pack / "pack.yaml"
    yaml.write_text(yaml.read_text(encoding="utf-8").replace("\ntheories:", "\ninclude: [run.bat]\n\ntheories:", 1),
                    encoding="utf-8")
    (pack / "run.bat").write_text("events: [\n", encoding="utf-8")  # broken YAML: a problem in run.bat
    opened = []
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda url: opened.append(url) or True)
    report = check_pack(pack)
    assert any(p.file.endswith("run.bat") for p in report.problems)
    pane = ProblemsPane()
    qtbot.addWidget(pane)
    pane.show_report(report)
    row = next(i for i in range(pane.list.topLevelItemCount()) if "run.bat" in pane.list.topLevelItem(i).text(0))
    item = pane.list.topLevelItem(row)
    pane.list.setCurrentItem(item)
    assert pane.copy_button.isEnabled() and not pane.open_button.isEnabled()
    assert pane.open_file(item) is False and opened == []
    assert QGuiApplication.clipboard().text() == item.text(0)  # its location is copied instead


def test_only_yaml_files_inside_the_pack_folder_can_be_opened(qtbot, tmp_path, monkeypatch):
    """pack.yaml of the pack opens; a YAML file outside the pack, or a .yaml link to another file type, does not."""
    pack = tmp_path / "my-pack"
    pack.mkdir()
    (pack / "pack.yaml").write_text("format: 1\n", encoding="utf-8")
    outside = tmp_path / "elsewhere.yaml"
    outside.write_text("x: 1\n", encoding="utf-8")
    (pack / "tool.cmd").write_text("echo hi\n", encoding="utf-8")
    link = pack / "events.yaml"
    link.symlink_to(pack / "tool.cmd")
    opened = []
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    pane = ProblemsPane()
    qtbot.addWidget(pane)
    pane.set_problems([Problem(str(pack / "pack.yaml"), 1, 1, "bad"), Problem(str(outside), 1, 1, "bad"),
                       Problem(str(link), 1, 1, "bad"), Problem(str(pack / "tool.cmd"), 1, 1, "bad")],
                      usable=False, root=pack)
    items = [pane.list.topLevelItem(i) for i in range(4)]
    assert pane.open_button.isEnabled()
    assert [pane.open_file(item) for item in items] == [True, False, False, False]
    assert opened == [str((pack / "pack.yaml").resolve())]
    pane.list.setCurrentItem(items[1])
    assert not pane.open_button.isEnabled()
