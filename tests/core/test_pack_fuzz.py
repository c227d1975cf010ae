"""Randomly damaged copies of the SCO pack either load or raise PackError: never anything else,
and never a hang."""

from __future__ import annotations

import contextlib
import signal
import tempfile
import time
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sco_app.core.model import LessonPack
from sco_app.core.packs import PackError, load_pack, schema_check
from sco_app.core.packs.yaml_reader import YamlProblems, read_yaml
from sco_app.core.resources import lessons_dir

SCO = lessons_dir() / "sco-balancing"
FILES = {p.name: p.read_text(encoding="utf-8") for p in sorted(SCO.glob("*.yaml"))}
NAMES = sorted(FILES)
NASTY = list(":[]{}-&*!|>'\"#%@`,?\t\n\\") + ["\0", "\ufeff", "<<: ", "*a", "&a ", "!!binary ", "  ", "---\n", "é", "\x85"]
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
            else:
                assert isinstance(pack, LessonPack)
        assert time.monotonic() - start < SECONDS


@st.composite
def text_damage(draw) -> dict[str, str | bytes]:
    """One file of the pack with one to three edits of its text."""
    files: dict[str, str | bytes] = dict(FILES)
    name = draw(st.sampled_from(NAMES))
    text = files[name]
    for _ in range(draw(st.integers(1, 3))):
        lines = text.splitlines(keepends=True)
        at = draw(st.integers(0, max(len(text) - 1, 0)))
        line = draw(st.integers(0, max(len(lines) - 1, 0)))
        edit = draw(st.sampled_from(["insert", "replace", "truncate", "drop-line", "repeat-line", "indent", "raw-bytes"]))
        if edit == "insert":
            text = text[:at] + draw(st.sampled_from(NASTY) | st.text(max_size=12)) + text[at:]
        elif edit == "replace":
            text = text[:at] + draw(st.sampled_from(NASTY)) + text[at + 1:]
        elif edit == "truncate":
            text = text[:at]
        elif edit == "drop-line" and lines:
            text = "".join(lines[:line] + lines[line + 1:])
        elif edit == "repeat-line" and lines:
            text = "".join(lines[:line + 1] + lines[line:])
        elif edit == "indent" and lines:
            lines[line] = " " * draw(st.integers(1, 4)) + lines[line]
            text = "".join(lines)
        elif edit == "raw-bytes":
            files[name] = text.encode("utf-8")[:at] + draw(st.binary(min_size=1, max_size=4)) + text.encode("utf-8")[at:]
            return files
    files[name] = text
    return files


VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=False), st.text(max_size=20),
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


@st.composite
def data_damage(draw) -> dict[str, str]:
    """One value somewhere in the pack's data replaced, removed or duplicated."""
    name = draw(st.sampled_from(NAMES))
    data = read_yaml(FILES[name], name)
    paths = [p for p in _paths(data) if p]
    path = draw(st.sampled_from(paths))
    parent = data
    for part in path[:-1]:
        parent = parent[part]
    action = draw(st.sampled_from(["set", "delete", "duplicate"]))
    if action == "set":
        parent[path[-1]] = draw(VALUES)
    elif action == "delete":
        del parent[path[-1]]
    elif isinstance(parent, list):
        parent.append(parent[path[-1]])
    else:
        parent[path[-1] + "x" if isinstance(path[-1], str) else path[-1]] = parent[path[-1]]
    return {**FILES, name: yaml.safe_dump(data, allow_unicode=True, sort_keys=False)}


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_damage())
def test_damaged_text_loads_or_raises_pack_error(files):
    """Edits to the YAML text of any file never escape as anything but PackError."""
    _load(files)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data_damage())
def test_damaged_data_loads_or_raises_pack_error(files):
    """Wrong values, missing keys and duplicated items never escape as anything but PackError."""
    _load(files)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data_damage())
def test_fast_and_full_schema_validators_agree(files):
    """The fast validator lets nothing through that the full one would reject, and the reverse."""
    for name, text in files.items():
        try:
            data = read_yaml(text, name)
        except YamlProblems:
            continue
        schema = schema_check.PACK_SCHEMA if name == "pack.yaml" else schema_check.INCLUDE_SCHEMA
        full = list(schema_check._explainer(schema).iter_errors(data))
        assert schema_check.is_valid(data, schema) == (not full)
