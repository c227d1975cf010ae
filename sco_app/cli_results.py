"""``sco-app results export | merge | recover``: the instructor's side of the progress store.

Every failure is one line saying what happened and what to do, never a traceback; the exit status is
0 when the command did its work, 1 when the progress file or a file given cannot be used or the output
cannot be written, 2 for bad usage (such as an ``--out`` that is a folder or in a missing folder). An
output file is written whole or not at all. The command line never moves or changes a student's progress
file, except ``recover``, which is asked to, and keeps the damaged file beside the recovered one.
No Qt is imported here.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from pathlib import Path

ACTIONS = ("export", "merge", "recover")


class CommandError(Exception):
    """The command cannot do its work: the message is its one line; :attr:`status` the exit status."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


def add_recover(actions) -> None:
    """Register ``results recover`` on ``actions`` (the results command's subparsers)."""
    recover = actions.add_parser(
        "recover", help="copy every answer a damaged progress file still holds into a new one",
        description="Read every row that can still be read from a damaged progress file and write them to a new "
        "progress file. With no options, the new file takes the place of this user's progress file and the "
        "damaged one is kept beside it as progress.sqlite3.corrupt-STAMP. Exit status: 0 recovered (or nothing "
        "to recover), 1 nothing could be read or written, 2 bad usage.")
    recover.add_argument("--from", dest="source", metavar="FILE",
                         help="recover this file instead (such as a progress.sqlite3.corrupt-... the app set aside); "
                         "needs --out")
    recover.add_argument("--out", metavar="FILE", help="write the recovered answers to this new file and leave "
                         "the damaged one where it is")


def run(args: argparse.Namespace) -> int:
    command = {"export": _export, "merge": _merge, "recover": _recover}[args.action]
    try:
        return command(args)
    except CommandError as exc:
        print(f"sco-app results {args.action}: {exc}", file=sys.stderr)
        return exc.status


def output_path(name: str) -> Path:
    """``--out``'s file, once it is known that it can be written there (else a usage error)."""
    out = Path(name)
    if out.is_dir():
        raise CommandError(f"--out {out} is a folder; name a file in it", 2)
    folder = out.parent
    if not folder.is_dir():
        what = "is a file, not a folder" if folder.exists() else "does not exist"
        raise CommandError(f"--out {out}: the folder {folder} {what}", 2)
    return out


def _written(write, out: Path) -> int:
    """Run ``write`` (which writes ``out`` whole or not at all); an OS error is the command's one line."""
    try:
        return write()
    except OSError as exc:
        raise CommandError(f"cannot write {out}: {exc.strerror or exc}; nothing was written") from None


def _store(path: Path | None = None):
    from sco_app.core.progress import ProgressStore
    from sco_app.core.store_errors import StoreError

    try:
        return ProgressStore.existing(path)
    except StoreError as exc:
        raise CommandError(exc.line()) from None


def _export(args: argparse.Namespace) -> int:
    from sco_app.core import results

    out = output_path(args.out)
    store = _store()
    try:
        profile = None
        if args.profile:
            profiles = store.profiles()
            profile = next((p for p in profiles if p.name == args.profile), None)
            if profile is None:
                names = ", ".join(p.name for p in profiles) or "none yet"
                raise CommandError(f"no profile named {args.profile!r} (profiles: {names})")
        attempts = list(store.attempts(profile, args.pack, records=args.format == "xapi"))  # every row read before anything is written
    except sqlite3.Error as exc:
        raise CommandError(store.explain(exc).line()) from None
    finally:
        store.close()
    if args.format == "csv":
        count = _written(lambda: results.write_csv(results.csv_rows(attempts), out), out)
    else:
        from sco_app.core.lab_settings import preferences
        from sco_app.core.xapi_addresses import addresses_from

        addresses = addresses_from(preferences())  # the lab's LMS addresses, if its settings file names them
        count = _written(lambda: results.write_xapi(attempts, out, addresses), out)
    print(f"wrote {count} {'answers' if args.format == 'csv' else 'statements'} to {out}")
    return 0


def _merge(args: argparse.Namespace) -> int:
    from sco_app.core import results

    out = output_path(args.out)
    summary = output_path(str(out.with_name(f"{out.stem}-summary.csv")))
    try:
        rows = results.read_results(args.files)
    except results.MergeError as exc:
        raise CommandError(str(exc)) from None
    table = results.difficulty(rows)
    _written(lambda: results.write_csv(rows, out), out)
    questions = _written(lambda: results.write_csv(table, summary, results.SUMMARY_COLUMNS), summary)
    print(f"merged {len(rows)} answers from {len(args.files)} files into {out}; "
          f"{questions} questions summarised in {summary}")
    return 0


def _recover(args: argparse.Namespace) -> int:
    from sco_app.core.progress import FILE_NAME, ProgressStore, default_data_dir, set_aside
    from sco_app.core.progress_recovery import salvage
    from sco_app.core.store_errors import StoreDamaged, StoreError

    if args.source and not args.out:
        raise CommandError("--from needs --out, the new file to write the recovered answers to", 2)
    out = output_path(args.out) if args.out else None
    if out is not None and out.exists():
        raise CommandError(f"--out {out} exists already; name a new file", 2)
    source = Path(args.source) if args.source else default_data_dir() / FILE_NAME
    if args.source and not source.is_file():
        raise CommandError(f"--from {source} is not a file", 2)
    if out is None:  # in place: only a damaged file
        try:
            ProgressStore.existing(source).close()
        except StoreDamaged:
            pass
        except StoreError as exc:
            raise CommandError(exc.line()) from None
        else:
            print(f"{source} is not damaged; nothing to recover")
            return 0
    target = out or source.with_name(f".{source.name}.recovering")
    for leftover in ([] if out else [target, *(target.with_name(target.name + s) for s in ("-wal", "-shm"))]):
        leftover.unlink(missing_ok=True)  # from a recovery that was stopped
    try:
        recovery = salvage(source, target)
    except StoreError as exc:
        if isinstance(exc, StoreDamaged):
            raise CommandError(f"nothing could be read from {source} ({exc.detail}); it is kept as it is") from None
        raise CommandError(exc.line()) from None
    except OSError as exc:
        raise CommandError(f"cannot write {target}: {exc.strerror or exc}; {source} is kept as it is") from None
    copied = recovery.copied
    found = (f"{copied.get('attempts', 0)} answers, {copied.get('profiles', 0)} profiles and "
             f"{copied.get('sessions', 0)} sessions")
    lost = f"; {recovery.unreadable} rows could not be read" if recovery.unreadable else ""
    if out is not None:
        print(f"recovered {found} into {out}{lost}; {source} is left as it is")
        return 0
    try:
        kept = set_aside(source)
        os.replace(target, source)
    except OSError as exc:
        raise CommandError(f"the recovered answers are in {target}, but it could not take the place of {source} "
                           f"({exc.strerror or exc}); move it there by hand") from None
    print(f"recovered {found} into {source}{lost}; the damaged file is kept as {kept}")
    return 0
