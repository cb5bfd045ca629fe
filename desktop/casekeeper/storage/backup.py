"""Consistent copies of the case file with SQLite's online backup API."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path


def backup_database(source: Path, backups_dir: Path, reason: str) -> Path:
    """Copy ``source`` into ``backups_dir`` as ``<reason>-<UTC stamp>.sqlite3`` and return its path.

    The copy is written to a temporary name, flushed to disk, then renamed, so a backup that
    exists is always complete.
    """
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backups_dir / f"{reason}-{stamp}.sqlite3"
    partial = target.with_suffix(".partial")
    with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as src, sqlite3.connect(partial) as dst:
        src.backup(dst)
    with partial.open("rb") as handle:
        os.fsync(handle.fileno())
    partial.replace(target)
    return target
