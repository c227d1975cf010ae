"""`sco-app validate` prints located problems and a summary, with the documented exit status."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sco_app.cli import main

PACKS = Path(__file__).resolve().parents[1] / "packs"


def test_validate_good_pack(capsys: pytest.CaptureFixture[str]):
    """A good pack: exit 0 and one summary line with id, version and counts."""
    assert main(["validate", str(PACKS / "minimal")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [f"minimal 1.0.0: ok: 0 errors, 0 warnings; 2 events, 1 actors, 1 eras, 1 languages (en)  [{PACKS / 'minimal'}]"]


def test_validate_broken_pack(capsys: pytest.CaptureFixture[str]):
    """A broken pack: exit 1, the problem as file:line:col with its hint, then the summary."""
    assert main(["validate", str(PACKS / "broken" / "unknown-theory")]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{PACKS / 'broken' / 'unknown-theory' / 'pack.yaml'}:33:23: error: unknown theory 't2'"
    assert out[1] == "    hint: known theories: t1"
    assert out[2].startswith("minimal 1.0.0: NOT USABLE: 1 error, 0 warnings; 2 events")


def test_validate_several_packs_fails_if_one_fails(capsys: pytest.CaptureFixture[str]):
    """With several packs, each gets its summary and the status is 1 if any has errors."""
    assert main(["validate", str(PACKS / "minimal"), str(PACKS / "broken" / "wrong-enum")]) == 1
    summaries = [line for line in capsys.readouterr().out.splitlines() if line.startswith("minimal 1.0.0")]
    assert len(summaries) == 2


def test_validate_json(capsys: pytest.CaptureFixture[str]):
    """--format json gives the same facts as data."""
    assert main(["validate", "--format", "json", str(PACKS / "broken" / "unknown-actor")]) == 1
    data = json.loads(capsys.readouterr().out)
    [pack] = data["packs"]
    assert data["ok"] is False and pack["id"] == "minimal" and pack["errors"] == 1
    assert pack["problems"][0]["line"] == 15 and pack["problems"][0]["hint"] == "did you mean 'KGZ' (Kyrgyzstan)?"


def test_validate_builtin_packs(capsys: pytest.CaptureFixture[str]):
    """With no path, the built-in packs are checked and all pass."""
    assert main(["validate"]) == 0
    out = capsys.readouterr().out
    assert "sco-balancing" in out and "starter-pack" in out


def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str]):
    """An unknown option is bad usage: exit status 2."""
    with pytest.raises(SystemExit) as info:
        main(["validate", "--format", "xml"])
    assert info.value.code == 2


def test_version(capsys: pytest.CaptureFixture[str]):
    """--version prints the version."""
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0 and capsys.readouterr().out.startswith("sco-app ")
