"""Diagnostic logging to a file in the data folder; messages never carry case contents."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "casekeeper.log"


def start_logging(logs_dir: Path, *, level: int = logging.INFO) -> Path | None:
    """Log to ``logs_dir/casekeeper.log`` (rotated); return the file, or None if it cannot be written."""
    try:
        logs_dir.mkdir(parents=True, exist_ok=True)
        target = logs_dir / LOG_NAME
        handler = logging.handlers.RotatingFileHandler(target, maxBytes=1_000_000, backupCount=3,
                                                       encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("casekeeper")
    root.setLevel(level)
    root.addHandler(handler)
    return target
