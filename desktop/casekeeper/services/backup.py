"""Backups of the case file: made on request, on exit, on a schedule when data changed, rotated."""

from __future__ import annotations

import errno
import json
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from casekeeper import __version__
from casekeeper.errors import DataLocationError, InputError, KnownError
from casekeeper.export.atomic import atomic_write
from casekeeper.i18n.markers import N_, Marked
from casekeeper.paths import DataPaths
from casekeeper.services.backup_rotation import Dated, RotationPolicy, to_remove
from casekeeper.services.clock import Clock
from casekeeper.storage.backup import SUFFIX, backup_database, inspect_copy, parse_name
from casekeeper.storage.engine import FOLDER_GONE_READING, Database
from casekeeper.storage.repositories.audit import AuditLog
from casekeeper.storage.sqlite_uri import read_only_uri

REASONS = ("manual", "exit", "scheduled", "pre-migration", "pre-import", "pre-restore")
MANIFEST_SUFFIX = ".manifest.json"


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup as listed: when, why, how big, how many cases it holds."""

    name: str
    path: Path
    reason: str
    created_at: datetime
    size: int
    case_count: int | None
    revision: str | None


class BackupService:
    """Backups of one open data folder (restoring needs it closed: see services.restore)."""

    def __init__(
        self, paths: DataPaths, db: Database, clock: Clock, policy: RotationPolicy | None = None
    ) -> None:
        self._paths = paths
        self._db = db
        self._clock = clock
        self.policy = policy or RotationPolicy()

    def create(self, reason: str = "manual") -> BackupInfo:
        """Back up now, with its evidence manifest; then rotate old automatic backups."""
        if reason not in REASONS:
            raise InputError("reason", reason, Marked(N_("use one of: {names}"), names=", ".join(REASONS)))
        self._db.refuse_if_moved(FOLDER_GONE_READING)  # never a backups folder in an empty place
        now = self._clock.now()
        try:
            path = backup_database(self._db.path, self._paths.backups_dir, reason, now)
            write_manifest(path, self._paths.evidence_dir, reason, now, *copy_head(path))
        except (OSError, sqlite3.Error, KnownError) as exc:
            raise backup_failed(self._paths, exc) from exc
        self.rotate()
        return describe(path)

    def backups(self) -> list[BackupInfo]:
        """Every backup, newest first."""
        return list_backups(self._paths.backups_dir)

    def backup_if_changed(self, min_interval: timedelta = timedelta(minutes=30)) -> BackupInfo | None:
        """A scheduled backup when data changed since the newest backup and it is old enough.

        Meant for a short repeating GUI timer (timers stop while the computer sleeps): it compares
        wall-clock time and the audit-chain head, so calling it often is cheap.
        """
        backups = self.backups()
        head = self._audit_head()
        if backups:
            newest = backups[0]
            if self._clock.now() - newest.created_at < min_interval:
                return None
            if read_manifest(newest.path).get("audit_head") == head:
                return None
        elif head is None:
            return None
        return self.create("scheduled")

    def rotate(self) -> list[str]:
        """Delete the backups the policy no longer keeps; return their names."""
        dated = [Dated(b.name, b.reason, b.created_at) for b in self.backups()]
        removed = to_remove(dated, self._clock.now(), self.policy)
        for name in removed:
            target = self._paths.backups_dir / name
            target.unlink(missing_ok=True)
            manifest_path(target).unlink(missing_ok=True)
        return removed

    def _audit_head(self) -> str | None:
        with self._db.reading() as session:
            return AuditLog(session).head()


def backup_failed(paths: DataPaths, exc: BaseException) -> DataLocationError:
    """Why a backup could not be written, in plain words: full disk, read-only folder, other."""
    folder = paths.backups_dir
    text = str(exc).lower()
    number = exc.errno if isinstance(exc, OSError) else None
    if number in (errno.ENOSPC, errno.EDQUOT) or "full" in text or "no space" in text:
        size = paths.database.stat().st_size if paths.database.exists() else 0
        need = -(-(size + 1024 * 1024) // (1024 * 1024))
        why = (
            f"the disk is full. Free at least {need} MB (the size of a copy of your case file) and try again"
        )
    elif (
        number in (errno.EACCES, errno.EPERM, errno.EROFS)
        or "read-only" in text
        or "permission denied" in text
    ):
        why = "the folder is read-only. Check its permissions (or the drive's write protection) and try again"
    else:
        why = f"{getattr(exc, 'strerror', None) or exc}. Check free space and permissions"
    return DataLocationError(
        Marked(
            N_("The backup could not be written to {folder}: {why}. Your case file is unchanged."),
            folder=folder,
            why=why,
        )
    )


def list_backups(backups_dir: Path) -> list[BackupInfo]:
    """Every backup in a folder, newest first (works on a closed or damaged data folder)."""
    if not backups_dir.is_dir():
        return []
    found = [describe(p) for p in backups_dir.glob(f"*{SUFFIX}") if parse_name(p.name)]
    return sorted(found, key=lambda b: (b.created_at, b.name), reverse=True)


def describe(path: Path) -> BackupInfo:
    """Read a backup's name, size and case count (the full integrity check is left to restore)."""
    parsed = parse_name(path.name)
    if parsed is None:
        raise InputError("backup", path.name, Marked(N_("give a name shown by 'casekeeper-cli backup list'")))
    facts = inspect_copy(path, full_check=False)
    return BackupInfo(name=path.name, path=path, reason=parsed[0], created_at=parsed[1],
                      size=path.stat().st_size, case_count=facts.case_count,
                      revision=facts.revision)


def manifest_path(backup: Path) -> Path:
    """The evidence manifest written next to a backup."""
    return backup.with_name(backup.name[: -len(SUFFIX)] + MANIFEST_SUFFIX)


def copy_head(backup: Path) -> tuple[str | None, int | None]:
    """The audit chain's newest hash and entry id in a backup copy (None, None when empty)."""
    with closing(sqlite3.connect(read_only_uri(backup), uri=True)) as conn:
        row = conn.execute("SELECT hash, id FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return (None, None) if row is None else (str(row[0]), int(row[1]))


def write_manifest(backup: Path, evidence_dir: Path, reason: str, at: datetime,
                   audit_head: str | None, audit_entry: int | None = None) -> None:
    """List every stored original (sha256 and size) with the backup: originals never change.

    The audit chain's head (its newest hash and entry id, read from the copy itself) is kept
    there too: ``check`` proves the live chain still holds it (no newest entries removed).
    """
    files = []
    if evidence_dir.is_dir():
        for item in sorted(evidence_dir.glob("??/*")):
            if item.is_file() and len(item.name) == 64:
                files.append({"sha256": item.name, "size": item.stat().st_size})
    data = {"format": 1, "app_version": __version__, "backup": backup.name, "reason": reason,
            "created_at": at.isoformat(), "audit_head": audit_head, "audit_entry": audit_entry,
            "evidence": files}
    def write(temp: Path) -> None:
        temp.write_text(json.dumps(data, indent=1), encoding="utf-8")

    atomic_write(manifest_path(backup), write)


def read_manifest(backup: Path) -> dict[str, object]:
    """The manifest of a backup, or an empty dict when it is missing or unreadable."""
    try:
        loaded = json.loads(manifest_path(backup).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return loaded if isinstance(loaded, dict) else {}
