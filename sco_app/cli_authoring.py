"""The instructors' subcommands of ``sco-app``: new-pack, pack, import-events, export-quiz, handout, schema.

``cli.py`` registers them with :func:`add_commands` and hands them to :func:`run`. Messages are
English, problems are printed as the validator prints them, and the exit status is 0 when the
command did its work, 1 when the input has problems (nothing is written then), 2 for bad usage.
No Qt is imported here: only ``handout`` needs it, and imports it when it runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

COMMANDS = ("new-pack", "pack", "import-events", "export-quiz", "handout", "schema")


def add_commands(commands, languages: tuple[str, ...]) -> None:
    """Register the authoring subcommands on ``commands`` (the parser's subparsers)."""
    from sco_app.core.authoring.new_pack import STARTERS
    from sco_app.core.authoring import QUIZ_FORMATS as FORMATS

    new = commands.add_parser("new-pack", help="write a commented starter pack into a new folder",
                              description="Write a new lesson pack that validates, into DIR (which must be "
                              "missing or empty), starting from the commented starter pack or a copy of "
                              "the built-in SCO pack. The pack's id is made from the folder's name.")
    new.add_argument("folder", metavar="DIR", help="the new pack's folder")
    new.add_argument("--from", dest="start", choices=STARTERS, default="template",
                     help="start from the starter pack (default) or the built-in SCO pack")

    share = commands.add_parser("pack", help="check a pack folder and build a zip to share",
                                description="Check the pack folder DIR and, if it has no errors, write a zip "
                                "that opens in sco-app. Links and hidden files are left out; zipping an "
                                "unchanged pack again gives the same bytes.")
    share.add_argument("folder", metavar="DIR", help="the pack folder")
    share.add_argument("--out", metavar="NAME.zip", required=True, help="the zip to write")

    events = commands.add_parser("import-events", help="merge a spreadsheet (CSV) of events into a pack's event file",
                                 description="Read events from a CSV file (columns are listed in the "
                                 "instructors' guide) and merge them into the event file of the pack DIR: a row "
                                 "updates the event with its id and keeps the fields the spreadsheet has no column "
                                 "for; new ids are added; other events are kept. Every bad row is reported as "
                                 "FILE.csv:ROW; nothing is written then.")
    events.add_argument("csv", metavar="FILE.csv")
    events.add_argument("--into", metavar="DIR", required=True, help="the pack folder")
    events.add_argument("--file", metavar="NAME.yaml", default="events.yaml",
                        help="the event file in the pack (default events.yaml); added to include: if needed")
    events.add_argument("--force", action="store_true",
                        help="rewrite the event file even if it was not written by import-events (its comments go)")
    events.add_argument("--dry-run", action="store_true", help="say what would change, and write nothing")

    export = commands.add_parser("export-quiz", help="export a pack's quiz as GIFT or Moodle XML",
                                 description="Write the pack's quiz questions, with per-option feedback, for "
                                 "a learning management system. Map questions cannot be represented and "
                                 "are skipped with a warning naming them.")
    export.add_argument("--pack", dest="authoring_pack", metavar="PATH",
                        help="the lesson pack (default: the one given before the command, else the SCO pack)")
    export.add_argument("--format", choices=FORMATS, required=True, help="gift (text) or moodle-xml")
    export.add_argument("--out", metavar="FILE", required=True)
    export.add_argument("--lang", choices=languages, default="en", help="the pack's content language (default en)")
    export.add_argument("--no-generated", action="store_true",
                        help="only the questions written in the pack, not those the app makes from its events")

    handout = commands.add_parser("handout", help="write a PDF handout of a pack, with no window",
                                  description="Write an A4 PDF handout: title and source, the timeline, the "
                                  "map on a date with its legend, the argument cards of chosen events, the "
                                  "quiz, and its answer key on separate pages.")
    handout.add_argument("--pack", dest="authoring_pack", metavar="PATH",
                         help="the lesson pack (default: the one given before the command, else the SCO pack)")
    handout.add_argument("--out", metavar="FILE.pdf", required=True)
    handout.add_argument("--lang", choices=languages, default="en", help="content and heading language (default en)")
    handout.add_argument("--date", metavar="YYYY-MM-DD", help="the map's date (default: the last event's)")
    handout.add_argument("--events", metavar="ID,ID", help="the events whose argument cards to print "
                         "(default: every event with the paper's own reading)")

    schema = commands.add_parser("schema", help="say where the pack format's JSON Schema is, or copy it",
                                 description="Say where the JSON Schema of lesson packs is installed, for an "
                                 "editor that completes and checks packs as you type, or copy it into DIR "
                                 "(e.g. a pack's schema/ folder). Both files are self-contained and need no network.")
    where = schema.add_mutually_exclusive_group()
    where.add_argument("--path", action="store_true", help="print only the folder that holds the schema files")
    where.add_argument("--write", metavar="DIR", help="copy pack.schema.json and include.schema.json into DIR")


def run(args: argparse.Namespace) -> int:
    command = {"new-pack": _new_pack, "pack": _pack, "import-events": _import_events,
               "export-quiz": _export_quiz, "handout": _handout, "schema": _schema}[args.command]
    from sco_app.core.authoring import AuthoringError

    try:
        return command(args)
    except AuthoringError as exc:
        hints = [p for p in exc.problems if isinstance(p, str)]
        for problem in exc.problems:
            if not isinstance(problem, str):
                print(problem.format(), file=sys.stderr)
        print(f"sco-app {args.command}: {exc}", file=sys.stderr)
        for hint in hints:
            print(f"    hint: {hint}", file=sys.stderr)
        return 1


def _new_pack(args: argparse.Namespace) -> int:
    from sco_app.core.authoring.new_pack import new_pack

    made = new_pack(args.folder, args.start)
    files = f"{len(made.files)} file{'s' if len(made.files) != 1 else ''}"
    print(f"wrote the lesson pack '{made.pack_id}' to {made.folder} ({files}); it validates")
    print(f"next: edit {Path(made.folder) / 'pack.yaml'}, check it with 'sco-app validate {made.folder}'")
    return 0


def _pack(args: argparse.Namespace) -> int:
    from sco_app.core.authoring.archive import build_archive

    built = build_archive(args.folder, args.out)
    for problem in built.report.warnings:
        print(problem.format())
    for skipped in built.skipped:
        print(f"left out {skipped}")
    pack = built.report.pack
    files = f"{len(built.files)} file{'s' if len(built.files) != 1 else ''}"
    print(f"wrote {built.path}: {pack.id} {pack.version}, {files}; it opens in sco-app")
    return 0


def _import_events(args: argparse.Namespace) -> int:
    from sco_app.core.authoring.import_events import import_events

    done = import_events(args.csv, args.into, args.file, force=args.force, dry_run=args.dry_run)
    for line in done.notes:
        print(line)
    if done.written:
        print(f"wrote {done.count} events from {args.csv} to {done.path}; the pack validates")
    else:
        print(f"dry run: {done.count} events read from {args.csv}; nothing was written")
    return 0


def _pack_path(args: argparse.Namespace) -> Path:
    from sco_app.core.resources import lessons_dir

    return Path(args.authoring_pack or args.pack or lessons_dir() / "sco-balancing")


def _load(args: argparse.Namespace):
    from sco_app.core.authoring import AuthoringError
    from sco_app.core.packs import check_pack

    path = _pack_path(args)
    report = check_pack(path)
    if report.pack is None:
        raise AuthoringError(f"{path}: the pack has errors; nothing was written", report.problems)
    if args.lang not in report.pack.languages:
        raise AuthoringError(f"the pack is not written in {args.lang!r}; it has {', '.join(report.pack.languages)}")
    return report.pack


def _export_quiz(args: argparse.Namespace) -> int:
    from sco_app.core.authoring import AuthoringError
    from sco_app.core.authoring.quiz_export import export_quiz
    from sco_app.core.authoring.quiz_items import quiz_questions

    pack = _load(args)
    result = export_quiz(pack, args.format, args.lang, quiz_questions(pack, generated=not args.no_generated))
    for warning in result.warnings():
        print(f"warning: {warning}", file=sys.stderr)
    try:
        Path(args.out).write_text(result.text, encoding="utf-8")
    except OSError as exc:
        raise AuthoringError(f"cannot write {args.out}: {exc.strerror or exc}") from None
    print(f"wrote {len(result.written)} questions to {args.out} ({args.format}, {args.lang})")
    return 0


def _handout(args: argparse.Namespace) -> int:
    from sco_app.core.authoring import AuthoringError
    from sco_app.core.dates import DateError, parse_date

    pack = _load(args)
    try:
        date = parse_date(args.date) if args.date else None
    except DateError as exc:
        raise AuthoringError(f"--date: {exc}") from None
    events = [e.strip() for e in args.events.split(",") if e.strip()] if args.events else None
    unknown = [e for e in events or () if e not in {event.id for event in pack.events}]
    if unknown:
        raise AuthoringError(f"the pack has no event {', '.join(map(repr, unknown))}")
    from sco_app.ui.handout import HandoutOptions, write_handout_file

    try:
        pages = write_handout_file(pack, args.out, HandoutOptions(args.lang, date, events))
    except OSError as exc:
        raise AuthoringError(f"cannot write {args.out}: {exc.strerror or exc}") from None
    print(f"wrote {args.out}: {pages} A4 pages")
    return 0


def _schema(args: argparse.Namespace) -> int:
    from sco_app.core.authoring.schema_files import SCHEMA_FILES, schema_folder, write_schema

    if args.write:
        for path in write_schema(args.write):
            print(f"wrote {path}")
        print(f"bind a pack file to it with a first line such as:  # yaml-language-server: $schema="
              f"{Path(args.write) / SCHEMA_FILES[0]}")
        return 0
    folder = schema_folder()
    if args.path:
        print(folder)
        return 0
    for name in SCHEMA_FILES:
        print(folder / name)
    print("pack.yaml binds to pack.schema.json, every included file to include.schema.json, e.g. with a line:")
    print(f"# yaml-language-server: $schema={folder / SCHEMA_FILES[0]}")
    print("or copy them next to your pack with 'sco-app schema --write DIR' (new-pack does this for you)")
    return 0
