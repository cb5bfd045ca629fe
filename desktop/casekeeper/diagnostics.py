"""Diagnostic logging to a file in the data folder; messages never carry case contents."""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
from pathlib import Path

LOG_NAME = "casekeeper.log"


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files are readable by their owner only (0600), whatever the umask."""

    def _open(self) -> io.TextIOWrapper:
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return io.TextIOWrapper(io.BufferedWriter(io.FileIO(descriptor, "a")),
                                encoding=self.encoding,
                                errors=self.errors, line_buffering=False)


def start_logging(logs_dir: Path, *, level: int = logging.INFO) -> Path | None:
    """Log to ``logs_dir/casekeeper.log`` (rotated); return the file, or None if it cannot be written."""
    try:
        logs_dir.mkdir(parents=True, exist_ok=True)
        target = logs_dir / LOG_NAME
        handler = PrivateRotatingFileHandler(target, maxBytes=1_000_000, backupCount=3,
                                             encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("casekeeper")
    root.setLevel(level)
    root.addHandler(handler)
    return target
