"""Leftovers of interrupted attaches, imports, backups and restores: told apart, then cleaned.

Nothing a record refers to is ever removed, and nothing a running operation (another process)
is writing: its marker or temporary file is locked.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import sqlite3
import tempfile
import time
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from casekeeper.paths import DataPaths
from casekeeper.storage.engine import Database
from casekeeper.storage.evidence_store import EvidenceStore
from casekeeper.storage.repositories.health import HealthRepository
from casekeeper.storage.sqlite_uri import read_only_uri
from casekeeper.storage.store_operations import STAGING, in_use, pending_operations

log = logging.getLogger("casekeeper.hygiene")

_SHA = re.compile(r"^[0-9a-f]{64}$")
_SCRATCH_AGE_S = 24 * 3600
_LEGACY_AGE_S = 600  # an old version's ".incoming-" copy, or a ".restoring" file, untouched this long


@dataclass
class Survey:
    """What lies in the evidence and backups folders besides what records refer to."""

    interrupted: list[Path] = field(default_factory=list)
    """Temporary files and originals left by interrupted operations (harmless)."""
    unreferenced: list[Path] = field(default_factory=list)
    """Originals no record refers to, of unknown origin (harmless; kept unless repaired)."""
    foreign: list[Path] = field(default_factory=list)
    """Files Case Keeper did not put there (left alone)."""
    running: int = 0
    """Originals being added right now by another window or command (not a problem)."""


def survey(db: Database, store: EvidenceStore, paths: DataPaths | None, *,
           with_orphans: bool = True) -> Survey:
    """Look without changing anything; ``with_orphans`` also walks every stored original."""
    found = Survey()
    leftovers, running = pending_operations(store.staging)
    referenced = _referenced(db)
    noted: set[str] = set()
    for leftover in leftovers:
        found.interrupted.extend(leftover.temps)
        if leftover.marker.exists():
            found.interrupted.append(leftover.marker)
        noted.update(leftover.noted)
    for sha in sorted(noted - referenced - running):
        if store.path_for(sha).is_file():
            found.interrupted.append(store.path_for(sha))
    found.running = len(running - referenced)
    found.interrupted += _legacy_temps(store.root)
    if paths is not None:
        found.interrupted += _backup_partials(paths)
    if with_orphans and store.root.is_dir():
        for item in sorted(store.root.rglob("*")):
            if item.is_dir() or STAGING in item.relative_to(store.root).parts:
                continue
            if item.name.startswith(".incoming-") or item in found.interrupted:
                continue
            if not _SHA.match(item.name) or item.parent.name != item.name[:2]:
                found.foreign.append(item)
            elif item.name not in referenced and item.name not in running:
                found.unreferenced.append(item)
    return found


def tidy(db: Database, store: EvidenceStore, paths: DataPaths | None, *,
         orphans: bool = False) -> Survey:
    """Remove the leftovers of interrupted operations; ``orphans`` also removes unreferenced
    originals that no backup refers to either (``check --repair``). Returns what was removed."""
    found = survey(db, store, paths, with_orphans=orphans)
    removed = Survey()
    for item in found.interrupted:
        if _remove(item):
            removed.interrupted.append(item)
    if orphans and found.unreferenced and paths is not None:
        kept = referenced_by_backups(paths.backups_dir)
        for item in found.unreferenced:
            if item.name not in kept and _remove(item):
                removed.unreferenced.append(item)
    if removed.interrupted or removed.unreferenced:
        log.info("removed leftovers of interrupted operations: %d; unreferenced originals: %d",
                 len(removed.interrupted), len(removed.unreferenced))
    return removed


def tidy_quietly(db: Database, store: EvidenceStore, paths: DataPaths) -> None:
    """At start: clean leftovers of interrupted operations; any failure is only logged."""
    remove_stale_export_scratch()
    if not _anything_pending(store, paths):
        return
    try:
        tidy(db, store, paths)
    except Exception:
        log.exception("leftovers of interrupted operations could not be cleaned")


def clean_after_failure(db: Database, store: EvidenceStore) -> None:
    """Right after an attach or import failed: remove what it stored and nothing refers to."""
    try:
        tidy(db, store, None)
    except Exception:  # the database may be the cause (full, locked): the next start cleans
        log.warning("an interrupted operation's files are left for the next start")


def remove_stale_export_scratch(max_age_s: float = _SCRATCH_AGE_S) -> int:
    """Remove scratch folders of dossier exports that were killed (copies of evidence pictures).

    A running export keeps its folder fresh; one untouched for a day was abandoned. Only folders
    of this user are touched. Returns how many were removed.
    """
    removed = 0
    base = Path(tempfile.gettempdir())
    now = time.time()
    with contextlib.suppress(OSError):
        for folder in base.glob("casekeeper-export-*"):
            try:
                info = folder.lstat()
            except OSError:
                continue
            if not folder.is_dir() or folder.is_symlink() or now - info.st_mtime < max_age_s:
                continue
            if hasattr(os, "getuid") and info.st_uid != os.getuid():
                continue
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
    return removed


def _anything_pending(store: EvidenceStore, paths: DataPaths) -> bool:
    staging = store.staging
    if staging.is_dir() and any(staging.iterdir()):
        return True
    if paths.backups_dir.is_dir() and any(paths.backups_dir.glob("*.partial")):
        return True
    return any(store.root.glob(".incoming-*")) if store.root.is_dir() else False


def _referenced(db: Database) -> set[str]:
    with db.reading() as session:
        return set(HealthRepository(session).evidence_hashes())


def referenced_by_backups(backups_dir: Path) -> set[str]:
    """Every original a record of any backup refers to (a restore must find it)."""
    kept: set[str] = set()
    if not backups_dir.is_dir():
        return kept
    for copy in backups_dir.glob("*.sqlite3"):
        try:
            with closing(sqlite3.connect(read_only_uri(copy), uri=True)) as conn:
                kept.update(str(row[0]) for row in conn.execute("SELECT sha256 FROM evidence"))
        except sqlite3.Error:
            continue  # a damaged or foreign copy names nothing we can trust
    return kept


def _legacy_temps(root: Path) -> list[Path]:
    if not root.is_dir():
        return []
    now = time.time()
    return [p for p in root.glob(".incoming-*") if now - _mtime(p) > _LEGACY_AGE_S]


def _backup_partials(paths: DataPaths) -> list[Path]:
    found: list[Path] = []
    if paths.backups_dir.is_dir():
        found += [p for p in paths.backups_dir.glob("*.partial") if not in_use(p)]
    restoring = paths.database.with_name(paths.database.name + ".restoring")
    if restoring.exists() and time.time() - _mtime(restoring) > _LEGACY_AGE_S:
        found.append(restoring)
    return found


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return time.time()


def _remove(item: Path) -> bool:
    with contextlib.suppress(OSError):
        if item.is_file() and not in_use(item):
            item.unlink()
            return True
    return False
