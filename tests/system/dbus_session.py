"""The session bus with a recording notification server, and running notify as the schedule does."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from casekeeper.paths import DataPaths

HERE = Path(__file__).parent
NEEDS_DBUS = pytest.mark.skipif(
    sys.platform != "linux" or shutil.which("dbus-run-session") is None,
    reason="needs dbus-run-session (Linux, apt package dbus-daemon); notifications use D-Bus there")


class Bus:
    """A running session bus with the recording server on it."""

    def __init__(self, record: Path, process: subprocess.Popen[str], address: str) -> None:
        self.record = record
        self.process = process
        self.address = address

    def stop(self) -> None:
        """End the session bus and its server."""
        os.killpg(self.process.pid, signal.SIGTERM)  # the bus daemon and the server with it
        self.process.wait(timeout=10)
        if self.process.stdout is not None:
            self.process.stdout.close()

    def received(self) -> list[dict[str, object]]:
        """Every notification the server got, in order."""
        if not self.record.exists():
            return []
        return [json.loads(line) for line in self.record.read_text(encoding="utf-8").splitlines()]


def start_bus(tmp_path: Path, mode: str) -> Bus:
    record = tmp_path / f"received-{mode}.jsonl"
    process = subprocess.Popen(
        ["dbus-run-session", "--", sys.executable, str(HERE / "notification_server.py"),
         str(record), mode],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, start_new_session=True)
    assert process.stdout is not None
    address = process.stdout.readline().strip()  # printed once the name is owned
    assert address.startswith("unix:"), "the notification server did not start"
    return Bus(record, process, address)


def write_settings(paths: DataPaths, language: str = "en", quiet: tuple[str, str] = ("00:00", "00:00"),
              leads: str = "7 3 1 0") -> None:
    """The settings file as the window's QSettings writes it."""
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text(
        f"[%General]\nlanguage={language}\n\n[reminders]\nlead_days={leads}\n"
        f"quiet_start={quiet[0]}\nquiet_end={quiet[1]}\n", encoding="utf-8")


def case_with_promise(cli, due_in_days: int) -> None:  # type: ignore[no-untyped-def]
    due = (datetime.now(UTC).date() + timedelta(days=due_in_days)).isoformat()
    assert cli("case", "add", "--title", "Blender refund").code == 0
    assert cli("log", "1", "--channel", "phone", "--summary", "called", "--promise",
               "refund of 129 EUR", "--promise-due", due).code == 0


def run_notify(paths: DataPaths, bus: Bus, tmp_path: Path, wait: float = 20) -> dict[str, object]:
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": bus.address, "TZ": "UTC",
           "CASEKEEPER_APP_COMMAND": f"{sys.executable} {HERE / 'record_args.py'} "
                                     f"{tmp_path / 'opened.json'}"}
    done = subprocess.run(
        [sys.executable, "-m", "casekeeper.cli.main", "--data-dir", str(paths.data_dir), "notify",
         "--wait", str(wait), "--json"],
        env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result
