"""Write resources/schema/pack.schema.json, include.schema.json and exam.schema.json from the definitions below.

The schema is kept as Python here so that shared pieces (text, ids, dates) are written once; run
``python tools/make_schema.py`` after changing it. A test checks the shipped files are current.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from sco_app.core.dates import DATE_FORMS_HINT, OPEN_END_WORDS, SCHEMA_PATTERN as DATE_PATTERN
from sco_app.core.model import DateNoteKind, QuestionType, Status

SCHEMA_DIR = Path(__file__).resolve().parents[1] / "resources" / "schema"
PACK_ID = "urn:sco-app:schema:pack:1"  # stable names that no tool tries to download
INCLUDE_ID = "urn:sco-app:schema:include:1"
EXAM_ID = "urn:sco-app:schema:exam:1"

ID_PATTERN = "^[a-z0-9][a-z0-9-]*$"
LANG_PATTERN = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$"
SEMVER_PATTERN = r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$"
MAX_TITLE = 300  # characters: a title is one line
MAX_TEXT = 10_000  # characters of any other text for people (the SCO pack's longest is about 700)
MAX_STRING = 2_000  # characters of a citation, a work, a credit, a path or an address
MAX_ID = 100  # characters of an identifier
STATUSES = [status.value for status in Status]  # the model's closed set, stated once
QUESTION_TYPES = [kind.value for kind in QuestionType]  # the question kinds' registry is the one list


def ref(name: str) -> dict:
    return {"$ref": f"#/$defs/{name}"}


def obj(doc: str, required: list[str], /, **properties: dict) -> dict:
    return {
        "type": "object",
        "description": doc,
        "required": required,
        "additionalProperties": False,
        "properties": properties,
    }


def listof(item: dict, description: str, min_items: int = 0) -> dict:
    schema = {"type": "array", "description": description, "items": item}
    if min_items:
        schema["minItems"] = min_items
    return schema


def string(description: str, **extra) -> dict:
    return {"type": "string", "minLength": 1, "maxLength": MAX_STRING, "description": description, **extra}


def text(description: str, max_length: int) -> dict:
    """Text for people, in one language or several, at most ``max_length`` characters in each."""
    return {
        "description": description,
        "type": ["string", "object"],
        "minLength": 1,
        "maxLength": max_length,
        "minProperties": 1,
        "patternProperties": {LANG_PATTERN: {"type": "string", "minLength": 1, "maxLength": max_length}},
        "additionalProperties": False,
    }


DEFS = {
    "text": text("Text for people: a plain string, or a map of language codes to strings (en: ..., id: ...).",
                 MAX_TEXT),
    "title": text("A title, one line: a plain string, or a map of language codes to strings.", MAX_TITLE),
    "id": string(
        "An identifier: lower-case letters, digits and hyphens, starting with a letter or digit.",
        pattern=ID_PATTERN,
        maxLength=MAX_ID,
        **{"x-hint": "use lower-case letters, digits and hyphens, e.g. tulip-revolution"},
    ),
    "ids": {"type": "array", "items": ref("id"), "description": "A list of identifiers."},
    "date": {
        "description": "A date with honest precision: 2005, 2005-03, 2005-03-24, Mar 2005 or 24 Mar 2005 (month "
                       "names in any of the pack's languages); about 1990, early 2005, mid 2005, late Mar 2005, "
                       "before 1996 or after 2001 when it is not exact.",
        "type": ["string", "integer"],
        "pattern": DATE_PATTERN,
        "minimum": 1,
        "maximum": 9999,
        "x-hint": DATE_FORMS_HINT,
    },
    "end-date": {
        "description": "The end of a range: a date, or open (ongoing, present, sekarang, ...) when it has not "
                       "ended or its end is unknown.",
        "anyOf": [
            ref("date"),
            {"type": "string", "pattern": "^\\s*(" + "|".join(
                "".join(f"[{c.lower()}{c.upper()}]" if c.lower() != c.upper() else "\\s+" if c == " " else c for c in word)
                for word in OPEN_END_WORDS) + ")\\s*$"},
        ],
        "x-hint": DATE_FORMS_HINT + "; open when the range has not ended",
    },
    "date-note": {
        "description": "A note on a date. Plain text is a note; {kind: disagreement, text: ...} says what kind: "
                       + ", ".join(k.value for k in DateNoteKind) + ".",
        "anyOf": [
            ref("text"),
            {
                "type": "object",
                "required": ["kind", "text"],
                "additionalProperties": False,
                "properties": {
                    "kind": {"enum": [k.value for k in DateNoteKind],
                             "description": "note: something to know about the date; disagreement: sources give "
                                            "different dates; estimate: the date is worked out, not recorded; "
                                            "calendar: it is converted from another calendar."},
                    "text": ref("text"),
                },
            },
        ],
    },
    "country": string(
        "A state by its ISO 3166-1 alpha-3 code, as in resources/geo (CHN, RUS, KAZ, ...).",
        pattern="^[A-Z]{3}$",
        **{"x-hint": "use the three-letter ISO code in capitals, e.g. KGZ for Kyrgyzstan"},
    ),
    "source": obj(
        "A source for a fact: a citation and, where it is online, its address.",
        ["citation"],
        citation=string("Author, title, publisher or site, date: enough to find it."),
        url=string("Web address (http or https).", pattern="^https?://"),
    ),
    "passage": obj(
        "An addressable piece of the source text, such as one finding of an abstract.",
        ["id", "text"],
        id=ref("id"),
        label=ref("text"),
        text=ref("text"),
    ),
    "theory": obj(
        "A theory that students learn to recognise in the episodes.",
        ["id", "name", "thinker", "work", "claim"],
        id=ref("id"),
        name=ref("text"),
        short=ref("text"),
        thinker=string("Who put the theory forward."),
        work=string("The key work, as a full citation."),
        claim=ref("text"),
        indicators=listof(ref("text"), "Things a student can look for in an episode."),
    ),
    "status": obj(
        "One period of an actor's standing in the organisation.",
        ["status", "from"],
        status={"enum": STATUSES, "description": "The kind of standing."},
        to=ref("end-date"),
        note=ref("text"),
        sources=listof(ref("source"), "Where the dates come from."),
        **{"from": ref("date")},
    ),
    "actor": obj(
        "A state in the lesson and its statuses over time.",
        ["code"],
        code=ref("country"),
        name=ref("text"),
        role=ref("text"),
        statuses=listof(ref("status"), "Its statuses, oldest first."),
    ),
    "lane": obj(
        "A category of events, drawn as one lane of the timeline.",
        ["id", "title"],
        id=ref("id"),
        title=ref("title"),
    ),
    "era": obj(
        "A named period, shaded on the timeline.",
        ["id", "title", "start", "end"],
        id=ref("id"),
        title=ref("title"),
        start=ref("date"),
        end=ref("date"),
        description=ref("text"),
    ),
    "place": obj(
        "Where an event happened.",
        ["name", "lon", "lat"],
        name=ref("text"),
        lon={"type": "number", "minimum": -180, "maximum": 180, "description": "Longitude in degrees east."},
        lat={"type": "number", "minimum": -90, "maximum": 90, "description": "Latitude in degrees north."},
    ),
    "reading": obj(
        "How a theory explains the event.",
        ["theory", "basis", "explanation"],
        theory=ref("id"),
        basis={
            "enum": ["paper", "interpretation"],
            "description": "paper: the source's own argument; interpretation: a teaching reading.",
        },
        explanation=ref("text"),
        passages=ref("ids"),
    ),
    "cause": obj(
        "An earlier event that led to this one.",
        ["event", "how"],
        event=ref("id"),
        how=ref("text"),
    ),
    "image": obj(
        "A picture inside the pack.",
        ["file", "alt"],
        file=string("Path of the image inside the pack, e.g. images/summit.png."),
        alt=ref("text"),
        caption=ref("text"),
        credit=string("Who made the image and under what licence."),
    ),
    "event": obj(
        "An episode on the timeline.",
        ["id", "title", "date", "lane", "description", "reading"],
        id=ref("id"),
        title=ref("title"),
        date=ref("date"),
        end=ref("end-date"),
        date_note=ref("date-note"),
        note=ref("text"),
        place=ref("place"),
        actors=listof(ref("country"), "States involved."),
        lane=ref("id"),
        era=ref("id"),
        description=ref("text"),
        reading=ref("reading"),
        alternatives=listof(ref("reading"), "Other readings worth discussing."),
        causes=listof(ref("cause"), "Earlier events that led to this one."),
        sources=listof(ref("source"), "Where the facts come from."),
        image=ref("image"),
    ),
    "feedback": {
        "type": "object",
        "description": "Feedback per option (theory question: per theory id; finding question: per passage id).",
        "minProperties": 1,
        "additionalProperties": ref("text"),
    },
    "credit-share": {
        "type": "number",
        "exclusiveMinimum": 0,
        "exclusiveMaximum": 1,
        "description": "The share of the credit a defensible answer earns: more than 0, less than 1 (0.5 is half).",
        "x-hint": "write a share between 0 and 1, e.g. 0.5 for half the credit",
    },
    "credit": {
        "type": "object",
        "description": "Defensible answers and the share of the credit each earns. theory and finding questions: "
                       "option id: share (the feedback for that option says why); sort questions: event id: "
                       "{theory id: share} (the event's alternative reading with that theory says why).",
        "minProperties": 1,
        "additionalProperties": {"oneOf": [
            ref("credit-share"),
            {"type": "object", "minProperties": 1, "additionalProperties": ref("credit-share")},
        ]},
    },
    "choice": obj(
        "An option of a multiple-choice question.",
        ["id", "text"],
        id=ref("id"),
        text=ref("text"),
        correct={"type": "boolean", "description": "Whether choosing it is right (one or more options may be)."},
        credit=ref("credit-share"),
        feedback=ref("text"),
    ),
    "question": obj(
        "A quiz question. Its type says which other keys it takes (see the guide).",
        ["id", "type"],
        id=ref("id"),
        type={
            "enum": QUESTION_TYPES,
            "description": "theory: which theory explains an event; choice: multiple choice; map: click a country; "
                           "order: put events in order; sort: sort events into theories; finding: which passage an "
                           "event illustrates; true-false: is the prompt's statement true; short-answer: type the answer.",
        },
        prompt=ref("text"),
        event=ref("id"),
        events={"type": "array", "items": ref("id"), "description": "The events to order or sort."},
        answer={"type": ["string", "array", "boolean", "object"], "minLength": 1, "maxLength": MAX_STRING,
                "items": {"type": "string", "minLength": 1, "maxLength": MAX_STRING},
                "minProperties": 1, "additionalProperties": False,
                "patternProperties": {LANG_PATTERN: {"type": ["string", "array"], "minLength": 1, "maxLength": MAX_STRING,
                                                     "minItems": 1,
                                                     "items": {"type": "string", "minLength": 1,
                                                               "maxLength": MAX_STRING}}},
                "description": "The right theory, passage or country code(s), where the default does not do; "
                               "true-false: true or false; short-answer: the accepted answers, for every language "
                               "([Shanghai]) or per language ({en: [China], id: [Tiongkok]})."},
        options={"type": "array", "description": "choice: the options; finding: the passage ids offered.",
                 "items": {"oneOf": [ref("choice"), ref("id")]}},
        feedback=ref("feedback"),
        credit=ref("credit"),
        explanation=ref("text"),
        show_event={"type": "boolean",
                    "description": "Print the event's title, date and description with the question in exports and "
                                   "handouts (default false: they would often give the answer away)."},
    ),
    "tour-step": obj(
        "One step of a tour: what the views show, and what the step says. What a step leaves out takes its "
        "default (no lens, the reading's own passages, the event's date), so a step looks the same however it is reached.",
        ["text"],
        title=ref("title"),
        text=ref("text"),
        event=ref("id"),
        date=ref("date"),
        period=obj("Frame the timeline on these dates.", ["start", "end"], start=ref("date"), end=ref("date")),
        actors=listof(ref("country"), "Frame the map on these states."),
        passages=ref("ids"),
        lens=ref("id"),
        question=ref("id"),
        image=ref("image"),
    ),
    "tour": obj(
        "A guided tour: an ordered list of steps that tells the argument as a story.",
        ["id", "title", "steps"],
        id=ref("id"),
        title=ref("title"),
        description=ref("text"),
        steps=listof(ref("tour-step"), "The steps, in order.", min_items=1),
    ),
    "term": obj(
        "A glossary entry.",
        ["id", "term", "definition"],
        id=ref("id"),
        term=ref("text"),
        definition=ref("text"),
    ),
}

EXAM_SETTINGS = {  # the keys of a pack's quiz: exam: and of an instructor's exam file
    "questions": {"type": "integer", "minimum": 1, "maximum": 500, "description": "How many questions."},
    "types": {"type": "array", "items": {"enum": QUESTION_TYPES}, "minItems": 1, "uniqueItems": True,
              "description": "Which question types."},
    "minutes": {"type": "integer", "minimum": 1, "maximum": 600, "description": "Time limit, if any."},
    "pass_mark": {"type": "integer", "minimum": 0, "maximum": 100, "description": "Per cent needed to pass."},
    "shuffle": {"type": "boolean", "description": "Shuffle questions, options and events by the exam's seed (default true)."},
    "feedback": {"type": "boolean", "description": "Show the feedback on the result page (default true)."},
    "back_to_skipped": {"type": "boolean",
                        "description": "A skipped question may be answered later in the exam (default false)."},
    "clock": {"enum": ["runs", "pauses"],
              "description": "runs: the time limit counts from the start, also while the app is closed (default); "
                             "pauses: it counts only while the exam is open."},
}

SECTIONS = {
    "theories": listof(ref("theory"), "The theories of the lesson."),
    "lanes": listof(ref("lane"), "Event categories, one timeline lane each, top to bottom."),
    "actors": listof(ref("actor"), "The states of the lesson."),
    "eras": listof(ref("era"), "Named periods."),
    "events": listof(ref("event"), "The episodes."),
    "glossary": listof(ref("term"), "Terms explained."),
    "questions": listof(ref("question"), "Quiz questions."),
    "tours": listof(ref("tour"), "Guided tours through the lesson."),
}

DEFS["includeFile"] = {
    "type": "object",
    "description": "A YAML file named in pack.yaml's include list: more items for the pack's lists.",
    "additionalProperties": False,
    "properties": SECTIONS,
}

PACK = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": PACK_ID,
    "title": "sco-app lesson pack (pack.yaml), format 1",
    **obj(
        "The main file of a lesson pack.",
        ["format", "id", "version", "title", "languages", "source"],
        format={"const": 1, "description": "The pack format version: 1."},
        id=ref("id"),
        version=string("The pack's version, as semantic versioning: 1.0.0.", pattern=SEMVER_PATTERN,
                       **{"x-hint": "use three numbers, e.g. 1.0.0"}),
        title=ref("title"),
        summary=ref("text"),
        languages={
            "type": "array",
            "description": "Languages of the pack's text; the first is the one every text must have.",
            "minItems": 1,
            "uniqueItems": True,
            "items": {"type": "string", "pattern": LANG_PATTERN},
        },
        authors=listof(string("A person or team."), "Who wrote the pack."),
        licence=string("The licence of the pack's text, e.g. CC-BY-4.0."),
        source=obj(
            "The work the pack teaches.",
            ["citation"],
            citation=string("Full citation of the work."),
            title=ref("title"),
            authors=listof(string("An author."), "Its authors."),
            doi=string("Its DOI, e.g. 10.33172/jdp.v4i2.323.", pattern="^10\\.\\d{4,9}/\\S+$"),
            url=string("Where to read it.", pattern="^https?://"),
            passages=listof(ref("passage"), "Its text, cut into passages that readings can point at."),
        ),
        include=listof(string("Path of a YAML file inside the pack."), "More YAML files of the pack."),
        quiz=obj(
            "How the quiz uses this pack.",
            [],
            generate={"type": "boolean", "description": "Also ask questions made from the events (default true)."},
            exam=obj("Default exam settings (an instructor's exam file may set others).", [], **EXAM_SETTINGS),
            lrs=string("The address (xAPI endpoint) of a Learning Record Store that answers go to by default, "
                       "e.g. https://lrs.example.edu/xAPI/. Never put a user name or password here.",
                       pattern="^https?://[^/@\\s]+(/\\S*)?$",
                       **{"x-hint": "write the LRS address as https://server/path/, without a user name or password"}),
        ),
        **SECTIONS,
    ),
    "$defs": DEFS,
}

INCLUDE = {  # self-contained: it carries the definitions it needs, so no tool has to find pack.schema.json
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": INCLUDE_ID,
    "title": "sco-app lesson pack, an included YAML file, format 1",
    "$ref": "#/$defs/includeFile",
    "$defs": DEFS,
}


EXAM = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": EXAM_ID,
    "title": "sco-app exam file, format 1",
    **obj(
        "An instructor's exam: settings that replace a pack's own (what it leaves out stays as the pack says).",
        ["format"],
        format={"const": 1, "description": "The exam file format version: 1."},
        pack=ref("id"),
        title=ref("text"),
        **EXAM_SETTINGS,
    ),
    "$defs": {"id": DEFS["id"], "text": DEFS["text"]},
}
EXAM["properties"]["pack"] = {**ref("id"), "description": "The id of the pack the exam is for; another pack refuses it."}


def rendered() -> dict[str, str]:
    return {
        name: json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
        for name, schema in (("pack.schema.json", PACK), ("include.schema.json", INCLUDE), ("exam.schema.json", EXAM))
    }


def main() -> int:
    SCHEMA_DIR.mkdir(parents=True, exist_ok=True)
    for name, text in rendered().items():
        (SCHEMA_DIR / name).write_text(text, encoding="utf-8")
        print(f"wrote {SCHEMA_DIR.name}/{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
