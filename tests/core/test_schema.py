"""The shipped JSON Schema is current, and every error it finds is explained."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from sco_app.core.packs import schema_check
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
def test_invalid_exactly_when_explained(path: Path):
    """For every broken fixture, the validator says invalid exactly when it explains at least one error."""
    try:
        data = read_yaml(path.read_text(encoding="utf-8"), path.name)
    except YamlProblems:
        pytest.skip("not readable YAML: nothing to validate")
    name = schema_check.PACK_SCHEMA if path.name == "pack.yaml" else schema_check.INCLUDE_SCHEMA
    explained = list(schema_check.schema_errors(data, name))
    assert schema_check.is_valid(data, name) == (not explained)
