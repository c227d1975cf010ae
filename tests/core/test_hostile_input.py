"""Hostile or damaged packs are refused with a clear, located problem, never an exception."""

from __future__ import annotations

import os
import shutil
import stat
import zipfile
from pathlib import Path

import pytest

from sco_app.core.packs import check_pack, limits

MINIMAL = Path(__file__).resolve().parents[1] / "packs" / "minimal"


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    root = tmp_path / "pack"
    shutil.copytree(MINIMAL, root)
    return root


def _messages(path: Path) -> list[str]:
    return [p.message for p in check_pack(path).errors]


def test_binary_include_is_refused(pack: Path):
    """A binary file named as YAML is refused at the file, not parsed."""
    (pack / "pack.yaml").write_text((pack / "pack.yaml").read_text() + "include: [data.yaml]\n")
    (pack / "data.yaml").write_bytes(b"events:\x00\x01\x02")
    problem = check_pack(pack).errors[0]
    assert (Path(problem.file).name, problem.line, problem.message) == ("data.yaml", 1, "this is a binary file, not YAML text")


def test_non_utf8_file_is_located(pack: Path):
    """A file in another encoding is refused with the line and column of the first bad byte."""
    text = (pack / "pack.yaml").read_text().replace("title: Minimal pack", "title: Caf\u00e9 pack")
    (pack / "pack.yaml").write_bytes(text.encode("latin-1"))
    problem = check_pack(pack).errors[0]
    assert (problem.line, problem.column) == (5, 11)
    assert problem.message == "the file is not UTF-8 text (byte 0xe9)"


def test_oversized_file_is_refused(pack: Path, monkeypatch: pytest.MonkeyPatch):
    """A YAML file over the size limit is not read."""
    monkeypatch.setattr(limits, "MAX_YAML_BYTES", 200)
    assert _messages(pack) == [f"the file is {(pack / 'pack.yaml').stat().st_size:,} bytes; the limit is 200"]


@pytest.mark.skipif(os.name == "nt", reason="symlinks need privileges on Windows")
def test_symlink_out_of_the_pack_is_refused(pack: Path, tmp_path: Path):
    """An include that is a link to a file outside the pack is refused."""
    outside = tmp_path / "secret.yaml"
    outside.write_text("events: []\n")
    (pack / "more.yaml").symlink_to(outside)
    (pack / "pack.yaml").write_text((pack / "pack.yaml").read_text() + "include: [more.yaml]\n")
    assert _messages(pack) == ["the included file 'more.yaml' is missing or is a link out of the pack"]


@pytest.mark.skipif(os.name == "nt", reason="symlinks need privileges on Windows")
def test_symlinked_image_out_of_the_pack_is_refused(pack: Path, tmp_path: Path):
    """An image that is a link pointing outside the pack is refused."""
    (tmp_path / "x.png").write_bytes(b"\x89PNG\r\n\x1a\n....")
    (pack / "pic.png").symlink_to(tmp_path / "x.png")
    text = (pack / "pack.yaml").read_text().replace(
        "    sources: [{citation: A source.}]", "    sources: [{citation: A source.}]\n    image: {file: pic.png, alt: A picture}")
    (pack / "pack.yaml").write_text(text)
    assert _messages(pack) == ["'pic.png' is a link that points outside the pack"]


def _zip(path: Path, entries: dict[str, bytes], prefix: str = "") -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(prefix + name, data)
    return path


def test_zip_pack_loads(tmp_path: Path):
    """A zip with pack.yaml inside one top folder loads like the folder, named zip!/path in messages."""
    data = (MINIMAL / "pack.yaml").read_bytes()
    report = check_pack(_zip(tmp_path / "p.zip", {"pack.yaml": data}, prefix="minimal/"))
    assert report.ok and report.pack.id == "minimal"
    broken = data.replace(b"code: CHN", b"code: KYR")
    problem = check_pack(_zip(tmp_path / "b.zip", {"pack.yaml": broken})).errors[0]
    assert problem.file == f"{tmp_path / 'b.zip'}!/pack.yaml" and problem.line == 16


