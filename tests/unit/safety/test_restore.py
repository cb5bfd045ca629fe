"""Restore a backup on a closed folder: checked first, current state kept, atomic, lock-aware."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from casekeeper.domain.dto import CaseInput
from casekeeper.errors import DataLocationError, KnownError
from casekeeper.paths import DataPaths
from casekeeper.services.clock import FixedClock
from casekeeper.services.instance_lock import lock_path
from casekeeper.services.recovery import latest_good_backup, restore_latest_good, salvage
from casekeeper.services.restore import restore_backup
from casekeeper.services.workspace import open_workspace
from tests.unit.safety.builders import fill_sample


def _two_states(paths: DataPaths, clock: FixedClock, tmp_path: Path) -> str:
    ws = open_workspace(paths, clock)
    fill_sample(ws, tmp_path / "files")
    name = ws.backups.create("manual").name
    ws.cases.create(CaseInput(title="after the backup"))
    ws.close()
    return name


def _titles(paths: DataPaths, clock: FixedClock) -> list[str]:
    ws = open_workspace(paths, clock)
    try:
        return sorted(s.title for s in ws.cases.summaries())
    finally:
        ws.close()


def test_restore_puts_the_backup_back_and_keeps_the_current_state(
        paths: DataPaths, clock: FixedClock, tmp_path: Path) -> None:
    name = _two_states(paths, clock, tmp_path)
    report = restore_backup(paths, name)
    assert _titles(paths, clock) == ["Manteau jamais livré"]
    assert report.safety_copy is not None and report.safety_copy.startswith("pre-restore-")
    assert report.case_count == 1 and not report.missing_evidence
    restore_backup(paths, report.safety_copy)
    assert _titles(paths, clock) == ["Manteau jamais livré", "after the backup"]


def test_a_damaged_backup_is_refused_and_nothing_changes(paths: DataPaths, clock: FixedClock,
                                                         tmp_path: Path) -> None:
    name = _two_states(paths, clock, tmp_path)
    backup = paths.backups_dir / name
    data = bytearray(backup.read_bytes())
    data[4096:8192] = b"\x00" * 4096
    backup.write_bytes(bytes(data))
    before = paths.database.read_bytes()
    with pytest.raises(KnownError, match="cannot be restored"):
        restore_backup(paths, name)
    assert paths.database.read_bytes() == before


def test_a_backup_from_a_newer_version_is_refused(paths: DataPaths, clock: FixedClock,
                                                  tmp_path: Path) -> None:
    name = _two_states(paths, clock, tmp_path)
    with sqlite3.connect(paths.backups_dir / name) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(KnownError, match="newer version"):
        restore_backup(paths, name)


@pytest.mark.parametrize("name", ["../casekeeper.sqlite3", "/etc/passwd", "nothing.sqlite3",
                                  "manual-20990101T000000000000Z.sqlite3"])
def test_only_a_listed_backup_name_is_accepted(paths: DataPaths, clock: FixedClock,
                                               tmp_path: Path, name: str) -> None:
    _two_states(paths, clock, tmp_path)
    with pytest.raises(KnownError, match="backup list"):
        restore_backup(paths, name)


def test_restore_is_refused_while_the_app_holds_the_folder(paths: DataPaths, clock: FixedClock,
                                                           tmp_path: Path) -> None:
    name = _two_states(paths, clock, tmp_path)
    parent = os.getppid()  # a live process other than us
    lock_path(paths.data_dir).write_text(f"{parent}\ncasekeeper\n{os.uname().nodename}\n")
    with pytest.raises(DataLocationError, match="Case Keeper is open on this data folder"):
        restore_backup(paths, name)


def test_a_stale_lock_does_not_block_restore(paths: DataPaths, clock: FixedClock,
                                             tmp_path: Path) -> None:
    name = _two_states(paths, clock, tmp_path)
    lock_path(paths.data_dir).write_text(f"{2**22 + 12345}\ncasekeeper\n{os.uname().nodename}\n")
    restore_backup(paths, name)
    assert not lock_path(paths.data_dir).exists()


def test_a_damaged_case_file_is_recovered_from_the_latest_good_backup(
        paths: DataPaths, clock: FixedClock, tmp_path: Path) -> None:
    _two_states(paths, clock, tmp_path)
    paths.database.write_bytes(b"garbage" * 5000)
    with pytest.raises(DataLocationError, match="is damaged"):
        open_workspace(paths, clock)
    good = latest_good_backup(paths)
    assert good is not None
    report = restore_latest_good(paths)
    assert report.safety_copy is not None and report.safety_copy.startswith("damaged-")
    assert (paths.backups_dir / report.safety_copy).read_bytes() == b"garbage" * 5000
    assert _titles(paths, clock) == ["Manteau jamais livré"]


def test_salvage_exports_the_readable_rows_of_a_damaged_file(paths: DataPaths, clock: FixedClock,
                                                             tmp_path: Path) -> None:
    import json
    import zipfile

    _two_states(paths, clock, tmp_path)
    report = salvage(paths, tmp_path / "salvage.zip")
    assert report.rows["cases"] == 2 and report.rows["interactions"] == 2
    with zipfile.ZipFile(tmp_path / "salvage.zip") as archive:
        cases = json.loads(archive.read("tables/cases.json"))
    assert "after the backup" in json.dumps(cases, ensure_ascii=False)


def test_cli_backup_list_create_and_restore(cli, paths: DataPaths) -> None:  # type: ignore[no-untyped-def]
    assert cli("case", "add", "--title", "First").code == 0
    created = cli("backup", "create", "--json")
    assert created.code == 0, created.err
    assert cli("case", "add", "--title", "Second").code == 0
    listing = cli("backup", "list")
    assert "manual" in listing.out and "1 case" in listing.out
    import json

    name = json.loads(created.out)["name"]
    restored = cli("backup", "restore", name)
    assert restored.code == 0, restored.err
    assert f"Restored the case file from backup {name}" in restored.out
    assert "Second" not in cli("case", "list").out
    assert cli("backup", "restore", "nope").code == 2
