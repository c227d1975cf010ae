"""Fitting a text into a width: wrapped at spaces onto a few lines, and cut with "…" only where it must be.

One rule for every label drawn on a view (lane names, era titles, event titles): a text is never silently cut;
when it does not fit, the caller is told (to give the whole text as a tooltip).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

ELLIPSIS = "…"


@dataclass(frozen=True)
class Fitted:
    lines: tuple[str, ...]  # the text as shown, one entry per line; empty if not even "x…" fits
    cut: bool  # True if some of the text is left out (show the whole of it as a tooltip)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def fit(metrics: QFontMetrics, text: str, width: float, most_lines: int = 1) -> Fitted:
    """``text`` wrapped at spaces into lines no wider than ``width`` pixels, at most ``most_lines`` of them; a word
    longer than a line, or what is left for the last line, is cut with "…"."""
    text = " ".join(text.split())
    width = int(width)
    if not text or width <= 0:
        return Fitted((), bool(text))
    words, lines = text.split(" "), []
    while words and len(lines) < most_lines:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        if len(lines) == most_lines - 1 and words:  # the last line gets the rest, cut
            line = " ".join([line, *words])
            words = []
        lines.append(line)
    shown = [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]
    cut = shown != lines or bool(words)
    while shown and (not shown[-1] or len(shown[-1]) <= 2 and shown[-1].endswith(ELLIPSIS)):
        shown.pop()  # "", "…" or "x…" says nothing
    return Fitted(tuple(shown), cut)
