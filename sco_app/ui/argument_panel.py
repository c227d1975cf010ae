"""The argument panel: everything the lesson says about the selected event, as selectable text.

Causes and effects are links that select those events; sources open in the system browser only
when clicked. The text of each source work is shown with the passages the reading rests on highlighted, in the
words of the work's kind ("Abstract of", "Aims set out in"; "The paper's own argument", "The treaty's own words").
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QLocale, QUrl
from PySide6.QtGui import QDesktopServices, QTextOption
from PySide6.QtWidgets import QTextBrowser, QWidget

from sco_app.core.model import Basis, Event, Reading
from sco_app.core.dates import display_span
from sco_app.ui import theme
from sco_app.ui.date_labels import certainty_labels, note_labels
from sco_app.ui.pack_images import image_html
from sco_app.ui.state import AppState
from sco_app.ui.status_names import status_name

EVENT_SCHEME = "event"
FILTER_SCHEME = "filter"


class ArgumentPanel(QTextBrowser):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setAccessibleName(self.tr("The argument for the selected event"))
        self.setAccessibleDescription(self.tr(
            "The selected event's date, place and actors, its reading by a theory, its causes and effects, its "
            "sources, and the passages of the source text the reading rests on (marked). Tab moves between links."))
        self.setOpenLinks(False)
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)  # a narrow panel breaks lines between words, never inside
        self._shown: tuple = ("event", "")  # what the panel shows: an event (or the overview) or a country's card
        self.anchorClicked.connect(self._follow)
        state.pack_loaded.connect(lambda _pack: self.show_event(""))
        state.selection_changed.connect(self.show_event)
        state.actor_chosen.connect(self.show_actor)
        state.highlight_changed.connect(lambda _passages: self.show_event(self.state.selected))
        state.exam_mode_changed.connect(lambda _exam: self.show_event(self.state.selected))
        if state.pack is not None:  # built after the pack was loaded
            self.show_event(state.selected)

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == EVENT_SCHEME:
            self.state.select(url.path())
        elif url.scheme() == FILTER_SCHEME:
            self.state.set_filters(actors=[url.path()] if url.path() else [])
        elif url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # Ctrl+= / Ctrl+- or presenter mode: the text in the new type
            (self.show_actor if self._shown[0] == "actor" else self.show_event)(self._shown[1])

    def show_event(self, event_id: str) -> None:
        self._shown = ("event", event_id)
        pack = self.state.pack
        if pack is None:
            self.setHtml("")
        elif not event_id:
            self.setHtml(self._overview())
            marked = [p.id for p in pack.passages if p.id in self.state.highlight]
            if marked:  # a tour step about the source itself: show its first marked passage
                self.scrollToAnchor(f"passage-{marked[0]}")
        else:
            self.setHtml(self._event_html(pack.event(event_id)))

    def show_actor(self, code: str) -> None:
        """The country card: its statuses over time, its part in the lesson, a link to its events."""
        pack, t = self.state.pack, self._t
        actor = next((a for a in pack.actors if a.code == code), None) if pack else None
        if actor is None:
            return
        self._shown = ("actor", code)
        parts = [f"<h2>{t(actor.name)} ({escape(code)})</h2>"]
        if not actor.is_state:
            parts.append(f"<p><i>{escape(self.tr('An organisation: the map has no shape for it.'))}</i></p>")
        if actor.role:
            parts.append(f"<p>{t(actor.role)}</p>")
        parts.append(f"<h3>{escape(self.tr('Status over time'))}</h3>")
        if actor.memberships:
            parts.append("<ul>")
            for m in actor.memberships:
                until = m.end.display() if m.end else self.tr("today")
                note = f"<br/><small>{t(m.note)}</small>" if m.note else ""
                parts.append(f"<li><b>{escape(status_name(m.status, self.state.text))}</b>: "
                             f"{escape(m.start.display())} – {escape(until)}{note}</li>")
            parts.append("</ul>")
        else:
            parts.append(f"<p>{escape(self.tr('No status at any date of this lesson.'))}</p>")
        if actor.is_state:
            borders = self.tr("The map draws today's de facto borders (Natural Earth) on every date, so Taiwan is apart "
                              "from China; disputed areas are hatched and never filled with a claimant's status.")
            parts.append(f"<p><small>{escape(borders)}</small></p>")
        count = sum(code in e.actors for e in pack.events)
        parts.append(f"<p><a href='{FILTER_SCHEME}:{escape(code)}'>"
                     f"{escape(self.tr('Show only its {0} events on the timeline').format(count))}</a> · "
                     f"<a href='{FILTER_SCHEME}:'>{escape(self.tr('Show all events'))}</a></p>")
        self.setHtml("".join(parts))

    def _exam_note(self) -> str:
        return self.tr("During the exam the readings and the source text are hidden.")

    def _t(self, text) -> str:
        """Pack text in the chosen language; text only in another language is marked with its code."""
        if text is None:
            return ""
        value, language = text.resolve(self.state.language, self.state.fallbacks())
        marker = f" <small style='color:#777'>[{escape(language)}]</small>" if language != self.state.language else ""
        return escape(value) + marker

    def _overview(self) -> str:
        pack = self.state.pack
        start = self.tr("Click an event on the timeline above, or press → to start at the first one, to read {argument} "
                        "for it.").format(argument=self.state.text(pack.source.wording.argument))  # names only what is
        # on screen (the events list may be hidden); the argument in the words of the main work's kind
        parts = [f"<h2>{self._t(pack.title)}</h2>", *(f"<p>{escape(work.citation)}</p>" for work in pack.works)]
        if self.state.exam_mode:  # the source's findings are what some questions ask
            return "".join(parts) + f"<p><i>{escape(self._exam_note())}</i></p>"
        parts.append(f"<p><i>{escape(start)}</i></p>")
        parts += [self._passage_block(set(self.state.highlight))]
        return "".join(parts)

    def _passage_block(self, highlighted: set[str]) -> str:
        """The text of every work, each under its own heading ("Abstract of ...") with the marked passages lit."""
        pack = self.state.pack
        works = [w for w in pack.works if w.passages] or list(pack.works[:1])
        heading = self.tr("The source text") if len(works) == 1 else self.tr("The source texts")
        return f"<h3>{escape(heading)}</h3>" + "".join(self._work_block(work, highlighted) for work in works)

    def _work_block(self, work, highlighted: set[str]) -> str:
        rows = []
        for passage in work.passages:
            body = self._t(passage.text)
            label = self._t(passage.label)
            if passage.id in highlighted:
                scheme = theme.scheme()
                rows.append(f"<p style='background:{scheme.highlight_bg}; color:{scheme.highlight_fg}'>"
                            f"<a name='passage-{escape(passage.id)}'></a><b>▶ {label}</b> {body}</p>")
            else:
                rows.append(f"<p><b>{label}</b> {body}</p>")
        authors = ", ".join(work.authors) or work.citation
        title = f", {self._t(work.title)}" if work.title else ""
        shown = {p.text.resolve(self.state.language, self.state.fallbacks())[1] for p in work.passages}
        translated = ""
        if work.languages and shown and not shown & set(work.languages):  # the passages are the pack's translation
            translated = " " + escape(self.tr("(translated; the work is in {languages})").format(
                languages=", ".join(map(self._language_name, work.languages))))
        return (f"<p><small>{escape(self.state.text(work.wording.excerpt))} {escape(authors)}{title}"
                f"{' (doi:' + escape(work.doi) + ')' if work.doi else ''}{translated}</small></p>" + "".join(rows))

    def _language_name(self, code: str) -> str:
        """A work's language by name: the interface's words for its own languages, else Qt's English name."""
        own = {"en": self.tr("English"), "id": self.tr("Indonesian")}
        return own.get(code) or QLocale.languageToString(QLocale(code).language())

    def _reading(self, reading: Reading, heading: str) -> str:
        theory = self.state.pack.theory(reading.theory)
        wording = self.state.pack.work_of_reading(reading).wording
        basis = self.state.text(wording.own if reading.basis is Basis.PAPER else wording.interpretation)
        return (f"<h3>{escape(heading)}: {self._t(theory.name)} ({self._t(theory.short)}, {escape(theory.thinker)})</h3>"
                f"<p>{self._t(reading.explanation)}</p><p><i>{escape(basis)}</i></p>")

    def _event_html(self, event: Event) -> str:
        pack, t = self.state.pack, self._t
        precision = certainty_labels()[event.date.certainty]
        when = display_span(event.date, event.end, event.open_end)
        parts = [f"<h2>{t(event.title)}</h2>",
                 f"<p><b>{escape(when)}</b> ({escape(precision)})"]
        if event.place:
            parts.append(f" · {t(event.place.name)}")
        parts.append(f" · {escape(', '.join(event.actors))}</p>" if event.actors else "</p>")
        if event.date_note:
            label = note_labels()[event.date_note.kind]
            parts.append(f"<p><i>{escape(label)} {t(event.date_note.text)}</i></p>")
        if event.note:
            parts.append(f"<p><i>{escape(self.tr('Note:'))} {t(event.note)}</i></p>")
        parts.append(f"<p>{t(event.description)}</p>")
        if event.image is not None:
            parts.append(image_html(self.document(), pack, event.image, self.state.text))
        exam = self.state.exam_mode  # an exam shows what happened, when and where, and no reading of it
        if exam:
            parts.append(f"<p><i>{escape(self._exam_note())}</i></p>")
        for other, heading in () if exam else ((event.reading, self.tr("Reading")),
                                               *((r, self.tr("Another reading")) for r in event.alternatives)):
            parts.append(self._reading(other, heading))
        links = [(self.tr("Caused by"), [(pack.event(c.event), t(c.how)) for c in event.causes]),
                 (self.tr("Led to"), [(e, next(t(c.how) for c in e.causes if c.event == event.id))
                                      for e in pack.effects_of(event.id)])]
        for heading, items in links:
            if items:
                parts.append(f"<h3>{escape(heading)}</h3><ul>")
                parts += [f"<li><a href='{EVENT_SCHEME}:{escape(e.id)}'>{t(e.title)}</a> ({escape(e.date.display())}): {how}</li>"
                          for e, how in items]
                parts.append("</ul>")
        if event.sources:
            parts.append(f"<h3>{escape(self.tr('Sources'))}</h3><ol>")
            for source in event.sources:
                link = f" <a href='{escape(source.url)}'>{escape(source.url)}</a>" if source.url else ""
                parts.append(f"<li>{escape(source.citation)}{link}</li>")
            parts.append("</ol>")
        if not exam:
            parts.append(self._passage_block(set(self.state.highlight or event.reading.passages)))
        return "".join(parts)
