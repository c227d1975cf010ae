"""The interface's languages, listed once: the command line's choices, the UI's translators and
language menu, the translation tool and the tests all read this table.

English is the source language of the interface; every other code has a compiled translation in
``resources/translations/sco_app_<code>.qm``. (A lesson pack's content languages are the pack's own.)
"""

from __future__ import annotations

SOURCE_LANGUAGE = "en"
LANGUAGES: dict[str, str] = {"en": "English", "id": "Bahasa Indonesia"}  # code -> the language's own name


def translated_languages() -> tuple[str, ...]:
    """The codes that need a translation file (every language but the source language)."""
    return tuple(code for code in LANGUAGES if code != SOURCE_LANGUAGE)
