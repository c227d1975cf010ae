"""Fitting a label into a width: wrapped at spaces, cut with "…" only where it must be, and saying so."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics

from sco_app.ui.text_fit import fit


def _metrics(qapp) -> QFontMetrics:
    return QFontMetrics(QFont(qapp.font()))


def test_a_text_that_fits_is_left_whole(qapp):
    """A short title stays on one line, uncut."""
    metrics = _metrics(qapp)
    fitted = fit(metrics, "Consolidation", 500, 2)
    assert fitted.lines == ("Consolidation",) and not fitted.cut


def test_a_long_text_wraps_at_spaces_onto_two_lines(qapp):
    """"Alignment: the CSTO and foreign bases" in a narrow column takes two lines, whole, each inside the width."""
    metrics = _metrics(qapp)
    text = "Alignment: the CSTO and foreign bases"
    width = metrics.horizontalAdvance(text) * 0.6
    fitted = fit(metrics, text, width, 2)
    assert len(fitted.lines) == 2 and " ".join(fitted.lines) == text and not fitted.cut
    assert all(metrics.horizontalAdvance(line) <= width for line in fitted.lines)


def test_what_two_lines_cannot_hold_is_cut_and_said(qapp):
    """Too long for two lines: the second line ends in "…" and the text is marked as cut (for a tooltip)."""
    metrics = _metrics(qapp)
    text = "Pressure and response to the colour revolutions in Central Asia"
    width = metrics.horizontalAdvance("Pressure and")
    fitted = fit(metrics, text, width, 2)
    assert fitted.cut and fitted.lines[-1].endswith("…") and len(fitted.lines) == 2
    assert all(metrics.horizontalAdvance(line) <= width for line in fitted.lines)


def test_no_room_shows_nothing_rather_than_a_lone_ellipsis(qapp):
    """Where not even a letter and "…" fit, nothing is shown (and the text is marked as cut)."""
    fitted = fit(_metrics(qapp), "Enlargement", 4, 2)
    assert fitted.lines == () and fitted.cut
