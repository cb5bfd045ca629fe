"""casekeeper-cli notify against a real D-Bus session and a notification server that records.

Each test starts ``dbus-run-session`` with the server of notification_server.py on it, then runs
the real command in its own process (the app closed), as the schedule does.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from casekeeper.paths import DataPaths
from casekeeper.services.clock import FixedClock
from casekeeper.services.workspace import open_workspace

HERE = Path(__file__).parent
pytestmark = pytest.mark.skipif(
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


def _start_bus(tmp_path: Path, mode: str) -> Bus:
    record = tmp_path / f"received-{mode}.jsonl"
    process = subprocess.Popen(
        ["dbus-run-session", "--", sys.executable, str(HERE / "notification_server.py"),
         str(record), mode],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, start_new_session=True)
    assert process.stdout is not None
    address = process.stdout.readline().strip()  # printed once the name is owned
    assert address.startswith("unix:"), "the notification server did not start"
    return Bus(record, process, address)


@pytest.fixture
def bus(tmp_path: Path) -> Iterator[Bus]:
    """A bus whose server closes each notification as dismissed."""
    started = _start_bus(tmp_path, "close")
    yield started
    started.stop()


@pytest.fixture
def clicking_bus(tmp_path: Path) -> Iterator[Bus]:
    """A bus whose server clicks each notification (ActionInvoked), as the person does."""
    started = _start_bus(tmp_path, "click")
    yield started
    started.stop()


def _settings(paths: DataPaths, language: str = "en", quiet: tuple[str, str] = ("00:00", "00:00"),
              leads: str = "7 3 1 0") -> None:
    """The settings file as the window's QSettings writes it."""
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text(
        f"[%General]\nlanguage={language}\n\n[reminders]\nlead_days={leads}\n"
        f"quiet_start={quiet[0]}\nquiet_end={quiet[1]}\n", encoding="utf-8")


def _case_with_promise(cli, due_in_days: int) -> None:  # type: ignore[no-untyped-def]
    due = (datetime.now(UTC).date() + timedelta(days=due_in_days)).isoformat()
    assert cli("case", "add", "--title", "Blender refund").code == 0
    assert cli("log", "1", "--channel", "phone", "--summary", "called", "--promise",
               "refund of 129 EUR", "--promise-due", due).code == 0


def _notify(paths: DataPaths, bus: Bus, tmp_path: Path, wait: float = 20) -> dict[str, object]:
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


def test_a_deadline_at_a_lead_time_is_notified_exactly_once(cli, paths: DataPaths, bus: Bus,  # type: ignore[no-untyped-def]
                                                           tmp_path: Path) -> None:
    _case_with_promise(cli, 3)
    _settings(paths)
    _notify(paths, bus, tmp_path)
    _notify(paths, bus, tmp_path)
    [received] = bus.received()
    assert received["app_name"] == "Case Keeper"
    assert received["summary"] == "Case Keeper: Blender refund"
    assert str(received["body"]).startswith("Promise by Klarna: refund of 129 EUR, due ")
    assert str(received["body"]).endswith("(in 3 days).")
    assert "Open the case" in received["actions"]  # type: ignore[operator]


def test_the_notification_is_in_french_for_a_french_speaker(cli, paths: DataPaths, bus: Bus,  # type: ignore[no-untyped-def]
                                                            tmp_path: Path) -> None:
    _case_with_promise(cli, 1)
    _settings(paths, language="fr")
    _notify(paths, bus, tmp_path)
    [received] = bus.received()
    assert received["summary"] == "Case Keeper : Blender refund"
    assert "échéance le" in str(received["body"]) and str(received["body"]).endswith("(demain).")
    assert "Ouvrir le dossier" in received["actions"]  # type: ignore[operator]


def test_a_deadline_before_its_first_lead_time_is_not_notified(cli, paths: DataPaths, bus: Bus,  # type: ignore[no-untyped-def]
                                                               tmp_path: Path) -> None:
    _case_with_promise(cli, 3)
    _settings(paths, leads="1 0")
    result = _notify(paths, bus, tmp_path)
    assert result["sent"] == [] and bus.received() == []


def test_quiet_hours_defer_the_notification_without_losing_it(cli, paths: DataPaths, bus: Bus,  # type: ignore[no-untyped-def]
                                                              tmp_path: Path) -> None:
    _case_with_promise(cli, 3)
    now = datetime.now(UTC)
    quiet = ((now - timedelta(hours=1)).strftime("%H:%M"), (now + timedelta(hours=1)).strftime("%H:%M"))
    _settings(paths, quiet=quiet)
    result = _notify(paths, bus, tmp_path)
    assert result["deferred"] == 1 and bus.received() == []
    _settings(paths)  # the morning: the quiet hours are over
    _notify(paths, bus, tmp_path)
    assert len(bus.received()) == 1


def test_an_opening_request_is_notified_once_when_the_line_opens(paths: DataPaths, bus: Bus,
                                                                 tmp_path: Path) -> None:
    workspace = open_workspace(paths, FixedClock(datetime.now(UTC), "UTC"))
    try:
        workspace.reminders.request_opening("Klarna phone line",
                                            datetime.now(UTC) - timedelta(minutes=2), None)
        workspace.reminders.request_opening("Klarna chat", datetime.now(UTC) + timedelta(hours=2),
                                            None)
    finally:
        workspace.close()
    _settings(paths)
    _notify(paths, bus, tmp_path)
    _notify(paths, bus, tmp_path)
    [received] = bus.received()
    assert received["summary"] == "Case Keeper: Klarna phone line is open"
    assert "opened at" in str(received["body"])


def test_clicking_the_notification_opens_the_app_at_the_case(cli, paths: DataPaths,  # type: ignore[no-untyped-def]
                                                             clicking_bus: Bus,
                                                             tmp_path: Path) -> None:
    _case_with_promise(cli, 0)
    _settings(paths)
    result = _notify(paths, clicking_bus, tmp_path)
    assert len(result["sent"]) == 1  # type: ignore[arg-type]
    opened = tmp_path / "opened.json"
    deadline = time.monotonic() + 20
    while not opened.exists() and time.monotonic() < deadline:
        time.sleep(0.05)  # the app is started detached: wait for the stand-in to write
    assert json.loads(opened.read_text(encoding="utf-8")) == [
        "--data-dir", str(paths.data_dir), "--case", "1"]


def test_a_busy_case_file_sends_nothing_then_everything_once_it_is_free(
        cli, paths: DataPaths, bus: Bus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    _case_with_promise(cli, 3)
    _settings(paths)
    holder = sqlite3.connect(paths.database, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")  # another process is writing (the window, a restore...)
        result = _notify(paths, bus, tmp_path)
        assert result["sent"] == [] and bus.received() == []
        assert "busy" in str(result["problem"]).lower() or "locked" in str(result["problem"]).lower()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    _notify(paths, bus, tmp_path)
    _notify(paths, bus, tmp_path)
    assert len(bus.received()) == 1
