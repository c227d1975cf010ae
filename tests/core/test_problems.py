"""Hints for a misspelt or shortened name: the closest names a pack has."""

from __future__ import annotations

from sco_app.core.packs.problems import closest, did_you_mean

EVENTS = ["tulip-revolution", "andijan-unrest", "peace-mission-2005", "peace-mission-2007", "sco-founded"]


def test_a_misspelling_gets_the_closest_name():
    """A close spelling is named, as before."""
    assert closest("andijan-unrst", EVENTS) == ["andijan-unrest"]
    assert did_you_mean("andijan-unrst", EVENTS) == "did you mean 'andijan-unrest'?"


def test_the_start_of_a_name_gets_the_whole_name():
    """"tulip" is completed to "tulip-revolution" (too far for a spelling match)."""
    assert closest("tulip", EVENTS) == ["tulip-revolution"]
    assert did_you_mean("Tulip", EVENTS) == "did you mean 'tulip-revolution'?"


def test_a_part_of_a_name_and_several_names():
    """A word that begins a part of names lists them, those starting with it first, at most three."""
    assert closest("mission", EVENTS) == ["peace-mission-2005", "peace-mission-2007"]
    assert did_you_mean("peace", EVENTS) == "did you mean 'peace-mission-2005' or 'peace-mission-2007'?"
    assert len(closest("p", ["pa", "pb", "pc", "pd"] * 2)) <= 3


def test_nothing_near_gives_no_hint():
    """A name unlike any, or too short to complete, gets no hint."""
    assert closest("zz", EVENTS) == [] and did_you_mean("xyzzy", EVENTS) is None
