"""Where the learning records point, and what an exam's end says in them.

A lab (its settings file, :mod:`sco_app.core.preferences`) may name the home page of its students' accounts (its LMS
or SIS) and the base address its activity ids start with; without them the records use a placeholder home page that
implies no real site and ``urn:sco-app:`` activity ids, as before.

An exam that was handed in is told in three statements besides its answers: ``completed`` with the exam's score and,
when the exam has a pass mark, ``passed`` or ``failed``. They go with the exam's last answer (in a file export and to a
Learning Record Store alike), and their ids are stable, so sending them again is harmless.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from urllib.parse import quote

from sco_app.core.preferences import XAPI_ACTIVITY_BASE, XAPI_HOME_PAGE, XAPI_STUDENT_ID_REQUIRED, Preferences

PLACEHOLDER_HOME_PAGE = "https://sco-app.invalid/profiles"  # xAPI accounts need a home page; no real site is implied
NAMESPACE = uuid.UUID("2d0f3a9e-8b5c-4e71-9a43-5f1e6c2b7d90")  # for stable ids of the exams' statements
ASSESSMENT = "http://adlnet.gov/expapi/activities/assessment"
VERBS = {name: {"id": f"http://adlnet.gov/expapi/verbs/{name}", "display": {"en-US": name}}
         for name in ("completed", "passed", "failed")}


@dataclass(frozen=True)
class XapiAddresses:
    """The students' accounts' home page and the base of the activity ids ("": ``urn:sco-app:`` ids)."""

    home_page: str = PLACEHOLDER_HOME_PAGE
    activity_base: str = ""

    def activity(self, pack_id: str, *parts: str) -> str:
        """The id of the pack's activity, or of one of its parts (``"question", id`` or ``"exam"``)."""
        if not self.activity_base:
            return ":".join(("urn:sco-app:pack", pack_id, *parts))
        base = self.activity_base if self.activity_base.endswith("/") else self.activity_base + "/"
        return base + "/".join(quote(part, safe="") for part in ("pack", pack_id, *parts))

    def actor(self, a: dict) -> dict:
        """The student of an answer (its profile's name, and its student id or else its name as the account)."""
        return {"objectType": "Agent", "name": a["profile"],
                "account": {"homePage": self.home_page, "name": a["student_id"] or a["profile"]}}


def addresses_from(preferences: Preferences) -> XapiAddresses:
    """The addresses a lab's settings set, else the placeholders."""
    return XapiAddresses(preferences.get(XAPI_HOME_PAGE) or PLACEHOLDER_HOME_PAGE,
                         preferences.get(XAPI_ACTIVITY_BASE) or "")


def needs_student_id(profile, preferences: Preferences) -> bool:
    """Whether an exam must wait for ``profile``'s student id: the lab requires one, and the profile has none."""
    return bool(preferences.get(XAPI_STUDENT_ID_REQUIRED)) and not (profile.student_id or "").strip()


def handed_in_exam(a: dict) -> bool:
    """Whether the answer ``a`` (a record with its session's columns) belongs to an exam that was handed in."""
    return (a.get("session_mode") == "exam" and a.get("session_finished") is not None
            and a.get("session_state") != "abandoned" and a.get("session_percent") is not None)


def exam_statements(a: dict, addresses: XapiAddresses, context: dict) -> list[dict]:
    """The statements of the end of ``a``'s exam: completed, and passed or failed against its pass mark."""
    if not handed_in_exam(a):
        return []
    percent = max(0, min(100, int(a["session_percent"])))
    try:
        pass_mark = json.loads(a.get("session_settings") or "{}").get("pass_mark")
    except (ValueError, AttributeError):
        pass_mark = None
    score = {"scaled": round(percent / 100, 3), "raw": percent, "min": 0, "max": 100}
    exam = {"objectType": "Activity", "id": addresses.activity(a["pack_id"], "exam"),
            "definition": {"type": ASSESSMENT, "name": {"en": f"Exam on {a['pack_id']}"}}}
    verdicts = [("completed", {"score": score, "completion": True})]
    if isinstance(pass_mark, int) and not isinstance(pass_mark, bool):
        success = percent >= pass_mark
        verdicts[0][1]["success"] = success
        verdicts.append(("passed" if success else "failed", {"score": score, "success": success, "completion": True}))
    key = a.get("registration") or f"{a['profile']}|{a['student_id']}|{a['pack_id']}|{a['session_id']}"
    return [{"id": str(uuid.uuid5(NAMESPACE, f"{key}|{verb}")), "actor": addresses.actor(a), "verb": VERBS[verb],
             "object": exam, "result": result, "context": context, "timestamp": a["session_finished"]}
            for verb, result in verdicts]


def last_of_each_exam(answers: list[dict]) -> set[int]:
    """The ids of the last answer of each handed-in exam among ``answers`` (a store's answered questions)."""
    last: dict[int, int] = {}
    for a in answers:
        if a.get("session_id") is not None and handed_in_exam(a):
            last[a["session_id"]] = max(a["id"], last.get(a["session_id"], a["id"]))
    return set(last.values())
