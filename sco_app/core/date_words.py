"""The words of dates in each language a pack may be written in: a fixed table, never the system's locale.

One :class:`DateLanguage` per language: its month names (the first of each is shown, the others are
read too), the words that qualify a date ("about 1990", "early 2005", "before 1996") and the words
for a range that has not ended. :data:`LANGUAGES` is the registry; a test checks every entry is
complete. Words are matched without regard to case.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from types import MappingProxyType
from typing import Mapping


class Qualifier(str, Enum):
    """How a date is qualified; :attr:`PartialDate.qualifier` holds one (or None for a plain date)."""

    ABOUT = "about"  # c. 1990: roughly then
    EARLY = "early"  # the first third of the year (or month)
    MID = "mid"  # the middle third
    LATE = "late"  # the last third
    BEFORE = "before"  # at some time before: an open start
    AFTER = "after"  # at some time after


PARTS = (Qualifier.EARLY, Qualifier.MID, Qualifier.LATE)


@dataclass(frozen=True)
class DateLanguage:
    """The date words of one language. In ``months``, each month's first name is the one shown."""

    code: str
    months: tuple[tuple[str, ...], ...]  # 12 entries: the names of January, February, ...
    qualifiers: Mapping[Qualifier, tuple[str, ...]]  # the words read for each qualifier
    shown: Mapping[Qualifier, str]  # how a qualified date is shown: "c. {}", "early {}", ...
    open_end: tuple[str, ...]  # words for the end of a range that has not ended (or whose end is unknown)
    from_start: str  # how such a range is shown: "from {}"
    connectors: tuple[str, ...] = ()  # small words allowed between day, month and year ("de")


def _language(code: str, months: str, qualifiers: dict, shown: dict, open_end: str, from_start: str,
              connectors: tuple[str, ...] = ()) -> DateLanguage:
    """A table entry from compact text: months as 'Name Abbr other|Name ...', word lists as 'a, b'."""
    return DateLanguage(
        code,
        tuple(tuple(name.split()) for name in months.split("|")),
        MappingProxyType({Qualifier(k): tuple(w.strip() for w in v.split(",")) for k, v in qualifiers.items()}),
        MappingProxyType({Qualifier(k): v for k, v in shown.items()}),
        tuple(w.strip() for w in open_end.split(",")),
        from_start,
        connectors,
    )


