"""The command-line front door: the app by default, plus subcommands.

No Qt is imported here; a subcommand that needs a window imports the UI when it runs.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Sequence

from sco_app import __version__
from sco_app.core.languages import LANGUAGES as _LANGUAGE_NAMES

LANGUAGES = tuple(_LANGUAGE_NAMES)  # the interface languages' codes, as command-line choices
PASSWORD_VARIABLE = "SCO_APP_LRS_PASSWORD"  # results sync --user: the password (never a command-line flag)
LAB_COMMAND = "lab-settings"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sco-app",
        description="An offline lesson studio: explore and practise one paper on the Shanghai Cooperation Organization.",
    )
    parser.add_argument("--version", action="version", version=f"sco-app {__version__}")
    parser.add_argument("--pack", metavar="PATH", help="open this lesson pack (a folder or a .zip) instead of the built-in one")
    parser.add_argument("--lang", choices=LANGUAGES, help="interface language (default: as last chosen, else the system's)")
    link = parser.add_argument_group("deep links", "open the app right at an event, a date or a tour's step "
                                     "(on the built-in pack unless --pack is given)")
    link.add_argument("--event", metavar="ID", help="select this event")
    link.add_argument("--date", metavar="YYYY-MM-DD", type=_date_arg, help="set the map's date")
    link.add_argument("--tour", metavar="ID", help="play this tour")
    link.add_argument("--step", metavar="N", type=_step_arg, help="at this step of the tour (1 is the first)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    validate = commands.add_parser(
        "validate",
        help="check lesson packs and list every problem",
        description="Check lesson packs (folders or .zip files) and print every problem as file:line:col. "
        "With no PATH, check the built-in packs. Exit status: 0 no errors, 1 errors, 2 bad usage.",
    )
    validate.add_argument("paths", nargs="*", metavar="PATH", help="a pack folder, its pack.yaml, or a .zip")
    validate.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")

    render = commands.add_parser(
        "render",
        help="draw a view to a PNG, SVG or PDF file, with no display",
        description="Draw a view of the app to a file without a screen. The format follows the file's extension: "
        ".png (raster), .svg or .pdf (vector, painted by Qt).",
    )
    render.add_argument("--pack", metavar="PATH", dest="render_pack",
                        help="the lesson pack (default: the one given before 'render', else the built-in SCO pack)")
    render.add_argument("--view", choices=("main", "timeline", "map", "argument"), default="main", help="what to draw")
    render.add_argument("--event", metavar="ID", dest="render_event", help="select this event first")
    render.add_argument("--date", metavar="YYYY-MM-DD", type=_date_arg, dest="render_date", help="set the map's date")
    render.add_argument("--tour", metavar="ID", dest="render_tour", help="show a step of this tour")
    render.add_argument("--step", metavar="N", dest="render_step", type=_step_arg, help="the tour's step (1 is the first)")
    render.add_argument("--presenter", action="store_true",
                        help="draw presenter mode's projection (timeline, map, narrative in large type) at --size, "
                             "for slides and handouts")
    render.add_argument("--size", metavar="WxH", type=_size_arg, default=(1400, 900), help="size in pixels (default 1400x900)")
    render.add_argument("--out", metavar="FILE", required=True, help="the file to write: .png, .svg or .pdf")
    render.add_argument("--lang", choices=LANGUAGES, default="en", help="interface and content language (default en)")

    results = commands.add_parser("results", help="export the stored answers, merge a class's files, or sync to an LRS",
                                  description="Export the answers stored on this computer, merge exported files, "
                                  "recover a damaged progress file, or send the queued answers to the class's "
                                  "Learning Record Store.")
    actions = results.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write every stored answer as CSV or xAPI statements",
                                description="Write every answer stored on this computer for this user as CSV or "
                                "xAPI statements. Exit status: 0 written, 1 the progress file cannot be read or the "
                                "file cannot be written (the message says why and what to do), 2 bad usage.")
    export.add_argument("--format", choices=("csv", "xapi"), default="csv", help="csv (default) or xapi (JSON array)")
    export.add_argument("--profile", metavar="NAME", help="only this profile's answers")
    export.add_argument("--pack", metavar="ID", help="only answers to this pack's questions")
    export.add_argument("--out", metavar="FILE", required=True)
    merge = actions.add_parser("merge", help="combine the CSV files of a class and summarise each question's difficulty",
                               description="Combine results CSV files into one and write a per-question summary "
                               "beside it. Exit status: 0 written, 1 a file is not a results file or cannot be "
                               "written, 2 bad usage.")
    merge.add_argument("files", nargs="+", metavar="FILE.csv")
    merge.add_argument("--out", metavar="FILE", required=True,
                       help="the merged CSV; the summary goes beside it as NAME-summary.csv")
    from sco_app.cli_results import add_recover

    add_recover(actions)
    sync = actions.add_parser("sync", help="send the queued answers to the class's Learning Record Store (xAPI)",
                              description="Send the answers waiting on this computer to the Learning Record Store set "
                              "in the app (Quiz > Class results server), with the user name and password stored there "
                              "(which go only to the address they were saved for). Exit status: 0 all sent, 1 not all "
                              "sent, 2 no LRS set up or bad usage.")
    sync.add_argument("--endpoint", metavar="URL", help="this LRS address instead of the one in the settings (another "
                      "address than the saved one needs --user)")
    sync.add_argument("--user", metavar="NAME", help="the user name for the LRS; the password comes from the "
                      f"{PASSWORD_VARIABLE} environment variable, else it is asked for")
    sync.add_argument("--retry-rejected", action="store_true",
                      help="put the answers the LRS rejected back in the queue first (once the LRS is fixed)")
    from sco_app.cli_authoring import add_commands

    add_commands(commands, LANGUAGES)  # new-pack, pack, import-events, export-quiz, handout
    from sco_app import cli_desktop

    cli_desktop.add_command(commands)  # install-desktop
    from sco_app.core import lab_settings

    lab = commands.add_parser(LAB_COMMAND, help="the lab's settings file: a commented example, the instructor PIN, "
                              "a check", description=lab_settings.DESCRIPTION)
    lab_settings.add_arguments(lab)
    return parser


def _results(args: argparse.Namespace) -> int:
    if args.action == "sync":
        return _sync(args)
    from sco_app import cli_results

    return cli_results.run(args)


def _sync(args: argparse.Namespace) -> int:
    """Send the outbox; say what was sent and what is left, in one line on any failure (never a
    traceback). The password is never printed."""
    from sco_app.core.lrs import LrsError
    from sco_app.core.store_errors import StoreError

    try:
        return _sync_unguarded(args)
    except LrsError as exc:  # e.g. a password that would go over plain http://
        print(f"sco-app results sync: {exc}", file=sys.stderr)
        return 1
    except StoreError as exc:  # the progress file cannot be used: what happened and what to do
        print(f"sco-app results sync: {exc.line()}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("sco-app results sync: stopped; the answers not yet acknowledged stay queued", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - a clear line, whatever went wrong
        print(f"sco-app results sync: {' '.join(f'{exc.__class__.__name__}: {exc}'.split())}; "
              "the queued answers stay on this computer", file=sys.stderr)
        return 1


def _sync_config(args: argparse.Namespace):
    """The LRS to send to, and None with a message if there is none. The saved user name and password go
    only to the address they were saved for; another address (``--endpoint``) needs ``--user`` and a
    password from the environment or typed when asked."""
    import getpass
    import os

    from sco_app.core import lrs
    from sco_app.ui.lrs_settings import load_config

    saved = load_config()
    endpoint = (args.endpoint or "").strip() or (saved.endpoint if saved else "")
    if not endpoint:
        return None, ("no Learning Record Store is set up for this user (set its address, user name and password "
                      "in the app: Quiz > Class results server, or give --endpoint and --user)")
    problem = lrs.endpoint_problem(endpoint)
    if problem:
        return None, f"the LRS address {endpoint!r} is not usable: {problem}"
    if saved and lrs.same_endpoint(saved.endpoint, endpoint) and args.user in (None, saved.username):
        return saved, None
    if not args.user:
        return None, (f"no user name and password are saved for {endpoint}; give --user (the password comes from "
                      f"{PASSWORD_VARIABLE} or is asked for)")
    password = os.environ.get(PASSWORD_VARIABLE)
    if password is None:
        if not sys.stdin.isatty():
            return None, f"no password: set {PASSWORD_VARIABLE} (no terminal to ask for it)"
        password = getpass.getpass(f"Password for {args.user} at {endpoint}: ")
    return lrs.LrsConfig(endpoint, args.user, password), None


def _sync_unguarded(args: argparse.Namespace) -> int:
    from sco_app.core import lrs
    from sco_app.core.progress import ProgressStore

    config, problem = _sync_config(args)
    if config is None:
        print(f"sco-app results sync: {problem}", file=sys.stderr)
        return 2
    client = lrs.LrsClient(config)  # an LrsError here (a plain-http password) is reported by _sync
    store = ProgressStore.in_folder(move_aside=False)  # only the app's own first opening moves a file aside
    try:
        if args.retry_rejected:
            print(f"{_count(store.outbox_requeue_rejected(), 'rejected answer')} back in the queue")
        report = lrs.sync(store, client, lease_wait=client.deadline + lrs.LEASE_MARGIN_S)
    finally:
        store.close()
    line = (f"sent {_count(report.sent, 'answer')} to {config.shown}; {report.queued} still queued, "
            f"{report.total_sent} sent in all")
    if report.rejected:
        line += f"; {_count(report.rejected, 'answer')} rejected by the LRS (kept on this computer)"
    if report.error is not None or report.busy:
        print(line, file=sys.stderr)
        reason = report.error or "another copy of sco-app kept sending these answers; try again later"
        print(f"sco-app results sync: {reason}; the queued answers stay on this computer", file=sys.stderr)
        return 1
    print(line)
    return 0


def _date_arg(text: str):
    from sco_app.core.dates import DateError, parse_date

    try:
        return parse_date(text)
    except DateError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _size_arg(text: str) -> tuple[int, int]:
    try:
        width, height = (int(n) for n in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not WxH, e.g. 1400x900") from None
    if not (64 <= width <= 10000 and 64 <= height <= 10000):
        raise argparse.ArgumentTypeError("width and height must be between 64 and 10000 pixels")
    return width, height


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "validate":
        return _validate(args.paths, args.format)
    if args.command == "render":
        return _render(args)
    if args.command == "results":
        return _results(args)
    from sco_app import cli_authoring, cli_desktop

    if args.command in cli_authoring.COMMANDS:
        return cli_authoring.run(args)
    if args.command == cli_desktop.COMMAND:
        return cli_desktop.run(args)
    if args.command == LAB_COMMAND:
        from sco_app.core import lab_settings

        return lab_settings.run(args)
    return _run_app(args)


def gui_main() -> int:
    """The windowed launcher's entry point (``sco-app-gui``: no console window on Windows). With no
    console, ``sys.stdout`` and ``sys.stderr`` are None; they go to the null device, so that nothing
    that writes to them fails."""
    import os

    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - for the process's life
    return main()


def _validate(paths: list[str], output: str) -> int:
    from sco_app.core.packs import check_pack
    from sco_app.core.resources import builtin_pack_dirs

    targets = paths or [str(p) for p in builtin_pack_dirs()]
    reports = [check_pack(target) for target in targets]  # never raises: a checker fault is a problem too
    if output == "json":
        print(json.dumps({"ok": all(r.ok for r in reports), "packs": [_report_json(r) for r in reports]},
                         indent=2, ensure_ascii=False))
    else:
        for report in reports:
            for problem in report.problems:
                print(problem.format())
            print(_summary_line(report))
    return 0 if all(r.ok for r in reports) else 1


def _summary_line(report) -> str:
    s = report.summary
    name = f"{s['id']} {s['version'] or '?'}" if s.get("id") else report.label
    verdict = "ok" if report.ok else "NOT USABLE"
    counts = (f"{s['events']} events, {s['actors']} actors, {s['eras']} eras, "
              f"{len(s['languages'])} languages ({', '.join(s['languages'])})") if s else "not read"
    return (f"{name}: {verdict}: {_count(len(report.errors), 'error')}, {_count(len(report.warnings), 'warning')}; {counts}"
            f"  [{report.label}]")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _report_json(report) -> dict:
    return {
        "path": report.label,
        "ok": report.ok,
        "errors": len(report.errors),
        "warnings": len(report.warnings),
        **report.summary,
        "problems": [p.as_dict() for p in report.problems],
    }


def _render(args: argparse.Namespace) -> int:
    from sco_app.core.packs import PackError
    from sco_app.ui.render import RenderError, render

    try:
        pack = args.render_pack or args.pack
        path = render(pack, args.view, args.out, event=args.render_event or args.event,
                      date=args.render_date if args.render_date is not None else args.date, size=args.size,
                      language=args.lang, tour=args.render_tour or args.tour,
                      step=args.render_step if args.render_step is not None else args.step, presenter=args.presenter)
    except PackError as exc:
        for problem in exc.problems:
            print(problem.format(), file=sys.stderr)
        print(f"{args.render_pack or args.pack}: the pack has errors; nothing was drawn", file=sys.stderr)
        return 1
    except RenderError as exc:
        print(f"sco-app render: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {path}")
    return 0


def _run_app(args: argparse.Namespace) -> int:
    from sco_app.app import run

    return run(args.pack, args.lang, {"event": args.event, "date": args.date, "tour": args.tour, "step": args.step})


def _step_arg(text: str) -> int:
    try:
        step = int(text)
    except ValueError:
        step = 0
    if step < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a step number (1 is the first)")
    return step
