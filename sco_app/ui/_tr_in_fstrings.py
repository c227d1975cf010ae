"""Written by tools/update_translations.py: the tr() texts that stand inside f-strings, listed
so that lupdate finds them (it does not look inside f-strings). Do not edit by hand.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS = (
    QT_TRANSLATE_NOOP('ArgumentPanel', 'Abstract of'),
    QT_TRANSLATE_NOOP('ArgumentPanel', 'Choose an event in the list to read the argument for it.'),
    QT_TRANSLATE_NOOP('ArgumentPanel', 'Never a member, observer or partner.'),
    QT_TRANSLATE_NOOP('ArgumentPanel', 'Show all events'),
    QT_TRANSLATE_NOOP('ArgumentPanel', 'Show only its {0} events on the timeline'),
    QT_TRANSLATE_NOOP('ArgumentPanel', 'Sources'),
    QT_TRANSLATE_NOOP('ArgumentPanel', 'Sources disagree:'),
    QT_TRANSLATE_NOOP('ArgumentPanel', 'Status over time'),
    QT_TRANSLATE_NOOP('ArgumentPanel', 'The source text'),
    QT_TRANSLATE_NOOP('FilterBar', 'bold edge: the paper’s own reading'),
    QT_TRANSLATE_NOOP('FilterBar', 'grey bar: a date span'),
    QT_TRANSLATE_NOOP('HandoutWriter', 'Answer key'),
    QT_TRANSLATE_NOOP('HandoutWriter', 'Answer:'),
    QT_TRANSLATE_NOOP('HandoutWriter', 'Choose from:'),
    QT_TRANSLATE_NOOP('HandoutWriter', 'Lesson pack'),
    QT_TRANSLATE_NOOP('HandoutWriter', 'On paper: name the state.'),
    QT_TRANSLATE_NOOP('HandoutWriter', 'Quiz'),
    QT_TRANSLATE_NOOP('HandoutWriter', 'Sources'),
    QT_TRANSLATE_NOOP('HandoutWriter', 'The argument, episode by episode'),
    QT_TRANSLATE_NOOP('HandoutWriter', 'The source'),
    QT_TRANSLATE_NOOP('HandoutWriter', 'Theories'),
    QT_TRANSLATE_NOOP('MainWindow', 'Country shapes: Made with Natural Earth (public domain).'),
    QT_TRANSLATE_NOOP('MainWindow', 'The app: MIT licence. The SCO lesson pack: CC BY 4.0.'),
    QT_TRANSLATE_NOOP('MapView', 'Events, by reading'),
    QT_TRANSLATE_NOOP('MapView', 'Natural Earth:'),
    QT_TRANSLATE_NOOP('ProblemsPane', 'Hint:'),
    QT_TRANSLATE_NOOP('QuizPanel', 'Time left: {m}:{s:02d}'),
    QT_TRANSLATE_NOOP('Report', 'By theory'),
    QT_TRANSLATE_NOOP('Report', 'Exam result'),
    QT_TRANSLATE_NOOP('Report', 'Question by question'),
    QT_TRANSLATE_NOOP('Report', 'The right answer:'),
    QT_TRANSLATE_NOOP('Report', 'Your answer:'),
    QT_TRANSLATE_NOOP('TourBar', 'Tour:'),
)
