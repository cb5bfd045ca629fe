"""Every form holding typed content asks before Escape, Cancel or closing throw it away."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from casekeeper.domain.dto import CaseInput, InteractionInput, PromiseInput, StageInput
from casekeeper.domain.enums import Channel, Stage, TrashKind
from casekeeper.services.clock import FixedClock
from casekeeper.services.workspace import Workspace
from casekeeper.ui.app.main_window import MainWindow
from casekeeper.ui.common.discard_guard import DiscardGuard

Opener = Callable[[MainWindow, Workspace, FixedClock], tuple[QDialog, QLineEdit | QPlainTextEdit]]


def _case(window: MainWindow, workspace: Workspace, clock: FixedClock) -> int:
    case_id = workspace.cases.create(CaseInput(title="Coat never delivered"))
    workspace.journal.log(
        case_id,
        InteractionInput(occurred_at=clock.now() - timedelta(days=3), zone="Europe/Paris",
                         channel=Channel.PHONE, summary="Refund promised"),
        PromiseInput(text="Refund within 5 working days", due_date=date(2026, 11, 20)),
    )
    workspace.journal.record_stage(
        case_id, StageInput(stage=Stage.SUPERVISOR, occurred_at=clock.now() - timedelta(days=1),
                            zone="Europe/Paris", reference="SV-1")
    )
    window.controller.reload_cases(case_id)
    return case_id


def _entry(window: MainWindow, kind: TrashKind):  # type: ignore[no-untyped-def]
    return next(e for e in window.page.timeline_model._entries if e.kind is kind)  # type: ignore[attr-defined]


def _log(window: MainWindow, workspace: Workspace, clock: FixedClock):  # type: ignore[no-untyped-def]
    _case(window, workspace, clock)
    dialog = window.dialogs.log_contact()
    return dialog, dialog.form.summary  # type: ignore[union-attr]


def _edit_contact(window: MainWindow, workspace: Workspace, clock: FixedClock):  # type: ignore[no-untyped-def]
    _case(window, workspace, clock)
    dialog = window.dialogs.edit_entry(_entry(window, TrashKind.INTERACTION))
    return dialog, dialog.form.summary  # type: ignore[union-attr]


def _new_case(window: MainWindow, workspace: Workspace, clock: FixedClock):  # type: ignore[no-untyped-def]
    dialog = window.dialogs.new_case()
    return dialog, dialog.form.merchant  # type: ignore[attr-defined]


def _escalate(window: MainWindow, workspace: Workspace, clock: FixedClock):  # type: ignore[no-untyped-def]
    _case(window, workspace, clock)
    dialog = window.dialogs.escalate()
    return dialog, dialog.reference  # type: ignore[union-attr]


def _edit_stage(window: MainWindow, workspace: Workspace, clock: FixedClock):  # type: ignore[no-untyped-def]
    _case(window, workspace, clock)
    window.page.timeline.edit_requested.emit(_entry(window, TrashKind.STAGE_CHANGE))
    dialog = window.journal.last_dialog
    return dialog, dialog.note  # type: ignore[union-attr]


def _close_case(window: MainWindow, workspace: Workspace, clock: FixedClock):  # type: ignore[no-untyped-def]
    _case(window, workspace, clock)
    window.actions_.close_case.trigger()
    dialog = window.dialogs.last_dialog
    return dialog, dialog.outcome  # type: ignore[union-attr]


def _settle(window: MainWindow, workspace: Workspace, clock: FixedClock):  # type: ignore[no-untyped-def]
    _case(window, workspace, clock)
    menu = window.journal.entry_menu(_entry(window, TrashKind.INTERACTION))
    actions = [a for m in [menu, *[a.menu() for a in menu.actions() if a.menu()]] for a in m.actions()]
    next(a for a in actions if a.text() == "Mark &broken…").trigger()
    dialog = window.journal.last_dialog
    return dialog, dialog.note  # type: ignore[union-attr]


def _mark_sent(window: MainWindow, workspace: Workspace, clock: FixedClock):  # type: ignore[no-untyped-def]
    from casekeeper.services.sample_case import create_sample_case

    window.controller.reload_cases(create_sample_case(workspace))
    letter = window.letters.open_letter()
    dialog = letter.ask_sent()  # type: ignore[union-attr]
    return dialog, dialog.tracking


def _correct_hours(window: MainWindow, workspace: Workspace, clock: FixedClock):  # type: ignore[no-untyped-def]
    dialog = window.contact.correct("channels.phone.hours")
    return dialog, dialog.page.form.value


def _preferences(window: MainWindow, workspace: Workspace, clock: FixedClock):  # type: ignore[no-untyped-def]
    dialog = window.dialogs.preferences()
    page = dialog.pages.widget(2)  # type: ignore[attr-defined]
    page.form.select("channels.phone.number")
    return dialog, page.form.value


def _contact_message(window: MainWindow, workspace: Workspace, clock: FixedClock):  # type: ignore[no-untyped-def]
    _case(window, workspace, clock)
    dialog = window.dialogs.contact_klarna()
    box = next(box for box in dialog.cards if hasattr(box, "message"))  # type: ignore[union-attr]
    return dialog, box.message


FORMS = {
    "mark a letter sent": _mark_sent,
    "correct Klarna's hours": _correct_hours,
    "preferences, corrections": _preferences,
    "contact Klarna, opening message": _contact_message,
    "log a contact": _log,
    "edit a contact": _edit_contact,
    "new case": _new_case,
    "escalate": _escalate,
    "edit a stage": _edit_stage,
    "close the case": _close_case,
    "settle a promise": _settle,
}


def _type(field: QLineEdit | QPlainTextEdit, text: str) -> None:
    if isinstance(field, QLineEdit):
        field.setText(text)
    else:
        field.setPlainText(text)


def _question(dialog: QDialog) -> QMessageBox:
    guard = getattr(dialog, "guard", None)
    assert isinstance(guard, DiscardGuard) and guard.question is not None
    assert guard.question.isVisible()
    return guard.question


def _answer(box: QMessageBox, text: str) -> None:
    next(button for button in box.buttons() if button.text().replace("&", "") == text).click()


@pytest.mark.parametrize("name", FORMS)
def test_escape_with_typing_asks_and_keep_editing_keeps_it(
    name: str, qtbot: QtBot, window: MainWindow, workspace: Workspace, clock: FixedClock
) -> None:
    dialog, field = FORMS[name](window, workspace, clock)
    assert dialog.isVisible()
    _type(field, "A long pasted transcript " * 20)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    _answer(_question(dialog), "Keep editing")
    assert dialog.isVisible()
    text = field.text() if isinstance(field, QLineEdit) else field.toPlainText()
    assert text.startswith("A long pasted transcript")


@pytest.mark.parametrize("name", FORMS)
def test_cancel_or_closing_with_typing_asks_and_discard_closes(
    name: str, window: MainWindow, workspace: Workspace, clock: FixedClock
) -> None:
    dialog, field = FORMS[name](window, workspace, clock)
    _type(field, "Something typed")
    boxes = dialog.findChildren(QDialogButtonBox)
    cancel = next(
        (b for box in boxes for b in box.buttons()
         if box.buttonRole(b) == QDialogButtonBox.ButtonRole.RejectRole),
        None,
    )
    if cancel is not None:
        cancel.click()
    else:
        dialog.close()
    assert dialog.isVisible()
    _answer(_question(dialog), "Discard")
    assert not dialog.isVisible()


@pytest.mark.parametrize("name", FORMS)
def test_nothing_typed_closes_at_once(
    name: str, qtbot: QtBot, window: MainWindow, workspace: Workspace, clock: FixedClock
) -> None:
    dialog, _field = FORMS[name](window, workspace, clock)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_closing_the_window_of_a_form_asks_too(
    window: MainWindow, workspace: Workspace, clock: FixedClock
) -> None:
    dialog, field = _log(window, workspace, clock)
    _type(field, "Typed")
    dialog.close()
    assert dialog.isVisible()
    _answer(_question(dialog), "Discard")
    assert not dialog.isVisible()


def test_save_and_log_another_keeps_the_date_and_starts_clean(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, clock: FixedClock
) -> None:
    case_id = _case(window, workspace, clock)
    dialog = window.dialogs.log_contact()
    assert dialog is not None
    dialog.form.when.date.line.setText("03/10/2026")  # type: ignore[attr-defined]
    dialog.form.summary.setPlainText("First of a back-filled history")  # type: ignore[attr-defined]
    dialog.again_button.click()  # type: ignore[attr-defined]
    assert len(workspace.cases.detail(case_id).interactions) == 2
    assert dialog.form.when.date.text() == "03/10/2026"  # type: ignore[attr-defined]
    assert dialog.form.summary.toPlainText() == ""  # type: ignore[attr-defined]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_hours_rows_count_as_typing_in_corrections(window: MainWindow) -> None:
    dialog, _field = _correct_hours(window, None, None)  # type: ignore[arg-type]
    row = dialog.page.form.hours.rows[5]  # Saturday
    row.open.setChecked(not row.open.isChecked())
    dialog.close()
    assert dialog.isVisible()
    _answer(_question(dialog), "Discard")
    assert not dialog.isVisible()


def test_choosing_another_entry_asks_before_losing_a_typed_value(window: MainWindow) -> None:
    dialog, field = _correct_hours(window, None, None)  # type: ignore[arg-type]
    form = dialog.page.form
    field.setPlainText("Mo-Sa 08:00-20:00")
    form.select("channels.phone.number")
    assert form.current_key() == "channels.phone.hours"
    assert form.question is not None and form.question.isVisible()
    _answer(form.question, "Discard")
    assert form.current_key() == "channels.phone.number"


def test_copying_the_opening_message_counts_as_using_it(window: MainWindow, workspace: Workspace,
                                                       clock: FixedClock) -> None:
    dialog, field = _contact_message(window, workspace, clock)
    field.setPlainText("Hello, my order 1234 never came.")
    next(box for box in dialog.cards if hasattr(box, "message")).message_copy.click()
    dialog.close()
    assert not dialog.isVisible()


def test_ok_in_preferences_saves_a_typed_correction(window: MainWindow, workspace: Workspace,
                                                   clock: FixedClock) -> None:
    dialog, field = _preferences(window, workspace, clock)
    field.setPlainText("+33 1 00 00 00 00")
    dialog.accept()
    assert [(v.key, v.value) for v in workspace.rules.overrides("FR")] == [
        ("channels.phone.number", "+33 1 00 00 00 00")]


def test_a_refresh_keeps_unsaved_details(window: MainWindow, workspace: Workspace, clock: FixedClock) -> None:
    case_id = _case(window, workspace, clock)
    window.page.details.form.title.setText("Coat, renamed but not saved")
    window.page.details.form.changed.emit()
    workspace.journal.log(case_id, InteractionInput(occurred_at=clock.now(), zone="Europe/Paris",
                                                    channel=Channel.CHAT, summary="Chat"))
    window.controller.refresh()
    assert window.page.details.dirty
    assert window.page.details.form.title.text() == "Coat, renamed but not saved"
