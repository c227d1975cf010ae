"""Compile the shipped country and disputed-area shapes into the arrays that ship (``resources/geo/compiled``).

    python tools/compile_base_map.py

Run it after changing ``resources/geo/countries-50m.geojson`` or ``disputed-areas.geojson``: the app uses the
compiled arrays only while they match the files' hashes (a test says when they do not).
"""

from __future__ import annotations

from pathlib import Path

from sco_app.core import base_map

ROOT = Path(__file__).resolve().parents[1]

if __name__ == "__main__":
    folder = ROOT / "resources" / base_map.SHIPPED
    base_map.ship(folder)
    print(f"wrote {folder.relative_to(ROOT)}: {', '.join(sorted(p.name for p in folder.iterdir()))}")
