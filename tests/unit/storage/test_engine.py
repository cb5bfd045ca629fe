"""The engine's pragmas, transactions and plain-words errors."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from casekeeper.domain.models import Case
from casekeeper.errors import DataLocationError
from casekeeper.storage.engine import Database, make_engine
from casekeeper.storage.migrate import open_database
from casekeeper.storage.sqlite_errors import environment_error


@pytest.fixture
def db(tmp_path: Path) -> Database:
    return open_database(tmp_path / "case.sqlite3", tmp_path / "backups")


def _pragma(db: Database, name: str) -> object:
    with db.reading() as session:
        return session.connection().execute(text(f"PRAGMA {name}")).scalar()


@pytest.mark.parametrize(("pragma", "expected"), [
    ("journal_mode", "wal"), ("foreign_keys", 1), ("synchronous", 2), ("busy_timeout", 5000),
])
def test_every_connection_has_the_durability_pragmas(db: Database, pragma: str,
                                                     expected: object) -> None:
    assert _pragma(db, pragma) == expected


def test_a_failed_write_transaction_leaves_nothing(db: Database) -> None:
    with pytest.raises(RuntimeError), db.writing() as session:
        session.add(Case(title="half", country="FR"))
        session.flush()
        raise RuntimeError("boom")
    with db.reading() as session:
        assert session.connection().execute(text("SELECT count(*) FROM cases")).scalar() == 0


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"), db.writing() as session:
        session.connection().execute(text(
            "INSERT INTO interactions (case_id, occurred_at, zone, channel, direction, agent_name,"
            " agent_kind, asked_for_human, transferred_to, reference, summary, transcript, outcome,"
            " number_dialled, tracking_number, email_subject, created_at, updated_at) VALUES "
            "(99, 'x', 'UTC', 'chat', 'to-klarna', '', 'bot', 0, '', '', '', '', 'pending', '', '',"
            " '', 'x', 'x')"))


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_a_read_only_folder_is_reported_in_plain_words(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(DataLocationError):
            open_database(folder / "case.sqlite3", tmp_path / "backups")
    finally:
        folder.chmod(0o700)


@pytest.mark.parametrize(("code", "words"), [
    (sqlite3.SQLITE_FULL, "disk is full"), (sqlite3.SQLITE_READONLY, "read-only"),
    (sqlite3.SQLITE_BUSY, "busy"), (sqlite3.SQLITE_CORRUPT, "damaged"),
])
def test_environment_failures_become_plain_messages(code: int, words: str) -> None:
    error = sqlite3.OperationalError("x")
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    translated = environment_error(error)
    assert translated is not None
    assert words in translated.message


def test_our_own_sql_mistakes_stay_bugs() -> None:
    error = sqlite3.OperationalError("no such column: nope")
    error.sqlite_errorcode = sqlite3.SQLITE_ERROR  # type: ignore[attr-defined]
    assert environment_error(error) is None


def test_a_locked_database_is_reported_and_nothing_is_lost(tmp_path: Path) -> None:
    db = open_database(tmp_path / "case.sqlite3", tmp_path / "backups")
    with db.writing() as session:
        session.add(Case(title="kept", country="FR"))
    blocker = sqlite3.connect(tmp_path / "case.sqlite3", timeout=0)
    blocker.execute("BEGIN IMMEDIATE")
    db.close()
    path = tmp_path / "case.sqlite3"
    quick = Database(path, make_engine(path, busy_timeout_ms=50))
    try:
        with pytest.raises(DataLocationError, match=r"busy|locked"), quick.writing() as session:
            session.add(Case(title="second", country="FR"))
            session.flush()
    finally:
        blocker.rollback()
        blocker.close()
    with quick.reading() as session:
        titles = session.connection().execute(text("SELECT title FROM cases")).scalars().all()
    assert titles == ["kept"]
