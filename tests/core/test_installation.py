"""The installed app finds its data from any working directory, and the core imports no Qt."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=120)


def test_module_runs_from_elsewhere(tmp_path: Path):
    """`python -m sco_app --version` and `validate` work from a folder far from the checkout."""
    version = _run([sys.executable, "-m", "sco_app", "--version"], tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("sco-app ")
    checked = _run([sys.executable, "-m", "sco_app", "validate"], tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "sco-balancing" in checked.stdout


def test_console_script_runs_from_elsewhere(tmp_path: Path):
    """The `sco-app` command installed beside this Python works from another folder."""
    script = shutil.which("sco-app", path=str(Path(sys.executable).parent))
    if script is None:
        pytest.skip("sco-app is not installed beside this Python")
    result = _run([script, "validate"], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_core_imports_no_qt(tmp_path: Path):
    """Loading a pack through the core pulls in no Qt and no pyqtgraph."""
    code = (
        "import sys; from sco_app.core.packs import load_pack; from sco_app.core.resources import builtin_pack_dirs;"
        "import sco_app.core.geo as g; [load_pack(p) for p in builtin_pack_dirs()]; g.load_countries();"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph'));"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = _run([sys.executable, "-c", code], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
