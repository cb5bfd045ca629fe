"""Backups from the window: the timer backs up only changed data; a restore brings back earlier cases."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from casekeeper.domain.dto import CaseInput
from casekeeper.services.clock import FixedClock
from casekeeper.services.workspace import Workspace
from casekeeper.ui.app.main_window import MainWindow
from casekeeper.ui.data.backup_schedule import backup_on_exit
from casekeeper.ui.data.data_actions import DataActions


def _safety(window: MainWindow) -> DataActions:
    return window.data


def test_the_timer_backs_up_only_when_data_changed(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, clock: FixedClock
) -> None:
    scheduler = _safety(window).scheduler
    with qtbot.waitSignal(scheduler.checked, timeout=10_000) as nothing_yet:
        assert scheduler.tick()
    assert nothing_yet.args == [None]  # an empty folder: nothing to keep
    workspace.cases.create(CaseInput(title="Coat never delivered"))
    with qtbot.waitSignal(scheduler.checked, timeout=10_000) as first:
        scheduler.tick()
    assert first.args[0] is not None and first.args[0].reason == "scheduled"
    clock.instant += timedelta(hours=1)
    with qtbot.waitSignal(scheduler.checked, timeout=10_000) as unchanged:
        scheduler.tick()
    assert unchanged.args == [None]
    assert [b.reason for b in workspace.backups.backups()] == ["scheduled"]


def test_quitting_makes_an_exit_backup(workspace: Workspace) -> None:
    workspace.cases.create(CaseInput(title="Coat never delivered"))
    made = backup_on_exit(workspace, timeout_s=30)
    assert made is not None and made.reason == "exit" and made.case_count == 1


def test_back_up_now_lists_the_new_backup(qtbot: QtBot, window: MainWindow, workspace: Workspace) -> None:
    workspace.cases.create(CaseInput(title="Coat never delivered"))
    dialog = _safety(window).open_backups()
    assert dialog.table.rowCount() == 0
    with qtbot.waitSignal(dialog.backup_finished, timeout=10_000):
        dialog.backup_button.click()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 3).text() == "1 case"
    assert "Backed up" in dialog.status.text()


def test_restoring_through_the_dialog_brings_back_the_earlier_case_list(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, clock: FixedClock
) -> None:
    workspace.cases.create(CaseInput(title="Coat never delivered"))
    earlier = workspace.backups.create("manual")
    clock.instant += timedelta(minutes=5)
    later = workspace.cases.create(CaseInput(title="Refund never arrived"))
    window.controller.reload_cases(later)
    assert window.case_model.rowCount() == 2
    safety = _safety(window)
    dialog = safety.open_backups()
    assert dialog.selected() is not None and dialog.selected().name == earlier.name  # type: ignore[union-attr]
    box = dialog.ask_restore()
    assert box is not None and dialog.confirm_button is not None
    with qtbot.waitSignal(safety.restorer.restored, timeout=20_000) as restored:
        dialog.confirm_button.click()
    assert [s.title for s in workspace.cases.summaries()] == ["Coat never delivered"]
    assert window.case_model.rowCount() == 1
    assert window.controller.case is not None and window.controller.case.title == "Coat never delivered"
    assert "restored from the backup" in restored.args[0][0]
    assert "restored from the backup" in dialog.status.text()
    assert any(b.reason == "pre-restore" for b in workspace.backups.backups())
