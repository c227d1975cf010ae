"""Merge a spreadsheet of events into a pack's event file, checked before and after it is written.

The events go to one YAML file of the pack (``events.yaml`` unless told otherwise), which is added
to ``include:`` in ``pack.yaml`` when it is not there yet. Each row updates the event with its id and
keeps every field the spreadsheet has no column for (:mod:`~sco_app.core.authoring.event_merge`), so
hand edits to the file survive the next import; new ids are added, and events the spreadsheet does
not list are kept. The file is written anew, so its comments are not kept: a file that import-events
did not write is rewritten only when asked (``force``). A dry run says what would change and writes
nothing. After writing, the whole pack is checked; if it has errors, both files are put back as they
were and the problems are reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from sco_app.core.authoring import AuthoringError
from sco_app.core.authoring.event_merge import Merge, merge_events
from sco_app.core.authoring.event_rows import PackIds, read_rows
from sco_app.core.geo import country_names
from sco_app.core.packs import check_pack
from sco_app.core.packs.files import PACK_FILE, FileProblem, clean_relative, open_pack_files
from sco_app.core.packs.yaml_reader import YamlProblems, read_yaml

MARKER = "# Written by sco-app import-events"
MAX_CSV_BYTES = 8 * 1024 * 1024


@dataclass
class ImportedEvents:
    """An import just done (or, for a dry run, worked out): the event file, how many rows, what
    changed, and notes for the instructor."""

    path: Path
    count: int
    notes: list[str] = field(default_factory=list)
    merge: Merge | None = None
    written: bool = True


def import_events(csv_path: str | Path, folder: str | Path, file_name: str = "events.yaml",
                  force: bool = False, dry_run: bool = False) -> ImportedEvents:
    """Merge ``csv_path`` into the pack ``folder``'s event file ``file_name``; raise
    :class:`AuthoringError` (with every bad row) when the spreadsheet or the result has problems.
    With ``dry_run``, nothing is written: the result says what would change."""
    csv_path, folder = Path(csv_path), Path(folder)
    rel = clean_relative(file_name)
    if rel is None or not rel.endswith(".yaml") or rel == PACK_FILE:
        raise AuthoringError(f"{file_name!r} cannot be the event file", ["name a .yaml file inside the pack, e.g. events.yaml"])
    if not folder.is_dir():
        raise AuthoringError(f"{folder} is not a pack folder", ["name the folder that holds pack.yaml"])
    ids, data = _pack_ids(folder, rel)
    try:
        raw = csv_path.read_bytes()
    except OSError as exc:
        raise AuthoringError(f"cannot read {csv_path}: {exc.strerror or exc}") from None
    if len(raw) > MAX_CSV_BYTES:
        raise AuthoringError(f"{csv_path} is larger than {MAX_CSV_BYTES // (1024 * 1024)} MiB")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise AuthoringError(f"{csv_path} is not UTF-8 text",
                             ["save the spreadsheet as 'CSV UTF-8 (comma delimited)'"]) from None
    sheet = read_rows(text, str(csv_path), ids)
    events, problems = sheet.events, sheet.problems
    if problems:
        bad = len({p.row for p in problems})
        raise AuthoringError(f"{csv_path}: {bad} bad row{'s' if bad > 1 else ''}; nothing was written", problems)
    target = folder / rel
    inside = folder.resolve() in (target.parent.resolve(strict=False), *target.parent.resolve(strict=False).parents)
    if target.is_symlink() or not inside:
        raise AuthoringError(f"{target} is a link or leads out of the pack; nothing was written")
    old_events = target.read_text(encoding="utf-8") if target.is_file() else None
    if old_events is not None and not old_events.startswith(MARKER) and not force and not dry_run:
        raise AuthoringError(f"{target} was not written by import-events; nothing was written",
                             ["its events would be kept, but its comments and layout would be rewritten: use "
                              "--force to go ahead, --dry-run to see what would change, or --file for another file"])
    merge = merge_events(_old_events(old_events, target), events, sheet.columns, ids.languages)
    pack_file = folder / PACK_FILE
    old_pack = pack_file.read_text(encoding="utf-8")
    notes = []
    new_pack = old_pack
    if rel not in _includes(data):
        new_pack = add_include(old_pack, rel)
        notes.append(f"{'would add' if dry_run else 'added'} {rel} to include: in {pack_file}")
    if dry_run:
        return ImportedEvents(target, len(events), notes + merge.summary(conditional=True), merge, written=False)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(_events_yaml(merge.events, csv_path.name, folder.name), encoding="utf-8")
    if new_pack != old_pack:
        pack_file.write_text(new_pack, encoding="utf-8")
    report = check_pack(folder)
    if not report.ok:  # put everything back as it was
        pack_file.write_text(old_pack, encoding="utf-8")
        if old_events is None:
            target.unlink()
        else:
            target.write_text(old_events, encoding="utf-8")
        raise AuthoringError(f"with these events the pack has errors; {folder} is as it was", report.errors)
    notes += merge.summary()
    notes += [p.format() for p in report.warnings if p.file.endswith(rel)]
    return ImportedEvents(target, len(events), notes, merge)


def _old_events(text: str | None, target: Path) -> list:
    """The events of the event file as it is (none if there is no file yet)."""
    if text is None:
        return []
    try:
        data = read_yaml(text, str(target))
    except YamlProblems as exc:
        raise AuthoringError(f"{target} cannot be read, so its events cannot be kept; nothing was written",
                             exc.problems) from None
    events = data.get("events") if isinstance(data, dict) else None
    return events if isinstance(events, list) else []


def _pack_ids(folder: Path, target: str) -> tuple[PackIds, dict]:
    """The ids a row may name, read from the pack's files (all but the event file being replaced)."""
    try:
        files = open_pack_files(folder)
        data = read_yaml(files.read_text(PACK_FILE), files.display(PACK_FILE))
    except (FileProblem, YamlProblems) as exc:
        problems = [exc.problem] if isinstance(exc, FileProblem) else exc.problems
        raise AuthoringError(f"{folder}: fix the pack's own problems first", problems) from None
    if not isinstance(data, dict):
        raise AuthoringError(f"{folder / PACK_FILE} holds no pack")
    languages = tuple(x for x in data.get("languages") or () if isinstance(x, str)) or ("en",)
    names = country_names()
    ids = PackIds(languages, countries=set(names), country_names=names)
    source = data.get("source") if isinstance(data.get("source"), dict) else {}
    ids.passages = {p.get("id") for p in source.get("passages") or () if isinstance(p, dict)}
    parts = [(PACK_FILE, data)]
    for name in _includes(data):
        if name == target or not files.exists(name):
            continue
        try:
            parts.append((name, read_yaml(files.read_text(name), files.display(name))))
        except (FileProblem, YamlProblems):
            continue  # the check after writing reports it
    for name, part in parts:
        if not isinstance(part, dict):
            continue
        for section, into in (("lanes", ids.lanes), ("theories", ids.theories), ("eras", ids.eras)):
            into.update(item.get("id") for item in part.get(section) or () if isinstance(item, dict))
        for event in part.get("events") or ():
            if isinstance(event, dict) and isinstance(event.get("id"), str):
                ids.other_events[event["id"]] = name
    return ids, data


