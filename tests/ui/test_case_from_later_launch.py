"""A notification clicked while the window is open: the later launch (``casekeeper --case N``, a
real second process) switches the running window to that case, or it says why it cannot."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from casekeeper.domain.dto import CaseInput
from casekeeper.services.workspace import Workspace
from casekeeper.ui.app.case_request import LaterLaunches
from casekeeper.ui.app.main_window import MainWindow
from casekeeper.ui.common.instance_guard import InstanceGuard
from casekeeper.ui.common.single_instance import acquire_or_activate
from tests.system.dbus_session import NEEDS_DBUS, start_bus, write_settings

HERE = Path(__file__).parent


@pytest.fixture
def running(qtbot: QtBot, window: MainWindow, workspace: Workspace) -> Iterator[LaterLaunches]:
    """The window holds its data folder, shows case 1 and answers later launches, as the app
    does."""
    for title in ("Blender refund", "Coat never delivered"):
        workspace.cases.create(CaseInput(title=title))
    window.controller.reload_cases(1)
    window.open_case(1)
    qtbot.waitUntil(lambda: window.controller.case_id == 1)
    instance = acquire_or_activate(workspace.paths.data_dir)
    assert instance is not None
    guard = InstanceGuard(workspace.paths.data_dir, instance)
    launches = LaterLaunches(guard, lambda: window)
    launches.ready()
    yield launches
    guard.release()


def _launch(data_dir: Path, case: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "casekeeper", "--data-dir", str(data_dir),
                             "--case", case], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def test_a_second_launch_with_a_case_switches_the_running_window_to_it(
        qtbot: QtBot, window: MainWindow, workspace: Workspace, running: LaterLaunches) -> None:
    assert window.controller.case_id == 1
    with _launch(workspace.paths.data_dir, "2") as second:
        qtbot.waitUntil(lambda: window.controller.case_id == 2, timeout=60_000)
        assert second.wait(timeout=60) == 0  # it stops: the folder stays with the first
    assert window.page.header.title.text() == "Coat never delivered"


def test_a_case_in_the_trash_gets_a_plain_message_instead(
        qtbot: QtBot, window: MainWindow, workspace: Workspace, running: LaterLaunches) -> None:
    workspace.trash.delete_case(2)
    running.request(2)
    assert window.controller.case_id == 1
    assert "case 2, which is in the trash" in window.messages.text.text()
    assert "Edit → Trash" in window.messages.text.text()


def test_an_unknown_case_gets_a_plain_message_instead(
        qtbot: QtBot, window: MainWindow, workspace: Workspace, running: LaterLaunches) -> None:
    running.request(99)
    assert window.controller.case_id == 1
    assert "case 99, which is not in this data folder" in window.messages.text.text()


@NEEDS_DBUS
def test_clicking_a_notification_shows_its_case_in_the_open_window(
        qtbot: QtBot, window: MainWindow, workspace: Workspace, running: LaterLaunches,
        tmp_path: Path) -> None:
    """notify, a real D-Bus server clicking, the real app launched by the click, this window."""
    workspace.reminders.request_opening("Klarna phone line",
                                        datetime.now(UTC) - timedelta(minutes=1), 2)
    write_settings(workspace.paths)
    bus = start_bus(tmp_path, "click")
    try:
        env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": bus.address, "TZ": "UTC",
               "QT_QPA_PLATFORM": "offscreen",
               "CASEKEEPER_APP_COMMAND": f"{sys.executable} -m casekeeper"}
        with subprocess.Popen([sys.executable, "-m", "casekeeper.cli.main", "--data-dir",
                               str(workspace.paths.data_dir), "notify", "--wait", "30"],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) as notify:
            qtbot.waitUntil(lambda: window.controller.case_id == 2, timeout=90_000)
            notify.communicate(timeout=60)
        [received] = bus.received()
        assert received["summary"] == "Case Keeper: Klarna phone line is open"
    finally:
        bus.stop()
