"""Migration 0017: per-case counters filled from the records, kept by triggers, removed on the
way down, and repaired by the integrity check when they drift."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from alembic import command

from casekeeper.storage import case_counters
from casekeeper.storage.engine import make_engine
from casekeeper.storage.migrate import alembic_config, open_database

SCHEMAS = Path(__file__).parent / "schemas"
T0 = "2026-01-0{day}T10:00:00.000000Z"


def _insert(conn: sqlite3.Connection, table: str, **given: object) -> int:
    """A row with every NOT NULL column filled (blank text, zero, or what is given)."""
    columns = [
        (row[1], row[2], row[3]) for row in conn.execute(f"PRAGMA table_info({table})") if row[1] != "id"
    ]
    names = [name for name, _, notnull in columns if notnull or name in given]
    values = [
        given.get(name, 0 if kind in ("INTEGER", "BOOLEAN") else "")
        for name, kind, _ in columns
        if name in names
    ]
    cursor = conn.execute(
        f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})", values
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def _case(conn: sqlite3.Connection, title: str) -> int:
    return _insert(
        conn,
        "cases",
        title=title,
        uid=title,
        status="open",
        stage="first-contact",
        created_at=T0.format(day=1),
        updated_at=T0.format(day=1),
    )


def _contact(conn: sqlite3.Connection, case_id: int, day: int, deleted: bool = False) -> int:
    return _insert(
        conn,
        "interactions",
        case_id=case_id,
        occurred_at=T0.format(day=day),
        created_at=T0.format(day=day),
        updated_at=T0.format(day=day),
        deleted_at=T0.format(day=9) if deleted else None,
    )


def _promise(conn: sqlite3.Connection, case_id: int, state: str) -> int:
    return _insert(
        conn, "promises", case_id=case_id, state=state, due_date="2026-01-05", created_at=T0.format(day=1)
    )


def _counters(conn: sqlite3.Connection) -> dict[int, tuple[int, str | None, int, int]]:
    return {
        row[0]: tuple(row[1:])
        for row in conn.execute(
            "SELECT case_id, interactions, last_contact_at, open_promises, broken_promises FROM case_counters"
        )
    }


def _migrated_with_records(tmp_path: Path) -> tuple[Path, int, int]:
    path = tmp_path / "casekeeper.sqlite3"
    shutil.copyfile(SCHEMAS / "0016.sqlite3", path)
    with sqlite3.connect(path) as conn:
        busy, quiet = _case(conn, "busy"), _case(conn, "quiet")
        for day in (2, 5, 3):
            _contact(conn, busy, day)
        _contact(conn, busy, 8, deleted=True)
        _promise(conn, busy, "pending")
        _promise(conn, busy, "broken")
        _promise(conn, busy, "kept")
    conn.close()
    open_database(path, tmp_path / "backups").close()
    return path, busy, quiet


def test_the_upgrade_counts_every_case_from_its_live_records(tmp_path: Path) -> None:
    path, busy, quiet = _migrated_with_records(tmp_path)
    with sqlite3.connect(path) as conn:
        assert _counters(conn) == {busy: (3, T0.format(day=5), 1, 1), quiet: (0, None, 0, 0)}
        assert case_counters.drifted(conn) == []
    conn.close()


def test_the_triggers_follow_every_change_to_contacts_and_promises(tmp_path: Path) -> None:
    path, busy, quiet = _migrated_with_records(tmp_path)
    with sqlite3.connect(path) as conn:
        newest = _contact(conn, busy, 7)
        assert _counters(conn)[busy] == (4, T0.format(day=7), 1, 1)
        conn.execute("UPDATE interactions SET deleted_at = ? WHERE id = ?", (T0.format(day=9), newest))
        assert _counters(conn)[busy] == (3, T0.format(day=5), 1, 1)
        conn.execute("UPDATE interactions SET deleted_at = NULL WHERE id = ?", (newest,))
        conn.execute("UPDATE interactions SET case_id = ? WHERE id = ?", (quiet, newest))
        assert _counters(conn)[busy] == (3, T0.format(day=5), 1, 1)
        assert _counters(conn)[quiet] == (1, T0.format(day=7), 0, 0)
        conn.execute("DELETE FROM interactions WHERE id = ?", (newest,))
        assert _counters(conn)[quiet] == (0, None, 0, 0)
        conn.execute("UPDATE promises SET state = 'kept' WHERE case_id = ? AND state = 'pending'", (busy,))
        conn.execute("UPDATE promises SET deleted_at = ? WHERE state = 'broken'", (T0.format(day=9),))
        assert _counters(conn)[busy] == (3, T0.format(day=5), 0, 0)
        _promise(conn, quiet, "pending")
        third = _case(conn, "third")
        assert _counters(conn)[third] == (0, None, 0, 0)
        assert case_counters.drifted(conn) == []
        conn.execute("DELETE FROM cases WHERE id = ?", (third,))
        assert third not in _counters(conn)
        assert _counters(conn)[quiet] == (0, None, 1, 0)
    conn.close()


def test_the_case_list_shows_the_counters(tmp_path: Path) -> None:
    from datetime import date

    from casekeeper.storage.case_list_reader import read_case_list

    path, busy, _quiet = _migrated_with_records(tmp_path)
    listed = {summary.id: summary for summary in read_case_list(path, date(2026, 1, 6)) or []}
    assert (
        listed[busy].interaction_count,
        listed[busy].open_promises,
        listed[busy].broken_promises,
        listed[busy].overdue_promises,
    ) == (3, 1, 1, 1)
    assert listed[busy].last_contact_at is not None and listed[busy].last_contact_at.day == 5
    on_time = read_case_list(path, date(2026, 1, 4)) or []
    assert [s.overdue_promises for s in on_time if s.id == busy] == [0]


def test_the_downgrade_removes_the_counters_and_their_triggers(tmp_path: Path) -> None:
    path, busy, _quiet = _migrated_with_records(tmp_path)
    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.connect() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0016")
            connection.commit()
    finally:
        engine.dispose()
    with sqlite3.connect(path) as conn:
        assert conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE name LIKE 'case_counters%'"
        ).fetchone() == (0,)
        _contact(conn, busy, 4)  # no trigger is left to write to a missing table
    conn.close()
    open_database(path, tmp_path / "backups").close()  # and up again
    with sqlite3.connect(path) as conn:
        assert _counters(conn)[busy] == (4, T0.format(day=5), 1, 1)
    conn.close()


def test_drifted_counters_are_found_and_repaired(tmp_path: Path) -> None:
    path, busy, quiet = _migrated_with_records(tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TRIGGER case_counters_interaction_insert")
        _contact(conn, quiet, 6)
        conn.execute("UPDATE case_counters SET open_promises = 7 WHERE case_id = ?", (busy,))
        conn.execute("INSERT INTO case_counters (case_id, interactions) VALUES (99, 1)")
        assert case_counters.drifted(conn) == [busy, quiet, 99]
        case_counters.repair(conn)
        assert case_counters.drifted(conn) == []
        _contact(conn, quiet, 7)  # the missing trigger is back
        assert _counters(conn)[quiet] == (2, T0.format(day=7), 0, 0)
    conn.close()
