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


def _huge_integer_pack(tmp_path: Path) -> Path:
    """The minimal pack with a 5,000-digit version number."""
    import shutil

    pack = tmp_path / "huge"
    shutil.copytree(PACKS / "minimal", pack)
    text = (pack / "pack.yaml").read_text().replace("version: 1.0.0", "version: " + "9" * 5000)
    (pack / "pack.yaml").write_text(text)
    return pack


@pytest.mark.parametrize("command", [
    ["validate", "{pack}"],
    ["pack", "{pack}", "--out", "{tmp}/huge.zip"],
    ["export-quiz", "--pack", "{pack}", "--format", "gift", "--out", "{tmp}/quiz.gift"],
], ids=["validate", "pack", "export-quiz"])
def test_a_huge_integer_is_a_located_problem_at_every_command(tmp_path, capsys, command):
    """A 5,000-digit number: exit 1 with the problem at pack.yaml:4:10, no traceback and nothing written."""
    pack = _huge_integer_pack(tmp_path)
    argv = [part.format(pack=pack, tmp=tmp_path) for part in command]
    assert main(argv) == 1
    captured = capsys.readouterr()
    assert f"{pack / 'pack.yaml'}:4:10: error: this whole number is longer than 20 digits" in captured.out + captured.err
    assert "Traceback" not in captured.out + captured.err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["huge"]


def test_lab_settings_command_prints_the_example_and_checks_the_file(capsys, no_lab_settings):
    """`sco-app lab-settings example` prints the commented example; `check` reads this computer's file (here the
    one SCO_APP_SYSTEM_CONFIG names) and exits 1 on a line it cannot use."""
    from sco_app.core.lab_settings import example_text

    assert main(["lab-settings", "example"]) == 0 and capsys.readouterr().out == example_text()
    assert main(["lab-settings", "check"]) == 0 and "no lab settings file" in capsys.readouterr().out
    no_lab_settings.write_text("[welcome]\nshow = false\n[exam]\npass_mark = 120\n", encoding="utf-8")
    assert main(["lab-settings", "check"]) == 1
    out, err = capsys.readouterr()
    assert "welcome/show = false" in out and f"{no_lab_settings}:4: [exam] pass_mark" in err
