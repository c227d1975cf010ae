"""The shipped JSON Schema is current, and every error it finds is explained."""

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
def test_invalid_exactly_when_explained(path: Path):
    """For every broken fixture, the validator says invalid exactly when it explains at least one error."""
    try:
        data = read_yaml(path.read_text(encoding="utf-8"), path.name)
    except YamlProblems:
        pytest.skip("not readable YAML: nothing to validate")
    take_bad_numbers(data)  # as the loader does before the schema sees the data
    name = schema_check.PACK_SCHEMA if path.name == "pack.yaml" else schema_check.INCLUDE_SCHEMA
    explained = list(schema_check.schema_errors(data, name))
    assert schema_check.is_valid(data, name) == (not explained)


def test_the_schema_is_self_contained_and_names_no_host():
    """Both schema files refer only inside themselves and are named by urn: ids that no tool downloads."""
    import json

    for name in (schema_check.PACK_SCHEMA, schema_check.INCLUDE_SCHEMA):
        text = resource_path(f"schema/{name}").read_text(encoding="utf-8")
        refs = {r for r in __import__("re").findall(r'"\$ref": "([^"]*)"', text)}
        assert all(r.startswith("#") for r in refs), name
        assert json.loads(text)["$id"].startswith("urn:sco-app:")


def test_check_jsonschema_accepts_the_shipped_packs_offline():
    """The standard check-jsonschema tool validates every file of the shipped packs against the schema,
    with no network (the schema needs none)."""
    import shutil
    import subprocess
    import sys

    tool = shutil.which("check-jsonschema", path=str(Path(sys.executable).parent))
    if tool is None:
        pytest.skip("check-jsonschema is not installed (pip install '.[test]')")
    schema_dir = resource_path("schema")
    packs = sorted(pack for pack in (ROOT / "lessons").iterdir() if (pack / "pack.yaml").is_file())
    files = {"pack.schema.json": [str(pack / "pack.yaml") for pack in packs],  # (one run of the tool a schema)
             "include.schema.json": sorted(str(p) for pack in packs for p in pack.glob("*.yaml") if p.name != "pack.yaml")}
    assert files["pack.schema.json"] and files["include.schema.json"]
    for schema_name, paths in files.items():
        done = subprocess.run([tool, "--schemafile", str(schema_dir / schema_name), *paths],
                              capture_output=True, text=True, env={"PATH": "", "HOME": str(ROOT), "NO_PROXY": "*",
                                                                   "https_proxy": "http://127.0.0.1:9"})
        assert done.returncode == 0, done.stdout + done.stderr
