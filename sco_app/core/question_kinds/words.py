"""A pack's text in one language, as answers, printed questions and records need it."""

from __future__ import annotations

from sco_app.core import quiz_text
from sco_app.core.model import LessonPack, Question, Text


class Words:
    """Texts of ``pack`` in ``language``, falling back to the pack's other languages; whitespace is
    collapsed to single spaces (a text may be written over several YAML lines)."""

    def __init__(self, pack: LessonPack, language: str, fallbacks: tuple[str, ...] | None = None) -> None:
        self.pack, self.language = pack, language
        self.fallbacks = fallbacks if fallbacks is not None else tuple(l for l in pack.languages if l != language)

    def t(self, text: Text | None) -> str:
        return " ".join(text.get(self.language, self.fallbacks).split()) if text else ""

    def word(self, key: str, **fields: Text | str) -> str:
        """One of the core's own words (:data:`quiz_text.WORDS`) in this language."""
        return self.t(quiz_text.word(key, (self.language, *self.fallbacks), **fields))

    def event_title(self, event_id: str, dates: bool = False) -> str:
        """An event's title, with its date when ``dates``; the id itself for an event the pack lacks."""
        try:
            event = self.pack.event(event_id)
        except KeyError:
            return event_id
        title = self.t(event.title)
        return f"{title} ({event.date.display(self.language)})" if dates else title

    def theory_name(self, theory_id: str | None) -> str:
        try:
            return self.t(self.pack.theory(theory_id).name)
        except KeyError:
            return theory_id or ""

    def state_name(self, code: str) -> str:
        """A state's name: the pack's for its actors, else Natural Earth's, else the code."""
        try:
            return self.t(self.pack.actor(code).name)
        except KeyError:
            from sco_app.core.geo import country_names  # here: it loads the shapes, which most callers need not

            return country_names().get(code, code)

    def context(self, question: Question) -> str:
        """The event a question is about, for a place with no timeline (paper, an LMS): "title (date).
        description", only when the question asks for it (``show_event``): the description often gives the
        answer away, and a printed or exported quiz should test, not tell."""
        return self.event(question.event) if question.show_event else ""

    def event(self, event_id: str | None) -> str:
        """An event as "title (date). description"; empty for none."""
        if not event_id:
            return ""
        event = self.pack.event(event_id)
        when = event.date.display(self.language)
        if event.end is not None and event.end != event.date:
            when = f"{when} – {event.end.display(self.language)}"
        return f"{self.t(event.title)} ({when}). {self.t(event.description)}"
