"""One SQLite engine per data folder: WAL, foreign keys, synchronous FULL, busy timeout, explicit BEGIN."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool
from sqlmodel import Session

from casekeeper.errors import DataLocationError
from casekeeper.i18n import N_
from casekeeper.storage import wal_guard
from casekeeper.storage.commit_seal import CommitSeal
from casekeeper.storage.sqlite_errors import environment_error
from casekeeper.storage.sqlite_uri import read_write_uri

BUSY_TIMEOUT_MS = 5000


def make_engine(path: Path, *, foreign_keys: bool = True,
                busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Engine:
    """Create the engine; pragmas are set on every new connection in autocommit mode.

    The file must already exist (``open_database`` creates a new one): every connection opens it
    with ``mode=rw``, so a connection made after the data folder vanished or was replaced by an
    empty one fails with a plain message instead of creating an empty case file.
    """
    address = read_write_uri(path)  # resolved once: a renamed folder is not followed

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(address, uri=True, timeout=busy_timeout_ms / 1000,
                               check_same_thread=False)

    engine = create_engine(
        URL.create("sqlite"),  # the address is the creator's: "?" or "#" in a folder name is kept
        creator=connect,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves, see _on_begin
        for pragma in (
            "PRAGMA journal_mode=WAL",
            f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}",
            "PRAGMA synchronous=FULL",
            f"PRAGMA busy_timeout={busy_timeout_ms}",
        ):
            dbapi_connection.execute(pragma)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        immediate = connection.get_execution_options().get("sqlite_immediate", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


class Database:
    """The open case file: hands out read and write sessions, each one transaction."""

    def __init__(self, path: Path, engine: Engine | None = None,
                 notices: tuple[str, ...] = ()) -> None:
        self.path = path
        self.notices = notices
        """What the person must be told about the opening (a foreign write-ahead log set aside)."""
        self.engine = engine or make_engine(path)
        self._writer = self.engine.execution_options(sqlite_immediate=True)
        self._identity = file_identity(path)
        self._seal = CommitSeal(path)
        self._closed = False
        wal_guard.opened(path)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read transaction (a consistent snapshot); refused when the folder vanished."""
        self.refuse_if_moved(FOLDER_GONE_READING)  # a pooled connection would read a deleted file
        with translated_errors(), Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A write transaction taken at once (BEGIN IMMEDIATE); committed on success, else rolled back."""
        with translated_errors(), Session(self._writer, expire_on_commit=False) as session:
            try:
                yield session
                head = self._seal.before_commit(session)
                self.refuse_if_moved()
                session.commit()
            except BaseException:
                session.rollback()
                raise
        self._seal.after_commit(head)

    def close(self) -> None:
        """Release every connection (checkpointing the WAL)."""
        self.engine.dispose()
        if not self._closed:
            self._closed = True
            wal_guard.closed(self.path)

    def refuse_if_moved(self, message: str | None = None) -> None:
        """Refuse to commit when the case file is no longer the one opened.

        A deleted or replaced data folder (a removed drive, a sync program, a restore by hand)
        would otherwise take the write into a file nobody can open again: acknowledged and lost.
        """
        if self._identity is None:
            return
        now = file_identity(self.path)
        if now != self._identity:
            raise DataLocationError.marked(message or FOLDER_GONE, folder=self.path.parent)


FOLDER_GONE = N_(
    "The data folder {folder} has disappeared or was replaced while Case Keeper was open (a "
    "removed drive, a sync program, or the folder moved), so this change was NOT saved. Put the "
    "folder back or reconnect the drive, then save again; what you typed is still on screen."
)
FOLDER_GONE_READING = N_(
    "The data folder {folder} has disappeared or was replaced while Case Keeper was open (a "
    "removed drive, a sync program, or the folder moved), so it cannot be read. Put the folder "
    "back or reconnect the drive, then try again; nothing was created or changed."
)


def file_identity(path: Path) -> tuple[int, int] | None:
    """The device and inode of ``path``, or None when it does not exist."""
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino


@contextmanager
def translated_errors() -> Iterator[None]:
    """Turn SQLite failures caused by the environment into plain-words DataLocationErrors."""
    try:
        yield
    except (DBAPIError, sqlite3.Error) as exc:
        known = environment_error(exc)
        if known is None:
            raise
        raise known from exc
