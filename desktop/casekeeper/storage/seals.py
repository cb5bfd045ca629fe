"""Record seals: the digest of every record as Case Keeper last wrote it, so outside edits show.

Triggers on every sealed table note each inserted, changed or deleted row in ``seal_pending``,
whoever wrote it. Case Keeper's own write transaction (``Database.writing``) re-seals the noted
rows just before it commits, so its own changes always match their seals. A change made by any
other program (the sqlite3 shell, a database editor) leaves a row that no longer matches its
seal, a row without a seal, or a seal without its row: ``check`` names each one.

The tables are created by migration 0011; the triggers are (re)made by code after every
migration, because rebuilding a table drops its triggers. A migration re-seals every row, and
first records what did not match before it (``seal_findings``), so an upgrade hides nothing.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass

#: Tables whose rows are sealed, with the words that name one of their records.
SEALED: dict[str, str] = {
    "cases": "case",
    "interactions": "contact",
    "stage_changes": "ladder step",
    "evidence": "exhibit",
    "promises": "promise",
    "rule_overrides": "rule override",
    "payment_plans": "payment plan",
    "instalments": "instalment",
    "reminders_sent": "sent-reminder record",
    "opening_requests": "opening reminder",
}
#: Tables deliberately not sealed: the chain itself, Alembic's mark, the seals' own tables, and
#: the case counters (worked out from sealed records; the integrity check repairs them).
NOT_SEALED = ("alembic_version", "audit_log", "record_seals", "seal_pending", "seal_findings",
              "case_counters")
SEAL_TABLES = ("record_seals", "seal_pending", "seal_findings")


@dataclass(frozen=True, slots=True)
class SealFinding:
    """One record that does not match what Case Keeper last wrote."""

    table: str
    record_id: int
    kind: str
    """``changed``, ``added`` (no seal) or ``removed`` (a seal without its record)."""
    case_id: int | None = None


def has_seals(conn: sqlite3.Connection) -> bool:
    """True when the file has the seal tables (schema 0011 or later)."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='seal_pending'"
                        ).fetchone() is not None


def install_triggers(conn: sqlite3.Connection) -> None:
    """Create the missing triggers that note every change to a sealed table."""
    for table in SEALED:
        for event, rows in (("INSERT", ("NEW",)), ("UPDATE", ("OLD", "NEW")),
                            ("DELETE", ("OLD",))):
            notes = " ".join(f"INSERT OR IGNORE INTO seal_pending(tbl, record_id) "
                             f"VALUES ('{table}', {row}.rowid);" for row in rows)
            conn.execute(f"CREATE TRIGGER IF NOT EXISTS seal_{table}_{event.lower()} AFTER {event} "
                         f"ON {table} BEGIN {notes} END")


def row_digest(columns: list[str], values: tuple[object, ...]) -> str:
    """SHA-256 of a row's stored values with their column names (blobs as hex)."""
    plain = [value.hex() if isinstance(value, bytes) else value for value in values]
    body = json.dumps([columns, plain], separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _digest_of(conn: sqlite3.Connection, table: str, record_id: int) -> str | None:
    cursor = conn.execute(f"SELECT * FROM {table} WHERE rowid = ?", (record_id,))
    row = cursor.fetchone()
    if row is None:
        return None
    return row_digest([d[0] for d in cursor.description], tuple(row))


def seal_pending(conn: sqlite3.Connection) -> int:
    """Re-seal every row noted since the last seal (inside the caller's transaction)."""
    pending = conn.execute("SELECT tbl, record_id FROM seal_pending").fetchall()
    for table, record_id in pending:
        if table not in SEALED:
            continue
        digest = _digest_of(conn, table, record_id)
        if digest is None:
            conn.execute("DELETE FROM record_seals WHERE tbl = ? AND record_id = ?",
                         (table, record_id))
        else:
            conn.execute("INSERT OR REPLACE INTO record_seals(tbl, record_id, digest) "
                         "VALUES (?, ?, ?)", (table, record_id, digest))
    if pending:
        conn.execute("DELETE FROM seal_pending")
    return len(pending)


def compare(conn: sqlite3.Connection) -> list[SealFinding]:
    """Every record that does not match its seal, plus what a migration found before it."""
    findings: list[SealFinding] = []
    for table in SEALED:
        seals = dict(conn.execute("SELECT record_id, digest FROM record_seals WHERE tbl = ?",
                                  (table,)).fetchall())
        cursor = conn.execute(f"SELECT rowid, * FROM {table}")
        columns = [d[0] for d in cursor.description][1:]
        case_column = columns.index("case_id") if "case_id" in columns else None
        for row in cursor:
            record_id, values = int(row[0]), tuple(row[1:])
            case_id = record_id if table == "cases" else (
                values[case_column] if case_column is not None else None)
            seal = seals.pop(record_id, None)
            if seal is None:
                findings.append(SealFinding(table, record_id, "added", case_id))
            elif seal != row_digest(columns, values):
                findings.append(SealFinding(table, record_id, "changed", case_id))
        findings.extend(SealFinding(table, record_id, "removed") for record_id in sorted(seals))
    findings.extend(SealFinding(table, int(record_id), kind, case_id) for table, record_id, kind,
                    case_id in conn.execute("SELECT tbl, record_id, kind, case_id "
                                            "FROM seal_findings ORDER BY rowid"))
    return findings


def reseal_all(conn: sqlite3.Connection, findings: list[SealFinding]) -> None:
    """Seal every row as it is now, keeping ``findings`` on record (what did not match before).

    Used after a migration (which may change every row's columns: the findings were taken on the
    old schema) and when the person accepts changes made outside Case Keeper (no findings kept),
    never on an ordinary write.
    """
    install_triggers(conn)
    conn.execute("DELETE FROM seal_findings")
    conn.execute("DELETE FROM record_seals")
    for table in SEALED:
        cursor = conn.execute(f"SELECT rowid, * FROM {table}")
        columns = [d[0] for d in cursor.description][1:]
        conn.executemany("INSERT INTO record_seals(tbl, record_id, digest) VALUES (?, ?, ?)",
                         ((table, int(row[0]), row_digest(columns, tuple(row[1:])))
                          for row in cursor.fetchall()))
    conn.execute("DELETE FROM seal_pending")
    conn.executemany("INSERT INTO seal_findings(tbl, record_id, kind, case_id) VALUES (?, ?, ?, ?)",
                     ((f.table, f.record_id, f.kind, f.case_id) for f in findings))
