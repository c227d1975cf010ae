"""Write resources/geo/country-aliases.json: other codes and names of the map's states, for hints.

An instructor who writes ``INA`` (Indonesia's Olympic code), ``ID`` (its ISO alpha-2 code) or
``Indonesia`` where a pack wants ``IDN`` is told so. The table is made once from the country data
of the ``country-converter`` package (ISO 3166 alpha-2, IOC and FIFA codes, short and official
names), which is not needed at run time:

    pip install country-converter && python tools/make_country_aliases.py
"""

from __future__ import annotations

import csv
import json
import sys
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "geo" / "country-aliases.json"
KINDS = {"ISO2": "ISO alpha-2 code", "IOC": "Olympic code", "FIFA": "FIFA code"}


def main() -> int:
    shapes = json.loads((ROOT / "resources" / "geo" / "countries-50m.geojson").read_text(encoding="utf-8"))
    known = {feature["properties"]["iso_a3"] for feature in shapes["features"]}
    table = resources.files("country_converter").joinpath("country_data.tsv").read_text(encoding="utf-8")
    codes: dict[str, dict[str, list[str]]] = {}
    names: dict[str, str] = {}
    for row in csv.DictReader(table.splitlines(), delimiter="\t"):
        iso3 = row["ISO3"]
        if iso3 not in known:
            continue
        for column, kind in KINDS.items():
            code = (row.get(column) or "").strip().upper()
            if code and code != iso3:
                codes.setdefault(code, {}).setdefault(iso3, []).append(kind)
        for column in ("name_short", "name_official"):
            name = " ".join((row.get(column) or "").split()).lower()
            if name:
                names.setdefault(name, iso3)
    OUT.write_text(json.dumps({"codes": dict(sorted(codes.items())), "names": dict(sorted(names.items()))},
                              ensure_ascii=False, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(codes)} codes, {len(names)} names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
