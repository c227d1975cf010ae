"""What the views call each status, translated: one list that the map, the states list and the country card share."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sco_app.core.model import Status


def status_names() -> dict[Status | None, str]:
    """Every status's name in the interface's language, and the name of having none (key None)."""
    translate = QCoreApplication.translate
    return {Status.SHANGHAI_FIVE: translate("StatusNames", "Shanghai Five participant"),
            Status.FOUNDING_MEMBER: translate("StatusNames", "founding member"),
            Status.MEMBER: translate("StatusNames", "member"),
            Status.OBSERVER: translate("StatusNames", "observer"),
            Status.DIALOGUE_PARTNER: translate("StatusNames", "dialogue partner"),
            Status.PARTNER: translate("StatusNames", "partner"),
            Status.GUEST: translate("StatusNames", "guest"),
            Status.APPLICANT: translate("StatusNames", "applicant"),
            Status.SUSPENDED: translate("StatusNames", "suspended"),
            None: translate("StatusNames", "no status")}
