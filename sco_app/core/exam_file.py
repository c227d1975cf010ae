"""An instructor's exam file: the settings of an exam on a pack, in a small YAML file checked like a pack.

```yaml
format: 1
pack: sco-balancing          # optional: the exam is refused on another pack
title: Midterm, week 7
questions: 20
types: [theory, choice, sort]
minutes: 30                  # the clock runs from the start, also while the app is closed ...
clock: runs                  # ... or "pauses": it counts only while the exam is open
pass_mark: 60
shuffle: true
feedback: false              # no right answers on the result page
back_to_skipped: true        # a skipped question may be answered later
```

What the file leaves out stays as the pack's ``quiz: exam:`` says. Every problem is reported at once as
``file:line:col`` with a hint, never as a traceback; the schema is ``resources/schema/exam.schema.json``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from sco_app.core import quiz
from sco_app.core.exam_settings import settings_from_pack_data
from sco_app.core.model import ANY, ExamSettings, LessonPack, Text
from sco_app.core.packs import limits
from sco_app.core.packs.problems import Problem, Severity
from sco_app.core.packs.schema_check import EXAM_SCHEMA, schema_errors
from sco_app.core.packs.yaml_reader import Locator, YamlProblems, read_yaml


@dataclass(frozen=True)
class ExamFile:
    settings: ExamSettings  # the pack's exam settings with the file's in their place
    title: Text | None = None
    pack_id: str | None = None


class ExamFileError(Exception):
    """An exam file that cannot be used; :attr:`problems` lists every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        errors = [p for p in problems if p.severity is Severity.ERROR]
        super().__init__(f"{len(errors)} error(s) in the exam file; first: {errors[0].format() if errors else '-'}")


def check_exam_file(path: str | Path, pack: LessonPack) -> tuple[ExamFile | None, list[Problem]]:
    """The exam the file at ``path`` sets for ``pack``, and every problem; no exam when there are errors."""
    path = Path(path)
    shown = str(path)
    try:
        data = path.read_bytes()
        if len(data) > limits.MAX_YAML_BYTES:
            return None, [Problem(shown, 1, 1, "the file is too large for an exam file")]
        text = data.decode("utf-8").removeprefix("\ufeff")
        raw = read_yaml(text, shown)
    except OSError as exc:
        return None, [Problem(shown, 1, 1, f"cannot read the exam file: {exc.strerror or exc}")]
    except UnicodeDecodeError:
        return None, [Problem(shown, 1, 1, "the file is not UTF-8 text", hint="save it as UTF-8")]
    except YamlProblems as exc:
        return None, list(exc.problems)
    locator = Locator(text, shown)

    def at(key_path: tuple, message: str, hint: str | None = None, at_key: bool = False,
           severity: Severity = Severity.ERROR) -> Problem:
        line, column = locator.locate(key_path, key=at_key)
        return Problem(shown, line, column, message, severity, hint, key_path)

    if not isinstance(raw, dict):
        return None, [at((), "an exam file holds keys and values (format: 1, questions: 20, ...)")]
    problems = [at(key_path, message, hint, at_key) for key_path, at_key, message, hint in schema_errors(raw, EXAM_SCHEMA)]
    if isinstance(raw.get("pack"), str) and raw["pack"] != pack.id:
        problems.append(at(("pack",), f"this exam is for the pack {raw['pack']!r}, not {pack.id!r}",
                           "open the pack the exam was written for, or change 'pack'"))
    if problems:
        return None, sorted(problems, key=Problem.sort_key)
    settings = settings_from_pack_data(raw, pack.exam)
    available = sum(q.type in settings.types for q in quiz.questions_of(pack))
    if available < settings.questions:
        problems.append(at(("questions",) if "questions" in raw else ("types",),
                           f"the pack has {available} questions of these types, fewer than {settings.questions}",
                           "the exam will ask all of them", severity=Severity.WARNING))
    title = raw.get("title")
    title = None if title is None else Text(MappingProxyType({ANY: title} if isinstance(title, str) else dict(title)))
    return ExamFile(settings, title, raw.get("pack")), problems


def load_exam_file(path: str | Path, pack: LessonPack) -> ExamFile:
    """The exam of the file at ``path`` for ``pack``; raise :class:`ExamFileError` listing every problem."""
    exam, problems = check_exam_file(path, pack)
    if exam is None:
        raise ExamFileError(problems)
    return exam
