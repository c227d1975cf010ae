"""Randomly damaged copies of the SCO pack either load or raise PackError: never anything else, never a
fault of the checker, and never a hang. The damage includes whole numbers of any size (5,000 digits
too), floats that are not finite, and very long strings.

The suite runs 80 examples a test; for a deeper search run ``HYPOTHESIS_PROFILE=deep pytest tests/core/test_pack_fuzz.py``.
"""

from __future__ import annotations

import contextlib
import functools
import signal
import tempfile
import time
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sco_app.core.model import LessonPack
from sco_app.core.packs import PackError, load_pack, schema_check
from sco_app.core.packs.loader import INTERNAL_ERROR
from sco_app.core.packs.number_checks import take_bad_numbers
from sco_app.core.packs.yaml_reader import YamlProblems, read_yaml
from sco_app.core.resources import lessons_dir

SCO = lessons_dir() / "sco-balancing"
FILES = {p.name: p.read_text(encoding="utf-8") for p in sorted(SCO.glob("*.yaml"))}
NAMES = sorted(FILES)
NASTY = list(":[]{}-&*!|>'\"#%@`,?\t\n\\") + ["\0", "\ufeff", "<<: ", "*a", "&a ", "!!binary ", "  ", "---\n", "é", "\x85",
                                           " " + "9" * 5000, " -0x" + "f" * 4000, " .nan", " .inf", " -.inf", " 1e999",
                                           " " + "long text " * 1200]
SECONDS = 20


@contextlib.contextmanager
def time_limit(seconds: int):
    """Fail the example (instead of hanging the suite) if loading takes longer than ``seconds``."""
    def expire(signum, frame):
        raise TimeoutError(f"loading took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _load(files: dict[str, str | bytes]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for name, content in files.items():
            path = Path(tmp) / name
            path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass"))
        start = time.monotonic()
        with time_limit(SECONDS):
            try:
                pack = load_pack(tmp)
            except PackError as exc:
                assert exc.problems, "a PackError must carry its problems"
                assert all(p.line >= 1 and p.column >= 1 and p.message for p in exc.problems)
                assert not [p for p in exc.problems if p.message.startswith(INTERNAL_ERROR)], "a fault of the checker"
            else:
                assert isinstance(pack, LessonPack)
        assert time.monotonic() - start < SECONDS


EDITS = ["insert", "replace", "truncate", "drop-line", "repeat-line", "indent", "raw-bytes"]


@st.composite
def text_damage(draw) -> tuple[str, list[tuple]]:
    """One file of the pack and one to three edits of its text (kept small so failures print well)."""
    name = draw(st.sampled_from(NAMES))
    size = len(FILES[name])
    edits = []
    for _ in range(draw(st.integers(1, 3))):
        edit = draw(st.sampled_from(EDITS))
        at = draw(st.integers(0, max(size - 1, 0)))
        extra = draw(st.sampled_from(NASTY) | st.text(max_size=12)) if edit in ("insert", "replace") else (
            draw(st.binary(min_size=1, max_size=4)) if edit == "raw-bytes" else draw(st.integers(1, 4)))
        edits.append((edit, at, extra))
    return name, edits


def apply_text_damage(name: str, edits: list[tuple]) -> dict[str, str | bytes]:
    files: dict[str, str | bytes] = dict(FILES)
    text = files[name]
    for edit, at, extra in edits:
        at = min(at, max(len(text) - 1, 0))
        lines = text.splitlines(keepends=True)
        line = min(text[:at].count("\n"), max(len(lines) - 1, 0))
        if edit == "insert":
            text = text[:at] + extra + text[at:]
        elif edit == "replace":
            text = text[:at] + extra[:1] + text[at + 1:]
        elif edit == "truncate":
            text = text[:at]
        elif edit == "drop-line" and lines:
            text = "".join(lines[:line] + lines[line + 1:])
        elif edit == "repeat-line" and lines:
            text = "".join(lines[:line + 1] + lines[line:])
        elif edit == "indent" and lines:
            lines[line] = " " * extra + lines[line]
            text = "".join(lines)
        elif edit == "raw-bytes":
            data = text.encode("utf-8")
            files[name] = data[:at] + extra + data[at:]
            return files
    files[name] = text
    return files


HUGE = "HUGE-INTEGER-GOES-HERE"  # written as a 5,000-digit number (PyYAML cannot write one itself)
HOSTILE = st.one_of(  # numbers no pack can mean, and strings past the length limits
    st.just(HUGE), st.integers(), st.integers(-10**40, 10**40), st.floats(),
    st.sampled_from([float("nan"), float("inf"), -float("inf")]),
    st.text(min_size=300, max_size=400), st.sampled_from(["w" * 10_001, "é" * 20_000, "x" * 101, "y" * 2001]),
)
VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=False), st.text(max_size=20), HOSTILE,
    st.sampled_from(["2005-02-30", "9999-12-31", "0000", "XYZ", "balance-of-power", "tulip-revolution", "en", "id"]),
    st.lists(st.text(max_size=5), max_size=3), st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=2),
)


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, prefix + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, prefix + (index,))


