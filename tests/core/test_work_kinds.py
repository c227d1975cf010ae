"""The kinds of source work and how the views speak of each, in English and Indonesian."""

from __future__ import annotations

from types import MappingProxyType

from sco_app.core.model import Text, WorkWording
from sco_app.core.work_kinds import WORDS, WORK_KINDS, work_wording


def test_every_kind_has_every_word_in_both_languages():
    """Each kind of work (paper, concept paper, treaty, ...) words every field of WorkWording in en and id."""
    assert set(WORDS) == set(WorkWording.__dataclass_fields__)
    for kind, words in WORK_KINDS.items():
        assert set(words) == set(WORDS), kind
        for word, (english, indonesian) in words.items():
            assert english.strip() and indonesian.strip(), (kind, word)


def test_the_paper_keeps_the_words_the_sco_lesson_always_had():
    """A paper's passages are findings under "Abstract of", its readings "The paper's own argument"."""
    paper = work_wording("paper", None, lambda raw: Text(MappingProxyType(raw)))
    assert paper.passage.get("en") == "finding" and paper.excerpt.get("en") == "Abstract of"
    assert paper.own.get("en") == "The paper's own argument"
    assert paper.interpretation.get("en") == "A teaching interpretation, not a claim of the paper"


def test_a_packs_own_words_replace_those_of_its_kind():
    """A pack may word one field itself; the others stay the kind's."""
    wording = work_wording("concept-paper", {"passage": {"en": "objective"}}, lambda raw: Text(MappingProxyType(raw)))
    assert wording.passage.get("en") == "objective"
    assert wording.excerpt.get("en") == "Aims set out in"
