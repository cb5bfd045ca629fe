"""One diagnosis of the case file, shared by the CLI, the window's start-up and ``check``.

It tells apart a file that is only busy, newer, read-only, on a full disk or in a missing folder
(the data is sound: never offer a restore) from one that is empty, cut short or damaged (offer the
latest good backup, saying what it holds compared with the current file).
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from casekeeper.errors import DataLocationError
from casekeeper.paths import DataPaths
from casekeeper.services.backup import BackupInfo
from casekeeper.services.diagnosis_words import diagnosis_message, english_message
from casekeeper.services.restore import latest_good_backup
from casekeeper.storage.case_file_probe import (
    Contents,
    is_busy_error,
    probe_busy,
    programs_holding,
    read_contents,
    read_header,
)
from casekeeper.storage.schema import KNOWN_REVISIONS, read_revision
from casekeeper.storage.sqlite_uri import read_only_uri

__all__ = ["DATA_MAY_BE_SOUND", "CaseFileError", "Condition", "Contents", "Diagnosis", "diagnose",
           "explain", "refuse_unless_usable"]

MIB = 1024 * 1024
_FULL_CODE = 13  # SQLITE_FULL


class Condition(StrEnum):
    """What is the matter with the case file (``sound`` and ``new`` when nothing is)."""

    SOUND = "sound"
    NEW = "new"
    BUSY = "busy"
    NEWER = "newer"
    FOREIGN = "foreign"
    READ_ONLY = "read-only"
    DISK_FULL = "disk-full"
    FOLDER_MISSING = "folder-missing"
    EMPTY = "empty"
    MISSING_FILE = "missing-file"
    TRUNCATED = "truncated"
    DAMAGED = "damaged"


#: The data may be sound: a restore would replace good work with an older copy.
DATA_MAY_BE_SOUND = frozenset({Condition.SOUND, Condition.NEW, Condition.BUSY, Condition.NEWER,
                               Condition.FOREIGN, Condition.READ_ONLY, Condition.DISK_FULL,
                               Condition.FOLDER_MISSING})


@dataclass(frozen=True, slots=True)
class Diagnosis:
    """The condition of one case file, with what the person needs to decide what to do."""

    condition: Condition
    path: Path
    detail: str = ""
    holders: tuple[str, ...] = ()
    revision: str | None = None
    size: int | None = None
    backup: BackupInfo | None = None
    backup_contents: Contents | None = None
    current: Contents | None = None
    free_bytes: int | None = None
    needed_bytes: int | None = None

    @property
    def can_restore(self) -> bool:
        """A restore may be offered: the file is empty, cut short or damaged and a good backup exists."""
        return self.condition not in DATA_MAY_BE_SOUND and self.backup is not None

    @property
    def salvage_first(self) -> bool:
        """Save what can still be read before anything else (the file holds something)."""
        return self.condition in (Condition.DAMAGED, Condition.TRUNCATED)

    @property
    def can_retry(self) -> bool:
        """Waiting or fixing the environment and trying again is the remedy."""
        return self.condition in (Condition.BUSY, Condition.FOLDER_MISSING, Condition.READ_ONLY,
                                  Condition.DISK_FULL)

    @property
    def message(self) -> str:
        """The diagnosis in plain English (the window words it in its own language)."""
        return english_message(self)


def diagnose(paths: DataPaths, error: BaseException | None = None, *,
             busy_wait: float = 2.0) -> Diagnosis:
    """Look at the data folder and its case file (read-only) and say what is the matter."""
    database = paths.database
    if not paths.data_dir.is_dir():
        return Diagnosis(Condition.FOLDER_MISSING, database)
    if _is_disk_full(error) or (error is not None and _free(paths.data_dir) < MIB):
        return _disk_full(paths)
    if not database.exists():
        return _empty_or_new(paths, Condition.MISSING_FILE, None)
    try:
        header = read_header(database)
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM):
            return Diagnosis(Condition.READ_ONLY, database, detail=exc.strerror or str(exc))
        return _with_backup(paths, Diagnosis(Condition.DAMAGED, database,
                                             detail=exc.strerror or str(exc)))
    if header.blank:
        return _empty_or_new(paths, Condition.EMPTY, header.size)
    if header.sqlite and not header.truncated and probe_busy(database, busy_wait):
        return Diagnosis(Condition.BUSY, database, holders=programs_holding(database))
    if not _writable(paths):
        return Diagnosis(Condition.READ_ONLY, database)
    if header.truncated:
        return _with_backup(paths, Diagnosis(Condition.TRUNCATED, database, size=header.size))
    if not header.sqlite:
        return _with_backup(paths, Diagnosis(Condition.DAMAGED, database, size=header.size,
                         detail="it is not a database file"))
    return _diagnose_database(paths, header.size, error)


def _diagnose_database(paths: DataPaths, size: int, error: BaseException | None) -> Diagnosis:
    database = paths.database
    try:
        revision = read_revision(database)
        problems = _quick_check(database)
    except sqlite3.Error as exc:
        if is_busy_error(exc):
            return Diagnosis(Condition.BUSY, database, holders=programs_holding(database))
        return _with_backup(paths, Diagnosis(Condition.DAMAGED, database, size=size,
                                             detail=str(exc)))
    if revision == "unknown":
        return Diagnosis(Condition.FOREIGN, database)
    if revision is not None and revision not in KNOWN_REVISIONS:
        return Diagnosis(Condition.NEWER, database, revision=revision)
    if problems:
        return _with_backup(paths, Diagnosis(Condition.DAMAGED, database, size=size,
                                             detail="; ".join(problems[:3])))
    detail = str(error) if error is not None else ""
    return Diagnosis(Condition.SOUND, database, detail=detail, revision=revision)


def _quick_check(database: Path) -> list[str]:
    with closing(sqlite3.connect(read_only_uri(database), uri=True, timeout=2.0)) as conn:
        rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check(5)")]
    return [] if rows == ["ok"] else rows


def _empty_or_new(paths: DataPaths, condition: Condition, size: int | None) -> Diagnosis:
    found = _with_backup(paths, Diagnosis(condition, paths.database, size=size))
    if found.backup is None:
        return Diagnosis(Condition.NEW, paths.database, size=size)
    return found


def _with_backup(paths: DataPaths, found: Diagnosis) -> Diagnosis:
    """The diagnosis with the latest good backup and what it and the current file hold."""
    good = latest_good_backup(paths)
    current = read_contents(paths.database) if paths.database.exists() else None
    return replace(found, backup=good, backup_contents=read_contents(good.path) if good else None,
                   current=current)


def _disk_full(paths: DataPaths) -> Diagnosis:
    database = paths.database
    size = database.stat().st_size if database.exists() else 0
    wal = Path(f"{database}-wal")
    wal_size = wal.stat().st_size if wal.exists() else 0
    needed = size + wal_size + MIB  # a backup copy of the file, its log, and room to write
    return Diagnosis(Condition.DISK_FULL, database, free_bytes=_free(paths.data_dir),
                     needed_bytes=needed)


def _free(folder: Path) -> int:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return 0


def _writable(paths: DataPaths) -> bool:
    if os.name != "posix":
        return True
    folder_ok = os.access(paths.data_dir, os.W_OK | os.X_OK)
    return folder_ok and os.access(paths.database, os.R_OK | os.W_OK)


def _is_disk_full(error: BaseException | None) -> bool:
    seen = 0
    while error is not None and seen < 10:
        if isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        code = getattr(error, "sqlite_errorcode", None)
        if isinstance(code, int) and code & 0xFF == _FULL_CODE:
            return True
        text = str(error).lower()
        if "disk is full" in text or "no space left" in text:
            return True
        error = error.__cause__ or getattr(error, "orig", None)
        seen += 1
    return False


class CaseFileError(DataLocationError):
    """The case file cannot be used; carries the diagnosis so each front end words it its way."""

    def __init__(self, diagnosis: Diagnosis) -> None:
        super().__init__(diagnosis.message,
                         words=lambda tr: diagnosis_message(diagnosis, tr))
        self.diagnosis = diagnosis


def refuse_unless_usable(paths: DataPaths) -> None:
    """Before opening: an empty or missing case file while backups exist is not a new case file."""
    database = paths.database
    try:
        blank = not database.exists() or database.stat().st_size == 0
    except OSError:
        return
    if not blank:
        return
    found = diagnose(paths)
    if found.condition not in (Condition.NEW, Condition.SOUND):
        raise CaseFileError(found)


def explain(paths: DataPaths, error: BaseException) -> CaseFileError | None:
    """The diagnosis of a failure to open or use the case file, or None when the file is sound."""
    if isinstance(error, CaseFileError):
        return error
    found = diagnose(paths, error)
    if found.condition in (Condition.SOUND, Condition.NEW):
        return None
    return CaseFileError(found)
