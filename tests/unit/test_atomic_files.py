"""The one atomic-write helper: the target is replaced whole, or left as it was with no debris."""

from __future__ import annotations

from pathlib import Path

import pytest

from casekeeper.atomic_files import atomic_output, commit_file


def test_a_finished_write_replaces_the_target(tmp_path: Path) -> None:
    target = tmp_path / "dossier.pdf"
    target.write_bytes(b"old")
    with atomic_output(target) as temp:
        assert temp.parent == tmp_path and temp != target
        temp.write_bytes(b"new")
        assert target.read_bytes() == b"old"  # nothing visible before the end
    assert target.read_bytes() == b"new"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["dossier.pdf"]


def test_a_failed_write_leaves_the_target_and_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "dossier.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_output(target) as temp:
        temp.write_bytes(b"half")
        raise RuntimeError("the renderer failed")
    assert target.read_bytes() == b"old"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["dossier.pdf"]


def test_a_named_temporary_file_is_used_and_committed(tmp_path: Path) -> None:
    target = tmp_path / "scheduled.sqlite3"
    partial = tmp_path / "scheduled.partial"
    with atomic_output(target, partial) as temp:
        assert temp == partial
        temp.write_bytes(b"copy")
    assert target.read_bytes() == b"copy" and not partial.exists()


def test_commit_moves_a_written_file_into_place(tmp_path: Path) -> None:
    temp, target = tmp_path / ".incoming", tmp_path / "ab" / "abcdef"
    target.parent.mkdir()
    temp.write_bytes(b"evidence")
    commit_file(temp, target)
    assert target.read_bytes() == b"evidence" and not temp.exists()
