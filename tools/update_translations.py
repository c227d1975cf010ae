"""Update resources/translations/*.ts from the UI's tr() strings, and compile them to .qm files.

    python tools/update_translations.py            # lupdate (keeps existing translations) + lrelease
    python tools/update_translations.py --release  # only compile the .ts files

A test compiles the .ts files again and checks that the shipped .qm files are the same.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
sys.path.insert(0, str(ROOT))  # the package from this checkout, installed or not

from sco_app.core.languages import translated_languages  # noqa: E402 - the one list of interface languages


def tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        raise SystemExit(f"{name} not found: it comes with PySide6 (pip install PySide6-Essentials)")
    return found


FSTRINGS = ROOT / "sco_app" / "ui" / "_tr_in_fstrings.py"


def sources() -> list[str]:
    return [str(p.relative_to(ROOT)) for p in sorted((ROOT / "sco_app" / "ui").glob("*.py"))] + ["sco_app/app.py"]


def tr_in_fstrings(paths: list[Path]) -> list[tuple[str, str]]:
    """(class, text) of every ``self.tr("...")`` written inside an f-string, which lupdate cannot see."""
    found: list[tuple[str, str]] = []

    class Visitor(ast.NodeVisitor):
        def __init__(self) -> None:
            self.classes: list[str] = []
            self.in_fstring = 0

        def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802 - ast's naming
            self.classes.append(node.name)
            self.generic_visit(node)
            self.classes.pop()

        def visit_JoinedStr(self, node: ast.JoinedStr) -> None:  # noqa: N802
            self.in_fstring += 1
            self.generic_visit(node)
            self.in_fstring -= 1

        def visit_Call(self, node: ast.Call) -> None:  # noqa: N802
            func = node.func
            if (self.in_fstring and self.classes and isinstance(func, ast.Attribute) and func.attr == "tr"
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found.append((self.classes[-1], node.args[0].value))
            self.generic_visit(node)

    for path in paths:
        Visitor().visit(ast.parse(path.read_text(encoding="utf-8")))
    return sorted(set(found))


def write_fstring_markers() -> None:
    paths = [p for p in sorted((ROOT / "sco_app" / "ui").glob("*.py")) if p != FSTRINGS]
    lines = ['"""Written by tools/update_translations.py: the tr() texts that stand inside f-strings, listed', 
             "so that lupdate finds them (it does not look inside f-strings). Do not edit by hand.", '"""', "",
             "from PySide6.QtCore import QT_TRANSLATE_NOOP", "", "TEXTS = ("]
    lines += [f"    QT_TRANSLATE_NOOP({context!r}, {text!r})," for context, text in tr_in_fstrings(paths)]
    lines += [")", ""]
    FSTRINGS.write_text("\n".join(lines), encoding="utf-8")


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, cwd=ROOT, capture_output=True)


def main() -> int:
    for language in translated_languages():
        ts = FOLDER / f"sco_app_{language}.ts"
        if "--release" not in sys.argv:
            write_fstring_markers()
            subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-ts", str(ts.relative_to(ROOT))],
                           check=True, cwd=ROOT)
        release(ts, FOLDER / f"sco_app_{language}.qm")
        print(f"wrote {ts.name} and sco_app_{language}.qm")
    return 0


if __name__ == "__main__":
    sys.exit(main())
