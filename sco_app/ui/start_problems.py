"""When the app cannot start as it was asked to — a lesson pack that cannot be opened, a link to an event or a tour
the pack does not have — the student sees it in a window that says what is wrong and what to do, and chooses how to
go on. (Started from a desktop shortcut, nobody reads a terminal.)
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from sco_app.core.packs import PackError, Severity

CLOSEST, WITHOUT_LINK = "closest", "without-link"  # how to go on after a bad link (None: quit)


def link_problem_texts() -> dict:
    """What is wrong with each part of a deep link (core.deep_links.LINK_PARTS), in the student's language."""
    return {
        "event": lambda value: QCoreApplication.translate("StartProblems", "This lesson has no event “{value}”.").format(value=value),
        "tour": lambda value: QCoreApplication.translate("StartProblems", "This lesson has no tour “{value}”.").format(value=value),
        "step": lambda value: QCoreApplication.translate("StartProblems", "The tour has no step {value}.").format(value=value),
        "step-without-tour": lambda value: QCoreApplication.translate("StartProblems", "A step (--step {value}) needs a tour (--tour).").format(value=value),
    }


def ask_about_pack(error: PackError, path: str | None) -> bool:
    """Say why the pack at ``path`` cannot be opened (None: the built-in lesson); True if the student chose to open
    the built-in lesson instead (offered unless that is the one that failed)."""
    errors = [p for p in error.problems if p.severity is Severity.ERROR] or error.problems
    first = errors[0].message if errors else str(error)
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("StartProblems", "The lesson pack cannot be opened"),
                      QCoreApplication.translate("StartProblems", "sco-app cannot open the lesson pack “{path}”: {problem}.").format(
                          path=path, problem=first) if path else
                      QCoreApplication.translate("StartProblems", "sco-app cannot open its built-in lesson: {problem}.").format(problem=first))
    box.setInformativeText(
        QCoreApplication.translate("StartProblems", "Check the pack's place in the shortcut or command that started sco-app, or ask your teacher for the "
            "pack. You can open the built-in lesson now, and another pack later with File ▸ Open lesson pack "
            "folder.") if path else
        QCoreApplication.translate("StartProblems", "The installation is damaged: install sco-app again, or ask the computer's administrator."))
    box.setDetailedText("\n".join(p.format() for p in error.problems))
    built_in = box.addButton(QCoreApplication.translate("StartProblems", "Open the built-in lesson"), QMessageBox.ButtonRole.AcceptRole) if path else None
    leave = box.addButton(QCoreApplication.translate("StartProblems", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(built_in or leave)
    box.setEscapeButton(leave)
    box.exec()
    return built_in is not None and box.clickedButton() is built_in


def ask_about_link(error) -> str | None:
    """Say what is wrong with the deep link (an app.DeepLinkError) and offer its closest match; return CLOSEST,
    WITHOUT_LINK, or None to quit."""
    text = link_problem_texts()[error.kind](error.value)
    if error.suggestion:
        text += " " + QCoreApplication.translate("StartProblems", "The closest is “{id}”.").format(id=error.suggestion)
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("StartProblems", "The link cannot be followed"), text)
    box.setInformativeText(QCoreApplication.translate("StartProblems", "The link that started sco-app (in a shortcut, an assignment or a command) names "
                               "something this lesson does not have. You can open the lesson without it."))
    box.setDetailedText(str(error))
    closest = box.addButton(QCoreApplication.translate("StartProblems", "Open “{id}”").format(id=error.suggestion),
                            QMessageBox.ButtonRole.AcceptRole) if error.suggestion else None
    lesson = box.addButton(QCoreApplication.translate("StartProblems", "Open the lesson"), QMessageBox.ButtonRole.AcceptRole)
    leave = box.addButton(QCoreApplication.translate("StartProblems", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(closest or lesson)
    box.setEscapeButton(leave)
    box.exec()
    clicked = box.clickedButton()
    return CLOSEST if clicked is closest and closest is not None else WITHOUT_LINK if clicked is lesson else None