def test_zip_traversal_entry_is_refused(tmp_path: Path):
    """A zip entry that climbs out with '..' makes the whole zip refused."""
    path = _zip(tmp_path / "evil.zip", {"pack.yaml": (MINIMAL / "pack.yaml").read_bytes(), "../../evil.yaml": b"x"})
    assert _messages(path) == ["the zip entry '../../evil.yaml' points outside the pack"]


def test_zip_absolute_entry_is_refused(tmp_path: Path):
    """A zip entry with an absolute path is refused."""
    path = _zip(tmp_path / "evil.zip", {"pack.yaml": (MINIMAL / "pack.yaml").read_bytes(), "/etc/evil": b"x"})
    assert _messages(path) == ["the zip entry '/etc/evil' points outside the pack"]


def test_zip_with_too_many_entries_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A zip with more entries than the limit is refused before anything is read."""
    monkeypatch.setattr(limits, "MAX_ZIP_ENTRIES", 5)
    entries = {f"f{i}.txt": b"x" for i in range(6)}
    assert _messages(_zip(tmp_path / "many.zip", entries)) == ["the zip holds 6 entries; the limit is 5"]


def test_zip_bomb_ratio_is_refused(tmp_path: Path):
    """An entry that expands more than the ratio limit (a zip bomb) is refused."""
    path = _zip(tmp_path / "bomb.zip", {"pack.yaml": b"#" + b" " * (4 * limits.MiB)})
    [message] = _messages(path)
    assert message.startswith("the zip entry 'pack.yaml' expands ") and message.endswith(" times")


def test_zip_symlink_entry_is_refused(tmp_path: Path):
    """A zip entry stored as a symbolic link is refused."""
    path = tmp_path / "link.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("pack.yaml", (MINIMAL / "pack.yaml").read_bytes())
        info = zipfile.ZipInfo("evil.yaml")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(info, "/etc/passwd")
    assert _messages(path) == ["the zip entry 'evil.yaml' is a link"]


def test_corrupt_zip_is_reported(tmp_path: Path):
    """A file that only looks like a zip is reported as unreadable."""
    path = tmp_path / "broken.zip"
    good = _zip(tmp_path / "good.zip", {"pack.yaml": (MINIMAL / "pack.yaml").read_bytes()}).read_bytes()
    path.write_bytes(good[:-30])
    assert _messages(path)[0].startswith("this is not a readable zip file") or _messages(path)[0] == "this is neither a pack folder nor a zip"


def test_zip_without_pack_yaml(tmp_path: Path):
    """A zip of the wrong folder says where pack.yaml should be."""
    report = check_pack(_zip(tmp_path / "x.zip", {"a/readme.txt": b"x", "b/pack.yaml": b"x"}))
    assert report.errors[0].message == "the zip holds no pack.yaml"


HUGE = "9" * 5000  # past Python's 4,300-digit limit for turning a whole number into text


@pytest.mark.parametrize("where, old, new, line, column", [
    ("version", "version: 1.0.0", f"version: {HUGE}", 4, 10),
    ("negative", "version: 1.0.0", f"version: -{HUGE}", 4, 10),
    ("era start", "start: 2000", f"start: {HUGE}", 20, 37),
    ("list item", "languages: [en]", f"languages: [en, {HUGE}]", 6, 17),
])
def test_a_huge_integer_anywhere_is_a_located_problem(pack: Path, where, old, new, line, column):
    """A whole number of thousands of digits is refused where it stands, never a crash in the checker."""
    (pack / "pack.yaml").write_text((pack / "pack.yaml").read_text().replace(old, new, 1))
    report = check_pack(pack)
    assert [(p.line, p.column, p.message) for p in report.errors] == [
        (line, column, f"this whole number is longer than {limits.MAX_NUMBER_DIGITS} digits")]
    assert "quotes" in report.errors[0].hint


@pytest.mark.parametrize("where, old, new, line, column", [
    ("hexadecimal", "version: 1.0.0", "version: 0x" + "f" * 5000, 4, 10),
    ("explicit key", "format: 1", f"format: 1\n? {HUGE}\n: x", 3, 3),
])
def test_a_huge_number_read_as_text_is_a_located_problem(pack: Path, where, old, new, line, column):
    """YAML 1.2 reads 0xfff… and a key as text: refused where it stands (too long, unknown key), never a crash."""
    (pack / "pack.yaml").write_text((pack / "pack.yaml").read_text().replace(old, new, 1))
    report = check_pack(pack)
    assert report.errors and {(p.line, p.column) for p in report.errors} == {(line, column)}


def test_a_huge_integer_in_an_included_file_is_located_there(pack: Path):
    """The problem names the included file and its line; the other files are still checked."""
    (pack / "pack.yaml").write_text((pack / "pack.yaml").read_text().replace("start: 2000", "start: 200O")
                                    + "include: [more.yaml]\n")
    (pack / "more.yaml").write_text(f"lanes:\n  - {{id: l2, title: {HUGE}}}\n")
    messages = {(Path(p.file).name, p.line, p.message) for p in check_pack(pack).errors}
    assert ("more.yaml", 2, f"this whole number is longer than {limits.MAX_NUMBER_DIGITS} digits") in messages
    assert any(name == "pack.yaml" and line == 20 for name, line, _ in messages)


@pytest.mark.parametrize("value", [".nan", ".NaN", ".inf", "-.inf", "1e999"])
def test_a_coordinate_that_is_not_a_number_is_refused(pack: Path, value):
    """NaN and infinite coordinates (which pass every bound) are refused where they stand."""
    text = (pack / "pack.yaml").read_text().replace(
        "    sources: [{citation: A source.}]",
        f"    sources: [{{citation: A source.}}]\n    place: {{name: Here, lon: 10, lat: {value}}}")
    (pack / "pack.yaml").write_text(text)
    [problem] = check_pack(pack).errors
    assert (problem.line, problem.column) == (37, 39)
    assert problem.message == "'lat' is not a finite number (YAML reads it as infinity or 'not a number')"


@pytest.mark.skipif(os.name == "nt", reason="symlinks need privileges on Windows")
def test_a_pack_yaml_that_links_out_of_the_pack_says_so(pack: Path, tmp_path: Path):
    """pack.yaml itself a link to a file outside the folder: the message says it is a link, not that it is missing."""
    outside = tmp_path / "elsewhere.yaml"
    outside.write_text((pack / "pack.yaml").read_text())
    (pack / "pack.yaml").unlink()
    (pack / "pack.yaml").symlink_to(outside)
    [problem] = check_pack(pack).errors
    assert problem.message == "'pack.yaml' is a link that points outside the pack"
    assert problem.hint == "copy the file into the pack"


@pytest.mark.skipif(os.name == "nt", reason="symlinks need privileges on Windows")
def test_a_pack_yaml_that_links_to_nothing_says_so(pack: Path):
    """A broken link named pack.yaml: the message says the link points nowhere."""
    (pack / "pack.yaml").unlink()
    (pack / "pack.yaml").symlink_to(pack / "gone.yaml")
    assert _messages(pack) == ["'pack.yaml' is a link to a file that does not exist"]


def test_a_zip_that_cannot_be_read_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A .zip the user may not read (or any read error) is named as unreadable, not as 'neither a folder nor a zip'."""
    path = _zip(tmp_path / "course.zip", {"pack.yaml": (MINIMAL / "pack.yaml").read_bytes()})
    real_open = open

    def refusing(file, *args, **kwargs):
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", refusing)
    monkeypatch.setattr("io.open", refusing)
    assert _messages(path) == ["this zip file cannot be read (Permission denied)"]


def test_a_damaged_zip_is_named_a_damaged_zip(tmp_path: Path):
    """A file named .zip that is not a readable zip is called that, with a hint to make it again."""
    path = tmp_path / "course.zip"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    [problem] = check_pack(path).errors
    assert problem.message.startswith("this is not a readable zip file")
    assert problem.hint == "make the zip again from the pack folder"
