"""Reminders travel in the archive: export, import and notify each run in their own process."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from casekeeper.paths import DataPaths
from casekeeper.services.clock import FixedClock
from casekeeper.services.workspace import open_workspace
from tests.system.dbus_session import NEEDS_DBUS, Bus, case_with_promise, run_notify, write_settings

pytestmark = NEEDS_DBUS


def _casekeeper_cli(data_dir: Path, *argv: str) -> str:
    done = subprocess.run([sys.executable, "-m", "casekeeper.cli.main", "--data-dir",
                           str(data_dir), *argv], capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_an_imported_case_sends_only_what_was_not_sent_before_its_export(
        cli, paths: DataPaths, bus: Bus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case_with_promise(cli, 3)
    write_settings(paths)
    run_notify(paths, bus, tmp_path)  # the deadline at its lead time: sent here, before the export
    workspace = open_workspace(paths, FixedClock(datetime.now(UTC), "UTC"))
    try:  # asked for after that run: still waiting when the archive is made
        workspace.reminders.request_opening("Klarna phone line",
                                            datetime.now(UTC) - timedelta(minutes=1), 1)
    finally:
        workspace.close()
    archive = tmp_path / "cases.zip"
    _casekeeper_cli(paths.data_dir, "export", "-o", str(archive))

    elsewhere = DataPaths(tmp_path / "elsewhere", tmp_path / "elsewhere" / "config")
    _casekeeper_cli(elsewhere.data_dir, "case", "add", "--title", "Already here")  # ids move on
    _casekeeper_cli(elsewhere.data_dir, "import", str(archive))
    write_settings(elsewhere)
    result = run_notify(elsewhere, bus, tmp_path)
    run_notify(elsewhere, bus, tmp_path)

    first, opening = bus.received()
    assert first["summary"] == "Case Keeper: Blender refund"  # the one sent before the export
    assert opening["summary"] == "Case Keeper: Klarna phone line is open"
    assert "Blender refund" in str(opening["body"])  # the request kept its case, now number 2
    assert [item["case"] for item in result["sent"]] == [2]  # type: ignore[index, union-attr]
