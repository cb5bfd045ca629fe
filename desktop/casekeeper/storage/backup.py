"""Consistent copies of the case file with SQLite's online backup API, and putting one back."""

from __future__ import annotations

import os
import re
import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from casekeeper.atomic_files import commit_file, fsync_file
from casekeeper.errors import DataLocationError
from casekeeper.i18n.markers import N_, Marked
from casekeeper.storage.sqlite_uri import read_only_uri
from casekeeper.storage.store_operations import lock_exclusive

SUFFIX = ".sqlite3"
BUSY_SECONDS = 5.0
_STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME_RE = re.compile(r"^(?P<reason>[a-z0-9][a-z0-9-]*?)-(?P<stamp>\d{8}T\d{12}Z)(?:-(?P<n>\d+))?"
                      r"\.sqlite3$")


def backup_database(source: Path, backups_dir: Path, reason: str,
                    now: datetime | None = None) -> Path:
    """Copy ``source`` into ``backups_dir`` as ``<reason>-<UTC stamp>.sqlite3`` and return its path.

    The copy is written to a temporary name, switched to a single-file journal, flushed to disk,
    then renamed, so a backup that exists is always complete and self-contained.
    """
    backups_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime(_STAMP)
    target = backups_dir / f"{reason}-{stamp}{SUFFIX}"
    counter = 1
    while target.exists():
        target = backups_dir / f"{reason}-{stamp}-{counter}{SUFFIX}"
        counter += 1
    partial = target.with_suffix(".partial")
    # Created private and locked while it is written: a cleaner removes only unlocked leftovers.
    guard = os.open(partial, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        lock_exclusive(guard)
        with closing(sqlite3.connect(read_only_uri(source), uri=True)) as src, \
                closing(sqlite3.connect(partial)) as dst:
            copy_with_deadline(src, dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        commit_file(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        os.close(guard)  # only after SQLite closed the copy: closing a handle drops its locks
    return target


def copy_with_deadline(src: sqlite3.Connection, dst: sqlite3.Connection,
                       busy_seconds: float = BUSY_SECONDS) -> None:
    """SQLite's online backup, giving up when the source stays locked (Python retries for ever)."""
    started: list[float] = []

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status not in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            started.clear()
            return
        if not started:
            started.append(time.monotonic())
        elif time.monotonic() - started[0] > busy_seconds:
            raise sqlite3.OperationalError("database is locked")

    src.backup(dst, pages=256, progress=progress)


def parse_name(name: str) -> tuple[str, datetime] | None:
    """The reason and instant encoded in a backup's file name, or None for another file."""
    match = _NAME_RE.match(name)
    if match is None:
        return None
    instant = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
    return match["reason"], instant


@dataclass(frozen=True, slots=True)
class CopyFacts:
    """What a backup copy says about itself."""

    integrity: str
    revision: str | None
    case_count: int | None


def inspect_copy(path: Path, *, full_check: bool = True) -> CopyFacts:
    """Integrity, schema revision and number of cases of a copy, read without changing it."""
    try:
        with closing(sqlite3.connect(read_only_uri(path), uri=True)) as conn:
            integrity = "ok"
            if full_check:
                rows = conn.execute("PRAGMA integrity_check").fetchall()
                integrity = "; ".join(str(row[0]) for row in rows[:5])
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = None if row is None else str(row[0])
            count = conn.execute("SELECT count(*) FROM cases").fetchone()[0] if "cases" in tables \
                else None
    except sqlite3.DatabaseError as exc:
        return CopyFacts(integrity=f"unreadable ({exc})", revision=None, case_count=None)
    return CopyFacts(integrity=integrity, revision=revision, case_count=count)


def checkpoint_closed(database: Path) -> None:
    """Fold the write-ahead log into a closed case file; refuse when another program uses it."""
    if not database.exists():
        return
    try:
        with closing(sqlite3.connect(database, timeout=0.5)) as conn:
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    except sqlite3.DatabaseError:
        busy = 0  # a damaged file has no log worth keeping; the caller copied it aside first
    if busy:
        raise DataLocationError(
            Marked(
                N_(
                    "The case file is in use by another Case Keeper window or command. "
                    "Close it, then try again; nothing was changed."
                )
            )
        )


def replace_database(database: Path, replacement: Path) -> None:
    """Put a copy of ``replacement`` in place of ``database`` atomically (no connection may be open)."""
    checkpoint_closed(database)
    staged = database.with_name(database.name + ".restoring")
    with closing(sqlite3.connect(read_only_uri(replacement), uri=True)) as src, \
            closing(sqlite3.connect(staged)) as dst:
        copy_with_deadline(src, dst)
        dst.execute("PRAGMA journal_mode=DELETE")
    fsync_file(staged)
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    commit_file(staged, database)
