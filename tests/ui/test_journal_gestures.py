"""Promises settled from the timeline and the Deadlines tab, stage changes edited, cases closed unresolved."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from casekeeper.domain.dto import CaseInput, InteractionInput, PromiseInput, StageInput
from casekeeper.domain.enums import CaseStatus, Channel, PromiseState, Stage, TrashKind
from casekeeper.services.clock import FixedClock
from casekeeper.services.workspace import Workspace
from casekeeper.ui.app.main_window import MainWindow
from casekeeper.ui.cases.close_case import CloseCaseDialog
from casekeeper.ui.journal.settle_promise import SettlePromiseDialog
from casekeeper.ui.journal.stage_edit import StageEditDialog
from casekeeper.ui.journal.timeline_entries import TimelineEntry


def _entry(window: MainWindow, kind: TrashKind) -> TimelineEntry:
    entries = [e for e in window.page.timeline_model._entries if e.kind is kind]  # type: ignore[attr-defined]
    assert entries
    return entries[0]


def _action(menu: QMenu, text: str):  # type: ignore[no-untyped-def]
    for action in menu.actions():
        if action.text() == text:
            return action
        if action.menu() is not None:
            found = _action(action.menu(), text)  # type: ignore[arg-type]
            if found is not None:
                return found
    return None


def _case_with_promise(workspace: Workspace, clock: FixedClock) -> tuple[int, int, int]:
    case_id = workspace.cases.create(CaseInput(title="Coat never delivered"))
    contact = workspace.journal.log(
        case_id,
        InteractionInput(occurred_at=clock.now() - timedelta(days=3), zone="Europe/Paris",
                         channel=Channel.PHONE, summary="Refund promised"),
        PromiseInput(text="Refund within 5 working days", due_date=date(2026, 11, 20)),
    )
    promise_id = workspace.cases.detail(case_id).promises[0].id
    return case_id, contact, promise_id


def test_a_promise_is_marked_broken_from_the_timeline_context_menu(
    window: MainWindow, workspace: Workspace, clock: FixedClock
) -> None:
    case_id, contact, promise_id = _case_with_promise(workspace, clock)
    window.controller.reload_cases(case_id)
    journal = window.journal
    menu = journal.entry_menu(_entry(window, TrashKind.INTERACTION))
    broken = _action(menu, "Mark &broken…")
    assert broken is not None and broken.isEnabled()
    broken.trigger()
    dialog = journal.last_dialog
    assert isinstance(dialog, SettlePromiseDialog)
    assert dialog.state() is PromiseState.BROKEN
    dialog.contact.setCurrentIndex(dialog.contact.findData(contact))
    dialog.note.setText("Nothing arrived")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    promise = workspace.cases.detail(case_id).promises[0]
    assert (promise.state, promise.settled_by_interaction_id, promise.note) == (
        PromiseState.BROKEN, contact, "Nothing arrived")
    assert window.case_model.rowCount() == 1
    assert any("broken" in b.text for e in window.page.timeline_model._entries  # type: ignore[attr-defined]
               for b in e.badges)
    assert promise_id == promise.id


def test_a_promise_row_of_the_deadlines_tab_can_be_set_back_to_pending(
    window: MainWindow, workspace: Workspace, clock: FixedClock
) -> None:
    case_id, _contact, promise_id = _case_with_promise(workspace, clock)
    workspace.journal.settle_promise(promise_id, kept=True)
    window.controller.reload_cases(case_id)
    journal = window.journal
    data = window.controller.view_data
    assert data is not None
    row = next(n for n, d in enumerate(data.deadlines) if d.key == f"promise:{promise_id}")
    promise = journal._promise_at(window.page.deadline_model.index(row, 0))
    assert promise is not None and promise.id == promise_id
    menu = QMenu()
    journal.promise_actions(menu, promise)
    pending = _action(menu, "Set back to &pending")
    assert pending is not None and pending.isEnabled()
    pending.trigger()
    assert workspace.cases.detail(case_id).promises[0].state is PromiseState.PENDING


def test_a_case_is_closed_as_not_resolved(window: MainWindow, workspace: Workspace) -> None:
    case_id = workspace.cases.create(CaseInput(title="Coat never delivered"))
    window.controller.reload_cases(case_id)
    window.actions_.close_case.trigger()
    dialog = window.dialogs.last_dialog
    assert isinstance(dialog, CloseCaseDialog)
    dialog.unresolved.setChecked(True)
    dialog.outcome.setPlainText("Gave up after the ombudsman refused")
    dialog.close_button.click()
    case = workspace.cases.detail(case_id)
    assert case.status is CaseStatus.CLOSED_UNRESOLVED
    assert case.closing_outcome == "Gave up after the ombudsman refused"
    assert not window.actions_.close_case.isEnabled()


def test_a_stage_change_is_edited_then_deleted_with_undo(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, clock: FixedClock
) -> None:
    case_id = workspace.cases.create(CaseInput(title="Coat never delivered"))
    workspace.journal.record_stage(case_id, StageInput(stage=Stage.FORMAL_COMPLAINT, occurred_at=clock.now(),
                                                       zone="Europe/Paris", reference="FC-1"))
    window.controller.reload_cases(case_id)
    journal = window.journal
    window.page.timeline.edit_requested.emit(_entry(window, TrashKind.STAGE_CHANGE))
    dialog = journal.last_dialog
    assert isinstance(dialog, StageEditDialog)
    dialog.reference.setText("FC-2024-118")
    dialog.note.setPlainText("Sent by registered letter")
    assert dialog.save()
    stage = workspace.cases.detail(case_id).stages[0]
    assert (stage.reference, stage.note) == ("FC-2024-118", "Sent by registered letter")
    window.page.timeline.edit_requested.emit(_entry(window, TrashKind.STAGE_CHANGE))
    dialog = journal.last_dialog
    assert isinstance(dialog, StageEditDialog)
    dialog.delete_button.click()
    assert workspace.cases.detail(case_id).stages == ()
    assert window.page.undo_bar.can_undo
    window.page.undo_bar.undo()
    assert workspace.cases.detail(case_id).stage is Stage.FORMAL_COMPLAINT