@functools.cache
def paths_in(name: str) -> list[tuple]:
    """The path of every value in the file ``name`` (read once)."""
    return [p for p in _paths(read_yaml(FILES[name], name)) if p]


@st.composite
def data_damage(draw) -> tuple[str, tuple, str, object]:
    """One value somewhere in the pack's data replaced, removed or duplicated: (file, path, action, value)."""
    name = draw(st.sampled_from(NAMES))
    path = draw(st.sampled_from(paths_in(name)))
    action = draw(st.sampled_from(["set", "delete", "duplicate"]))
    return name, path, action, draw(VALUES) if action == "set" else None


def apply_data_damage(name: str, path: tuple, action: str, value) -> dict[str, str]:
    data = read_yaml(FILES[name], name)
    parent = data
    for part in path[:-1]:
        parent = parent[part]
    if action == "set":
        parent[path[-1]] = value
    elif action == "delete":
        del parent[path[-1]]
    elif isinstance(parent, list):
        parent.append(parent[path[-1]])
    else:
        parent[path[-1] + "x" if isinstance(path[-1], str) else path[-1]] = parent[path[-1]]
    return {**FILES, name: dump(data).replace(HUGE, "9" * 5000)}


def dump(data) -> str:
    """``data`` as YAML text, written by libyaml's emitter where PyYAML has it (several times faster than PyYAML's
    own, which took most of these tests' time), or by PyYAML's where libyaml's text would not read back as the same
    data (it writes some control characters so that they read back otherwise) or libyaml is missing."""
    options = {"allow_unicode": True, "sort_keys": False, "width": 1_000_000}
    if hasattr(yaml, "CSafeDumper"):
        text = yaml.dump(data, Dumper=yaml.CSafeDumper, **options)
        with contextlib.suppress(YamlProblems):
            if repr(read_yaml(text, "dumped")) == repr(data):
                return text
    return yaml.dump(data, Dumper=yaml.SafeDumper, **options)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_damage())
def test_damaged_text_loads_or_raises_pack_error(damage):
    """Edits to the YAML text of any file never escape as anything but PackError."""
    _load(apply_text_damage(*damage))


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data_damage())
def test_damaged_data_loads_or_raises_pack_error(damage):
    """Wrong values, missing keys and duplicated items never escape as anything but PackError."""
    _load(apply_data_damage(*damage))


@st.composite
def hostile_value(draw) -> tuple[str, tuple, str, object]:
    """One value somewhere in the pack replaced by a hostile number or a very long string."""
    name = draw(st.sampled_from(NAMES))
    return name, draw(st.sampled_from(paths_in(name))), "set", draw(HOSTILE)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_value())
def test_hostile_numbers_and_long_strings_anywhere_are_reported(damage):
    """A 5,000-digit number, NaN, infinity or a string past its limit in place of any value: a PackError
    with located problems (or a pack, where it fits), never a fault of the checker."""
    _load(apply_data_damage(*damage))


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data_damage())
def test_every_schema_error_is_explained(damage):
    """A file the schema rejects gets at least one explained problem, and a file it accepts none."""
    for name, text in apply_data_damage(*damage).items():
        try:
            data = read_yaml(text, name)
        except YamlProblems:
            continue
        take_bad_numbers(data)  # as the loader does before the schema sees the data
        schema = schema_check.PACK_SCHEMA if name == "pack.yaml" else schema_check.INCLUDE_SCHEMA
        explained = list(schema_check.schema_errors(data, schema))
        assert schema_check.is_valid(data, schema) == (not explained)
        assert all(message for _path, _at_key, message, _hint in explained)
