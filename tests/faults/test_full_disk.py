"""A full disk (a small tmpfs), as an ordinary user: plain words, how much space, nothing lost."""

from __future__ import annotations

from pathlib import Path

from tests.faults.conftest import SmallDisk, cli

NOTES = "n" * 150_000


def _folder(disk: SmallDisk) -> Path:
    data = disk.root / "data"
    assert cli(data, "case", "add", "--title", "Coat never delivered").code == 0
    return data


def _nothing_lost(data: Path, disk: SmallDisk) -> None:
    disk.free_up()
    listed = cli(data, "case", "list")
    assert listed.code == 0 and "Coat never delivered" in listed.out
    checked = cli(data, "check")
    assert checked.code == 0, checked.out
    assert not list((data / "backups").glob("*.partial"))


def test_a_write_on_a_full_disk(small_disk: SmallDisk) -> None:
    data = _folder(small_disk)
    small_disk.fill()
    result = cli(data, "case", "add", "--title", "big", "--notes", NOTES)
    assert result.code == 2, result.err
    assert "full" in result.err and "do not restore" in result.err
    _nothing_lost(data, small_disk)


def test_an_attach_on_a_full_disk(small_disk: SmallDisk, tmp_path: Path) -> None:
    data = _folder(small_disk)
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4000)
    small_disk.fill(leave=64 * 1024)
    result = cli(data, "attach", "1", str(photo))
    assert result.code == 2, result.err
    assert "disk is full" in result.err and "Nothing was saved" in result.err
    _nothing_lost(data, small_disk)
    assert not list((data / "evidence").glob("??/*"))


def test_a_backup_on_a_full_disk(small_disk: SmallDisk) -> None:
    data = _folder(small_disk)
    assert cli(data, "case", "add", "--title", "more", "--notes", "x" * 100_000).code == 0
    small_disk.fill(leave=8 * 1024)
    result = cli(data, "backup", "create")
    assert result.code == 2, result.err
    assert "full" in result.err and "Free at least" in result.err
    _nothing_lost(data, small_disk)


def test_the_backup_before_an_import_on_a_full_disk(small_disk: SmallDisk,
                                                    tmp_path: Path) -> None:
    source = tmp_path / "source"
    assert cli(source, "case", "add", "--title", "to import").code == 0
    archive = tmp_path / "all.zip"
    assert cli(source, "export", "-o", str(archive)).code == 0
    data = _folder(small_disk)
    assert cli(data, "case", "add", "--title", "more", "--notes", "x" * 100_000).code == 0
    small_disk.fill(leave=8 * 1024)
    result = cli(data, "import", str(archive))
    assert result.code == 2, result.err
    assert "full" in result.err
    _nothing_lost(data, small_disk)
    assert "to import" not in cli(data, "case", "list").out


def test_opening_on_a_full_disk_says_how_much_to_free(small_disk: SmallDisk) -> None:
    data = _folder(small_disk)
    for leftover in data.glob("casekeeper.sqlite3-*"):
        leftover.unlink()
    small_disk.fill()
    result = cli(data, "case", "add", "--title", "x", "--notes", NOTES)
    assert result.code == 2
    assert "Free at least" in result.err or "disk is full" in result.err
    _nothing_lost(data, small_disk)
