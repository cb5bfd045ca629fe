"""Write a file the safe way: a temporary file beside it, flushed to disk, then renamed over."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from casekeeper.errors import KnownError


def write_atomically(target: Path, content: bytes) -> None:
    """Write ``content`` to ``target`` completely or not at all; plain-words errors."""
    folder = target.parent
    if not folder.is_dir():
        raise KnownError(f"The folder {folder} does not exist; choose an existing folder.")
    if target.is_dir():
        raise KnownError(f"{target} is a folder; give a file name.")
    temp: Path | None = None
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=folder)
        temp = Path(name)
        with os.fdopen(handle, "wb") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        temp.replace(target)
    except OSError as exc:
        if temp is not None:
            with contextlib.suppress(OSError):
                temp.unlink()
        raise KnownError(f"{target} could not be written ({exc.strerror or exc}). Check that you "
                         "may write there and that the disk is not full; nothing was written."
                         ) from exc
