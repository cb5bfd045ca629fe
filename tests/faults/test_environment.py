"""Faults that need no special user: locks, newer files, empty files, FIFOs, devices, vanished folders."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.faults.conftest import cli


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A data folder with a case and a backup, closed."""
    folder = tmp_path / "data"
    assert cli(folder, "case", "add", "--title", "Coat never delivered").code == 0
    assert cli(folder, "backup", "create").code == 0
    return folder


_HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA locking_mode=EXCLUSIVE")
conn.execute("BEGIN EXCLUSIVE")
conn.execute("UPDATE cases SET title = title")
print("ready", flush=True)
time.sleep(120)
"""


def test_a_locked_file_is_busy_never_damaged(data: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, str(data / "casekeeper.sqlite3")],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        result = cli(data, "case", "list")
        assert result.code == 2 and "in use by another program" in result.err
        assert "is damaged" not in result.err and "backup restore" not in result.err
        name = next((data / "backups").glob("manual-*.sqlite3")).name
        restore = cli(data, "backup", "restore", name)
        assert restore.code == 2 and "in use by another program" in restore.err
    finally:
        holder.kill()
        holder.wait()
        assert holder.stdout is not None
        holder.stdout.close()
    assert "Coat never delivered" in cli(data, "case", "list").out


def test_a_newer_file_is_never_offered_a_restore(data: Path) -> None:
    with sqlite3.connect(data / "casekeeper.sqlite3") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    result = cli(data, "check")
    assert result.code == 2 and "newer version" in result.err
    assert "backup restore" not in result.err


def test_a_zero_byte_file_offers_the_latest_backup(data: Path) -> None:
    for leftover in data.glob("casekeeper.sqlite3-*"):
        leftover.unlink()
    (data / "casekeeper.sqlite3").write_bytes(b"")
    result = cli(data, "case", "list")
    assert result.code == 2 and "empty (0 bytes)" in result.err and "backup restore" in result.err
    assert (data / "casekeeper.sqlite3").stat().st_size == 0
    name = result.err.split("backup restore ")[1].split()[0]
    assert cli(data, "backup", "restore", name).code == 0
    assert "Coat never delivered" in cli(data, "case", "list").out


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
def test_fifos_and_devices_are_refused_without_waiting(data: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "chat.fifo"
    os.mkfifo(fifo)
    for source in (fifo, Path("/dev/zero")):
        result = cli(data, "log", "1", "--channel", "chat", "--summary", "s",
                     "--transcript-file", str(source))
        assert result.code == 2 and "regular file" in result.err, result.err
        imported = cli(data, "import", str(source))
        assert imported.code == 2 and "regular file" in imported.err, imported.err
        attached = cli(data, "attach", "1", str(source))
        assert attached.code == 2 and "regular file" in attached.err


def test_a_huge_transcript_is_refused_while_reading(data: Path, tmp_path: Path) -> None:
    big = tmp_path / "chat.txt"
    with big.open("wb") as handle:
        handle.truncate(300 * 1024 * 1024)  # sparse: nothing is really written
    result = cli(data, "log", "1", "--channel", "chat", "--summary", "s",
                 "--transcript-file", str(big))
    assert result.code == 2 and "transcript" in result.err


def test_a_stale_lock_whose_pid_was_reused_does_not_block_a_restore(data: Path) -> None:
    import socket

    # process 1 is alive (init) but is not the Case Keeper that wrote this lock long ago
    (data / "casekeeper.lock").write_text(f"1\ncasekeeper\n{socket.gethostname()}\n",
                                          encoding="utf-8")
    os.utime(data / "casekeeper.lock", (1_000_000_000, 1_000_000_000))
    name = next((data / "backups").glob("manual-*.sqlite3")).name
    result = cli(data, "backup", "restore", name)
    assert result.code == 0, result.err
