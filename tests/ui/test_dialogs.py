"""Dialogs refuse bad values where they are typed, write nothing, and keep what was typed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from casekeeper.domain.dto import CaseInput
from casekeeper.domain.enums import Channel, ProblemCategory, Stage
from casekeeper.services.workspace import Workspace
from casekeeper.ui.app.main_window import MainWindow
from casekeeper.ui.cases.new_case import NewCaseDialog
from casekeeper.ui.common.datetime_fields import set_date
from casekeeper.ui.journal.escalate import EscalateDialog
from casekeeper.ui.journal.log_contact import LogContactDialog


def _open_case(window: MainWindow, workspace: Workspace) -> int:
    case_id = workspace.cases.create(CaseInput(title="Coat never delivered", merchant="Nordvik Store"))
    window.controller.reload_cases(case_id)
    return case_id


def test_a_promise_date_without_text_is_marked_and_nothing_is_written(
    window: MainWindow, workspace: Workspace
) -> None:
    case_id = _open_case(window, workspace)
    dialog = window.dialogs.log_contact()
    assert isinstance(dialog, LogContactDialog)
    dialog.form.summary.setPlainText("They said the refund is on its way")
    set_date(dialog.form.promise_due, date(2026, 12, 1))
    assert dialog.save() is False
    assert dialog.form.errors.is_marked("promise")
    assert dialog.isVisible()
    assert dialog.form.summary.toPlainText() == "They said the refund is on its way"
    assert workspace.cases.detail(case_id).interactions == ()


def test_the_log_dialog_starts_now_with_the_last_channel_and_saves_on_enter(
    qtbot: QtBot, window: MainWindow, workspace: Workspace
) -> None:
    case_id = _open_case(window, workspace)
    window.settings.last_channel = Channel.CHAT.value
    dialog = window.dialogs.log_contact()
    assert isinstance(dialog, LogContactDialog)
    assert dialog.channels.channel() is Channel.CHAT
    assert dialog.form.when.dateTime().toSecsSinceEpoch() == int(workspace.clock.now().timestamp())
    assert not dialog.form.layout_.isRowVisible(dialog.form._rows[dialog.form.number])
    dialog.channels.set_channel(Channel.PHONE)
    assert dialog.form.layout_.isRowVisible(dialog.form._rows[dialog.form.number])
    dialog.form.agent.setText("Malik Osei")
    qtbot.keyClick(dialog.form.agent, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    logged = workspace.cases.detail(case_id).interactions
    assert [(view.channel, view.agent_name) for view in logged] == [(Channel.PHONE, "Malik Osei")]
    assert window.settings.last_channel == Channel.PHONE.value


def test_editing_a_contact_reuses_the_log_dialog(window: MainWindow, workspace: Workspace) -> None:
    case_id = _open_case(window, workspace)
    dialog = window.dialogs.log_contact()
    assert isinstance(dialog, LogContactDialog)
    dialog.form.summary.setPlainText("First words")
    assert dialog.save()
    entry = window.page.timeline_model.entry_at(1)
    assert entry is not None
    edit = window.dialogs.edit_entry(entry)
    assert isinstance(edit, LogContactDialog)
    assert edit.form.summary.toPlainText() == "First words"
    edit.form.summary.setPlainText("Corrected words")
    assert edit.save()
    assert workspace.cases.detail(case_id).interactions[0].summary == "Corrected words"


def test_a_new_case_without_a_title_is_marked(window: MainWindow, workspace: Workspace) -> None:
    dialog = window.dialogs.new_case()
    assert isinstance(dialog, NewCaseDialog)
    dialog.form.merchant.setText("Nordvik Store")
    dialog.form.title.clear()
    assert dialog.save() is False
    assert dialog.form.errors.is_marked("title")
    assert dialog.form.merchant.text() == "Nordvik Store"
    assert workspace.cases.summaries() == []


def test_a_template_fills_problem_and_remedy(window: MainWindow, workspace: Workspace) -> None:
    dialog = window.dialogs.new_case()
    assert isinstance(dialog, NewCaseDialog)
    dialog.choices.setCurrentRow(0)
    assert dialog.form.title.text() == "Order never delivered"
    assert "never arrived" in dialog.form.problem_text.toPlainText()
    assert dialog.save()
    [summary] = workspace.cases.summaries()
    assert workspace.cases.detail(summary.id).problem is ProblemCategory.GOODS_NOT_RECEIVED


def test_a_bad_amount_is_marked_next_to_the_field(window: MainWindow, workspace: Workspace) -> None:
    dialog = window.dialogs.new_case()
    assert isinstance(dialog, NewCaseDialog)
    dialog.form.title.setText("Coat")
    dialog.form.amount.setText("seventy")
    assert dialog.save() is False
    assert dialog.form.errors.is_marked("amount")
    assert dialog.form.amount.text() == "seventy"


def test_escalate_suggests_the_next_step_and_records_it(window: MainWindow, workspace: Workspace) -> None:
    case_id = _open_case(window, workspace)
    dialog = window.dialogs.escalate()
    assert isinstance(dialog, EscalateDialog)
    assert dialog.chosen() is Stage.FIRST_CONTACT  # nothing recorded yet: start with the first contact
    assert "Who handles it" in dialog.details.toPlainText()
    assert dialog.reason.text()
    dialog.reference.setText("SV-1209")
    assert dialog.save()
    detail = workspace.cases.detail(case_id)
    assert [stage.reference for stage in detail.stages] == ["SV-1209"]
    assert window.page.header.stepper.toolTip().startswith("Current stage")
