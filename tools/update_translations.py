"""Update resources/translations/*.ts from the UI's tr() strings, and compile them to .qm files.

    python tools/update_translations.py            # lupdate (keeps existing translations) + lrelease
    python tools/update_translations.py --release  # only compile the .ts files

A test compiles the .ts files again and checks that the shipped .qm files are the same.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ["id"]


def tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        raise SystemExit(f"{name} not found: it comes with PySide6 (pip install PySide6-Essentials)")
    return found


def sources() -> list[str]:
    return [str(p.relative_to(ROOT)) for p in sorted((ROOT / "sco_app" / "ui").glob("*.py"))] + ["sco_app/app.py"]


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, cwd=ROOT, capture_output=True)


def main() -> int:
    for language in LANGUAGES:
        ts = FOLDER / f"sco_app_{language}.ts"
        if "--release" not in sys.argv:
            subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-ts", str(ts.relative_to(ROOT))],
                           check=True, cwd=ROOT)
        release(ts, FOLDER / f"sco_app_{language}.qm")
        print(f"wrote {ts.name} and sco_app_{language}.qm")
    return 0


if __name__ == "__main__":
    sys.exit(main())
