"""The per-case counters the case list reads (``case_counters``, migration 0017): their triggers,
and the comparison with the records that the integrity check runs and repairs from.

Triggers keep the counters current whoever writes. They can drift only if the triggers were
missing while something wrote (another program on a copy made without them, or a later
migration that rebuilt a table): :func:`drifted` finds the cases whose counters differ from
their records and :func:`repair` works every counter out again and makes the missing triggers.
"""

from __future__ import annotations

import sqlite3

from casekeeper.storage.migrations.case_counters_0017 import COUNTED, FILL, TABLE, trigger_statements

_STORED = "SELECT case_id, interactions, last_contact_at, open_promises, broken_promises FROM case_counters"


def has_counters(conn: sqlite3.Connection) -> bool:
    """True when the file has the counters table (schema 0017 or later)."""
    return (
        conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)).fetchone()
        is not None
    )


def install_triggers(conn: sqlite3.Connection) -> None:
    """Create the counter triggers that are missing."""
    for statement in trigger_statements():
        conn.execute(statement)


def drifted(conn: sqlite3.Connection) -> list[int]:
    """The cases whose stored counters differ from their records (a missing row counts as
    zeros; a row for a case that no longer exists is drift too), in id order."""
    counted = {row[0]: tuple(row[1:]) for row in conn.execute(COUNTED)}
    stored = {row[0]: tuple(row[1:]) for row in conn.execute(_STORED)}
    empty = (0, None, 0, 0)
    wrong = {case_id for case_id, values in counted.items() if stored.get(case_id, empty) != values}
    wrong |= stored.keys() - counted.keys()
    return sorted(wrong)


def repair(conn: sqlite3.Connection) -> None:
    """Work every counter out again from the records and make any missing trigger (inside the
    caller's write transaction)."""
    conn.execute(f"DELETE FROM {TABLE}")
    conn.execute(FILL)
    install_triggers(conn)
