"""Privacy: no network, private folders, no case contents in the logs."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from casekeeper.paths import DataPaths
from casekeeper.services.workspace import Workspace
from tests.unit.safety.builders import fill_sample

NO_NETWORK = r"""
import importlib, pkgutil, socket, sys
def refuse(*a, **k):
    raise SystemExit("NETWORK: " + repr(a))
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.socket.bind = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
import casekeeper
for info in pkgutil.walk_packages(casekeeper.__path__, "casekeeper."):
    if ".migrations." in info.name or info.name.endswith("__main__"):
        continue
    importlib.import_module(info.name)
from casekeeper.cli.main import main
folder = sys.argv[1]
for argv in (["case", "add", "--title", "T"], ["log", "1", "--channel", "chat", "--summary", "s"],
             ["backup", "create"], ["check"], ["export", "-o", folder + "/a.zip"],
             ["import", folder + "/a.zip"], ["case", "show", "1", "--json"]):
    code = main(["--data-dir", folder + "/data", *argv])
    assert code == 0, (argv, code)
print("no network")
"""


@pytest.mark.slow
def test_importing_every_module_and_running_the_cli_opens_no_socket(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-c", NO_NETWORK, str(tmp_path)],
                            capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().endswith("no network")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_data_evidence_and_backups_are_private(workspace: Workspace, paths: DataPaths,
                                               tmp_path: Path) -> None:
    fill_sample(workspace, tmp_path / "files")
    backup = workspace.backups.create("manual")
    for folder in (paths.data_dir, paths.evidence_dir, paths.backups_dir, paths.logs_dir):
        assert stat.S_IMODE(folder.stat().st_mode) & 0o077 == 0, folder
    assert stat.S_IMODE(backup.path.stat().st_mode) & 0o077 == 0
    for original in paths.evidence_dir.rglob("*"):
        if original.is_file():
            assert stat.S_IMODE(original.stat().st_mode) & 0o022 == 0


def test_logs_hold_no_case_contents(cli, paths: DataPaths, tmp_path: Path,  # type: ignore[no-untyped-def]
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    secret = tmp_path / "Zqx-secret-scan.txt"
    secret.write_text("Zqx evidence body")
    steps = [("case", "add", "--title", "Zqx-Title-4471", "--merchant", "Zqx-Merchant"),
             ("log", "1", "--channel", "chat", "--summary", "Zqx-Summary", "--agent", "Zqx-Agent"),
             ("attach", "1", str(secret)), ("backup", "create"), ("check",),
             ("export", "-o", str(tmp_path / "a.zip")), ("import", str(tmp_path / "a.zip")),
             ("case", "show", "99")]
    for argv in steps:
        cli(*argv)
    from casekeeper.services import workspace

    def bug(*_args: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(workspace, "open_workspace", bug)  # the CLI imports it when it needs it
    assert cli("case", "add", "--title", "Zqx-In-A-Crash").code == 1
    log = (paths.logs_dir / "casekeeper.log").read_text(encoding="utf-8")
    assert "unexpected error" in log
    assert "Zqx" not in log


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_case_file_log_and_settings_are_created_private_whatever_the_umask(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    script = ("import os, sys; os.umask(0o022); from casekeeper.cli.main import main; "
              "sys.exit(main(sys.argv[1:]))")
    result = subprocess.run([sys.executable, "-c", script, "--data-dir", str(folder), "case",
                             "add", "--title", "x"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    for made in (folder / "casekeeper.sqlite3", folder / "logs" / "casekeeper.log"):
        assert stat.S_IMODE(made.stat().st_mode) == 0o600, made


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_an_existing_folder_keeps_its_mode(tmp_path: Path) -> None:
    from casekeeper.paths import resolve_paths

    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    resolve_paths(str(shared), {}).ensure()
    assert stat.S_IMODE(shared.stat().st_mode) == 0o755
    assert stat.S_IMODE((shared / "evidence").stat().st_mode) == 0o700
