"""The tutorial in the instructors' guide works as written: every file and command it shows, in order."""

from __future__ import annotations

import re
import shlex
import zipfile

from sco_app.cli import main
from sco_app.core.packs import load_pack
from sco_app.core.resources import lessons_dir

STEP = re.compile(r"<!-- tutorial-(file: (?P<file>\S+)|commands) -->\n```\w*\n(?P<body>.*?)```", re.S)


def test_tutorial_runs_from_new_pack_to_a_zip(qapp, tmp_path, monkeypatch, capsys):
    """Each command of the tutorial exits 0 on the files it shows, and the zip opens as the ASEAN pack."""
    guide = (lessons_dir() / "README.md").read_text(encoding="utf-8")
    steps = list(STEP.finditer(guide))
    assert len(steps) >= 4
    monkeypatch.chdir(tmp_path)
    ran = []
    for step in steps:
        if step["file"]:
            (tmp_path / step["file"]).write_text(step["body"], encoding="utf-8")
            continue
        for line in step["body"].splitlines():
            words = shlex.split(line)
            assert words[0] == "sco-app"
            assert main(words[1:]) == 0, line
            ran.append(words[1])
    assert ran == ["new-pack", "import-events", "validate", "handout", "export-quiz", "pack"]
    out = capsys.readouterr().out
    assert "asean-lesson 1.0.0: ok: 0 errors, 0 warnings; 6 events, 10 actors, 0 eras, 2 languages (en, id)" in out
    pack = load_pack(tmp_path / "asean-lesson.zip")
    assert pack.id == "asean-lesson" and len(pack.events) == 6
    assert zipfile.ZipFile(tmp_path / "asean-lesson.zip").namelist() == [
        "asean-lesson/events.yaml", "asean-lesson/pack.yaml", "asean-lesson/schema/include.schema.json",
        "asean-lesson/schema/pack.schema.json"]  # the schema travels with the pack, for the editor
    assert (tmp_path / "asean-handout.pdf").stat().st_size > 0 and (tmp_path / "asean-quiz.xml").stat().st_size > 0
