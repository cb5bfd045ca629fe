"""The append-only, hash-chained audit log: every change leaves ids and a digest, never contents."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session, SQLModel, col

from casekeeper.domain.models import AuditEntry

GENESIS = "0" * 64
_CASE_TABLE = "cases"


def canonical_json(data: Mapping[str, Any]) -> str:
    """Sorted keys, no spaces, values as text: the same data always gives the same bytes."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      default=_plain)


def _plain(value: object) -> object:
    if isinstance(value, datetime):
        return utc_text(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    return str(value)


def utc_text(instant: datetime) -> str:
    """An instant as stored: UTC, microseconds, 'Z'."""
    return instant.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def entry_hash(prev_hash: str, entry: AuditEntry) -> str:
    """sha256(prev_hash + canonical JSON of the entry's fields)."""
    body = canonical_json({
        "id": entry.id, "at": entry.at, "action": entry.action,
        "record_kind": entry.record_kind, "record_id": entry.record_id,
        "case_id": entry.case_id, "digest_of_change": entry.digest_of_change})
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def digest_of(row: SQLModel | Mapping[str, Any]) -> str:
    """The SHA-256 of a record's values after the change (proves what, reveals nothing)."""
    values = dict(row) if isinstance(row, Mapping) else row.model_dump()
    return hashlib.sha256(canonical_json(values).encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class ChainProblem:
    """One broken link, in plain words."""

    entry_id: int
    reason: str


class AuditLog:
    """Appends to and reads the chain inside the caller's transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def record(self, action: str, row: SQLModel, at: datetime) -> AuditEntry:
        """Append an entry for ``row`` after ``action`` (the row is flushed to get its id)."""
        self.session.add(row)
        self.session.flush()
        table = str(getattr(row, "__tablename__", type(row).__name__))
        record_id = getattr(row, "id", None)
        case_id = record_id if table == _CASE_TABLE else getattr(row, "case_id", None)
        return self.append(action, table, record_id, case_id, digest_of(row), at)

    def append(self, action: str, record_kind: str, record_id: int | None, case_id: int | None,
               digest: str, at: datetime) -> AuditEntry:
        """Append one entry linked to the current head."""
        prev = self.head() or GENESIS
        entry = AuditEntry(at=at, action=action, record_kind=record_kind, record_id=record_id,
                           case_id=case_id, digest_of_change=digest, prev_hash=prev, hash="")
        self.session.add(entry)
        self.session.flush()
        entry.hash = entry_hash(prev, entry)
        self.session.flush()
        return entry

    def head(self) -> str | None:
        """The hash of the newest entry, or None when nothing was ever recorded."""
        return self.session.execute(
            select(col(AuditEntry.hash)).order_by(col(AuditEntry.id).desc()).limit(1)
        ).scalar_one_or_none()

    def count(self) -> int:
        """How many entries the chain holds."""
        return int(self.session.execute(select(func.count(col(AuditEntry.id)))).scalar_one())

    def entries(self) -> Iterator[AuditEntry]:
        """Every entry, oldest first."""
        yield from self.session.scalars(select(AuditEntry).order_by(col(AuditEntry.id)))

    def verify(self) -> list[ChainProblem]:
        """Recompute every link; an empty list means the chain is whole."""
        problems: list[ChainProblem] = []
        prev = GENESIS
        for entry in self.entries():
            assert entry.id is not None
            if entry.prev_hash != prev:
                problems.append(ChainProblem(entry.id, "does not follow the entry before it "
                                             "(an entry was removed or changed)"))
            if entry.hash != entry_hash(entry.prev_hash, entry):
                problems.append(ChainProblem(entry.id, "was changed after it was written"))
            prev = entry.hash
        return problems
