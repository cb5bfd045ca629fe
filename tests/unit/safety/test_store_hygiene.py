"""Leftovers of interrupted operations: harmless, cleaned; running operations left alone."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from casekeeper.domain.dto import CaseInput
from casekeeper.paths import DataPaths
from casekeeper.services.clock import FixedClock
from casekeeper.services.workspace import Workspace, open_workspace
from casekeeper.storage.evidence_store import EvidenceStore


def _file(folder: Path, name: str, content: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(content)
    return path


def _interrupted_attach(paths: DataPaths, source: Path) -> Path:
    """What a killed attach leaves: the original stored, its marker unlocked, no record."""
    store = EvidenceStore(paths.evidence_dir)
    with pytest.raises(RuntimeError), store.operation("attach") as op:
        stored = store.add(source, op)
        raise RuntimeError("killed before the record was written")
    return stored.path


def test_an_interrupted_attach_is_harmless_and_cleaned_at_the_next_start(
        workspace: Workspace, paths: DataPaths, clock: FixedClock, tmp_path: Path) -> None:
    left = _interrupted_attach(paths, _file(tmp_path / "in", "photo.jpg", b"a photo"))
    assert left.is_file()
    report = workspace.integrity.check()
    assert report.ok
    assert "leftovers of interrupted operations, harmless" in "\n".join(report.lines())
    workspace.close()
    again = open_workspace(paths, clock)
    assert not left.exists()
    assert not any(paths.evidence_dir.joinpath(".staging").iterdir())
    assert "leftover" not in "\n".join(again.integrity.check().lines())
    again.close()


def test_a_refused_attach_leaves_nothing(workspace: Workspace, paths: DataPaths,
                                         tmp_path: Path) -> None:
    case_id = workspace.cases.create(CaseInput(title="T"))
    source = _file(tmp_path / "in", "a.pdf", b"%PDF-1.4 content")
    workspace.evidence.attach(case_id, source)
    with pytest.raises(Exception, match="already attached"):
        workspace.evidence.attach(case_id, source)
    with pytest.raises(Exception, match="give a regular file"):
        workspace.evidence.attach(case_id, tmp_path / "in", title="a folder")
    files = [p for p in paths.evidence_dir.rglob("*") if p.is_file()]
    assert len(files) == 1
    report = workspace.integrity.check()
    assert report.ok and "leftover" not in "\n".join(report.lines())


def test_a_file_a_record_refers_to_is_never_removed(workspace: Workspace, paths: DataPaths,
                                                    tmp_path: Path) -> None:
    case_id = workspace.cases.create(CaseInput(title="T"))
    source = _file(tmp_path / "in", "a.pdf", b"%PDF-1.4 shared")
    store = EvidenceStore(paths.evidence_dir)
    with pytest.raises(RuntimeError), store.operation("attach") as op:
        stored = store.add(source, op)
        workspace.evidence.attach(case_id, source)  # another attach records the same file
        raise RuntimeError("killed")
    removed = workspace.integrity.repair()
    assert stored.path.is_file() and stored.path not in removed.interrupted
    assert workspace.integrity.check().ok


_RUNNING = """
import sys, time
from pathlib import Path
from casekeeper.storage.evidence_store import EvidenceStore
store = EvidenceStore(Path(sys.argv[1]))
with store.operation("attach") as op:
    store.add(Path(sys.argv[2]), op)
    print("ready", flush=True)
    time.sleep(60)
"""


def test_an_attach_running_in_another_process_is_not_a_problem(
        workspace: Workspace, paths: DataPaths, tmp_path: Path) -> None:
    source = _file(tmp_path / "in", "big.pdf", b"%PDF-1.4 being attached")
    other = subprocess.Popen([sys.executable, "-c", _RUNNING, str(paths.evidence_dir),
                              str(source)], stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "ready"
        report = workspace.integrity.check()
        assert report.ok
        assert "being added by another window or command now" in "\n".join(report.lines())
        workspace.integrity.repair()
        assert len(list(paths.evidence_dir.glob("??/*"))) == 1
    finally:
        other.kill()
        other.wait()
        assert other.stdout is not None
        other.stdout.close()


def test_repair_keeps_originals_a_backup_refers_to(workspace: Workspace, paths: DataPaths,
                                                   clock: FixedClock, tmp_path: Path) -> None:
    case_id = workspace.cases.create(CaseInput(title="T"))
    exhibit = workspace.evidence.attach(case_id, _file(tmp_path / "in", "a.pdf", b"%PDF kept"))
    backup = workspace.backups.create("manual")
    stray = paths.evidence_dir / "ab" / ("ab" + "1" * 62)
    stray.parent.mkdir(exist_ok=True)
    stray.write_bytes(b"nobody's")
    with workspace.db.writing() as session:  # as after restoring an older copy
        session.connection().exec_driver_sql("DELETE FROM evidence")
    removed = workspace.integrity.repair()
    assert removed.unreferenced == [stray]
    assert (paths.evidence_dir / exhibit.evidence.sha256[:2] / exhibit.evidence.sha256).is_file()
    assert backup.path.is_file()


def test_an_interrupted_backup_is_removed_at_start_but_not_a_running_one(
        paths: DataPaths, clock: FixedClock) -> None:
    import fcntl
    import os

    ws = open_workspace(paths, clock)
    ws.close()
    dead = paths.backups_dir / "manual-20261124T093000000000Z.partial"
    dead.write_bytes(b"half a copy")
    live = paths.backups_dir / "exit-20261124T093000000001Z.partial"
    live.write_bytes(b"being written")
    holder = os.open(live, os.O_RDWR)
    fcntl.flock(holder, fcntl.LOCK_EX)
    try:
        again = open_workspace(paths, clock)
        assert not dead.exists() and live.exists()
        again.close()
    finally:
        os.close(holder)


def test_scratch_folders_of_killed_dossier_exports_are_removed(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch
                                                               ) -> None:
    import os
    import tempfile

    from casekeeper.services.store_hygiene import remove_stale_export_scratch

    monkeypatch.setattr(tempfile, "gettempdir", lambda: str(tmp_path))
    old = tmp_path / "casekeeper-export-abandoned"
    old.mkdir()
    (old / "E1.jpg").write_bytes(b"a copy of a picture")
    os.utime(old, (1_000_000_000, 1_000_000_000))
    fresh = tmp_path / "casekeeper-export-running"
    fresh.mkdir()
    assert remove_stale_export_scratch() == 1
    assert not old.exists() and fresh.exists()
