"""What schema this code expects, and how to read the schema revision of a file without Alembic."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from casekeeper.storage.sqlite_uri import read_only_uri

#: The newest migration this version ships; a test keeps it equal to Alembic's head.
SCHEMA_HEAD = "0017"

#: Every revision this version knows, oldest first; a test keeps it equal to the scripts.
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0008", "0009", "0010", "0011",
                   "0012", "0016", "0017")

SEARCH_TABLE = "search_index"
COUNTERS_TABLE = "case_counters"


def is_managed_by_hand(table_name: str) -> bool:
    """True for the FTS5 index and its shadow tables, the record seals' tables and the case
    counters, which migrations manage with raw SQL."""
    return (table_name == SEARCH_TABLE or table_name.startswith(SEARCH_TABLE + "_")
            or table_name in ("record_seals", "seal_pending", "seal_findings", COUNTERS_TABLE))


def read_revision(path: Path) -> str | None:
    """The schema revision stored in the file, or None for a new or empty file.

    Raises sqlite3.DatabaseError when the file is not a database.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    with closing(sqlite3.connect(read_only_uri(path), uri=True)) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            if tables - {"sqlite_sequence"}:
                return "unknown"
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None else str(row[0])
