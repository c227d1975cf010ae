"""Statements checked with Ralph's xAPI models (PyPI ``ralph-malph``), the models Ralph's LRS is built on.

Ralph 5.0 types ``result.score.scaled`` as a whole number, while xAPI 1.0.3 (4.1.5.1) makes it a decimal
from -1 to 1: a half-right answer's 0.5 is refused by the model alone. Ralph 5.1 types it as xAPI does
(openfun/ralph#613), but pins libraries the other test tools cannot use; so here the scaled score is
checked against xAPI's own rule and the rest of the statement against Ralph's model.
"""

from __future__ import annotations

import copy
from decimal import Decimal


def ralph_accepts(statement: dict, model=None) -> None:
    """Raise unless ``statement`` is valid for Ralph's ``model`` (default: its base statement) and xAPI's
    score rule."""
    if model is None:
        from ralph.models.xapi.base.statements import BaseXapiStatement as model
    checked = copy.deepcopy(statement)
    score = checked.get("result", {}).get("score", {})
    if "scaled" in score:
        scaled = Decimal(str(score["scaled"]))
        assert -1 <= scaled <= 1, f"a scaled score is from -1 to 1, not {scaled}"
        score["scaled"] = int(scaled)  # the model's own type; the value is checked above
    model(**checked)
