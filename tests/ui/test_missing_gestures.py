"""A promise added to a logged contact or on its own; a "remind me when it opens" cancelled."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QPushButton

from casekeeper.domain.dto import CaseInput, InteractionInput
from casekeeper.domain.enums import Channel, TrashKind
from casekeeper.services.clock import FixedClock
from casekeeper.services.workspace import Workspace
from casekeeper.ui.app.main_window import MainWindow
from casekeeper.ui.journal.add_promise import AddPromiseDialog


def _case(window: MainWindow, workspace: Workspace, clock: FixedClock) -> tuple[int, int]:
    case_id = workspace.cases.create(CaseInput(title="Coat never delivered"))
    contact = workspace.journal.log(case_id, InteractionInput(
        occurred_at=clock.now(), zone="Europe/Paris", channel=Channel.PHONE, summary="Called"))
    window.controller.reload_cases(case_id)
    return case_id, contact


def test_a_promise_is_added_to_a_logged_contact_from_its_menu(
    window: MainWindow, workspace: Workspace, clock: FixedClock
) -> None:
    case_id, contact = _case(window, workspace, clock)
    entry = next(e for e in window.page.timeline_model._entries  # type: ignore[attr-defined]
                 if e.kind is TrashKind.INTERACTION)
    menu = window.journal.entry_menu(entry)
    adding = next(a for a in menu.actions() if a.text() == "Add a &promise to this contact…")
    adding.trigger()
    dialog = window.journal.last_dialog
    assert isinstance(dialog, AddPromiseDialog) and dialog.contact.currentData() == contact
    dialog.text.setText("Refund within 5 working days")
    dialog.due.line.setText("04/12/2026")
    assert dialog.save()
    [promise] = workspace.cases.detail(case_id).promises
    assert (promise.text, promise.due_date, promise.interaction_id) == (
        "Refund within 5 working days", date(2026, 12, 4), contact)


def test_a_promise_is_added_on_its_own_from_the_case_menu(
    window: MainWindow, workspace: Workspace, clock: FixedClock
) -> None:
    case_id, _contact = _case(window, workspace, clock)
    assert window.actions_["add_promise"].isEnabled()
    window.actions_["add_promise"].trigger()
    dialog = window.journal.last_dialog
    assert isinstance(dialog, AddPromiseDialog) and dialog.contact.currentData() is None
    assert dialog.save() is False  # no text: marked, nothing written
    assert dialog.errors.is_marked("promise")
    dialog.text.setText("Call back tomorrow")
    assert dialog.save()
    [promise] = workspace.cases.detail(case_id).promises
    assert promise.interaction_id is None and promise.due_date is None


def test_a_reminder_when_it_opens_can_be_cancelled(window: MainWindow, clock: FixedClock) -> None:
    clock.instant = clock.instant.replace(hour=22)  # evening in Paris: the phone is closed
    dialog = window.dialogs.contact_klarna()
    assert dialog is not None
    button = next(b for box in dialog.cards for b in box.findChildren(QPushButton)
                  if b.text() == "Remind me when it opens")
    button.click()
    assert button.text() == "Cancel the reminder" and button.isEnabled()
    reminders = window.deadlines.reminders
    assert window.workspace.reminders.waiting()
    button.click()
    assert button.text() == "Remind me when it opens" and window.workspace.reminders.waiting() == []
    clock.instant = clock.instant.replace(hour=23)
    assert reminders.check() == []


def test_an_edited_contact_can_be_undone(window: MainWindow, workspace: Workspace, clock: FixedClock) -> None:
    from casekeeper.ui.journal.log_contact import LogContactDialog

    case_id, _contact = _case(window, workspace, clock)
    entry = next(e for e in window.page.timeline_model._entries  # type: ignore[attr-defined]
                 if e.kind is TrashKind.INTERACTION)
    dialog = window.dialogs.edit_entry(entry)
    assert isinstance(dialog, LogContactDialog)
    dialog.form.summary.setPlainText("Called twice, nobody answered")
    assert dialog.save()
    assert workspace.cases.detail(case_id).interactions[0].summary == "Called twice, nobody answered"
    assert window.page.undo_bar.can_undo and "Contact changed" in window.page.undo_bar.message.text()
    window.actions_.undo.trigger()
    assert workspace.cases.detail(case_id).interactions[0].summary == "Called"


def test_saved_details_can_be_undone(window: MainWindow, workspace: Workspace, clock: FixedClock) -> None:
    case_id, _contact = _case(window, workspace, clock)
    details = window.page.details
    details.form.title.setText("Coat never delivered, refund refused")
    details.form.changed.emit()
    assert window.controller.save_details()
    assert workspace.cases.detail(case_id).title == "Coat never delivered, refund refused"
    window.page.undo_bar.undo()
    assert workspace.cases.detail(case_id).title == "Coat never delivered"
    assert details.form.title.text() == "Coat never delivered"


def test_an_edited_step_can_be_undone(window: MainWindow, workspace: Workspace, clock: FixedClock) -> None:
    from casekeeper.domain.dto import StageInput
    from casekeeper.domain.enums import Stage
    from casekeeper.ui.journal.stage_edit import StageEditDialog

    case_id, _contact = _case(window, workspace, clock)
    workspace.journal.record_stage(case_id, StageInput(stage=Stage.SUPERVISOR, occurred_at=clock.now(),
                                                       zone="Europe/Paris", reference="SV-1"))
    window.controller.refresh()
    entry = next(e for e in window.page.timeline_model._entries  # type: ignore[attr-defined]
                 if e.kind is TrashKind.STAGE_CHANGE)
    window.page.timeline.edit_requested.emit(entry)
    dialog = window.journal.last_dialog
    assert isinstance(dialog, StageEditDialog)
    dialog.reference.setText("SV-2")
    assert dialog.save()
    assert workspace.cases.detail(case_id).stages[0].reference == "SV-2"
    window.page.undo_bar.undo()
    assert workspace.cases.detail(case_id).stages[0].reference == "SV-1"


def test_i_asked_for_a_supervisor_is_kept_and_shown(
    window: MainWindow, workspace: Workspace, clock: FixedClock
) -> None:
    from casekeeper.ui.journal.log_contact import LogContactDialog

    case_id, _contact = _case(window, workspace, clock)
    dialog = window.dialogs.log_contact()
    assert isinstance(dialog, LogContactDialog)
    dialog.form.summary.setPlainText("Asked for a supervisor, was told to wait")
    dialog.form.asked_supervisor.setChecked(True)
    assert dialog.save()
    logged = [view for view in workspace.cases.detail(case_id).interactions if view.asked_for_supervisor]
    assert len(logged) == 1
    model = window.page.timeline_model
    entry = model.entry_at(model.row_of(logged[0].id, TrashKind.INTERACTION))
    assert entry is not None
    assert any(badge.text == "asked for a supervisor" for badge in entry.badges)
    edit = window.dialogs.edit_entry(entry)
    assert isinstance(edit, LogContactDialog) and edit.form.asked_supervisor.isChecked()
    edit.done(0)
