"""A printable handout of a lesson pack, as an A4 PDF painted by Qt (text and figures stay vectors).

Pages, in order: the title page (the pack's title and summary, the source and its citation, the
theories); the timeline and the map on a chosen date with its legend; the argument cards of the
chosen events; the quiz; and its answer key, which starts on a page of its own so it can be kept
back. ``write_handout`` paints on any open ``QPdfWriter`` path; ``sco-app handout`` and File ▸
Export handout both call it.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject, QPoint, QRectF, QSizeF, Qt
from PySide6.QtGui import (QAbstractTextDocumentLayout, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter,
                           QTextDocument)
from PySide6.QtWidgets import QApplication, QGraphicsItem, QWidget

from sco_app.core.authoring.quiz_items import CHOICE, MAP, WRITE_IN, QuizItem, quiz_items
from sco_app.core.dates import PartialDate
from sco_app.core.model import Basis, Event, LessonPack, Question, QuestionType
from sco_app.core.pdf_info import update_info
from sco_app.ui.export_text import describe_pdf, document_info, letters_as_typed, plain_letters

DPI = 96  # one device unit is one widget pixel, so the views print at their size on screen
MARGIN_MM = 16
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@dataclass(frozen=True)
class HandoutOptions:
    """What to print: the content language, the map's date (default: the last event's) and the events
    whose argument cards to print (default: those whose main reading is the paper's own)."""

    language: str = "en"
    date: PartialDate | None = None
    events: tuple[str, ...] | list[str] | None = None
    questions: tuple[Question, ...] | None = None  # default: the pack's own, else those made from it


def default_events(pack: LessonPack) -> list[str]:
    """The events a handout prints by default: those the paper itself reads (all, if none is)."""
    paper = [e.id for e in pack.events if e.reading.basis is Basis.PAPER]
    return paper or [e.id for e in pack.events]


def default_questions(pack: LessonPack, limit: int = 20) -> tuple[Question, ...]:
    """The pack's own questions; a pack without any gets up to ``limit`` of those made from its events."""
    from sco_app.core import quiz

    return tuple(pack.questions) or tuple(quiz.generated_questions(pack)[:limit])


class HandoutWriter(QObject):
    """Paints one handout; the headings go through Qt's translations, the pack's text is in its language."""

    def __init__(self, pack: LessonPack, options: HandoutOptions, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pack, self.options, self.language = pack, options, options.language
        self.fallbacks = tuple(lang for lang in pack.languages if lang != self.language)
        self.date = options.date or (pack.events[-1].date if pack.events else None)
        self.events = [pack.event(e) for e in (options.events if options.events is not None else default_events(pack))]
        questions = options.questions if options.questions is not None else default_questions(pack)
        self.items = quiz_items(pack, self.language, questions)
        self.pages = 0

    def t(self, text) -> str:
        return "" if text is None else escape(text.get(self.language, self.fallbacks))

    # -- the whole document --------------------------------------------------------------------

    def write(self, path: str | Path) -> int:
        """Write the handout to ``path``; return the number of pages."""
        writer = QPdfWriter(str(path))
        writer.setResolution(DPI)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
        info = document_info(self.pack, self.language)
        describe_pdf(writer, info)
        self.writer, self.pages = writer, 0
        self.width, self.height = float(writer.width()), float(writer.height())
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(f"cannot write {path}")
        try:
            self.painter = painter
            with letters_as_typed():  # "finding", never "ﬁnding", in the PDF's text (search, copy, screen readers)
                self._flow(self._title_html())
                self._figures()
                if self.events:
                    self._flow(self._cards_html())
                if self.items:
                    self._flow(self._quiz_html())
                    self._flow(self._key_html())
        finally:
            painter.end()
        update_info(path, Subject=info["Subject"])  # Qt writes no subject of its own
        return self.pages

    def _new_page(self) -> None:
        if self.pages:
            self.writer.newPage()
        self.pages += 1
        footer = f"{self.pack.title.get(self.language, self.fallbacks)} · {self.pages}"
        self.painter.save()
        self.painter.setFont(plain_letters(QFont(QApplication.font().family(), 7)))
        self.painter.setPen(Qt.GlobalColor.darkGray)
        self.painter.drawText(QRectF(0, self.height - 14, self.width, 14),
                              Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, footer)
        self.painter.restore()

    def _document(self, html: str) -> QTextDocument:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.writer)
        doc.setDefaultFont(plain_letters(QFont(QApplication.font().family(), 10)))
        doc.setDefaultStyleSheet("h1 { font-size: 20pt; } h2 { font-size: 14pt; } h3 { font-size: 11pt; }"
                                 "p, li { margin-bottom: 4px; } .muted { color: #555555; }")
        doc.setPageSize(QSizeF(self.width, self.height - 20))  # room for the footer
        doc.setHtml(html)
        return doc

    def _flow(self, html: str) -> None:
        """Start a new page and print ``html`` across as many pages as it needs."""
        doc = self._document(html)
        page_height = doc.pageSize().height()
        for index in range(doc.pageCount()):
            self._new_page()
            self.painter.save()
            self.painter.translate(0, -index * page_height)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, index * page_height, self.width, page_height)
            self.painter.setClipRect(context.clip)
            doc.documentLayout().draw(self.painter, context)
            self.painter.restore()

    # -- the pages -----------------------------------------------------------------------------

    def _title_html(self) -> str:
        pack, t, source = self.pack, self.t, self.pack.source
        parts = [f"<h1>{t(pack.title)}</h1>"]
        if pack.summary:
            parts.append(f"<p>{t(pack.summary)}</p>")
        parts.append(f"<h2>{escape(self.tr('The source'))}</h2>")
        if source.title:
            parts.append(f"<p><b>{t(source.title)}</b></p>")
        parts.append(f"<p>{escape(source.citation)}</p>")
        where = [f"doi:{escape(source.doi)}" if source.doi else "", escape(source.url) if source.url else ""]
        if any(where):
            parts.append(f"<p class='muted'>{' · '.join(w for w in where if w)}</p>")
        parts.append(f"<h2>{escape(self.tr('Theories'))}</h2>")
        for theory in pack.theories:
            parts.append(f"<p><b>{t(theory.name)}</b> ({escape(theory.thinker)}): {t(theory.claim)}<br/>"
                         f"<span class='muted'>{escape(theory.work)}</span></p>")
        credits = ", ".join(pack.authors)
        parts.append(f"<p class='muted'>{escape(self.tr('Lesson pack'))} {escape(pack.id)} {escape(pack.version)}"
                     f"{' · ' + escape(credits) if credits else ''}{' · ' + escape(pack.licence) if pack.licence else ''}</p>")
        return "".join(parts)

    def _figures(self) -> None:
        """The timeline and the map on the chosen date, drawn by the app's own views."""
        from sco_app.ui.map_view import MapView
        from sco_app.ui.render import _export_mode, _graphics_views
        from sco_app.ui.state import AppState
        from sco_app.ui.timeline_view import TimelineView

        self._new_page()
        state = AppState(language=self.language)
        timeline, world = TimelineView(state), MapView(state)
        state.load(self.pack)
        if self.date is not None:
            state.set_date(self.date)
        heading = plain_letters(QFont(QApplication.font().family(), 13, QFont.Weight.Bold))
        gap, title_h = 14.0, 24.0
        figure_h = (self.height - 20 - 2 * (title_h + gap)) / 2
        date = self.date.display(self.language) if self.date else ""
        y = 0.0
        for title, widget, zoom in ((self.tr("Timeline of the episodes"), timeline, 0.75),
                                    (self.tr("Statuses on {0}, with the legend").format(date), world, 1.0)):
            self.painter.setFont(heading)
            self.painter.setPen(Qt.GlobalColor.black)
            self.painter.drawText(QRectF(0, y, self.width, title_h), Qt.AlignmentFlag.AlignLeft, title)
            y += title_h
            self._paint_widget(widget, QRectF(0, y, self.width, figure_h), zoom, _graphics_views, _export_mode)
            y += figure_h + gap
        for widget in (timeline, world):
            widget.close()
            widget.deleteLater()

    def _paint_widget(self, widget: QWidget, target: QRectF, zoom: float, views_of, export_mode) -> None:
        """Paint ``widget`` into ``target``, laid out ``1 / zoom`` times larger and scaled to fit."""
        widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        widget.resize(int(target.width() / zoom), int(target.height() / zoom))
        widget.show()
        for _ in range(3):
            QApplication.processEvents()
        if hasattr(widget, "fit"):
            widget.fit()
            QApplication.processEvents()
        views = views_of(widget)
        self.painter.save()
        self.painter.translate(target.topLeft())
        self.painter.setClipRect(QRectF(0, 0, target.width(), target.height()))
        self.painter.scale(zoom, zoom)
        export_mode(views, True, self.painter)
        cached = [(item, item.cacheMode()) for view in views for item in view.scene().items()
                  if item.cacheMode() != QGraphicsItem.CacheMode.NoCache]
        for item, _mode in cached:  # cached layers would print as pictures; paint them as paths
            item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        try:
            widget.render(self.painter, QPoint())
        finally:
            for item, mode in cached:
                item.setCacheMode(mode)
            export_mode(views, False, self.painter)
            self.painter.restore()
        self.painter.drawRect(target)

    def _cards_html(self) -> str:
        parts = [f"<h1>{escape(self.tr('The argument, episode by episode'))}</h1>"]
        parts += [self._card(event) for event in self.events]
        return "".join(parts)

    def _card(self, event: Event) -> str:
        pack, t = self.pack, self.t
        when = event.date.display(self.language)
        if event.end is not None and event.end != event.date:
            when += f" – {event.end.display(self.language)}"
        elif event.open_end:
            when += " – …"
        place = f" · {t(event.place.name)}" if event.place else ""
        actors = f" · {escape(', '.join(event.actors))}" if event.actors else ""
        rows = [f"<h2>{t(event.title)}</h2>", f"<p><b>{escape(when)}</b>{place}{actors}</p>",
                f"<p>{t(event.description)}</p>"]
        for reading, heading in [(event.reading, self.tr("Reading"))] + [(r, self.tr("Another reading"))
                                                                          for r in event.alternatives]:
            theory = pack.theory(reading.theory)
            basis = (self.tr("The paper's own argument") if reading.basis is Basis.PAPER
                     else self.tr("A teaching interpretation, not a claim of the paper"))
            rows.append(f"<p><b>{escape(heading)}: {t(theory.name)}</b> ({escape(theory.thinker)}) – <i>{escape(basis)}</i></p>"
                        f"<p>{t(reading.explanation)}</p>")
            for passage_id in reading.passages:
                passage = pack.passage(passage_id)
                rows.append(f"<blockquote><i>{t(passage.label) or escape(passage.id)}:</i> “{t(passage.text)}”</blockquote>")
        if event.sources:
            cited = "; ".join(escape(s.citation) for s in event.sources)
            rows.append(f"<p class='muted'>{escape(self.tr('Sources'))}: {cited}</p>")
        return ("<table width='100%' border='1' cellspacing='0' cellpadding='8' style='border-color: #999999;"
                " margin-bottom: 10px'><tr><td>" + "".join(rows) + "</td></tr></table><p></p>")

    def _quiz_html(self) -> str:
        parts = [f"<h1>{escape(self.tr('Quiz'))}</h1>"]
        for number, item in enumerate(self.items, 1):
            parts.append(self._question(number, item))
        return "".join(parts)

    def _question(self, number: int, item: QuizItem) -> str:
        parts = [f"<p><b>{number}.</b> {escape(item.prompt)}</p>"]
        if item.context:
            parts.append(f"<p class='muted'><i>{escape(item.context)}</i></p>")
        if item.kind == CHOICE:
            parts += [f"<p>&nbsp;&nbsp;☐ <b>{LETTERS[i]}.</b> {escape(c.text)}</p>" for i, c in enumerate(item.choices)]
        elif item.kind == MAP:
            parts.append(f"<p>&nbsp;&nbsp;<span class='muted'>{escape(self.tr('On paper: name the state.'))}</span> "
                         f"{escape(self.tr('Answer:'))} ______________________________</p>")
        elif item.kind == WRITE_IN:
            parts.append(f"<p>&nbsp;&nbsp;{escape(self.tr('Answer:'))} ______________________________</p>")
        else:
            rights = sorted({right for _left, right in item.pairs} | set(item.distractors),
                            key=lambda r: (len(r), r))
            parts.append(f"<p>&nbsp;&nbsp;<span class='muted'>{escape(self.tr('Choose from:'))} "
                         f"{escape(' · '.join(rights))}</span></p>")
            parts += [f"<p>&nbsp;&nbsp;______ &nbsp;{escape(left)}</p>" for left, _right in item.pairs]
        return "<div>" + "".join(parts) + "<p></p></div>"

    def _key_html(self) -> str:
        parts = [f"<h1>{escape(self.tr('Answer key'))}</h1>"]
        for number, item in enumerate(self.items, 1):
            if item.kind == CHOICE:
                right = [f"{LETTERS[i]}. {escape(c.text)}" for i, c in enumerate(item.choices) if c.correct]
                notes = [escape(c.feedback) for c in item.choices if c.correct and c.feedback]
            elif item.kind in (MAP, WRITE_IN):
                right, notes = [escape(", ".join(item.answers))], []
            else:
                pairs = sorted(item.pairs, key=lambda pair: int(pair[1])) if item.type is QuestionType.ORDER else item.pairs
                right, notes = [f"{escape(left)} → {escape(r)}" for left, r in pairs], []
            if item.explanation:
                notes.append(escape(item.explanation))
            parts.append(f"<p><b>{number}.</b> {'<br/>'.join(right)}</p>")
            parts += [f"<p class='muted'>{note}</p>" for note in notes]
        return "".join(parts)


def write_handout(pack: LessonPack, path: str | Path, options: HandoutOptions) -> int:
    """Write the handout of ``pack`` to the PDF ``path`` (in a running QApplication); return its pages."""
    return HandoutWriter(pack, options).write(path)


def write_handout_file(pack: LessonPack, path: str | Path, options: HandoutOptions) -> int:
    """As :func:`write_handout`, with no window: starts Qt offscreen and the headings' language."""
    from sco_app.ui import i18n
    from sco_app.ui.render import ensure_app

    ensure_app()
    i18n.install(options.language if options.language in i18n.LANGUAGES else "en")
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    return write_handout(pack, path, options)
