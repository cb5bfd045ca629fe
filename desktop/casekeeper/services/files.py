"""Write a file the safe way: a temporary file beside it, flushed to disk, then renamed over."""

from __future__ import annotations

from pathlib import Path

from casekeeper.errors import KnownError
from casekeeper.export.atomic import atomic_write


def write_atomically(target: Path, content: bytes) -> None:
    """Write ``content`` to ``target`` completely or not at all; plain-words errors."""
    if not target.parent.is_dir():
        raise KnownError(f"The folder {target.parent} does not exist; choose an existing folder.")
    if target.is_dir():
        raise KnownError(f"{target} is a folder; give a file name.")

    def write(temp: Path) -> None:
        temp.write_bytes(content)

    atomic_write(target, write)
