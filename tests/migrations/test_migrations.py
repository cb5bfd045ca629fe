"""Migrations build the schema the models describe, and every shipped schema version still opens."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlmodel import SQLModel

import casekeeper.domain.models  # noqa: F401
from casekeeper.errors import DataLocationError
from casekeeper.storage import migrate
from casekeeper.storage.engine import make_engine
from casekeeper.storage.migrate import alembic_config, open_database
from casekeeper.storage.schema import KNOWN_REVISIONS, SCHEMA_HEAD, is_managed_by_hand

SCHEMAS = Path(__file__).parent / "schemas"


def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())  # type: ignore[arg-type]


def test_schema_head_constant_matches_the_migration_scripts() -> None:
    assert _scripts().get_current_head() == SCHEMA_HEAD
    revisions = [rev.revision for rev in _scripts().walk_revisions()]
    assert sorted(revisions) == sorted(KNOWN_REVISIONS)


def test_migrations_build_exactly_the_models_schema(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    open_database(path, tmp_path / "backups").close()
    engine = make_engine(path)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={
            "compare_type": True,
            "include_object": lambda obj, name, type_, *_: not (
                type_ == "table" and is_managed_by_hand(name)),
        })
        differences = compare_metadata(context, SQLModel.metadata)
    engine.dispose()
    assert differences == []


@pytest.mark.parametrize("snapshot", sorted(SCHEMAS.glob("*.sqlite3")), ids=lambda p: p.stem)
def test_every_released_schema_opens_with_the_current_code(snapshot: Path, tmp_path: Path) -> None:
    from casekeeper.domain.dto import CaseInput
    from casekeeper.paths import DataPaths
    from casekeeper.services.workspace import open_workspace

    root = tmp_path / "data"
    root.mkdir()
    shutil.copyfile(snapshot, root / "casekeeper.sqlite3")
    workspace = open_workspace(DataPaths(root, root / "config"))
    try:
        new_id = workspace.cases.create(CaseInput(title="after upgrade", merchant="Shop"))
        assert workspace.cases.summaries()[0].title == "after upgrade"
        assert workspace.search.matching_case_ids("upgrade") == [new_id]
    finally:
        workspace.close()


def test_the_first_released_schema_is_committed() -> None:
    assert (SCHEMAS / "0001.sqlite3").is_file()


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "case.sqlite3"
    open_database(path, tmp_path / "backups").close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = path.read_bytes()
    with pytest.raises(DataLocationError, match="newer version of Case Keeper"):
        open_database(path, tmp_path / "backups")
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "case.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DataLocationError, match="damaged or not a database"):
        open_database(path, tmp_path / "backups")
    assert path.read_bytes() == b"this is not sqlite" * 100


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "case.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER)")
    with pytest.raises(DataLocationError, match="not a Case Keeper case file"):
        open_database(path, tmp_path / "backups")


def test_the_file_is_backed_up_before_a_migration(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "case.sqlite3"
    shutil.copyfile(SCHEMAS / "0001.sqlite3", path)
    monkeypatch.setattr(migrate, "SCHEMA_HEAD", "pretend-newer-head")
    open_database(path, tmp_path / "backups").close()
    backups = list((tmp_path / "backups").glob("pre-migration-0001-*.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)


def test_a_failed_migration_puts_the_backup_back(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "case.sqlite3"
    shutil.copyfile(SCHEMAS / "0001.sqlite3", path)
    original = _schema(path)
    monkeypatch.setattr(migrate, "SCHEMA_HEAD", "pretend-newer-head")

    def half_done(target: Path) -> None:
        with sqlite3.connect(target) as conn:
            conn.execute("DROP TABLE promises")
        raise RuntimeError("migration failed half-way")

    monkeypatch.setattr(migrate, "upgrade_to_head", half_done)
    with pytest.raises(RuntimeError):
        open_database(path, tmp_path / "backups")
    assert _schema(path) == original
    assert "promises" in original


def _schema(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    return "\n".join(f"{kind} {name} {sql}" for kind, name, sql in rows)


def test_a_current_database_opens_without_importing_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "case.sqlite3"
    open_database(path, tmp_path / "backups").close()
    code = ("import sys; from pathlib import Path; from casekeeper.storage.migrate import "
            f"open_database; open_database(Path({str(path)!r}), Path({str(tmp_path)!r}))"
            "; print('alembic' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "False"


def test_migration_0003_gives_every_existing_case_its_own_uid(tmp_path: Path) -> None:
    import re

    path = tmp_path / "case.sqlite3"
    shutil.copyfile(SCHEMAS / "0002.sqlite3", path)
    with sqlite3.connect(path) as conn:
        columns = [(row[1], row[3]) for row in conn.execute("PRAGMA table_info(cases)")]
        names = [name for name, _ in columns if name != "id"]
        for n in range(3):
            values = [f"v{n}" if name == "title" else "" for name in names]
            conn.execute(f"INSERT INTO cases ({', '.join(names)}) VALUES "
                         f"({', '.join('?' for _ in names)})", values)
    open_database(path, tmp_path / "backups").close()
    with sqlite3.connect(path) as conn:
        uids = [row[0] for row in conn.execute("SELECT uid FROM cases")]
        assert conn.execute("SELECT count(*) FROM audit_log").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM search_index").fetchone()[0] >= 3
    assert len(set(uids)) == 3
    assert all(re.fullmatch(r"[0-9a-f-]{36}", uid) for uid in uids)


def test_the_case_list_reads_counters_and_counts_overdue_from_an_index(tmp_path: Path) -> None:
    """Migrations 0004 and 0017: no contact is read; overdue promises come from their index."""
    from datetime import date

    from casekeeper.storage.case_list_reader import case_list_statement

    path = tmp_path / "casekeeper.sqlite3"
    shutil.copyfile(SCHEMAS / "0003.sqlite3", path)
    open_database(path, tmp_path / "backups").close()
    with sqlite3.connect(path) as connection:
        statement, parameters = case_list_statement(date(2026, 11, 24))
        plan = " | ".join(row[3] for row in connection.execute("EXPLAIN QUERY PLAN " + statement,
                                                               parameters))
    assert "interactions" not in plan, plan
    assert "SEARCH k USING INTEGER PRIMARY KEY" in plan, plan
    assert "SEARCH p USING COVERING INDEX ix_promises_live_case_state" in plan, plan
