"""Open the case file, migrating it to the current schema first (a new file is made the same way)."""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

from casekeeper.errors import DataLocationError
from casekeeper.i18n import N_
from casekeeper.storage import case_counters, seals, wal_guard
from casekeeper.storage.backup import backup_database
from casekeeper.storage.engine import Database, make_engine, translated_errors
from casekeeper.storage.schema import KNOWN_REVISIONS, SCHEMA_HEAD, read_revision
from casekeeper.storage.sqlite_uri import read_write_uri

if TYPE_CHECKING:
    from alembic.config import Config

NEWER_VERSION = N_(
    "This case file was written by a newer version of Case Keeper (schema {revision}). "
    "Install the newer version to open it; your data has not been changed."
)
FOLDER_NOT_CREATED = N_(
    "The data folder {folder} cannot be created ({why}). Check its permissions or choose another "
    "folder with --data-dir.")
UNREADABLE = N_(
    "The case file {path} cannot be read: it is damaged or not a database. Nothing has been "
    "changed.")
FILE_NOT_CREATED = N_(
    "The case file {path} cannot be created ({why}). Check the folder's permissions and free "
    "space, or choose another data folder with --data-dir.")
FOREIGN_FILE = N_(
    "The file {path} is not a Case Keeper case file. Choose another data folder with "
    "--data-dir; the file has not been changed."
)


def open_database(path: Path, backups_dir: Path) -> Database:
    """Open ``path``, creating or migrating it; the file is backed up before any migration.

    When the schema is already current no migration machinery is imported (fast start).
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataLocationError.marked(FOLDER_NOT_CREATED, folder=path.parent,
                                       why=exc.strerror) from exc
    create_private(path)
    wal_guard.guard(path)  # before SQLite first reads it: a foreign log is never replayed
    notices = tuple(filter(None, [wal_guard.take_notice(path)]))
    try:
        revision = read_revision(path)
    except sqlite3.DatabaseError as exc:
        raise DataLocationError.marked(UNREADABLE, path=path) from exc
    if revision == SCHEMA_HEAD:
        return Database(path, notices=notices)
    if revision == "unknown":
        raise DataLocationError.marked(FOREIGN_FILE, path=path)
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise DataLocationError.marked(NEWER_VERSION, revision=revision)
    backup = backup_database(path, backups_dir, f"pre-migration-{revision}") if revision else None
    try:
        with translated_errors():
            upgrade_to_head(path)
    except Exception:
        if backup is not None:
            shutil.copyfile(backup, path)
            for suffix in ("-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise
    return Database(path, notices=notices)


def create_private(path: Path) -> None:
    """Create a missing file readable by its owner only (SQLite gives its -wal and -shm the same)."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    except OSError as exc:
        raise DataLocationError.marked(FILE_NOT_CREATED, path=path,
                                       why=exc.strerror or exc) from exc
    os.close(descriptor)


def upgrade_to_head(path: Path) -> None:
    """Run every pending migration with foreign keys off, prove no reference is dangling, then
    seal every record again (what did not match its seal before is kept on record) and work the
    case counters out again (a migration that rebuilds a table drops their triggers)."""
    from alembic import command

    findings = _seal_findings(path)
    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.connect() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            dangling = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            connection.rollback()
        if dangling:
            raise RuntimeError(f"migration left dangling references: {dangling[:5]}")
    finally:
        engine.dispose()
    with closing(sqlite3.connect(read_write_uri(path), uri=True, isolation_level=None)) as conn:
        conn.execute("BEGIN IMMEDIATE")
        seals.reseal_all(conn, findings)
        if case_counters.has_counters(conn):
            case_counters.repair(conn)
        conn.execute("COMMIT")


def _seal_findings(path: Path) -> list[seals.SealFinding]:
    """What does not match its seal in a file about to be migrated (none before schema 0011)."""
    with closing(sqlite3.connect(read_write_uri(path), uri=True)) as conn:
        return seals.compare(conn) if seals.has_seals(conn) else []


def alembic_config() -> Config:
    """The Alembic configuration pointing at the migrations shipped inside the package."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    return config
