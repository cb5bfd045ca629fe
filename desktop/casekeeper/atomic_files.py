"""The one atomic-write helper: a temp file beside the target, fsync, rename, fsync the folder.

Every layer that writes a file the person relies on (exports, backups, the restored case file,
evidence originals, manifests) goes through here, so a file that exists is always complete.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


def fsync_file(path: Path) -> None:
    """Flush a written file's data to the disk."""
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX only; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):  # some file systems refuse; the file itself is already synced
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def commit_file(temp: Path, target: Path) -> None:
    """Move a fully written ``temp`` onto ``target`` durably: fsync, rename, fsync the folder."""
    fsync_file(temp)
    temp.replace(target)
    fsync_folder(target.parent)


@contextlib.contextmanager
def atomic_output(target: Path, temp: Path | None = None) -> Iterator[Path]:
    """Yield a temporary path beside ``target`` to write; on success it replaces ``target``.

    On any error the temporary file is removed and ``target`` is untouched. ``temp`` names the
    temporary file when its name matters (e.g. ``.partial`` files that listings ignore).
    """
    if temp is None:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
        os.close(fd)
        temp = Path(name)
    try:
        yield temp
        commit_file(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
