"""The interface's language: Qt translators for the app's strings (and Qt's own dialogs).

English is the source language; ``resources/translations/sco_app_<lang>.qm`` holds each other one,
compiled from the ``.ts`` file beside it (``python tools/update_translations.py``). The languages are
listed once, in :mod:`sco_app.core.languages`. Qt's own words (standard buttons, the file dialog)
come from Qt's ``qtbase_<lang>.qm`` where PySide6 ships one, else from ours (:mod:`sco_app.ui.qt_words`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from sco_app.core.dates import set_display_language
from sco_app.core.languages import LANGUAGES, SOURCE_LANGUAGE
from sco_app.core.resources import ResourceNotFound, resource_path

_installed: list[QTranslator] = []


def system_language() -> str:
    """The OS's language if the app speaks it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def install(language: str) -> str:
    """Make ``language`` the interface language of the running application; return it."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; choose one of {', '.join(LANGUAGES)}")
    if language != SOURCE_LANGUAGE:
        ours = QTranslator(app)
        try:
            path = resource_path(f"translations/sco_app_{language}.qm")
        except ResourceNotFound:
            path = None
        if path is not None and ours.load(str(path)):
            app.installTranslator(ours)
            _installed.append(ours)
        qt = QTranslator(app)  # Qt's own words, where Qt has them; installed last, so asked first
        if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    QLocale.setDefault(QLocale(language))
    set_display_language(language)
    return language
