"""The pack format's JSON Schema where an instructor's editor can find it, wherever a pack lives.

After ``pip install`` the schema sits inside the installed package; :func:`schema_folder` says where,
and :func:`write_schema` copies it next to a pack (``new-pack`` does so), so that the binding line
``# yaml-language-server: $schema=schema/pack.schema.json`` works in any folder, on any computer,
with no network: both files are self-contained and named by ``urn:`` ids that no tool downloads.
"""

from __future__ import annotations

import os
from pathlib import Path

from sco_app.core.authoring import AuthoringError
from sco_app.core.resources import resource_path

SCHEMA_FILES = ("pack.schema.json", "include.schema.json")
PACK_SCHEMA_DIR = "schema"
"""The folder of a pack that ``new-pack`` copies the schema into."""


def schema_folder() -> Path:
    """The folder of the installed app that holds the schema files."""
    return resource_path("schema")


def write_schema(folder: str | Path) -> list[Path]:
    """Copy both schema files into ``folder`` (made if missing); return the files written."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for name in SCHEMA_FILES:
            target = folder / name
            target.write_bytes((schema_folder() / name).read_bytes())
            written.append(target)
    except OSError as exc:
        raise AuthoringError(f"cannot write the schema into {folder}: {exc.strerror or exc}") from None
    return written


def binding_line(yaml_file: str, pack_file: bool, schema_dir: str = PACK_SCHEMA_DIR) -> str:
    """The editor's binding line for ``yaml_file`` (a path inside the pack), pointing at the pack's copy."""
    name = SCHEMA_FILES[0] if pack_file else SCHEMA_FILES[1]
    relative = os.path.relpath(f"{schema_dir}/{name}", os.path.dirname(yaml_file) or ".").replace(os.sep, "/")
    return f"# yaml-language-server: $schema={relative}"
