"""casekeeper-cli notify against a real D-Bus session and a notification server that records.

Each test starts ``dbus-run-session`` with the server of notification_server.py on it, then runs
the real command in its own process (the app closed), as the schedule does.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from casekeeper.paths import DataPaths
from casekeeper.services.clock import FixedClock
from casekeeper.services.workspace import open_workspace
from tests.system.dbus_session import (
    NEEDS_DBUS,
    Bus,
    case_with_promise,
    run_notify,
    write_settings,
)

pytestmark = NEEDS_DBUS


def test_a_deadline_at_a_lead_time_is_notified_exactly_once(cli, paths: DataPaths, bus: Bus,  # type: ignore[no-untyped-def]
                                                           tmp_path: Path) -> None:
    case_with_promise(cli, 3)
    write_settings(paths)
    run_notify(paths, bus, tmp_path)
    run_notify(paths, bus, tmp_path)
    [received] = bus.received()
    assert received["app_name"] == "Case Keeper"
    assert received["summary"] == "Case Keeper: Blender refund"
    assert str(received["body"]).startswith("Promise by Klarna: refund of 129 EUR, due ")
    assert str(received["body"]).endswith("(in 3 days).")
    assert "Open the case" in received["actions"]  # type: ignore[operator]


def test_the_notification_is_in_french_for_a_french_speaker(cli, paths: DataPaths, bus: Bus,  # type: ignore[no-untyped-def]
                                                            tmp_path: Path) -> None:
    case_with_promise(cli, 1)
    write_settings(paths, language="fr")
    run_notify(paths, bus, tmp_path)
    [received] = bus.received()
    assert received["summary"] == "Case Keeper : Blender refund"
    assert "échéance le" in str(received["body"]) and str(received["body"]).endswith("(demain).")
    assert "Ouvrir le dossier" in received["actions"]  # type: ignore[operator]


def test_a_deadline_before_its_first_lead_time_is_not_notified(cli, paths: DataPaths, bus: Bus,  # type: ignore[no-untyped-def]
                                                               tmp_path: Path) -> None:
    case_with_promise(cli, 3)
    write_settings(paths, leads="1 0")
    result = run_notify(paths, bus, tmp_path)
    assert result["sent"] == [] and bus.received() == []


def test_quiet_hours_defer_the_notification_without_losing_it(cli, paths: DataPaths, bus: Bus,  # type: ignore[no-untyped-def]
                                                              tmp_path: Path) -> None:
    case_with_promise(cli, 3)
    now = datetime.now(UTC)
    quiet = ((now - timedelta(hours=1)).strftime("%H:%M"), (now + timedelta(hours=1)).strftime("%H:%M"))
    write_settings(paths, quiet=quiet)
    result = run_notify(paths, bus, tmp_path)
    assert result["deferred"] == 1 and bus.received() == []
    write_settings(paths)  # the morning: the quiet hours are over
    run_notify(paths, bus, tmp_path)
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
    write_settings(paths)
    run_notify(paths, bus, tmp_path)
    run_notify(paths, bus, tmp_path)
    [received] = bus.received()
    assert received["summary"] == "Case Keeper: Klarna phone line is open"
    assert "opened at" in str(received["body"])


def test_clicking_the_notification_opens_the_app_at_the_case(cli, paths: DataPaths,  # type: ignore[no-untyped-def]
                                                             clicking_bus: Bus,
                                                             tmp_path: Path) -> None:
    case_with_promise(cli, 0)
    write_settings(paths)
    result = run_notify(paths, clicking_bus, tmp_path)
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

    case_with_promise(cli, 3)
    write_settings(paths)
    holder = sqlite3.connect(paths.database, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")  # another process is writing (the window, a restore...)
        result = run_notify(paths, bus, tmp_path)
        assert result["sent"] == [] and bus.received() == []
        assert "busy" in str(result["problem"]).lower() or "locked" in str(result["problem"]).lower()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    run_notify(paths, bus, tmp_path)
    run_notify(paths, bus, tmp_path)
    assert len(bus.received()) == 1


def _windowless(paths: DataPaths, bus: Bus, *argv: str) -> subprocess.CompletedProcess[str]:
    """The GUI program's windowless door, as the Windows task starts it (here: python -m)."""
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": bus.address, "TZ": "UTC"}
    return subprocess.run([sys.executable, "-m", "casekeeper", "--windowless", "--data-dir",
                           str(paths.data_dir), *argv], env=env, capture_output=True, text=True,
                          timeout=120, check=False)


def test_the_gui_programs_windowless_door_sends_the_notification(cli, paths: DataPaths,  # type: ignore[no-untyped-def]
                                                                  bus: Bus) -> None:
    case_with_promise(cli, 1)
    write_settings(paths)
    done = _windowless(paths, bus, "notify", "--wait", "5")
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")  # nothing to a console
    [received] = bus.received()
    assert received["summary"] == "Case Keeper: Blender refund"
    assert "notify: Sent: Case Keeper: Blender refund" in "".join(
        path.read_text(encoding="utf-8") for path in paths.logs_dir.glob("*.log*"))


def test_the_windowless_door_opens_for_notify_only(cli, paths: DataPaths, bus: Bus) -> None:  # type: ignore[no-untyped-def]
    done = _windowless(paths, bus, "case", "add", "--title", "Through the back door")
    assert done.returncode == 2
    assert "Through the back door" not in cli("case", "list").out


def test_the_language_comes_from_the_settings_and_german_gets_german_words(
        cli, paths: DataPaths, bus: Bus, tmp_path: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    case_with_promise(cli, 1)
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text(  # where the window keeps it now; the session says French
        "[person]\nlanguage=de\n\n[reminders]\nquiet_start=00:00\nquiet_end=00:00\n",
        encoding="utf-8")
    monkeypatch.setenv("LANGUAGE", "fr_FR")
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    run_notify(paths, bus, tmp_path)
    [received] = bus.received()
    assert received["summary"] == "Case Keeper: Blender refund"
    assert "fällig am" in str(received["body"]) and str(received["body"]).endswith("(morgen).")
    assert "Fall öffnen" in received["actions"]  # type: ignore[operator]
