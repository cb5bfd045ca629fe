"""One diagnosis of the case file: busy, newer, empty, cut short, damaged, missing folder, full disk."""

from __future__ import annotations

import errno
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from casekeeper.domain.dto import CaseInput
from casekeeper.errors import KnownError
from casekeeper.paths import DataPaths
from casekeeper.services.case_file_diagnosis import CaseFileError, Condition, diagnose
from casekeeper.services.clock import FixedClock
from casekeeper.services.recovery import restore_latest_good
from casekeeper.services.restore import restore_backup
from casekeeper.services.workspace import open_workspace
from tests.conftest import CliResult


def _folder_with_backup(paths: DataPaths, clock: FixedClock) -> str:
    ws = open_workspace(paths, clock)
    ws.cases.create(CaseInput(title="Coat never delivered"))
    name = ws.backups.create("manual").name
    ws.cases.create(CaseInput(title="after the backup"))
    ws.close()
    for leftover in paths.data_dir.glob("casekeeper.sqlite3-*"):
        leftover.unlink()
    return name


def test_a_sound_file_is_sound(paths: DataPaths, clock: FixedClock) -> None:
    _folder_with_backup(paths, clock)
    found = diagnose(paths)
    assert found.condition is Condition.SOUND and not found.can_restore


def test_a_zero_byte_file_with_backups_is_not_a_new_case_file(
        paths: DataPaths, clock: FixedClock, cli: object) -> None:
    name = _folder_with_backup(paths, clock)
    paths.database.write_bytes(b"")
    with pytest.raises(CaseFileError) as raised:
        open_workspace(paths, clock)
    found = raised.value.diagnosis
    assert found.condition is Condition.EMPTY and found.can_restore
    assert found.backup is not None and found.backup.name == name
    assert "2026-11-24 09:30 UTC" in found.message and "1 case," in found.message
    assert paths.database.stat().st_size == 0  # nothing was written into it
    result: CliResult = cli("case", "list")  # type: ignore[operator]
    assert result.code == 2 and "empty (0 bytes)" in result.err and name in result.err
    restore_latest_good(paths)
    ws = open_workspace(paths, clock)
    assert [s.title for s in ws.cases.summaries()] == ["Coat never delivered"]
    ws.close()


def test_a_zero_byte_file_without_backups_is_a_new_case_file(paths: DataPaths,
                                                             clock: FixedClock) -> None:
    paths.data_dir.mkdir(parents=True)
    paths.database.write_bytes(b"")
    ws = open_workspace(paths, clock)
    assert ws.cases.summaries() == []
    ws.close()


def test_a_newer_file_is_never_offered_a_restore(paths: DataPaths, clock: FixedClock,
                                                 cli: object) -> None:
    _folder_with_backup(paths, clock)
    with sqlite3.connect(paths.database) as conn:
        conn.execute("UPDATE alembic_version SET version_num='9999'")
    conn.close()
    found = diagnose(paths)
    assert found.condition is Condition.NEWER and not found.can_restore
    assert "Install" in found.message and "do not restore" in found.message
    result: CliResult = cli("case", "list")  # type: ignore[operator]
    assert result.code == 2 and "newer version" in result.err and "restore the" not in result.err
    with pytest.raises(KnownError, match="newer version"):
        restore_latest_good(paths)


def test_a_file_cut_short_offers_salvage_then_the_backup_and_says_what_is_lost(
        paths: DataPaths, clock: FixedClock) -> None:
    name = _folder_with_backup(paths, clock)
    data = paths.database.read_bytes()
    paths.database.write_bytes(data[: len(data) // 2 + 100])
    found = diagnose(paths)
    assert found.condition is Condition.TRUNCATED and found.can_restore and found.salvage_first
    assert name in found.message and "salvage" in found.message
    assert found.message.index("salvage") < found.message.index("backup restore")


def test_a_damaged_file_says_salvage_first(paths: DataPaths, clock: FixedClock) -> None:
    _folder_with_backup(paths, clock)
    data = bytearray(paths.database.read_bytes())
    data[4096:8192] = b"\xde\xad" * 2048  # the second page scribbled over
    paths.database.write_bytes(bytes(data))
    found = diagnose(paths)
    assert found.condition is Condition.DAMAGED and found.salvage_first and found.can_restore
    assert found.message.index("salvage") < found.message.index("backup restore")


def test_a_folder_on_an_unplugged_drive_is_not_created(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from casekeeper import paths as paths_module
    from casekeeper.cli.main import main

    monkeypatch.setattr(paths_module, "REMOVABLE_ROOTS", (tmp_path, tmp_path, tmp_path, tmp_path))
    gone = tmp_path / "usb-stick" / "CaseKeeper"
    err = io.StringIO()
    assert main(["--data-dir", str(gone), "case", "list"], stdout=io.StringIO(), stderr=err) == 2
    assert "is not there" in err.getvalue() and "removable drive" in err.getvalue()
    assert not gone.parent.exists()


def test_a_full_disk_says_how_much_space_is_needed(paths: DataPaths, clock: FixedClock) -> None:
    _folder_with_backup(paths, clock)
    found = diagnose(paths, OSError(errno.ENOSPC, "No space left on device"))
    assert found.condition is Condition.DISK_FULL and not found.can_restore
    assert found.needed_bytes is not None and found.needed_bytes > paths.database.stat().st_size
    assert "Free at least" in found.message and "do not restore" in found.message


_HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA locking_mode=EXCLUSIVE")
conn.execute("BEGIN EXCLUSIVE")
conn.execute("UPDATE cases SET title = title")
print("ready", flush=True)
time.sleep(60)
"""


@pytest.fixture
def locked(paths: DataPaths, clock: FixedClock):  # type: ignore[no-untyped-def]
    """Another program holds the case file with an exclusive lock."""
    name = _folder_with_backup(paths, clock)
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, str(paths.database)],
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
    yield name
    holder.kill()
    holder.wait()
    holder.stdout.close()


def test_a_locked_file_is_busy_and_names_the_program(paths: DataPaths, locked: str) -> None:
    found = diagnose(paths, busy_wait=0.3)
    assert found.condition is Condition.BUSY and not found.can_restore
    assert any("python" in holder for holder in found.holders)
    assert "in use by another program" in found.message


def test_a_restore_while_the_file_is_locked_says_so_at_once(paths: DataPaths, locked: str) -> None:
    started = time.monotonic()
    with pytest.raises(CaseFileError) as raised:
        restore_backup(paths, locked)
    assert raised.value.diagnosis.condition is Condition.BUSY
    assert time.monotonic() - started < 15
    with pytest.raises(KnownError, match="in use by another program"):
        restore_latest_good(paths)
