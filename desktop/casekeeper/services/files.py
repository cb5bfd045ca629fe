"""Write a file the safe way: a temporary file beside it, flushed to disk, then renamed over."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from casekeeper.errors import InputError, KnownError
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


def open_regular(path: Path, field: str) -> int:
    """Open ``path`` for reading, refusing at once anything but a regular file (FIFO, device...).

    Opened without blocking, so a FIFO with no writer cannot hang; returns the descriptor.
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except ValueError as exc:  # a NUL character in the name
        raise InputError(field, str(path), "the file name holds a character no file can have"
                         ) from exc
    except FileNotFoundError as exc:
        raise InputError(field, str(path), "give the path of an existing file") from exc
    except OSError as exc:
        raise InputError(field, str(path), f"the file cannot be read ({exc.strerror})") from exc
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        raise InputError(field, str(path), "give a regular file, not a folder, pipe or device")
    if hasattr(os, "set_blocking"):
        os.set_blocking(descriptor, True)
    return descriptor


def read_limited(path: Path, limit: int, field: str) -> bytes:
    """The bytes of a regular file, refused as soon as more than ``limit`` bytes are read."""
    descriptor = open_regular(path, field)
    with os.fdopen(descriptor, "rb") as handle:
        try:
            data = handle.read(limit + 1)
        except OSError as exc:
            raise InputError(field, str(path), f"the file cannot be read ({exc.strerror})"
                             ) from exc
    if len(data) > limit:
        raise InputError(field, str(path), f"files up to {limit // 1024} KB can be read here")
    return data
