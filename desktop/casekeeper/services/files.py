"""Files the person names: written the safe way (a temporary file beside it, flushed, renamed
over), read with a limit (streamed; folders, FIFOs and devices refused at once)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO

from casekeeper import regular_files
from casekeeper.errors import InputError, KnownError
from casekeeper.export.atomic import atomic_write
from casekeeper.i18n.markers import N_, Marked

_CHUNK = 1024 * 1024


def write_atomically(target: Path, content: bytes) -> None:
    """Write ``content`` to ``target`` completely or not at all; plain-words errors."""
    if not target.parent.is_dir():
        raise KnownError(
            Marked(N_("The folder {parent} does not exist; choose an existing folder."), parent=target.parent)
        )
    if target.is_dir():
        raise KnownError(Marked(N_("{target} is a folder; give a file name."), target=target))

    def write(temp: Path) -> None:
        temp.write_bytes(content)

    atomic_write(target, write)


class FileReadError(InputError):
    """A file refused before or while it is read.

    ``code`` names the reason so that a caller can say it in the person's language: ``missing``,
    ``unreadable``, ``not-a-file`` or ``too-large`` (then ``limit`` is the limit in bytes).
    """

    def __init__(self, field: str, path: Path, code: str, accepted: str, limit: int = 0) -> None:
        super().__init__(field, str(path), accepted)
        self.code = code
        self.path = path
        self.limit = limit


def open_regular(path: Path, field: str) -> int:
    """Open ``path`` for reading, refusing at once anything but a regular file (FIFO, device...).

    Opened without blocking, so a FIFO with no writer cannot hang; returns the descriptor.
    """
    try:
        opened = regular_files.open_regular(path)
    except ValueError as exc:  # a NUL character in the name
        raise FileReadError(
            field, path, "unreadable", Marked(N_("the file name holds a character no file can have"))
        ) from exc
    except FileNotFoundError as exc:
        raise FileReadError(field, path, "missing", Marked(N_("give the path of an existing file"))) from exc
    except OSError as exc:
        raise FileReadError(
            field, path, "unreadable", Marked(N_("the file cannot be read ({why})"), why=exc.strerror)
        ) from exc
    if opened is None:
        raise FileReadError(
            field, path, "not-a-file", Marked(N_("give a regular file, not a folder, pipe or device"))
        )
    return opened[0]


def open_readable(path: Path, field: str) -> BinaryIO:
    """``open_regular`` as a binary file object (close it, or use it in a ``with``)."""
    descriptor = open_regular(path, field)
    try:
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def read_limited(path: Path, limit: int, field: str) -> bytes:
    """The bytes of a regular file, streamed; refused (not cut) past ``limit`` bytes."""
    chunks: list[bytes] = []
    total = 0
    with open_readable(path, field) as handle:
        while chunk := _read(handle, min(_CHUNK, limit + 1 - total), path, field):
            total += len(chunk)
            if total > limit:
                raise too_large(path, limit, field)
            chunks.append(chunk)
    return b"".join(chunks)


def copy_limited(path: Path, target: BinaryIO, limit: int, field: str) -> int:
    """Stream a regular file into ``target``; refused past ``limit`` bytes; the size copied."""
    total = 0
    with open_readable(path, field) as handle:
        while chunk := _read(handle, _CHUNK, path, field):
            total += len(chunk)
            if total > limit:
                raise too_large(path, limit, field)
            target.write(chunk)
    return total


def too_large(path: Path, limit: int, field: str) -> FileReadError:
    """The refusal of a file past ``limit`` bytes."""
    size = f"{limit // (1024 * 1024)} MB" if limit >= 1024 * 1024 else f"{limit // 1024} KB"
    return FileReadError(
        field, path, "too-large", Marked(N_("files up to {size} can be read here"), size=size), limit
    )


def _read(handle: BinaryIO, size: int, path: Path, field: str) -> bytes:
    try:
        return handle.read(size)
    except OSError as exc:
        raise FileReadError(
            field, path, "unreadable", Marked(N_("the file cannot be read ({why})"), why=exc.strerror)
        ) from exc
