"""The case list's one query, run through the ORM session or with the standard ``sqlite3`` module.

Start-up and ``casekeeper-cli case list`` need only this query; importing SQLAlchemy and
SQLModel costs more than running it, so ``read_case_list`` runs it on a plain connection.
``CaseRepository.summaries`` runs the same statement in its session. Anything unusual for the
plain read (a missing or new file, an older schema that needs migrating, a damaged file, a busy
lock) returns None: the caller then opens the data folder the ordinary way, which migrates,
repairs or explains.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from contextlib import closing
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from casekeeper.domain.case_summary import CaseSummary
from casekeeper.domain.enums import CaseStatus, Stage
from casekeeper.domain.quick_views import quick_maker
from casekeeper.domain.stored_text import instant_from_text, optional_decimal, optional_instant
from casekeeper.errors import DataLocationError
from casekeeper.storage import wal_guard
from casekeeper.storage.schema import SCHEMA_HEAD
from casekeeper.storage.sqlite_uri import read_write_uri

BUSY_TIMEOUT_S = 2.0

_CASE_LIST_SQL = """
SELECT c.id, c.title, c.merchant, c.country, c.status, c.stage, c.amount, c.currency,
       c.updated_at, k.interactions, k.last_contact_at, k.open_promises, k.broken_promises,
       CASE WHEN k.open_promises > 0 THEN
         (SELECT count(*) FROM promises AS p
          WHERE p.case_id = c.id AND p.deleted_at IS NULL AND p.state = 'pending'
            AND p.due_date < :today) ELSE 0 END,
       c.is_example
FROM cases AS c
LEFT JOIN case_counters AS k ON k.case_id = c.id
WHERE c.deleted_at IS NULL{where}
ORDER BY c.updated_at DESC, c.id DESC
"""


def case_list_statement(today: date,
                        statuses: Sequence[CaseStatus] | None = None) -> tuple[str, dict[str, str]]:
    """The SQL and its named parameters: most recently updated first, only ``statuses`` if given."""
    parameters: dict[str, str] = {"today": today.isoformat()}
    where = ""
    if statuses:
        names = [f"s{n}" for n in range(len(statuses))]
        where = " AND c.status IN (" + ", ".join(f":{name}" for name in names) + ")"
        parameters.update({name: status.value for name, status in zip(names, statuses, strict=True)})
    return _CASE_LIST_SQL.format(where=where), parameters


def summaries_from_rows(rows: Iterable[Sequence[Any]]) -> list[CaseSummary]:
    """The statement's rows (plain SQLite values) as :class:`CaseSummary` values."""
    make = _make_summary()
    statuses = CaseStatus._value2member_map_
    stages = Stage._value2member_map_
    return [
        make(ident, title, merchant, country, statuses.get(status) or CaseStatus(status),
             stages.get(stage) or Stage(stage), optional_decimal(amount), currency,
             optional_instant(last), count or 0, open_ or 0, broken or 0, overdue or 0,
             instant_from_text(updated_at), bool(example))
        for (ident, title, merchant, country, status, stage, amount, currency, updated_at,
             count, last, open_, broken, overdue, example) in rows
    ]


@cache
def _make_summary() -> Callable[..., CaseSummary]:
    return quick_maker(CaseSummary)  # 3,000 rows of the list without 45,000 __setattr__ calls


def read_case_list(path: Path, today: date,
                   statuses: Sequence[CaseStatus] | None = None) -> list[CaseSummary] | None:
    """The case list, most recently updated first; None when only a full open can answer."""
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return None
        wal_guard.guard(path)  # the notice waits for the full open (take_notice)
        with closing(sqlite3.connect(read_write_uri(path), uri=True,
                                     timeout=BUSY_TIMEOUT_S)) as connection:
            return _read(connection, today, statuses)
    except (sqlite3.Error, OSError, ValueError, DataLocationError):
        return None  # the ordinary open reports it in plain words


def _read(connection: sqlite3.Connection, today: date,
          statuses: Sequence[CaseStatus] | None) -> list[CaseSummary] | None:
    connection.execute("BEGIN")  # one snapshot for the revision check and the list
    try:
        if _revision(connection) != SCHEMA_HEAD:
            return None
        statement, parameters = case_list_statement(today, statuses)
        rows = connection.execute(statement, parameters).fetchall()
    finally:
        connection.rollback()
    return summaries_from_rows(rows)


def _revision(connection: sqlite3.Connection) -> str | None:
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:  # no such table: a new or foreign file
        return None
    return None if row is None else str(row[0])
