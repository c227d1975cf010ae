"""Which part of the map a map question shows: the region it asks about, without pointing at the answer.

A frame centred on the right state would give it away, so the frame is larger than the states a question accepts
and placed around them at an offset drawn from the question's id: the same question always shows the same region,
and the answer may sit anywhere in it, never at its edge. Coordinates are the map's projected kilometres.
"""

from __future__ import annotations

import hashlib

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 (x0 <= x1, y0 <= y1)

LEAST = (4500.0, 3000.0)  # km: the least a question frames, so that a small state keeps its neighbours around it
GROW = 1.8  # a large answer is framed at this many times its size
MARGIN = 0.1  # of the frame: the answer keeps at least this much room from each edge


def _fractions(key: str) -> tuple[float, float]:
    """Two numbers in [0, 1] drawn from ``key`` (the same key, the same numbers, on every computer)."""
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") / 0xFFFFFFFF, int.from_bytes(digest[4:8], "big") / 0xFFFFFFFF


def question_frame(answer: Box, key: str, least: tuple[float, float] = LEAST) -> Box:
    """The frame for a question whose accepted states lie in ``answer``; ``key`` (the question's id) places it."""
    x0, y0, x1, y1 = answer
    width, height = max((x1 - x0) * GROW, least[0]), max((y1 - y0) * GROW, least[1])
    fx, fy = _fractions(key)
    left = x0 - MARGIN * width - fx * max(width * (1 - 2 * MARGIN) - (x1 - x0), 0.0)
    top = y0 - MARGIN * height - fy * max(height * (1 - 2 * MARGIN) - (y1 - y0), 0.0)
    return left, top, left + width, top + height


def union(boxes) -> Box | None:
    """The smallest box holding every one of ``boxes`` (None for none)."""
    boxes = list(boxes)
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
