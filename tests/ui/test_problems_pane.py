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
