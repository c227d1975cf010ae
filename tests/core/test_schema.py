"""The shipped JSON Schema is current, and the fast and the explaining validator agree."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from sco_app.core.packs import schema_check
from sco_app.core.packs.number_checks import take_bad_numbers
from sco_app.core.packs.yaml_reader import YamlProblems, read_yaml
from sco_app.core.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]
BROKEN = sorted((ROOT / "tests" / "packs" / "broken").glob("*/*.yaml"))


def test_shipped_schema_is_current():
    """resources/schema/*.json are exactly what tools/make_schema.py writes."""
    spec = importlib.util.spec_from_file_location("make_schema", ROOT / "tools" / "make_schema.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name, text in module.rendered().items():
        assert resource_path(f"schema/{name}").read_text(encoding="utf-8") == text, f"run tools/make_schema.py ({name})"


@pytest.mark.parametrize("path", BROKEN, ids=[f"{p.parent.name}/{p.name}" for p in BROKEN])
def test_fast_gate_agrees_with_full_validator(path: Path):
    """For every broken fixture, the fast validator says invalid exactly when the full one finds errors."""
    try:
        data = read_yaml(path.read_text(encoding="utf-8"), path.name)
    except YamlProblems:
        pytest.skip("not readable YAML: nothing to validate")
    take_bad_numbers(data)  # as the loader does before the schema sees the data
    name = schema_check.PACK_SCHEMA if path.name == "pack.yaml" else schema_check.INCLUDE_SCHEMA
    full = list(schema_check._explainer(name).iter_errors(data))
    assert schema_check.is_valid(data, name) == (not full)
