"""Write a file whole or not at all: into a temporary file beside it, renamed over it once complete.

A command stopped half-way (a full disk, a bad row found late, Ctrl+C) then leaves the old file, or
none, never half of a new one.
"""

from __future__ import annotations

import os
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator


@contextmanager
def replacing(path: str | Path, mode: str = "w", **options) -> Iterator[IO]:
    """Open a new temporary file in ``path``'s folder for writing (``mode`` and ``options`` as for
    ``open``); when the block ends without an error it replaces ``path``, else it is removed."""
    path = Path(path)
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:12]}.part")
    try:
        with open(temporary, mode.replace("w", "x"), **options) as stream:  # a new file, the usual permissions
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
