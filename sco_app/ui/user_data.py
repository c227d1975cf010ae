"""Opening the student's progress file from the UI, telling the student when it cannot be read.

Where the file lives is decided once, in :mod:`sco_app.core.places`."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from sco_app.core.progress import ProgressStore
from sco_app.core.store_errors import StoreError


def open_store(parent: QWidget | None = None) -> ProgressStore:
    """Open the progress store; if its file was damaged it has been moved aside, and the student is told."""
    try:
        store = ProgressStore.in_folder()
    except (sqlite3.OperationalError, StoreError) as exc:  # locked, newer, another program's...: keep the file
        QMessageBox.warning(parent, QCoreApplication.translate("UserData", "Your saved progress cannot be opened now"),
                            QCoreApplication.translate("UserData", "The progress file is in use by another program or "
                               "cannot be read ({0}). It was left as it is. Answers given until the app is started "
                               "again will not be kept.").format(exc.line() if isinstance(exc, StoreError) else exc))
        return ProgressStore(":memory:")
    if store.moved_aside is not None:
        QMessageBox.warning(parent, QCoreApplication.translate("UserData", "Your saved progress could not be read"),
                            QCoreApplication.translate("UserData", "The progress file was damaged, so it was moved aside to\n{0}\nand a new one "
                               "was started. Nothing was deleted: your teacher may be able to recover the old answers "
                               "from that file.").format(store.moved_aside))
    return store
