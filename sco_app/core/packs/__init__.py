"""Lesson packs: read a folder or zip, check it, and build a :class:`~sco_app.core.model.LessonPack`.

>>> from sco_app.core.packs import load_pack, check_pack
>>> pack = load_pack("lessons/sco-balancing")          # raises PackError listing every problem
>>> report = check_pack("my-pack.zip")                   # never raises for a bad pack
"""

from sco_app.core.packs.problems import PackError, Problem, Severity
from sco_app.core.packs.loader import CheckReport, check_pack, load_pack

__all__ = ["CheckReport", "PackError", "Problem", "Severity", "check_pack", "load_pack"]