LANGUAGES: Mapping[str, DateLanguage] = MappingProxyType({lang.code: lang for lang in (
    _language(
        "en",
        "January Jan|February Feb|March Mar|April Apr|May|June Jun|July Jul|August Aug|September Sep Sept|"
        "October Oct|November Nov|December Dec",
        {"about": "c., c, ca., ca, circa, about, around, approximately, approx., ~",
         "early": "early", "mid": "mid, middle of", "late": "late", "before": "before", "after": "after"},
        {"about": "c. {}", "early": "early {}", "mid": "mid-{}", "late": "late {}", "before": "before {}",
         "after": "after {}"},
        "open, ongoing, present", "from {}",
    ),
    _language(
        "id",
        "Januari Jan|Februari Feb Pebruari|Maret Mar|April Apr|Mei|Juni Jun|Juli Jul|Agustus Agu Agt Ags|"
        "September Sep Sept|Oktober Okt|November Nov Nopember|Desember Des",
        {"about": "sekitar, kira-kira, lebih kurang, ±", "early": "awal", "mid": "pertengahan, medio",
         "late": "akhir", "before": "sebelum", "after": "setelah, sesudah"},
        {"about": "sekitar {}", "early": "awal {}", "mid": "pertengahan {}", "late": "akhir {}",
         "before": "sebelum {}", "after": "setelah {}"},
        "berlanjut, sekarang, kini", "sejak {}",
    ),
    _language(
        "ms",
        "Januari Jan|Februari Feb|Mac|April Apr|Mei|Jun|Julai Jul|Ogos Ogo|September Sep|Oktober Okt|"
        "November Nov|Disember Dis",
        {"about": "sekitar, kira-kira, lebih kurang", "early": "awal", "mid": "pertengahan", "late": "akhir, lewat",
         "before": "sebelum", "after": "selepas"},
        {"about": "sekitar {}", "early": "awal {}", "mid": "pertengahan {}", "late": "akhir {}",
         "before": "sebelum {}", "after": "selepas {}"},
        "berterusan, kini, sekarang", "sejak {}",
    ),
    _language(
        "fr",
        "janvier janv.|février févr. fevrier fevr.|mars|avril avr.|mai|juin|juillet juil.|août aout|"
        "septembre sept.|octobre oct.|novembre nov.|décembre déc. decembre dec.",
        {"about": "vers, environ, circa", "early": "début, debut", "mid": "mi, milieu", "late": "fin",
         "before": "avant", "after": "après, apres"},
        {"about": "vers {}", "early": "début {}", "mid": "mi-{}", "late": "fin {}", "before": "avant {}",
         "after": "après {}"},
        "en cours, aujourd'hui", "depuis {}",
    ),
    _language(
        "de",
        "Januar Jan. Jänner|Februar Feb.|März Mär. Maerz|April Apr.|Mai|Juni Jun.|Juli Jul.|August Aug.|"
        "September Sep. Sept.|Oktober Okt.|November Nov.|Dezember Dez.",
        {"about": "etwa, um, ca., zirka", "early": "Anfang", "mid": "Mitte", "late": "Ende", "before": "vor",
         "after": "nach"},
        {"about": "um {}", "early": "Anfang {}", "mid": "Mitte {}", "late": "Ende {}", "before": "vor {}",
         "after": "nach {}"},
        "offen, laufend, heute", "ab {}",
    ),
    _language(
        "es",
        "enero ene.|febrero feb.|marzo mar.|abril abr.|mayo may.|junio jun.|julio jul.|agosto ago.|"
        "septiembre sep. setiembre sept.|octubre oct.|noviembre nov.|diciembre dic.",
        {"about": "hacia, alrededor de, aprox., circa", "early": "principios de, inicios de", "mid": "mediados de",
         "late": "finales de, fines de", "before": "antes de", "after": "después de, despues de"},
        {"about": "hacia {}", "early": "principios de {}", "mid": "mediados de {}", "late": "finales de {}",
         "before": "antes de {}", "after": "después de {}"},
        "actualidad, presente, en curso", "desde {}", ("de",),
    ),
    _language(
        "pt",
        "janeiro jan.|fevereiro fev.|março mar. marco|abril abr.|maio mai.|junho jun.|julho jul.|agosto ago.|"
        "setembro set.|outubro out.|novembro nov.|dezembro dez.",
        {"about": "cerca de, por volta de, aprox., circa", "early": "início de, inicio de, princípios de",
         "mid": "meados de", "late": "fins de, final de", "before": "antes de", "after": "depois de, após, apos"},
        {"about": "cerca de {}", "early": "início de {}", "mid": "meados de {}", "late": "fins de {}",
         "before": "antes de {}", "after": "depois de {}"},
        "atualidade, presente, em curso", "desde {}", ("de",),
    ),
    _language(
        "nl",
        "januari jan.|februari feb.|maart mrt.|april apr.|mei|juni jun.|juli jul.|augustus aug.|"
        "september sep. sept.|oktober okt.|november nov.|december dec.",
        {"about": "circa, ongeveer, rond", "early": "begin", "mid": "midden, half", "late": "eind, einde",
         "before": "voor, vóór", "after": "na"},
        {"about": "circa {}", "early": "begin {}", "mid": "midden {}", "late": "eind {}", "before": "voor {}",
         "after": "na {}"},
        "heden, lopend", "vanaf {}",
    ),
)})


def language_of(code: str | None) -> DateLanguage | None:
    """The table entry for a language code (``id``, ``pt-BR``: its first part), or None."""
    return LANGUAGES.get((code or "").split("-")[0].lower())


def month_words(codes: tuple[str, ...]) -> dict[str, int]:
    """Every month name of the languages ``codes`` (lower case, without a final dot) -> month number."""
    words: dict[str, int] = {}
    for code in codes:
        for number, names in enumerate(LANGUAGES[code].months, start=1):
            for name in names:
                words.setdefault(name.lower().rstrip("."), number)
    return words


def month_language(word: str) -> str | None:
    """The first language of the table in which ``word`` is a month name, or None."""
    word = word.lower().rstrip(".")
    return next((code for code in LANGUAGES if word in month_words((code,))), None)
