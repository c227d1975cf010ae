"""The kinds of source work a pack may teach, and how the views speak of each.

A pack's ``works`` (or its one ``source``) each have a ``kind``: a paper has findings and an abstract, a concept
paper aims, a treaty articles. The views say "The paper's own argument" or "The treaty's own words", "Abstract of"
or "Articles of", with the words of the work's kind in English and Indonesian, unless the pack gives its own
(``wording:``, in its own languages). One registry: a test checks that every kind has every word in both languages.

A finding question's default prompt names a passage in its work's word ("Which aim of the source ...",
:mod:`sco_app.core.question_kinds.finding`). Still the paper's words, left to do: the note on a defensible answer
(``quiz_text.WORDS``: "The paper's reading is ...") and the reading in a question's result
(``sco_app.ui.results_view``: "the paper's own argument"); both can take the work's ``own`` and ``interpretation``.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any, Callable

from sco_app.core.model import Text, WorkWording

DEFAULT_KIND = "paper"
WORDS = ("passage", "excerpt", "own", "own_short", "interpretation", "argument")  # the fields of WorkWording

# kind -> word -> (English, Indonesian)
WORK_KINDS: dict[str, dict[str, tuple[str, str]]] = {
    "paper": {
        "passage": ("finding", "temuan"),
        "excerpt": ("Abstract of", "Abstrak karya"),
        "own": ("The paper's own argument", "Argumen artikel itu sendiri"),
        "own_short": ("the paper's own", "tafsiran artikel"),
        "interpretation": ("A teaching interpretation, not a claim of the paper",
                           "Tafsiran untuk pengajaran, bukan klaim artikel"),
        "argument": ("the paper’s argument", "argumen makalah"),
    },
    "concept-paper": {
        "passage": ("aim", "tujuan"),
        "excerpt": ("Aims set out in", "Tujuan yang dirumuskan dalam"),
        "own": ("An aim the concept paper itself states", "Tujuan yang dinyatakan makalah konsep itu sendiri"),
        "own_short": ("the concept paper's own", "tujuan makalah konsep"),
        "interpretation": ("A teaching interpretation, not an aim the concept paper states",
                           "Tafsiran untuk pengajaran, bukan tujuan yang dinyatakan makalah konsep"),
        "argument": ("its reading and the concept paper's aims", "tafsirannya dan tujuan makalah konsep"),
    },
    "treaty": {
        "passage": ("article", "pasal"),
        "excerpt": ("Articles of", "Pasal-pasal dari"),
        "own": ("The treaty's own words", "Bunyi perjanjian itu sendiri"),
        "own_short": ("the treaty's own", "bunyi perjanjian"),
        "interpretation": ("A teaching interpretation, not what the treaty says",
                           "Tafsiran untuk pengajaran, bukan bunyi perjanjian"),
        "argument": ("its reading and the treaty's words", "tafsirannya dan bunyi perjanjian"),
    },
    "declaration": {
        "passage": ("paragraph", "butir"),
        "excerpt": ("Text of", "Naskah"),
        "own": ("The declaration's own words", "Bunyi deklarasi itu sendiri"),
        "own_short": ("the declaration's own", "bunyi deklarasi"),
        "interpretation": ("A teaching interpretation, not what the declaration says",
                           "Tafsiran untuk pengajaran, bukan bunyi deklarasi"),
        "argument": ("its reading and the declaration's words", "tafsirannya dan bunyi deklarasi"),
    },
    "report": {
        "passage": ("finding", "temuan"),
        "excerpt": ("Findings of", "Temuan dari"),
        "own": ("The report's own finding", "Temuan laporan itu sendiri"),
        "own_short": ("the report's own", "temuan laporan"),
        "interpretation": ("A teaching interpretation, not a claim of the report",
                           "Tafsiran untuk pengajaran, bukan klaim laporan"),
        "argument": ("its reading and the report's findings", "tafsirannya dan temuan laporan"),
    },
    "book": {
        "passage": ("argument", "argumen"),
        "excerpt": ("From", "Dari"),
        "own": ("The book's own argument", "Argumen buku itu sendiri"),
        "own_short": ("the book's own", "argumen buku"),
        "interpretation": ("A teaching interpretation, not a claim of the book",
                           "Tafsiran untuk pengajaran, bukan klaim buku"),
        "argument": ("the book's argument", "argumen buku"),
    },
    "other": {
        "passage": ("passage", "bagian"),
        "excerpt": ("From", "Dari"),
        "own": ("The source's own claim", "Klaim sumber itu sendiri"),
        "own_short": ("the source's own", "klaim sumber"),
        "interpretation": ("A teaching interpretation, not a claim of the source",
                           "Tafsiran untuk pengajaran, bukan klaim sumber"),
        "argument": ("its reading and its source", "tafsirannya dan sumbernya"),
    },
}


def default_text(kind: str, word: str) -> Text:
    """A word of a kind of work, in English and Indonesian."""
    english, indonesian = WORK_KINDS[kind][word]
    return Text(MappingProxyType({"en": english, "id": indonesian}))


def work_wording(kind: str, own: dict | None, text: Callable[[Any], Text]) -> WorkWording:
    """The wording of a work of ``kind``: each of the pack's own words (``own``, raw texts made :class:`Text`
    with ``text``), else the kind's."""
    own = own or {}
    return WorkWording(**{word: text(own[word]) if own.get(word) is not None else default_text(kind, word)
                          for word in WORDS})
