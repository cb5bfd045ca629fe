"""Kills during attach, import, backup and export: nothing acknowledged is lost, check passes after."""

from __future__ import annotations

import os
import random
import signal
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from casekeeper.domain.dto import CaseInput
from casekeeper.paths import DataPaths
from casekeeper.services.restore import verify_backup
from casekeeper.services.workspace import Workspace, open_workspace

KILLS_PER_OPERATION = int(os.environ.get("CASEKEEPER_KILLS_PER_OPERATION", "35"))
SEED = 20261202
ARCHIVES = 12

Loop = Callable[[Workspace, Callable[[str], None]], None]


def _attach_loop(folder: Path, case_id: int) -> Loop:
    def loop(ws: Workspace, ack: Callable[[str], None]) -> None:
        n = 0
        while True:
            n += 1
            source = folder / f"{os.getpid()}-{n}.txt"
            source.write_bytes(f"exhibit {os.getpid()} {n} ".encode() * 2000)
            result = ws.evidence.attach(case_id, source)
            ack(str(result.evidence.id))
    return loop


def _import_loop(archives: list[Path]) -> Loop:
    def loop(ws: Workspace, ack: Callable[[str], None]) -> None:
        for archive in archives:
            result = ws.exchange.import_archive(archive)
            for uid in result.added_cases:
                ack(uid)
        time.sleep(60)
    return loop


def _backup_loop(ws: Workspace, ack: Callable[[str], None]) -> None:
    while True:
        ack(ws.backups.create("manual").name)


def _export_loop(folder: Path) -> Loop:
    def loop(ws: Workspace, ack: Callable[[str], None]) -> None:
        n = 0
        while True:
            n += 1
            target = folder / f"export-{os.getpid()}-{n}.zip"
            ws.exchange.export(target)
            ack(str(target))
    return loop


def _run_once(paths: DataPaths, loop: Loop, delay: float) -> list[str]:
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child never returns into pytest
        code = 0
        try:
            os.close(read_fd)
            ws = open_workspace(paths)
            loop(ws, lambda text: os.write(write_fd, f"{text}\n".encode()))
        except BaseException:
            code = 3
        finally:
            os._exit(code)
    os.close(write_fd)
    time.sleep(delay)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    chunks = []
    while chunk := os.read(read_fd, 65536):
        chunks.append(chunk)
    os.close(read_fd)
    return b"".join(chunks).decode().split()


def _archives(tmp_path: Path) -> list[Path]:
    """Exports of cases made in another data folder, each with its own exhibit."""
    source = DataPaths(tmp_path / "source", tmp_path / "source" / "config")
    ws = open_workspace(source)
    made = []
    for n in range(ARCHIVES):
        case_id = ws.cases.create(CaseInput(title=f"imported {n}"))
        original = tmp_path / f"original-{n}.txt"
        original.write_bytes(f"original {n} ".encode() * 5000)
        ws.evidence.attach(case_id, original)
        made.append(ws.exchange.export(tmp_path / f"archive-{n}.zip", case_id).path)
    ws.close()
    return made


def _verify(paths: DataPaths, kind: str, acknowledged: list[str]) -> None:
    ws = open_workspace(paths)  # cleans leftovers of the interrupted operation, as at any start
    try:
        report = ws.integrity.check()
        assert report.ok, "\n".join(report.lines())
        assert not list(paths.backups_dir.glob("*.partial"))
        staging = paths.evidence_dir / ".staging"
        assert not staging.is_dir() or not list(staging.iterdir())
        if kind == "attach":
            present = {str(e.id) for s in ws.cases.summaries() for e in ws.cases.detail(s.id).evidence}
            assert set(acknowledged) <= present
        elif kind == "import":
            with ws.db.reading() as session:
                uids = {row[0] for row in session.connection().exec_driver_sql(
                    "SELECT uid FROM cases").all()}
            assert set(acknowledged) <= uids
        elif kind == "backup":
            for name in acknowledged[-3:]:  # rotation may remove older ones, as it should
                path = paths.backups_dir / name
                assert not path.exists() or verify_backup(path) == ""
        else:
            for name in acknowledged:
                with zipfile.ZipFile(name) as archive:
                    assert archive.testzip() is None
    finally:
        ws.close()


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork") or sys.platform == "darwin",
                    reason="needs fork() (POSIX); macOS forbids fork after some frameworks load")
def test_kills_during_attach_import_backup_and_export_lose_nothing(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data", tmp_path / "data" / "config")
    ws = open_workspace(paths)
    case_id = ws.cases.create(CaseInput(title="kill test"))
    ws.close()
    files = tmp_path / "files"
    files.mkdir()
    exports = tmp_path / "exports"
    exports.mkdir()
    loops: dict[str, Loop] = {"attach": _attach_loop(files, case_id),
                              "import": _import_loop(_archives(tmp_path)),
                              "backup": _backup_loop, "export": _export_loop(exports)}
    rng = random.Random(SEED)
    acknowledged: dict[str, list[str]] = {kind: [] for kind in loops}
    started = time.monotonic()
    kills = 0
    for _ in range(KILLS_PER_OPERATION):
        for kind, loop in loops.items():
            acknowledged[kind] += _run_once(paths, loop, rng.uniform(0.05, 0.6))
            kills += 1
            _verify(paths, kind, acknowledged[kind])
    elapsed = time.monotonic() - started
    assert all(acknowledged[kind] for kind in loops), acknowledged  # each really worked
    print(f"\nkills during operations: {kills} kills, "
          + ", ".join(f"{len(v)} {k}" for k, v in acknowledged.items())
          + f" acknowledged, {elapsed:.1f} s")
