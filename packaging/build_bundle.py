"""Build sco-app's one-folder bundle with PyInstaller, and check that it runs.

    python packaging/build_bundle.py                  # -> bundle/ (sco-app and its _internal/ folder)
    python packaging/build_bundle.py --out DIR --check

Run it with the Python of an environment where sco-app is installed with its "bundle" extra
(``pip install ".[bundle]"``), on the OS the bundle is for: PyInstaller does not cross-build. The
bundle holds Python, Qt and every library, the lesson packs, maps, translations and schema; it needs
nothing installed. ``--check`` runs it as CI does: ``--version``, ``validate`` and ``render`` of a
PNG with no display, from a folder far from this checkout and with an empty home folder.
The bundle's BUILD-INFO.txt names the versions it was built from: built again from the same versions on
the same OS, every file of the bundle comes out byte for byte the same.
"""

from __future__ import annotations

import argparse
import importlib.metadata as metadata
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "sco-app.spec"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""


def build(out: Path) -> float:
    """Run PyInstaller on the spec; put the bundle at ``out``; return the seconds it took."""
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="sco-app-bundle-") as scratch:
        env = dict(os.environ, PYTHONHASHSEED="0")  # the same bytecode and order from the same sources
        subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                        "--distpath", str(Path(scratch) / "dist"), "--workpath", str(Path(scratch) / "work"),
                        str(SPEC)], check=True, cwd=ROOT, env=env)
        if out.exists():
            shutil.rmtree(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(Path(scratch) / "dist" / "bundle"), str(out))
        for app in (Path(scratch) / "dist").glob("*.app"):  # macOS: the application bundle goes inside
            shutil.move(str(app), str(out / app.name))
    (out / "BUILD-INFO.txt").write_text(build_info(), encoding="utf-8")
    return time.monotonic() - started


def build_info() -> str:
    """What the bundle was built from: sco-app's version, Python, the OS, and each library's version."""
    names = ["sco-app", "pyinstaller"]
    for requirement in metadata.requires("sco-app") or []:
        if "extra ==" not in requirement:
            names.append(re.split(r"[\s<>=!~;\[(]", requirement, maxsplit=1)[0])
    lines = ["sco-app bundle, built with packaging/sco-app.spec (no date: the same versions give the same bytes)",
             f"python {platform.python_version()} ({platform.python_implementation()})",
             f"os {platform.system()} {platform.release()} {platform.machine()}"]
    for name in names:
        try:
            lines.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            lines.append(f"{name} (not installed)")
    return "\n".join(lines) + "\n"


def check(out: Path) -> None:
    """Run the bundle's smoke test; raise SystemExit with what failed."""
    program = out / f"sco-app{EXE_SUFFIX}"
    with tempfile.TemporaryDirectory(prefix="sco-app-smoke-") as scratch:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=scratch, USERPROFILE=scratch,
                   XDG_CONFIG_HOME=str(Path(scratch) / "config"), SCO_APP_DATA_DIR=str(Path(scratch) / "data"),
                   XDG_CACHE_HOME=str(Path(scratch) / "cache"), LOCALAPPDATA=str(Path(scratch) / "local"))
        picture = Path(scratch) / "smoke.png"
        for args in (["--version"], ["validate"],
                     ["render", "--view", "main", "--event", "peace-mission-2007", "--lang", "id", "--out", str(picture)]):
            started = time.monotonic()
            result = subprocess.run([str(program), *args], cwd=scratch, env=env, capture_output=True, text=True,
                                    timeout=300)
            print(f"  {program.name} {' '.join(args[:1])}: exit {result.returncode} in {time.monotonic() - started:.1f} s; "
                  f"{(result.stdout.strip().splitlines() or [''])[-1][:100]}")
            if result.returncode != 0:
                raise SystemExit(f"the bundle failed: sco-app {' '.join(args)}\n{result.stdout}{result.stderr}")
        if not picture.exists() or picture.stat().st_size < 10_000:
            raise SystemExit("the bundle's render wrote no picture")
        made = sorted(str(p.relative_to(scratch)) for p in Path(scratch).rglob("*")
                      if p.parent.name in ("packs", "map-projected")
                      and p.parent.parent.name.lower() in ("sco-app", "cache"))
        if made:  # (a first start on the built-in lesson checks and projects nothing: what ships was made for it)
            raise SystemExit(f"the bundle's first start made what ships made ahead (resources/start): {made}")


def size_of(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=str(ROOT / "bundle"), help="where to put the bundle (default: bundle/)")
    parser.add_argument("--check", action="store_true", help="then run the bundle's smoke test")
    args = parser.parse_args()
    out = Path(args.out).resolve()
    seconds = build(out)
    print(f"built {out} in {seconds:.0f} s: {size_of(out) / 2**20:.0f} MiB")
    if args.check:
        check(out)
        print("the bundle runs: --version, validate and render all passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
