"""What every Case Keeper commit does besides committing: seal its rows, then update the witness.

``Database.writing`` calls ``before_commit`` inside the transaction (the rows it changed are
sealed, see ``seals``) and ``after_commit`` once it is durable (the chain's head and the
write-ahead log's header go to ``chain_witness``, only when either moved).
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from sqlmodel import Session

from casekeeper.storage import seals
from casekeeper.storage.chain_witness import Witness, now_text, read_witness, write_witness
from casekeeper.storage.sqlite_uri import read_only_uri
from casekeeper.storage.wal_guard import read_wal_header, wal_path

Head = tuple[int, str] | None
_HEAD_SQL = "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"


class CommitSeal:
    """Seals and witnesses the commits of one open case file."""

    def __init__(self, database: Path) -> None:
        self._database = database
        self._sealed: bool | None = None
        self._last: tuple[Head, tuple[int, int, int] | None] | None = None

    def before_commit(self, session: Session) -> Head:
        """Seal the rows this transaction changed; the chain's head as it will be committed."""
        session.flush()
        raw = session.connection().connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        if self._sealed is None:
            self._sealed = seals.has_seals(raw)
        if not self._sealed:
            return None
        seals.seal_pending(raw)
        row = raw.execute(_HEAD_SQL).fetchone()
        return None if row is None else (int(row[0]), str(row[1]))

    def after_commit(self, head: Head) -> None:
        """Record the head and the log's header outside the file when either moved."""
        if not self._sealed:
            return
        header = read_wal_header(wal_path(self._database))
        state = (head, header.stamp if header else None)
        if state == self._last:
            return
        previous = read_witness(self._database)
        if write_witness(self._database, Witness(
                entry=head[0] if head else None, head=head[1] if head else None,
                saved_at=now_text(), replaced_at=previous.replaced_at if previous else "",
                wal=state[1])):
            self._last = state


def record_replacement(database: Path, when: datetime | None = None) -> None:
    """After a restore or an accepted history: the witness starts again from the file as it is."""
    try:
        with closing(sqlite3.connect(read_only_uri(database), uri=True)) as conn:
            row = conn.execute(_HEAD_SQL).fetchone()
    except sqlite3.DatabaseError:
        row = None
    write_witness(database, Witness(entry=int(row[0]) if row else None,
                                    head=str(row[1]) if row else None, saved_at=now_text(),
                                    replaced_at=(when or datetime.now(UTC)).isoformat()))