def _includes(data: dict) -> list[str]:
    names = data.get("include")
    return [clean_relative(n) for n in names if isinstance(n, str) and clean_relative(n)] if isinstance(names, list) else []


def add_include(text: str, name: str) -> str:
    """``pack.yaml``'s text with ``name`` added to its ``include:`` list (made if missing), comments kept."""
    flow = re.search(r"^include:[ \t]*\[(.*?)\][ \t]*(#.*)?$", text, re.MULTILINE)
    if flow:
        items = [i.strip() for i in flow.group(1).split(",") if i.strip()] + [name]
        comment = f"  {flow.group(2)}" if flow.group(2) else ""
        return text[:flow.start()] + f"include: [{', '.join(items)}]{comment}" + text[flow.end():]
    block = re.search(r"^include:[ \t]*(#.*)?\n((?:[ \t]*(?:-.*)?\n|[ \t]*#.*\n)*)", text, re.MULTILINE)
    if block:
        indent = re.search(r"^([ \t]*)-", block.group(2), re.MULTILINE)
        return text[:block.end()] + f"{indent.group(1) if indent else '  '}- {name}\n" + text[block.end():]
    if re.search(r"^include:", text, re.MULTILINE):
        raise AuthoringError(f"cannot add {name} to include: in pack.yaml", [f"add {name} to its include: list yourself"])
    return text.rstrip("\n") + f"\n\n# Events imported from a spreadsheet (sco-app import-events):\ninclude: [{name}]\n"


def _events_yaml(events: list[dict], csv_name: str, folder_name: str) -> str:
    header = (f"{MARKER} from {csv_name}. Import the spreadsheet again to update these events:\n"
              f"#   sco-app import-events {csv_name} --into {folder_name}\n"
              f"# Fields the spreadsheet has no column for (and translations it lacks) are kept; comments are not.\n\n")
    body = yaml.safe_dump({"events": events}, allow_unicode=True, sort_keys=False, width=100, default_flow_style=False)
    return header + body
