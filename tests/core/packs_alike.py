"""Two lesson packs compared whole: the model's classes compare with ``==``, except a region's outlines, numpy
arrays, which compare by their numbers."""

from __future__ import annotations

from dataclasses import replace

import numpy as np


def _rings(pack) -> list:
    return [ring for region in pack.regions for shape in region.shapes for ring in shape.rings]


def alike(first, second) -> bool:
    """Whether two packs hold the same (their outlines the same numbers, in the same order)."""
    def outlined(pack):
        return replace(pack, regions=tuple(replace(region, shapes=len(region.shapes)) for region in pack.regions))

    rings, others = _rings(first), _rings(second)
    return (outlined(first) == outlined(second) and len(rings) == len(others)
            and all(a.dtype == b.dtype and np.array_equal(a, b) for a, b in zip(rings, others)))
