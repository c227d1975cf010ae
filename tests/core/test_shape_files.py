"""A pack's region shapes are read within limits: a file too large, or too many points in all, is a located error."""

from __future__ import annotations

import shutil
from pathlib import Path

from sco_app.core.packs import check_pack, limits
from sco_app.core.resources import lessons_dir


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "admm"
    shutil.copytree(lessons_dir() / "admm-defence", folder)
    return folder


def _problems(folder: Path) -> list[str]:
    return [f"{Path(p.file).name}:{p.line}: {p.message}" for p in check_pack(folder).problems]


def test_a_shape_file_over_its_size_limit_is_reported_at_the_regions_file_key(tmp_path, monkeypatch):
    """A GeoJSON file larger than the limit is not read; the error stands at the region's 'file' in pack.yaml."""
    folder = _copy(tmp_path)
    monkeypatch.setattr(limits, "MAX_SHAPE_BYTES", 100)
    size = (folder / "shapes" / "south-china-sea.geojson").stat().st_size
    assert _problems(folder) == [f"pack.yaml:145: the file is {size:,} bytes; the limit is 100"]


def test_too_many_points_in_all_is_reported_and_no_shape_is_kept(tmp_path, monkeypatch):
    """More points in all the shapes than the limit allows is an error with a hint to simplify them."""
    folder = _copy(tmp_path)
    monkeypatch.setattr(limits, "MAX_SHAPE_POINTS", 10)
    report = check_pack(folder)
    assert [p.message for p in report.problems] == ["the pack's region shapes have more than 10 points in all"]
    assert "simplify" in report.problems[0].hint and report.pack is None


def test_the_shipped_sea_is_well_within_the_limits():
    """The example pack's sea has a few dozen points, far below the limits."""
    (sea,) = check_pack(lessons_dir() / "admm-defence").pack.regions
    points = sum(len(ring) for shape in sea.shapes for ring in shape.rings)
    assert 10 < points < limits.MAX_SHAPE_POINTS // 100
