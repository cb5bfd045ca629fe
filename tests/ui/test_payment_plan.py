"""Case → Payment plan…: quick entry, editable schedule, the pause in the header and the Due view."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QComboBox, QMenu
from pytestqt.qtbot import QtBot

from casekeeper.domain.dto import CaseInput, InteractionInput
from casekeeper.domain.enums import Channel, InstalmentState, ProblemCategory
from casekeeper.services.workspace import Workspace
from casekeeper.ui.app.main_window import MainWindow
from casekeeper.ui.common.i18n import install_language
from casekeeper.ui.common.settings import Settings


def _case(window: MainWindow, workspace: Workspace) -> int:
    case_id = workspace.cases.create(CaseInput(
        title="Manteau", country="FR", problem=ProblemCategory.GOODS_NOT_RECEIVED,
        currency="EUR", amount=Decimal("74.50")))
    workspace.journal.log(case_id, InteractionInput(
        occurred_at=datetime(2026, 11, 20, 9, 0, tzinfo=UTC), zone="Europe/Paris",
        channel=Channel.APP, summary="Reported a problem"))
    window.controller.reload_cases(case_id)
    return case_id


def test_the_case_menu_offers_the_plan(window: MainWindow) -> None:
    menu = window.menus["case"]
    assert isinstance(menu, QMenu) and window.actions_.payment_plan in menu.actions()


def test_a_quick_schedule_is_made_corrected_and_saved(qtbot: QtBot, window: MainWindow,
                                                      workspace: Workspace) -> None:
    case_id = _case(window, workspace)
    dialog = window.plan.open()
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.total, "74,50")
    dialog.first.setDate(QDate(2026, 11, 1))
    dialog.make.click()
    assert dialog.table.rowCount() == 3
    assert [dialog.table.item(row, 1).text() for row in range(3)] == ["24.84", "24.83", "24.83"]
    states = dialog.table.cellWidget(0, 2)
    assert isinstance(states, QComboBox)
    states.setCurrentIndex(states.findData(InstalmentState.PAID.value))
    dialog.table.item(0, 3).setText("2026-11-01")
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    view = workspace.plans.view(case_id)
    assert view is not None
    assert [(item.due_date, item.state) for item in view.instalments] == [
        (date(2026, 11, 1), InstalmentState.PAID), (date(2026, 12, 1), InstalmentState.DUE),
        (date(2027, 1, 1), InstalmentState.DUE)]
    # reported on 2026-11-20 + 21 calendar days = 2026-12-11; the 1 December payment is held
    assert view.pause is not None and view.pause.ends_on == date(2026, 12, 11)
    header = window.page.header.pause_line
    assert header.isVisibleTo(window) and "Payments paused until 11 December 2026" in header.text()
    keys = [item.deadline.key for item in workspace.deadlines.due()]
    assert f"payment-pause:{case_id}" in keys
    model = window.page.deadline_model
    labels = [model.index(row, column).data() for row in range(model.rowCount())
              for column in range(model.columnCount())]
    assert any("resumes unless the pause is extended" in str(label) for label in labels), labels


def test_a_refused_amount_keeps_the_dialog_open(qtbot: QtBot, window: MainWindow,
                                                workspace: Workspace) -> None:
    case_id = _case(window, workspace)
    dialog = window.plan.open()
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.total, "lots")
    dialog.make.click()
    assert dialog.error.text() and dialog.table.rowCount() == 0
    assert workspace.plans.view(case_id) is None


def test_a_reminder_warns_before_the_paused_payment_resumes(window: MainWindow,
                                                            workspace: Workspace) -> None:
    from casekeeper.services.plan_schedule import quick_schedule

    case_id = _case(window, workspace)  # reported 2026-11-20: the pause ends 2026-12-11
    workspace.plans.set_schedule(case_id, quick_schedule(Decimal("74.50"), 3, date(2026, 12, 1)))
    window.settings.reminder_days = (30,)  # the test clock says 2026-11-24: 17 days before
    texts = window.deadlines.reminders.check()
    assert any("Manteau: Your paused payment of 24.84 EUR resumes unless the pause is extended "
               "by" in text and "(17 days left)" in text for text in texts), texts


@pytest.mark.parametrize(("language", "shown", "typed", "wrong"), [
    ("de", "01.12.2026", "15.01.2027", "31.02.2027"),
    ("en", "01/12/2026", "15/01/2027", "31/02/2027"),
    ("sv", "2026-12-01", "2027-01-15", "2027-02-31"),
])
def test_the_schedule_shows_and_reads_dates_in_the_locale_order(
    qtbot: QtBot, qapp: QApplication, workspace: Workspace, settings: Settings,
    language: str, shown: str, typed: str, wrong: str,
) -> None:
    install_language(qapp, language)
    window = MainWindow(workspace, settings)
    qtbot.addWidget(window)
    window.show()
    window.load()
    case_id = _case(window, workspace)
    dialog = window.plan.open()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.total.setText("74")
    dialog.first.setDate(QDate(2026, 11, 1))
    dialog.make.click()
    assert dialog.table.item(1, 0).text() == shown
    dialog.table.item(2, 0).setText(wrong)
    dialog.save()
    assert wrong in dialog.error.text() and "is not accepted" not in dialog.error.text()
    dialog.table.item(2, 0).setText(typed)
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    view = workspace.plans.view(case_id)
    assert view is not None
    assert [item.due_date for item in view.instalments] == [
        date(2026, 11, 1), date(2026, 12, 1), date(2027, 1, 15)]
