"""SQLite addresses for a file path that keep the whole name, whatever characters it holds.

A bare ``file:{path}`` string cuts the name at ``#`` or ``?`` (a folder called ``Cases #2``
would open, or even create, ``Cases ``); ``Path.as_uri`` percent-encodes it instead.
"""

from __future__ import annotations

from pathlib import Path


def read_only_uri(path: Path) -> str:
    """Open ``path`` for reading only (``uri=True``)."""
    return path.resolve().as_uri() + "?mode=ro"


def read_write_uri(path: Path) -> str:
    """Open ``path`` for reading and writing, never creating it (``uri=True``)."""
    return path.resolve().as_uri() + "?mode=rw"
