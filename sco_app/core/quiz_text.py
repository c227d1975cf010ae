"""Default wording of questions made from a pack, in the languages the app speaks.

Packs may word every question themselves (``prompt:``); these are used where they do not, and for
the questions the quiz engine makes from the events. ``{...}`` fields are filled per question.
"""

from __future__ import annotations

from types import MappingProxyType

from sco_app.core.model import Text

PROMPTS = {
    "theory": {
        "en": "Which theory best explains this episode: {title}?",
        "id": "Teori manakah yang paling tepat menjelaskan peristiwa ini: {title}?",
    },
    "finding": {
        "en": "Which finding of the source does this episode illustrate: {title}?",
        "id": "Temuan manakah dari sumber yang digambarkan oleh peristiwa ini: {title}?",
    },
    "order": {
        "en": "Put these events in the order in which they happened, earliest first.",
        "id": "Urutkan peristiwa-peristiwa ini sesuai waktu terjadinya, dari yang paling awal.",
    },
    "sort": {
        "en": "Sort these episodes by the theory that best explains each.",
        "id": "Kelompokkan peristiwa-peristiwa ini menurut teori yang paling tepat menjelaskannya.",
    },
    "map": {
        "en": "Click the state that {what} on {date}.",
        "id": "Klik negara yang {what} pada {date}.",
    },
}

# The core's own words in feedback and answers (a kind's fixed options, a defensible answer's note).
WORDS = {
    "true": {"en": "True", "id": "Benar"},
    "false": {"en": "False", "id": "Salah"},
    "not-sorted": {"en": "(not sorted)", "id": "(belum dikelompokkan)"},
    "right": {"en": "Right.", "id": "Benar."},
    "right-is": {"en": "Not this one: the right answer is {right}.", "id": "Bukan yang ini: jawaban yang benar adalah {right}."},
    "defensible": {
        "en": "The paper's reading is {right}. Yours is defensible: {why}",
        "id": "Tafsiran artikel adalah {right}. Jawaban Anda dapat dipertahankan: {why}",
    },
    "defensible-placement": {
        "en": "The paper reads {event} as {right}; {yours} is defensible: {why}",
        "id": "Artikel membaca {event} sebagai {right}; {yours} dapat dipertahankan: {why}",
    },
}

STATUS_WORDS = {  # by map category (Status.group); a category without words gets no generated map question
    "shanghai-five": {"en": "became one of the Shanghai Five", "id": "menjadi salah satu negara Shanghai Five"},
    "member": {"en": "became a member of the organisation", "id": "menjadi anggota organisasi"},
    "observer": {"en": "became an observer of the organisation", "id": "menjadi pengamat organisasi"},
    "partner": {"en": "became a partner of the organisation", "id": "menjadi mitra organisasi"},
}


def prompt(kind: str, languages: tuple[str, ...], **fields: Text | str) -> Text:
    """The default prompt of ``kind`` in every language of the pack the app has words for (English at
    least), with each field in that language where it is a :class:`Text`."""
    return _render(PROMPTS[kind], languages, fields)


def status_words(group: str, languages: tuple[str, ...]) -> Text:
    words = STATUS_WORDS[group]
    wanted = [lang for lang in languages if lang in words] or ["en"]
    return Text(MappingProxyType({lang: words[lang] for lang in wanted}))


def word(key: str, languages: tuple[str, ...] = ("en", "id"), **fields: Text | str) -> Text:
    """One of the core's own :data:`WORDS`, as :func:`prompt` words a prompt."""
    return _render(WORDS[key], languages, fields)


def _render(templates: dict[str, str], languages: tuple[str, ...], fields: dict) -> Text:
    wanted = [lang for lang in languages if lang in templates] or ["en"]
    return Text(MappingProxyType({
        lang: templates[lang].format(**{k: v.get(lang, languages) if isinstance(v, Text) else v
                                        for k, v in fields.items()})
        for lang in wanted
    }))
