"""A write-ahead log beside the case file: ours is replayed, another file's is moved aside."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from casekeeper.storage.wal_guard import in_use
from tests.faults.conftest import cli

# Adds a case through Case Keeper's own code, then dies without closing: its log stays behind.
_CRASH_AFTER_WRITE = """
import os, sys
from pathlib import Path
from casekeeper.domain.dto import CaseInput
from casekeeper.paths import DataPaths
from casekeeper.services.workspace import open_workspace

folder = Path(sys.argv[1])
ws = open_workspace(DataPaths(folder, folder / "config", explicit=True))
ws.cases.create(CaseInput(title=sys.argv[2]))
print("saved", flush=True)
os._exit(0)
"""

_HOLD_OPEN = """
import sys
from pathlib import Path
from casekeeper.paths import DataPaths
from casekeeper.services.workspace import open_workspace

folder = Path(sys.argv[1])
ws = open_workspace(DataPaths(folder, folder / "config", explicit=True))
ws.cases.summaries()
print("open", flush=True)
sys.stdin.readline()
ws.close()
"""


def _crash_after_write(folder: Path, title: str) -> None:
    done = subprocess.run([sys.executable, "-c", _CRASH_AFTER_WRITE, str(folder), title],
                          capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.strip() == "saved"
    assert Path(f"{folder / 'casekeeper.sqlite3'}-wal").stat().st_size > 32


def _folder(tmp_path: Path, name: str, title: str) -> Path:
    folder = tmp_path / name
    assert cli(folder, "case", "add", "--title", title).code == 0
    return folder


def test_a_log_left_by_a_crash_is_replayed(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "data", "Coat never delivered")
    _crash_after_write(folder, "Refund promised")
    listed = cli(folder, "case", "list")
    assert "Refund promised" in listed.out and "Coat never delivered" in listed.out
    assert "note:" not in listed.err and not list(folder.glob("*set-aside*"))
    assert cli(folder, "check").code == 0


def test_a_log_left_by_a_crash_is_replayed_without_its_witness(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "data", "Coat never delivered")
    _crash_after_write(folder, "Refund promised")
    (folder / "casekeeper.chain.json").unlink()  # as if killed before the witness was written
    listed = cli(folder, "case", "list")
    assert "Refund promised" in listed.out and not list(folder.glob("*set-aside*"))


def test_another_folders_log_is_moved_aside_and_never_replayed(tmp_path: Path) -> None:
    mine = _folder(tmp_path, "mine", "Coat never delivered")
    other = _folder(tmp_path, "other", "Someone else's case")
    _crash_after_write(other, "Someone else's refund")
    shutil.copyfile(f"{other / 'casekeeper.sqlite3'}-wal", f"{mine / 'casekeeper.sqlite3'}-wal")
    listed = cli(mine, "case", "list")
    assert listed.code == 0 and "Coat never delivered" in listed.out
    assert "Someone else" not in listed.out
    assert "does not belong to this case file" in listed.err and "moved aside" in listed.err
    moved = list(mine.glob("casekeeper.sqlite3-wal.set-aside-*"))
    assert len(moved) == 1 and moved[0].name in listed.err
    assert moved[0].stat().st_size > 32  # kept, never deleted
    assert cli(mine, "check").code == 0


def test_the_note_about_a_log_moved_aside_is_in_the_commands_language(tmp_path: Path) -> None:
    mine = _folder(tmp_path, "mine", "Coat never delivered")
    other = _folder(tmp_path, "other", "Someone else's case")
    _crash_after_write(other, "Someone else's refund")
    shutil.copyfile(f"{other / 'casekeeper.sqlite3'}-wal", f"{mine / 'casekeeper.sqlite3'}-wal")
    listed = cli(mine, "due", "--lang", "sv")
    assert listed.code == 0 and "obs: En skrivlogg (WAL) som inte hör till" in listed.err
    assert "(dess historik fortsätter inte den här ärendefilens)" in listed.err
    [moved] = mine.glob("casekeeper.sqlite3-wal.set-aside-*")
    assert f"flyttades undan som {moved.name}" in listed.err


def test_a_log_from_an_older_copy_of_the_same_file_is_moved_aside(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "data", "Coat never delivered")
    _crash_after_write(folder, "Refund promised")
    old_log = tmp_path / "old.wal"
    shutil.copyfile(f"{folder / 'casekeeper.sqlite3'}-wal", old_log)
    assert "Refund promised" in cli(folder, "case", "list").out  # replayed and folded in
    for title in ("Second case", "Third case"):
        assert cli(folder, "case", "add", "--title", title).code == 0
    shutil.copyfile(old_log, f"{folder / 'casekeeper.sqlite3'}-wal")
    listed = cli(folder, "case", "show", "4")
    assert listed.code == 0 and "Third case" in listed.out
    assert "does not belong to this case file" in listed.err
    assert cli(folder, "check").code == 0


def test_the_live_log_of_a_running_window_is_left_alone(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "data", "Coat never delivered")
    holder = subprocess.Popen([sys.executable, "-c", _HOLD_OPEN, str(folder)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline().strip() == "open"
        assert in_use(folder / "casekeeper.sqlite3")  # its connection's locks are seen
        (folder / "casekeeper.chain.json").unlink()  # nothing to compare: only the lock speaks
        added = cli(folder, "case", "add", "--title", "Added meanwhile")
        assert added.code == 0 and "note:" not in added.err
        assert not list(folder.glob("*set-aside*"))
        holder.stdin.write("done\n")
        holder.stdin.close()
    finally:
        holder.wait(timeout=60)
        assert holder.stdout is not None
        holder.stdout.close()
    assert "Added meanwhile" in cli(folder, "case", "list").out
    assert not in_use(folder / "casekeeper.sqlite3")
