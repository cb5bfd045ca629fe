"""Read a file the person chose, streamed with a size limit; folders, FIFOs and devices refused."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from casekeeper.errors import KnownError

_CHUNK = 1024 * 1024


class FileReadError(KnownError):
    """A file that cannot be read: ``code`` names the reason for translated messages."""

    def __init__(self, code: str, path: Path, message: str, limit: int = 0) -> None:
        super().__init__(message)
        self.code = code
        self.path = path
        self.limit = limit


def open_regular(path: Path) -> BinaryIO:
    """Open ``path`` for reading without blocking on a FIFO; refuse anything but a regular file."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except FileNotFoundError as exc:
        raise FileReadError("missing", path, f"{path}: no such file; check the name") from exc
    except PermissionError as exc:
        raise FileReadError("unreadable", path, f"{path}: the file cannot be read; check its "
                                              "permissions") from exc
    except (OSError, ValueError) as exc:
        raise FileReadError("unreadable", path, f"{path}: the file cannot be read ({exc})") from exc
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise FileReadError("not-a-file", path, f"{path}: not a regular file (a folder, a pipe "
                                                  "or a device); give a saved file")
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def read_bounded(path: Path, limit: int) -> bytes:
    """The whole content of ``path``; refused (not cut) past ``limit`` bytes, or when empty."""
    chunks: list[bytes] = []
    total = 0
    with open_regular(path) as handle:
        while chunk := handle.read(min(_CHUNK, limit + 1 - total)):
            total += len(chunk)
            if total > limit:
                raise too_large(path, limit)
            chunks.append(chunk)
    if total == 0:
        raise FileReadError("empty", path, f"{path}: the file is empty")
    return b"".join(chunks)


def copy_bounded(path: Path, target: BinaryIO, limit: int) -> int:
    """Stream ``path`` into ``target``; refused past ``limit`` bytes or when empty; the size."""
    total = 0
    with open_regular(path) as handle:
        while chunk := handle.read(_CHUNK):
            total += len(chunk)
            if total > limit:
                raise too_large(path, limit)
            target.write(chunk)
    if total == 0:
        raise FileReadError("empty", path, f"{path}: the file is empty")
    return total


def too_large(path: Path, limit: int) -> FileReadError:
    """The refusal for a file past ``limit`` bytes."""
    return FileReadError("too-large", path, f"{path}: larger than {limit // (1024 * 1024)} MB, the "
                                          "most Case Keeper reads from one file", limit)
