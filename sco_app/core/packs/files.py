"""Read the files of a pack, from a folder or a zip, without ever leaving the pack.

A pack is untrusted input. Every path a pack names is checked here: no absolute paths, no ``..``, no
link that points outside the pack; zips are checked for traversal entries, links, too many entries,
oversized content and zip-bomb compression ratios before anything is read.
"""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path, PurePosixPath

from sco_app.core.packs import limits
from sco_app.core.packs.problems import Problem

PACK_FILE = "pack.yaml"


class FileProblem(Exception):
    """A file of the pack cannot be read; carries the :class:`Problem` to report."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.format())
        self.problem = problem


def clean_relative(name: str) -> str | None:
    """``name`` as a clean path inside the pack, or None if it is absolute or leaves the pack."""
    if not name or "\\" in name or "\0" in name or name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return None
    parts = [p for p in PurePosixPath(name).parts if p not in ("", ".")]
    if not parts or ".." in parts:
        return None
    return "/".join(parts)


class PackFiles:
    """The files of one pack; :meth:`read_text` and :meth:`read_bytes` raise :class:`FileProblem`."""

    def __init__(self, label: str) -> None:
        self.label = label  # how the pack is named in messages: the path as the user gave it
        self.bytes_read = 0

    def display(self, rel: str) -> str:
        """How the file ``rel`` is named in problem reports."""
        raise NotImplementedError

    def _problem(self, rel: str, message: str, hint: str | None = None, line: int = 1, column: int = 1) -> FileProblem:
        return FileProblem(Problem(self.display(rel), line, column, message, hint=hint))

    def _raw(self, rel: str, max_bytes: int) -> bytes:
        raise NotImplementedError

    def exists(self, rel: str) -> bool:
        raise NotImplementedError

    def read_bytes(self, rel: str, max_bytes: int) -> bytes:
        data = self._raw(rel, max_bytes)
        self.bytes_read += len(data)
        if self.bytes_read > limits.MAX_PACK_BYTES:
            raise self._problem(rel, f"the pack is larger than {limits.MAX_PACK_BYTES // limits.MiB} MiB in all")
        return data

    def read_text(self, rel: str) -> str:
        """Read a UTF-8 text file of the pack, rejecting binary files and other encodings."""
        data = self.read_bytes(rel, limits.MAX_YAML_BYTES)
        if b"\0" in data:
            raise self._problem(rel, "this is a binary file, not YAML text", "save the file as plain UTF-8 text")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            before = data[: exc.start]
            line = before.count(b"\n") + 1
            column = len(before) - (before.rfind(b"\n") + 1) + 1
            raise self._problem(
                rel, f"the file is not UTF-8 text (byte 0x{data[exc.start]:02x})",
                "save the file as UTF-8 (most editors offer it under 'Save with encoding')", line, column,
            ) from None
        return text.removeprefix("\ufeff")


class FolderFiles(PackFiles):
    """A pack that is a folder on disk."""

    def __init__(self, root: Path, label: str) -> None:
        super().__init__(label)
        self.root = root.resolve()

    def display(self, rel: str) -> str:
        return str(Path(self.label) / rel)

    def _locate(self, rel: str) -> Path:
        clean = clean_relative(rel)
        if clean is None:
            raise self._problem(rel, f"the path {rel!r} leaves the pack", "name files by a relative path inside the pack folder")
        path = self.root / clean
        try:
            real = path.resolve(strict=True)
        except (FileNotFoundError, NotADirectoryError):
            if path.is_symlink():
                raise self._problem(clean, f"{clean!r} is a link to a file that does not exist") from None
            raise self._problem(clean, f"the file {clean!r} does not exist in the pack") from None
        except (OSError, RuntimeError) as exc:
            raise self._problem(clean, f"the file {clean!r} cannot be read ({exc.__class__.__name__})") from None
        if not real.is_relative_to(self.root):
            raise self._problem(clean, f"{clean!r} is a link that points outside the pack", "copy the file into the pack")
        if not real.is_file():
            raise self._problem(clean, f"{clean!r} is not a file")
        return real

    def exists(self, rel: str) -> bool:
        try:
            self._locate(rel)
        except FileProblem:
            return False
        return True

    def _raw(self, rel: str, max_bytes: int) -> bytes:
        path = self._locate(rel)
        size = path.stat().st_size
        if size > max_bytes:
            raise self._problem(rel, f"the file is {size:,} bytes; the limit is {max_bytes:,}", "split it into smaller files")
        try:
            return path.read_bytes()
        except OSError as exc:
            raise self._problem(rel, f"the file cannot be read: {exc.strerror or exc}") from None


class ZipFiles(PackFiles):
    """A pack shared as a zip; the whole archive is checked when it is opened."""

    def __init__(self, path: Path, label: str) -> None:
        super().__init__(label)
        self.prefix = ""
        size = path.stat().st_size
        if size > limits.MAX_ZIP_BYTES:
            raise FileProblem(Problem(label, 1, 1, f"the zip is {size:,} bytes; the limit is {limits.MAX_ZIP_BYTES:,}"))
        try:
            self.zip = zipfile.ZipFile(path)
            infos = self.zip.infolist()
        except OSError as exc:  # the file is there but cannot be read (permissions, a failing disk)
            raise FileProblem(Problem(label, 1, 1, f"this zip file cannot be read ({exc.strerror or exc})",
                                      hint="check that this user may read it, or copy it somewhere else first")) from None
        except (zipfile.BadZipFile, ValueError, EOFError) as exc:
            raise FileProblem(Problem(label, 1, 1, f"this is not a readable zip file ({exc})",
                                      hint="make the zip again from the pack folder")) from None
        self.entries: dict[str, zipfile.ZipInfo] = {}
        self._check_entries(infos)

    def display(self, rel: str) -> str:
        return f"{self.label}!/{self.prefix}{rel}"

    def _check_entries(self, infos: list[zipfile.ZipInfo]) -> None:
        if len(infos) > limits.MAX_ZIP_ENTRIES:
            raise FileProblem(Problem(self.label, 1, 1, f"the zip holds {len(infos):,} entries; the limit is {limits.MAX_ZIP_ENTRIES:,}"))
        total = 0
        for info in infos:
            name = info.filename
            if clean_relative(name.rstrip("/")) is None:
                raise FileProblem(Problem(self.label, 1, 1, f"the zip entry {name!r} points outside the pack",
                                          hint="a safe zip names every entry by a relative path"))
            if stat.S_ISLNK(info.external_attr >> 16):
                raise FileProblem(Problem(self.label, 1, 1, f"the zip entry {name!r} is a link",
                                          hint="zip the files themselves, not links to them"))
            total += info.file_size
            if info.file_size > limits.MAX_COMPRESSION_RATIO * max(info.compress_size, 1) and info.file_size > limits.MiB:
                raise FileProblem(Problem(self.label, 1, 1, f"the zip entry {name!r} expands {info.file_size // max(info.compress_size, 1):,} times",
                                          hint=f"entries may expand at most {limits.MAX_COMPRESSION_RATIO} times"))
            if not info.is_dir():
                self.entries[clean_relative(name)] = info
        if total > limits.MAX_PACK_BYTES:
            raise FileProblem(Problem(self.label, 1, 1, f"the zip expands to {total:,} bytes; the limit is {limits.MAX_PACK_BYTES:,}"))
        if PACK_FILE in self.entries:
            return
        tops = {name.split("/", 1)[0] for name in self.entries}
        if len(tops) == 1 and f"{next(iter(tops))}/{PACK_FILE}" in self.entries:
            self.prefix = next(iter(tops)) + "/"
            return
        raise FileProblem(Problem(self.label, 1, 1, "the zip holds no pack.yaml",
                                  hint="zip the pack folder itself, so that pack.yaml is at the top or in one folder"))

    def _entry(self, rel: str) -> zipfile.ZipInfo:
        clean = clean_relative(rel)
        if clean is None:
            raise self._problem(rel, f"the path {rel!r} leaves the pack", "name files by a relative path inside the pack")
        info = self.entries.get(self.prefix + clean)
        if info is None:
            raise self._problem(clean, f"the file {clean!r} does not exist in the pack")
        return info

    def exists(self, rel: str) -> bool:
        try:
            self._entry(rel)
        except FileProblem:
            return False
        return True

    def _raw(self, rel: str, max_bytes: int) -> bytes:
        info = self._entry(rel)
        if info.file_size > max_bytes:
            raise self._problem(rel, f"the file is {info.file_size:,} bytes; the limit is {max_bytes:,}", "split it into smaller files")
        try:
            with self.zip.open(info) as stream:
                data = stream.read(max_bytes + 1)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError) as exc:
            raise self._problem(rel, f"the zip entry cannot be read ({exc})") from None
        if len(data) > max_bytes:
            raise self._problem(rel, f"the file expands past {max_bytes:,} bytes")
        return data


def open_pack_files(path: str | Path) -> PackFiles:
    """Open a pack folder or zip; raise :class:`FileProblem` when it is neither."""
    label = str(path)
    p = Path(path)
    if p.is_dir():
        files: PackFiles = FolderFiles(p, label)
        if not (p / PACK_FILE).exists() and not (p / PACK_FILE).is_symlink():
            raise FileProblem(Problem(label, 1, 1, "this folder holds no pack.yaml",
                                      hint="a lesson pack is a folder with a pack.yaml; see lessons/template"))
        files._locate(PACK_FILE)  # a link out of the pack, or to nothing, is said as such
        return files
    if p.is_file():
        if p.suffix.lower() == ".zip" or zipfile.is_zipfile(p):  # a .zip that cannot be read is still a zip
            return ZipFiles(p, label)
        if p.name == PACK_FILE:
            return open_pack_files(p.parent)
        raise FileProblem(Problem(label, 1, 1, "this is neither a pack folder nor a zip",
                                  hint="name the folder that holds pack.yaml, or a .zip of it"))
    raise FileProblem(Problem(label, 1, 1, "no such file or folder"))
