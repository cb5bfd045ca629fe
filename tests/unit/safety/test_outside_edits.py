"""Records changed outside Case Keeper, and removed newest audit entries, are named by check;
Case Keeper's own operations (trash, purge, import, restore, salvage, migration) never are."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from casekeeper.domain.dto import InteractionInput
from casekeeper.domain.enums import Channel, TrashKind
from casekeeper.paths import DataPaths
from casekeeper.services.clock import FixedClock
from casekeeper.services.recovery import salvage
from casekeeper.services.restore import restore_backup
from casekeeper.services.workspace import open_workspace
from casekeeper.storage.migrate import open_database
from tests.conftest import CliResult
from tests.unit.safety.builders import AT, fill_sample

SNAPSHOTS = Path(__file__).parents[2] / "migrations" / "schemas"

_OUTSIDE = """
import sqlite3, sys
with sqlite3.connect(sys.argv[1]) as conn:
    conn.execute(sys.argv[2])
conn.close()
"""


def _outside(paths: DataPaths, statement: str) -> None:
    """Another program (a second process with the sqlite3 module) changes the file."""
    subprocess.run([sys.executable, "-c", _OUTSIDE, str(paths.database), statement],
                   check=True, timeout=60)


def _sample(paths: DataPaths, clock: FixedClock, tmp_path: Path) -> None:
    ws = open_workspace(paths, clock)
    fill_sample(ws, tmp_path / "files")
    ws.close()


def _check(cli: object) -> CliResult:
    return cli("check")  # type: ignore[operator, no-any-return]


def test_a_contact_edited_outside_is_named(paths: DataPaths, clock: FixedClock, cli: object,
                                           tmp_path: Path) -> None:
    _sample(paths, clock, tmp_path)
    _outside(paths, "UPDATE interactions SET summary = 'they said yes' WHERE id = 2")
    result = _check(cli)
    assert result.code == 2
    assert "Contact 2 of case 1 “Manteau jamais livré” was changed outside Case Keeper" in result.out
    assert "check --accept-changes" in result.out and "backup restore" not in result.out


def test_rows_added_and_deleted_outside_are_named(paths: DataPaths, clock: FixedClock,
                                                  cli: object, tmp_path: Path) -> None:
    _sample(paths, clock, tmp_path)
    _outside(paths, "DELETE FROM promises WHERE id = 1")
    _outside(paths, "INSERT INTO rule_overrides(country, key, value, created_at, updated_at) "
                    "SELECT country, 'channels.chat.hours', value, created_at, updated_at "
                    "FROM rule_overrides")
    out = _check(cli).out
    assert "Promise 1 was deleted outside Case Keeper" in out
    assert "Rule override 2 was added outside Case Keeper" in out


def test_removed_newest_audit_entries_are_found_by_the_witness(
        paths: DataPaths, clock: FixedClock, cli: object, tmp_path: Path) -> None:
    _sample(paths, clock, tmp_path)
    _outside(paths, "DELETE FROM audit_log WHERE id > (SELECT max(id) - 2 FROM audit_log)")
    result = _check(cli)
    assert result.code == 2 and "The newest entries of the audit log were removed" in result.out


def test_removed_newest_audit_entries_are_found_by_a_backup_manifest(
        paths: DataPaths, clock: FixedClock, cli: object, tmp_path: Path) -> None:
    _sample(paths, clock, tmp_path)
    assert cli("backup", "create").code == 0  # type: ignore[operator]
    (paths.data_dir / "casekeeper.chain.json").unlink()
    _outside(paths, "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")
    result = _check(cli)
    assert result.code == 2 and "entries were removed after that backup was made" in result.out


def test_accepting_the_changes_makes_check_pass_and_is_recorded(
        paths: DataPaths, clock: FixedClock, cli: object, tmp_path: Path) -> None:
    _sample(paths, clock, tmp_path)
    _outside(paths, "UPDATE cases SET title = 'Coat'")
    accepted: CliResult = cli("check", "--accept-changes")  # type: ignore[operator]
    assert accepted.code == 0 and "1 record had been changed" in accepted.out
    with sqlite3.connect(paths.database) as conn:
        actions = [r[0] for r in conn.execute("SELECT action FROM audit_log ORDER BY id")]
    conn.close()
    assert actions[-1] == "accept-outside-changes"


def test_case_keepers_own_operations_never_fail_the_check(
        paths: DataPaths, clock: FixedClock, cli: object, tmp_path: Path) -> None:
    ws = open_workspace(paths, clock)
    first = fill_sample(ws, tmp_path / "files")
    second = fill_sample(ws, tmp_path / "files2", title="Second case")
    older = ws.backups.create("manual").name
    ws.journal.edit(1, InteractionInput(occurred_at=AT, zone="Europe/Paris",
                                        channel=Channel.EMAIL, summary="edited"))
    ws.trash.delete_case(second)
    ws.trash.restore(TrashKind.CASE, second)
    ws.trash.delete_case(second)
    ws.trash.purge(TrashKind.CASE, second)
    ws.exchange.export(tmp_path / "all.zip")
    ws.exchange.import_archive(tmp_path / "all.zip")
    ws.backups.create("manual")
    assert ws.integrity.check().ok, ws.integrity.check().lines()
    ws.close()
    salvage(paths, tmp_path / "salvage.zip")
    restore_backup(paths, older, clock.now())  # an older backup: its chain is shorter
    result = _check(cli)
    assert result.code == 0, result.out
    assert cli("case", "show", str(first)).code == 0  # type: ignore[operator]


def test_a_migrated_file_passes_the_check(paths: DataPaths, cli: object) -> None:
    paths.data_dir.mkdir(parents=True)
    shutil.copyfile(SNAPSHOTS / "0010.sqlite3", paths.database)
    with sqlite3.connect(paths.database) as conn:
        conn.execute("INSERT INTO rule_overrides(country, key, value, created_at, updated_at) "
                     "VALUES ('FR', 'channels.phone.hours', 'Mo-Fr 08:00-18:00', "
                     "'2026-01-01T00:00:00.000000Z', '2026-01-01T00:00:00.000000Z')")
    conn.close()
    open_database(paths.database, paths.backups_dir).close()
    with sqlite3.connect(paths.database) as conn:
        assert conn.execute("SELECT count(*) FROM record_seals").fetchone()[0] == 1
    conn.close()
    assert _check(cli).code == 0


def test_every_table_is_either_sealed_or_deliberately_not(paths: DataPaths) -> None:
    from casekeeper.storage.schema import is_managed_by_hand
    from casekeeper.storage.seals import NOT_SEALED, SEALED

    open_database(paths.database, paths.backups_dir).close()
    with sqlite3.connect(paths.database) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    unplaced = {t for t in tables if t not in SEALED and t not in NOT_SEALED
                and not (is_managed_by_hand(t) and t.startswith("search_index"))}
    assert unplaced == set()
