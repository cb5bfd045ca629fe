"""The one way to open a file for reading that refuses anything but a regular file.

Opened without blocking, so a FIFO with no writer cannot hang the open, then checked with
``fstat``: a folder, FIFO or device is refused before a byte is read. Below every layer: the
files the person names (``services/files.py``) and the rulepack cache (``knowledge``) use it.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


def open_regular(path: Path) -> tuple[int, os.stat_result] | None:
    """A blocking descriptor to read ``path`` and its status, or None when it is not a regular
    file. Raises OSError when it cannot be opened (ValueError for a NUL in the name)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags)
    try:
        info = os.fstat(descriptor)
    except BaseException:
        os.close(descriptor)
        raise
    if not stat.S_ISREG(info.st_mode):
        os.close(descriptor)
        return None
    if hasattr(os, "set_blocking"):
        os.set_blocking(descriptor, True)
    return descriptor, info
