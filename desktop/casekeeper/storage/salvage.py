"""Read what can still be read from a damaged case file, table by table, row by row."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from casekeeper.storage.sqlite_uri import read_only_uri

_MAX_SKIPS = 2000


@dataclass
class TableSalvage:
    """The rows recovered from one table and the errors met on the way."""

    name: str
    columns: list[str] = field(default_factory=list)
    rows: list[list[Any]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def salvage_tables(path: Path) -> Iterator[TableSalvage]:
    """Every readable table of ``path`` (opened read-only); unreadable parts are skipped and noted."""
    with closing(sqlite3.connect(read_only_uri(path), uri=True)) as conn:
        conn.text_factory = lambda raw: raw.decode("utf-8", errors="replace")
        try:
            names = [r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        except sqlite3.DatabaseError as exc:
            yield TableSalvage("sqlite_master", errors=[f"the list of tables is unreadable: {exc}"])
            return
        for name in names:
            if name.startswith(("sqlite_", "search_index")):
                continue
            yield _table(conn, name)


def _table(conn: sqlite3.Connection, name: str) -> TableSalvage:
    result = TableSalvage(name)
    quoted = '"' + name.replace('"', '""') + '"'
    try:
        result.columns = [r[1] for r in conn.execute(f"PRAGMA table_info({quoted})")]
    except sqlite3.DatabaseError as exc:
        result.errors.append(f"columns unreadable: {exc}")
        return result
    last, skips = -(2**63), 0
    while skips < _MAX_SKIPS:
        try:
            cursor = conn.execute(f"SELECT rowid, * FROM {quoted} WHERE rowid > ? ORDER BY rowid",
                                  (last,))
            for row in cursor:
                last = row[0]
                result.rows.append(list(row[1:]))
            return result
        except sqlite3.DatabaseError as exc:
            skips += 1
            if not result.errors or skips % 100 == 0:
                result.errors.append(f"rows after rowid {last} unreadable: {exc}")
            last += max(1, skips)
    result.errors.append("gave up after too many unreadable rows")
    return result
