"""The interface's languages are listed once, and every one of them ships its translation."""

from __future__ import annotations

from pathlib import Path

import pytest

from sco_app import cli
from sco_app.core import languages
from sco_app.core.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]


def test_every_translated_language_ships_its_files_and_no_other_does():
    """Each language but English has a .ts and a compiled .qm; no translation file is for a language not listed."""
    assert languages.SOURCE_LANGUAGE in languages.LANGUAGES
    for code in languages.translated_languages():
        assert resource_path(f"translations/sco_app_{code}.qm").stat().st_size > 0
        assert (ROOT / "resources" / "translations" / f"sco_app_{code}.ts").is_file()
    shipped = {p.stem.removeprefix("sco_app_") for p in (ROOT / "resources" / "translations").glob("sco_app_*.ts")}
    assert shipped == set(languages.translated_languages())


def test_the_command_line_offers_exactly_the_listed_languages(capsys):
    """`--lang` accepts every listed language and refuses another."""
    assert cli.LANGUAGES == tuple(languages.LANGUAGES)
    with pytest.raises(SystemExit) as stopped:
        cli.main(["--lang", "xx", "validate"])
    assert stopped.value.code == 2
    assert "invalid choice: 'xx'" in capsys.readouterr().err
