"""import-events: a spreadsheet of events becomes the pack's event file; bad rows are reported by row number."""

from __future__ import annotations

import pytest

from sco_app.cli import main
from sco_app.core.authoring import AuthoringError
from sco_app.core.authoring.import_events import MARKER, add_include, import_events
from sco_app.core.authoring.new_pack import new_pack
from sco_app.core.packs import check_pack, load_pack

HEADER = "id,date,end,title,title_id,description,lane,actors,theory,basis,passages,explanation,place,lon,lat,sources\n"
GOOD = HEADER + (
    'asean-founded,1967-08-08,,ASEAN is founded,ASEAN didirikan,"Five states signed the Bangkok Declaration.",'
    'agreement,IDN; MYS; PHL; SGP; THA,balance-of-threat,paper,finding-1,A shared threat.,Bangkok,100.5,13.75,'
    '"ASEAN Secretariat | https://asean.org/; A second source"\n'
    "brunei-joins,Jan 1984,,Brunei joins,,Brunei became the sixth member.,agreement,BRN,balance-of-interests,,,"
    "A small state gains a voice.,,,,Note\n"
)


@pytest.fixture
def pack_folder(tmp_path):
    return new_pack(tmp_path / "asean").folder


def _csv(tmp_path, text, name="events.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_good_spreadsheet_becomes_an_included_event_file(tmp_path, pack_folder):
    """Every column lands in the event file, which is included and validates with the pack's ids."""
    done = import_events(_csv(tmp_path, GOOD), pack_folder)
    assert done.count == 2 and done.path == pack_folder / "events.yaml"
    assert done.path.read_text(encoding="utf-8").startswith(MARKER)
    assert "include: [events.yaml]" in (pack_folder / "pack.yaml").read_text(encoding="utf-8")
    pack = load_pack(pack_folder)
    founded = pack.event("asean-founded")
    assert founded.title.get("id") == "ASEAN didirikan" and str(founded.date) == "1967-08-08"
    assert founded.actors == ("IDN", "MYS", "PHL", "SGP", "THA") and founded.place.lon == 100.5
    assert founded.reading.theory == "balance-of-threat" and founded.reading.passages == ("finding-1",)
    assert [s.citation for s in founded.sources] == ["ASEAN Secretariat", "A second source"]
    assert founded.sources[0].url == "https://asean.org/"
    assert str(pack.event("brunei-joins").date) == "1984-01" and pack.event("brunei-joins").reading.basis.value == "interpretation"
    assert len(pack.events) == 5  # the starter's three and the two imported


def test_importing_again_replaces_the_file(tmp_path, pack_folder):
    """The spreadsheet is the place to edit: a second import replaces the events and includes once."""
    import_events(_csv(tmp_path, GOOD), pack_folder)
    import_events(_csv(tmp_path, GOOD.replace("Brunei joins,", "Brunei becomes a member,")), pack_folder)
    assert load_pack(pack_folder).event("brunei-joins").title.get("en") == "Brunei becomes a member"
    assert (pack_folder / "pack.yaml").read_text(encoding="utf-8").count("events.yaml") == 1


def test_bad_rows_are_reported_by_row_number_with_hints(tmp_path, pack_folder):
    """Each bad cell is named with its spreadsheet row, a hint, and nothing is written."""
    bad = HEADER + (
        "Bad Id,1967-08-08,,T,,D,agreement,,balance-of-threat,,,E,,,,\n"            # row 2
        "ok-one,1967-02-30,,T,,D,agreemnt,,balance-of-treat,,,E,,,,\n"             # row 3
        "ok-two,1970,1969,T,,D,agreement,XYZ;IDN,balance-of-threat,own,finding-9,E,,,,\n"  # row 4
        "ok-two,1971,,,,D,agreement,,balance-of-threat,,,E,Here,200,5,x | ftp://a\n"  # row 5
        "sco-founded,1971,,T,,D,agreement,,balance-of-threat,,,E,,,,\n"             # row 6
        "ok-three,1971,,T,,D,,,,,,E,,,,\n"                                          # row 7
    )
    path = _csv(tmp_path, bad)
    before = (pack_folder / "pack.yaml").read_text(encoding="utf-8")
    with pytest.raises(AuthoringError) as info:
        import_events(path, pack_folder)
    lines = [p.format() for p in info.value.problems]
    text = "\n".join(lines)
    assert f"{path}:2: the id 'Bad Id' is not an id\n    hint: use lower-case letters" in text
    assert f"{path}:3: 'date': '1967-02-30' does not exist" in text
    assert f"{path}:3: unknown lane 'agreemnt' in 'lane'\n    hint: did you mean 'agreement'?" in text
    assert f"{path}:3: unknown theory 'balance-of-treat' in 'theory'\n    hint: did you mean 'balance-of-threat'?" in text
    assert f"{path}:4: the event ends (1969) before it begins (1970)" in text
    assert f"{path}:4: unknown country code 'XYZ' in 'actors'" in text
    assert f"{path}:4: 'basis' is 'own'" in text and f"{path}:4: unknown passage 'finding-9'" in text
    assert f"{path}:5: the id 'ok-two' is already used on row 4" in text
    assert f"{path}:5: 'title' is empty" in text and f"{path}:5: 'theory' is empty" not in text and f"{path}:5: lon 200.0 or lat 5.0 is out of range" in text
    assert f"{path}:5: 'ftp://a' is not a web address" in text
    assert f"{path}:6: the pack already has an event 'sco-founded' (in pack.yaml)" in text
    assert f"{path}:7: 'theory' is empty\n    hint: name one of the pack's theories: balance-of-interests, balance-of-threat" in text
    assert str(info.value) == f"{path}: 6 bad rows; nothing was written"
    assert not (pack_folder / "events.yaml").exists()
    assert (pack_folder / "pack.yaml").read_text(encoding="utf-8") == before


def test_bad_header_is_row_one(tmp_path, pack_folder):
    """A misspelt or missing column is reported on row 1 with a suggestion."""
    path = _csv(tmp_path, "id,date,titel,description,lane,theory\nx,2000,T,D,agreement,balance-of-threat\n")
    with pytest.raises(AuthoringError) as info:
        import_events(path, pack_folder)
    text = "\n".join(p.format() for p in info.value.problems)
    assert f"{path}:1: unknown column 'titel'\n    hint: did you mean 'title'?" in text
    assert f"{path}:1: the column 'explanation' is missing" in text


def test_semicolon_separated_and_excel_bom(tmp_path, pack_folder):
    """A CSV saved by a spreadsheet with ';' separators and a byte-order mark reads the same."""
    text = "\ufeff" + GOOD.replace(",", "\t")
    import_events(_csv(tmp_path, text.replace("\t", ";").replace("IDN; MYS; PHL; SGP; THA", "IDN")
                       .replace('"ASEAN Secretariat | https://asean.org/; A second source"', "ASEAN Secretariat")), pack_folder)
    assert load_pack(pack_folder).event("asean-founded").actors == ("IDN",)


def test_a_hand_written_event_file_is_not_replaced_without_force(tmp_path, pack_folder):
    """An events.yaml the instructor wrote is kept unless --force."""
    (pack_folder / "events.yaml").write_text("events: []\n", encoding="utf-8")
    with pytest.raises(AuthoringError, match="not written by import-events"):
        import_events(_csv(tmp_path, GOOD), pack_folder)
    assert import_events(_csv(tmp_path, GOOD), pack_folder, force=True).count == 2


def test_a_result_with_errors_is_rolled_back(tmp_path, pack_folder):
    """If the pack does not validate with the new events (an era the events fall outside of is only a
    warning, but an included file that breaks the pack is not), both files are put back."""
    (pack_folder / "other.yaml").write_text("events: [oops\n", encoding="utf-8")
    text = (pack_folder / "pack.yaml").read_text(encoding="utf-8") + "\ninclude: [other.yaml]\n"
    (pack_folder / "pack.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(AuthoringError, match="is as it was"):
        import_events(_csv(tmp_path, GOOD), pack_folder)
    assert (pack_folder / "pack.yaml").read_text(encoding="utf-8") == text
    assert not (pack_folder / "events.yaml").exists()


def test_the_event_file_stays_inside_the_pack(tmp_path, pack_folder):
    """--file cannot lead out of the pack, by '..' or through a linked folder."""
    (pack_folder / "linked").symlink_to(tmp_path)
    for name in ("../events.yaml", "linked/events.yaml", "pack.yaml", "events.txt"):
        with pytest.raises(AuthoringError):
            import_events(_csv(tmp_path, GOOD), pack_folder, name)
    assert not (tmp_path / "events.yaml").exists()


@pytest.mark.parametrize("before, after", [
    ("a: 1\ninclude: [x.yaml]  # mine\nb: 2\n", "a: 1\ninclude: [x.yaml, events.yaml]  # mine\nb: 2\n"),
    ("a: 1\ninclude:\n  - x.yaml\nb: 2\n", "a: 1\ninclude:\n  - x.yaml\n  - events.yaml\nb: 2\n"),
    ("a: 1\n", "a: 1\n\n# Events imported from a spreadsheet (sco-app import-events):\ninclude: [events.yaml]\n"),
])
def test_add_include_keeps_the_rest_of_pack_yaml(before, after):
    """The include list grows in whichever style pack.yaml wrote it."""
    assert add_include(before, "events.yaml") == after


def test_command_reports_rows_and_exit_status(tmp_path, pack_folder, capsys):
    """`sco-app import-events` exits 0 on a good file and 1 with FILE.csv:ROW lines on a bad one."""
    good = _csv(tmp_path, GOOD)
    assert main(["import-events", str(good), "--into", str(pack_folder)]) == 0
    assert "wrote 2 events" in capsys.readouterr().out and check_pack(pack_folder).ok
    bad = _csv(tmp_path, HEADER + "x,2000,,T,,D,nowhere,,balance-of-threat,,,E,,,,\n", "bad.csv")
    assert main(["import-events", str(bad), "--into", str(pack_folder)]) == 1
    err = capsys.readouterr().err
    assert f"{bad}:2: unknown lane 'nowhere' in 'lane'" in err and "nothing was written" in err


def test_a_cell_past_the_csv_limit_is_a_row_problem(tmp_path, pack_folder, capsys):
    """A cell longer than 131,072 characters is named by its row (exit 1, nothing written), not a traceback."""
    row = "long-one,1971,,T,,{},agreement,,balance-of-threat,,,E,,,,\n"
    path = _csv(tmp_path, HEADER + row.format("D") + row.replace("long-one", "long-two").format("d" * 140_000))
    before = (pack_folder / "pack.yaml").read_text(encoding="utf-8")
    assert main(["import-events", str(path), "--into", str(pack_folder)]) == 1
    err = capsys.readouterr().err
    assert f"{path}:3: a cell is longer than 131,072 characters" in err and "Traceback" not in err
    assert not (pack_folder / "events.yaml").exists()
    assert (pack_folder / "pack.yaml").read_text(encoding="utf-8") == before


def test_a_quote_that_is_never_closed_is_named_where_it_opens(tmp_path, pack_folder, capsys):
    """An opening quote with no closing one swallows the rest of the file: the row where it opens is named."""
    path = _csv(tmp_path, GOOD + 'late-one,1990,,"An unclosed title,,D,agreement,,balance-of-threat,,,E,,,,\n'
                          "later-one,1991,,T,,D,agreement,,balance-of-threat,,,E,,,,\n")
    assert main(["import-events", str(path), "--into", str(pack_folder)]) == 1
    err = capsys.readouterr().err
    assert f'{path}:4: a quote (") opened in this row is never closed' in err
    assert not (pack_folder / "events.yaml").exists()


def _picture(pack_folder) -> str:
    (pack_folder / "images").mkdir(exist_ok=True)
    (pack_folder / "images" / "pic.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(16))
    return "images/pic.png"


def _hand_edit(pack_folder) -> None:
    """Add to events.yaml what a spreadsheet does not carry: a cause, an alternative reading, an image,
    a date note of a kind, an Indonesian description, and an event of its own."""
    import yaml

    path = pack_folder / "events.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    founded = next(e for e in data["events"] if e["id"] == "asean-founded")
    founded["description"] = {"en": founded["description"], "id": "Lima negara menandatangani Deklarasi Bangkok."}
    founded["date_note"] = {"kind": "disagreement", "text": "One source says 7 August."}
    founded["alternatives"] = [{"theory": "balance-of-interests", "basis": "interpretation", "explanation": "Gains.",
                                "passages": ["finding-1"]}]
    founded["image"] = {"file": _picture(pack_folder), "alt": {"en": "A picture", "id": "Sebuah gambar"}}
    brunei = next(e for e in data["events"] if e["id"] == "brunei-joins")
    brunei["causes"] = [{"event": "asean-founded", "how": "It joined the organisation founded then."}]
    data["events"].append({**brunei, "id": "hand-written", "causes": []})
    path.write_text(MARKER + "\n" + yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_importing_again_keeps_hand_edits(tmp_path, pack_folder):
    """A second import updates the columns it has and keeps causes, alternatives, images, notes, other
    languages and events it does not list."""
    import_events(_csv(tmp_path, GOOD), pack_folder)
    _hand_edit(pack_folder)
    again = GOOD.replace("Five states signed the Bangkok Declaration.", "Five states signed in Bangkok.")
    done = import_events(_csv(tmp_path, again.replace("1967-08-08", "8 Aug 1967")), pack_folder)
    assert done.merge.updated == {"asean-founded": ["description"]} and done.merge.kept == ["hand-written"]
    pack = load_pack(pack_folder)
    founded = pack.event("asean-founded")
    assert founded.description.get("en") == "Five states signed in Bangkok."
    assert founded.description.get("id") == "Lima negara menandatangani Deklarasi Bangkok."
    assert founded.date_note.kind.value == "disagreement" and founded.image.alt.get("id") == "Sebuah gambar"
    assert founded.alternatives[0].passages == ("finding-1",)
    assert pack.event("brunei-joins").causes[0].event == "asean-founded"
    assert pack.event("hand-written").title.get("en") == "Brunei joins"


def test_new_columns_for_causes_alternatives_image_and_a_note_kind(tmp_path, pack_folder):
    """Causes, alternative readings, an image and a date note's kind come from their own columns."""
    header = HEADER.rstrip("\n") + ",causes,alternatives,image,date_note,date_note_kind\n"
    rows = GOOD.split("\n", 1)[1].splitlines()
    text = header + rows[0] + f",,balance-of-interests | Gains as well.,{_picture(pack_folder)} | A picture | A caption,,\n"
    text += rows[1] + ",asean-founded | It joined what was founded.,,,One source says 8 January.,disagreement\n"
    import_events(_csv(tmp_path, text), pack_folder)
    pack = load_pack(pack_folder)
    founded, brunei = pack.event("asean-founded"), pack.event("brunei-joins")
    assert founded.alternatives[0].theory == "balance-of-interests" and founded.image.caption.get("en") == "A caption"
    assert brunei.causes[0].event == "asean-founded" and brunei.date_note.kind.value == "disagreement"


def test_decimal_commas_where_cells_are_separated_by_semicolons(tmp_path, pack_folder):
    """A spreadsheet saved in Indonesian settings writes 100,5 and 13,75: read as 100.5 and 13.75."""
    text = GOOD.replace(",", ";").replace("IDN; MYS; PHL; SGP; THA", "IDN").replace(
        '"ASEAN Secretariat | https://asean.org/; A second source"', "ASEAN Secretariat")
    text = text.replace("100.5;13.75", "100,5;13,75")
    import_events(_csv(tmp_path, text), pack_folder)
    place = load_pack(pack_folder).event("asean-founded").place
    assert (place.lon, place.lat) == (100.5, 13.75)


def test_dry_run_says_what_would_change_and_writes_nothing(tmp_path, pack_folder, capsys):
    """--dry-run lists the events it would add, update (with their fields) and keep; no file changes."""
    import_events(_csv(tmp_path, GOOD), pack_folder)
    before = (pack_folder / "events.yaml").read_text(encoding="utf-8")
    changed = GOOD.replace("Brunei joins,", "Brunei becomes a member,") + (
        "new-one,1990,,A new one,,Something.,agreement,,balance-of-threat,,,Why.,,,,\n")
    assert main(["import-events", str(_csv(tmp_path, changed)), "--into", str(pack_folder), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "would add 1 event(s): new-one" in out and "would update 1 event(s): brunei-joins (title)" in out
    assert "nothing was written" in out
    assert (pack_folder / "events.yaml").read_text(encoding="utf-8") == before
