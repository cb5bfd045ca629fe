"""Read-only places, as an ordinary user: a plain message (exit 2) and nothing acknowledged lost."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.faults.conftest import as_ordinary_user, cli

pytestmark = as_ordinary_user


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Path]:
    """A data folder with one case and one exhibit; permissions are given back afterwards."""
    data = tmp_path / "data"
    assert cli(data, "case", "add", "--title", "Coat never delivered").code == 0
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 a photo")
    assert cli(data, "attach", "1", str(photo)).code == 0
    yield data
    for path in [data, *data.rglob("*")]:
        if path.is_dir():
            path.chmod(0o700)


def _still_there(folder: Path) -> None:
    for path in [folder, *folder.rglob("*")]:
        if path.is_dir():
            path.chmod(0o700)
    listed = cli(folder, "case", "list")
    assert listed.code == 0 and "Coat never delivered" in listed.out
    checked = cli(folder, "check")
    assert checked.code == 0, checked.out


def test_a_read_only_data_folder(folder: Path) -> None:
    folder.chmod(0o500)
    result = cli(folder, "case", "add", "--title", "second")
    assert result.code == 2
    assert "read-only" in result.err and "do not restore a backup" in result.err
    _still_there(folder)


def test_a_read_only_case_file(folder: Path) -> None:
    (folder / "casekeeper.sqlite3").chmod(0o400)
    result = cli(folder, "case", "add", "--title", "second")
    assert result.code == 2 and "read-only" in result.err
    (folder / "casekeeper.sqlite3").chmod(0o600)
    _still_there(folder)


def test_a_read_only_evidence_folder(folder: Path, tmp_path: Path) -> None:
    for path in [folder / "evidence", *(folder / "evidence").rglob("*")]:
        if path.is_dir():
            path.chmod(0o500)
    other = tmp_path / "letter.pdf"
    other.write_bytes(b"%PDF-1.4 a letter")
    result = cli(folder, "attach", "1", str(other))
    assert result.code == 2
    assert "evidence folder" in result.err and "read-only" in result.err
    assert "Nothing was saved" in result.err
    _still_there(folder)


def test_a_read_only_backups_folder(folder: Path, tmp_path: Path) -> None:
    archive = tmp_path / "all.zip"
    assert cli(folder, "export", "-o", str(archive)).code == 0
    (folder / "backups").chmod(0o500)
    result = cli(folder, "backup", "create")
    assert result.code == 2 and "read-only" in result.err and "backups" in result.err
    other = tmp_path / "other"
    assert cli(other, "case", "add", "--title", "elsewhere").code == 0
    (other / "backups").chmod(0o500)
    imported = cli(other, "import", str(archive))
    assert imported.code == 2 and "read-only" in imported.err
    (other / "backups").chmod(0o700)
    assert "Coat never delivered" not in cli(other, "case", "list").out
    _still_there(folder)


def test_an_unreadable_transcript_file(folder: Path, tmp_path: Path) -> None:
    secret = tmp_path / "chat.txt"
    secret.write_text("the bot said...", encoding="utf-8")
    secret.chmod(0o000)
    result = cli(folder, "log", "1", "--channel", "chat", "--summary", "s",
                 "--transcript-file", str(secret))
    assert result.code == 2 and "cannot be read" in result.err
    _still_there(folder)


def test_a_foreign_log_in_a_read_only_folder_is_never_replayed(folder: Path, tmp_path: Path) -> None:
    from tests.faults.test_foreign_wal import _crash_after_write

    other = tmp_path / "other"
    assert cli(other, "case", "add", "--title", "Someone else's case").code == 0
    _crash_after_write(other, "Someone else's refund")
    log = Path(f"{folder / 'casekeeper.sqlite3'}-wal")
    log.write_bytes(Path(f"{other / 'casekeeper.sqlite3'}-wal").read_bytes())
    before = log.read_bytes()
    folder.chmod(0o500)
    listed = cli(folder, "case", "list")
    assert listed.code == 2 and "read-only" in listed.err
    assert "Someone else" not in listed.out and log.read_bytes() == before
    folder.chmod(0o700)
    listed = cli(folder, "case", "list")
    assert "does not belong to this case file" in listed.err and "Someone else" not in listed.out
    _still_there(folder)


def test_after_an_outside_edit_check_names_the_record_as_an_ordinary_user(folder: Path) -> None:
    import sqlite3

    with sqlite3.connect(folder / "casekeeper.sqlite3") as conn:
        conn.execute("UPDATE evidence SET title = 'swapped'")
    conn.close()
    result = cli(folder, "check")
    assert result.code == 2 and "Exhibit 1 of case 1" in result.out
    assert "changed outside Case Keeper" in result.out
    assert cli(folder, "check", "--accept-changes").code == 0
    assert cli(folder, "case", "add", "--title", "second").code == 0


def _letter_process(folder: Path, target: Path) -> subprocess.CompletedProcess[str]:
    """``casekeeper-cli letter`` as its own process, which keeps checked rulepacks in the cache."""
    return subprocess.run(
        [sys.executable, "-m", "casekeeper.cli.main", "--data-dir", str(folder), "letter", "1",
         "--kind", "data-access-request", "-o", str(target)],
        capture_output=True, text=True, check=False, timeout=120,
    )


def test_a_read_only_cache_folder_costs_only_time(folder: Path, tmp_path: Path) -> None:
    cache = folder / "cache"
    cache.mkdir()
    cache.chmod(0o500)
    result = _letter_process(folder, tmp_path / "letter.txt")
    assert (result.returncode, result.stderr) == (0, "")
    assert "Data Protection Officer" in (tmp_path / "letter.txt").read_text("utf-8")
    assert list(cache.iterdir()) == []
    cache.chmod(0o700)
    assert _letter_process(folder, tmp_path / "again.txt").returncode == 0
    assert [path.name for path in cache.iterdir()] == ["rulepacks"]
    _still_there(folder)
