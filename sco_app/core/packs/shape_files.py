"""Read the GeoJSON shape of each of a pack's regions (a sea, a region on land), inside the pack and within limits.

A region names its file by a path inside the pack; the file is GeoJSON (RFC 7946): a Polygon or MultiPolygon, or a
Feature or FeatureCollection of them, in longitude and latitude. Every problem is reported where it stands: a
missing file or a path that leaves the pack at the region's ``file`` key, and a problem inside the shape (a syntax
error, a ring that is not closed, a longitude out of range) at its line and column in the GeoJSON file, at most
:data:`MAX_PROBLEMS_PER_FILE` of them.
"""

from __future__ import annotations

import json
from typing import Any, Callable, Iterator

import numpy as np

from sco_app.core.geo import Shape
from sco_app.core.packs import limits
from sco_app.core.packs.crossref import Finding, _items
from sco_app.core.packs.files import FileProblem, PackFiles
from sco_app.core.packs.problems import Problem
from sco_app.core.packs.yaml_reader import Locator

MAX_PROBLEMS_PER_FILE = 10
_SPEC = "GeoJSON (RFC 7946)"


class _ShapeProblem(Exception):
    def __init__(self, path: tuple, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.path, self.message, self.hint = path, message, hint


def read_region_shapes(files: PackFiles, data: dict, note: Callable[[Finding], None],
                       problems: list[Problem]) -> dict[str, tuple[Shape, ...]]:
    """Region id -> its shapes, for each region of the merged pack ``data`` whose file is good. A problem of a
    region's ``file`` key is passed to ``note``; a problem inside a shape file is added to ``problems``."""
    shapes: dict[str, tuple[Shape, ...]] = {}
    points = 0
    for index, region in _items(data, "regions"):
        name, region_id = region.get("file"), region.get("id")
        if not isinstance(name, str) or not isinstance(region_id, str):
            continue
        where = ("regions", index, "file")
        try:
            raw = files.read_bytes(name, limits.MAX_SHAPE_BYTES)
        except FileProblem as exc:
            note(Finding(where, exc.problem.message, exc.problem.hint))
            continue
        display = files.display(name)
        found = _shapes_of(raw, display)
        if isinstance(found, list):
            problems.extend(found)
            continue
        points += sum(len(ring) for shape in found for ring in shape.rings)
        if points > limits.MAX_SHAPE_POINTS:
            note(Finding(where, f"the pack's region shapes have more than {limits.MAX_SHAPE_POINTS:,} points in all",
                         "simplify the shapes (mapshaper.org, QGIS's Simplify): a lesson map needs far fewer"))
            return {}
        shapes[region_id] = found
    return shapes


def _shapes_of(raw: bytes, display: str) -> tuple[Shape, ...] | list[Problem]:
    """The shapes of one GeoJSON file, or the problems that keep it from being used."""
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        return [Problem(display, 1, 1, "the file is not UTF-8 text", hint="save the GeoJSON file as UTF-8")]
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        return [Problem(display, exc.lineno, exc.colno, f"this is not valid JSON: {exc.msg}",
                        hint=f"a region's file is {_SPEC}; check it with a GeoJSON viewer such as geojson.io")]
    except (RecursionError, ValueError):  # nested past Python's stack, or a whole number past 4,300 digits
        return [Problem(display, 1, 1, "this JSON is too deeply nested or holds too long a number to be a shape",
                        hint=f"a region's file is {_SPEC}")]
    shapes: list[Shape] = []
    errors: list[_ShapeProblem] = []
    for path, polygon in _polygons(document, (), errors):
        try:
            shapes.append(_polygon(path, polygon))
        except _ShapeProblem as exc:
            errors.append(exc)
        if len(errors) >= MAX_PROBLEMS_PER_FILE:
            break
    if not errors and not shapes:
        errors.append(_ShapeProblem((), "the file holds no polygon", f"a region's shape is a Polygon or MultiPolygon ({_SPEC})"))
    if errors:
        locator = Locator(text, display)
        return [Problem(display, *locator.locate(e.path), e.message, hint=e.hint) for e in errors[:MAX_PROBLEMS_PER_FILE]]
    return tuple(shapes)


def _polygons(node: Any, path: tuple, errors: list) -> Iterator[tuple[tuple, Any]]:
    """(path, coordinates) of every polygon in a GeoJSON object; what is not one is noted in ``errors``."""
    kind = node.get("type") if isinstance(node, dict) else None
    if kind == "FeatureCollection" and isinstance(node.get("features"), list):
        for index, feature in enumerate(node["features"]):
            yield from _polygons(feature, path + ("features", index), errors)
    elif kind == "Feature" and isinstance(node.get("geometry"), dict):
        yield from _polygons(node["geometry"], path + ("geometry",), errors)
    elif kind == "Polygon" and isinstance(node.get("coordinates"), list):
        yield path + ("coordinates",), node["coordinates"]
    elif kind == "MultiPolygon" and isinstance(node.get("coordinates"), list):
        for index, polygon in enumerate(node["coordinates"]):
            yield path + ("coordinates", index), polygon
    elif kind in ("Point", "MultiPoint", "LineString", "MultiLineString", "GeometryCollection"):
        errors.append(_ShapeProblem(path + ("type",), f"a region's shape is a Polygon or MultiPolygon, not a {kind}",
                                    "draw the region as an area"))
    else:
        errors.append(_ShapeProblem(path, f"this is not a GeoJSON Polygon, MultiPolygon, Feature or FeatureCollection "
                                          "with coordinates", f"see {_SPEC}"))


def _polygon(path: tuple, polygon: Any) -> Shape:
    if not isinstance(polygon, list) or not polygon:
        raise _ShapeProblem(path, "a polygon is a list of rings (its outline, then any holes)")
    rings = []
    for index, ring in enumerate(polygon):
        rings.append(_ring(path + (index,), ring))
    return Shape(tuple(rings))


def _ring(path: tuple, ring: Any) -> np.ndarray:
    if not isinstance(ring, list) or len(ring) < 4:
        raise _ShapeProblem(path, "a ring needs at least four positions, the last the same as the first",
                            "a triangle is four positions: A, B, C, A")
    for index, position in enumerate(ring):
        if (not isinstance(position, list) or len(position) < 2
                or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in position[:2])):
            raise _ShapeProblem(path + (index,), "a position is [longitude, latitude], two numbers")
        lon, lat = position[0], position[1]
        if not (-180 <= lon <= 180 and -90 <= lat <= 90):
            raise _ShapeProblem(path + (index,), f"[{lon}, {lat}] is off the globe: longitude runs from -180 to 180, "
                                "latitude from -90 to 90", "GeoJSON puts the longitude first")
    xy = np.array([position[:2] for position in ring], dtype=np.float64)
    if not np.array_equal(xy[0], xy[-1]):
        raise _ShapeProblem(path + (len(ring) - 1,), "this ring is not closed: its last position must be its first",
                            f"repeat the first position, {ring[0][:2]}, at the end")
    if np.any(np.abs(np.diff(xy[:, 0])) > 180):
        raise _ShapeProblem(path, "this ring crosses the 180th meridian",
                            f"cut the shape in two along 180° longitude, as {_SPEC} asks (section 3.1.9)")
    return xy
