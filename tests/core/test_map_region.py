"""The region a map question frames: around the accepted states, large enough, and not centred on them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sco_app.core.map_region import LEAST, MARGIN, question_frame, union

UZBEKISTAN = (3200.0, 4300.0, 4300.0, 5000.0)  # a small state's projected box, km


def _inside(inner, outer, room) -> bool:
    return (inner[0] - outer[0] >= room[0] - 1e-6 and outer[2] - inner[2] >= room[0] - 1e-6
            and inner[1] - outer[1] >= room[1] - 1e-6 and outer[3] - inner[3] >= room[1] - 1e-6)


def test_a_small_state_is_framed_with_its_neighbours():
    """A small state gets at least the least frame, with room on every side."""
    x0, y0, x1, y1 = frame = question_frame(UZBEKISTAN, "q-find-uzbekistan")
    assert (x1 - x0, y1 - y0) == pytest.approx(LEAST)
    assert _inside(UZBEKISTAN, frame, (MARGIN * LEAST[0], MARGIN * LEAST[1]))


def test_the_frame_depends_on_the_question_not_on_chance():
    """The same question frames the same region every time; different questions place it differently."""
    assert question_frame(UZBEKISTAN, "q1") == question_frame(UZBEKISTAN, "q1")
    centres = {round((f[0] + f[2]) / 2) for f in (question_frame(UZBEKISTAN, f"q{n}") for n in range(20))}
    assert len(centres) > 10


@given(st.floats(-8000, 8000), st.floats(-8000, 8000), st.floats(1, 12000), st.floats(1, 8000), st.text(max_size=20))
def test_the_answer_is_always_inside_the_frame(x, y, w, h, key):
    """Whatever the states' box and the question's id, the box lies inside the frame, off its edges."""
    box = (x, y, x + w, y + h)
    frame = question_frame(box, key)
    assert _inside(box, frame, (MARGIN * (frame[2] - frame[0]) * 0.999, MARGIN * (frame[3] - frame[1]) * 0.999))


def test_union_of_boxes():
    """The union holds every box; no box gives none."""
    assert union([(0, 0, 1, 1), (2, -1, 3, 0.5)]) == (0, -1, 3, 1)
    assert union([]) is None
