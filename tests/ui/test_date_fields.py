"""Dates are typed whole, in the locale's order or ISO; an impossible date is refused, never bent."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from casekeeper.domain.dto import CaseInput
from casekeeper.services.workspace import Workspace
from casekeeper.ui.app.main_window import MainWindow
from casekeeper.ui.cases.new_case import NewCaseDialog
from casekeeper.ui.common.date_text import NotADateError, order_of, parse_date, parse_time
from casekeeper.ui.common.datetime_fields import DateField
from casekeeper.ui.common.i18n import install_language
from casekeeper.ui.journal.log_contact import LogContactDialog


@pytest.mark.parametrize(
    ("text", "order", "day"),
    [
        ("12/09/2026", "DMY", date(2026, 9, 12)),
        ("12.9.26", "DMY", date(2026, 9, 12)),
        ("2026-09-12", "DMY", date(2026, 9, 12)),
        ("2026-09-12", "MDY", date(2026, 9, 12)),
        ("09/12/2026", "MDY", date(2026, 9, 12)),
        ("29/02/2028", "DMY", date(2028, 2, 29)),
    ],
)
def test_a_whole_date_is_read_in_the_locale_order_or_iso(text: str, order: str, day: date) -> None:
    assert parse_date(text, order) == day


@pytest.mark.parametrize("text", ["31/02/2026", "29/02/2027", "12/13/2026", "1/1/1800", "tomorrow", "12/09"])
def test_an_impossible_date_is_refused(text: str) -> None:
    with pytest.raises(NotADateError):
        parse_date(text, "DMY")


def test_times_and_orders() -> None:
    assert (parse_time("9h30").hour, parse_time("9h30").minute) == (9, 30)
    assert parse_time("14:05").minute == 5
    with pytest.raises(NotADateError):
        parse_time("25:00")
    assert order_of("dd/MM/yyyy") == "DMY" and order_of("M/d/yy") == "MDY" and order_of("yyyy-MM-dd") == "YMD"


def _log_dialog(window: MainWindow, workspace: Workspace) -> tuple[int, LogContactDialog]:
    case_id = workspace.cases.create(CaseInput(title="Coat never delivered"))
    window.controller.reload_cases(case_id)
    dialog = window.dialogs.log_contact()
    assert isinstance(dialog, LogContactDialog)
    return case_id, dialog


def _type_over(qtbot: QtBot, field: DateField, text: str) -> None:
    field.line.setFocus()
    qtbot.keyClick(field.line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field.line, text)


def test_a_date_typed_over_the_old_one_is_the_date_typed(
    qtbot: QtBot, window: MainWindow, workspace: Workspace
) -> None:
    case_id, dialog = _log_dialog(window, workspace)
    _type_over(qtbot, dialog.form.when.date, "12/09/2026")
    dialog.form.when.time.setText("10:15")
    dialog.form.summary.setPlainText("Called about the refund")
    assert dialog.save()
    [logged] = workspace.cases.detail(case_id).interactions
    local = logged.occurred_at.astimezone(__import__("zoneinfo").ZoneInfo(logged.zone))
    assert (local.day, local.month, local.year, local.hour, local.minute) == (12, 9, 2026, 10, 15)


def test_an_impossible_date_is_refused_with_a_message_and_nothing_is_written(
    qtbot: QtBot, window: MainWindow, workspace: Workspace
) -> None:
    case_id, dialog = _log_dialog(window, workspace)
    _type_over(qtbot, dialog.form.when.date, "31/02/2026")
    dialog.form.summary.setPlainText("Called about the refund")
    assert dialog.save() is False
    assert dialog.form.errors.is_marked("at")
    assert dialog.form.when.date.text() == "31/02/2026"  # kept as typed, not bent to 03/02
    assert workspace.cases.detail(case_id).interactions == ()


def test_a_date_typed_in_a_field_that_was_unknown_is_kept(
    qtbot: QtBot, window: MainWindow, workspace: Workspace
) -> None:
    case_id, dialog = _log_dialog(window, workspace)
    due = dialog.form.promise_due
    assert due.text() == "" and "unknown" in due.line.placeholderText()
    dialog.form.promise_text.setText("Refund within 5 working days")
    _type_over(qtbot, dialog.form.promise_due, "2026-12-04")
    assert dialog.save()
    [promise] = workspace.cases.detail(case_id).promises
    assert promise.due_date == date(2026, 12, 4)


def test_the_calendar_opens_at_today_or_at_the_case_date(window: MainWindow, workspace: Workspace) -> None:
    _case_id, dialog = _log_dialog(window, workspace)
    due = dialog.form.promise_due
    due.open_calendar()
    contact_day = dialog.form.when.instant().astimezone().date()
    assert due.calendar.selectedDate().toPython() == contact_day
    due._menu.close()
    field = DateField(optional=True)
    field.open_calendar()
    assert field.calendar.selectedDate().toPython() == date.today()
    field._menu.close()
    field.set_date(date(2025, 3, 7))
    field.open_calendar()
    assert field.calendar.yearShown() == 2025 and field.calendar.monthShown() == 3
    field._menu.close()


def test_a_purchase_date_that_is_no_date_is_marked(window: MainWindow, workspace: Workspace) -> None:
    dialog = window.dialogs.new_case()
    assert isinstance(dialog, NewCaseDialog)
    dialog.form.title.setText("Coat")
    dialog.form.purchase_date.line.setText("30/02/2026")
    assert dialog.save() is False
    assert dialog.form.errors.is_marked("purchase date")
    dialog.form.purchase_date.line.setText("")
    assert dialog.save()
    [summary] = workspace.cases.summaries()
    assert workspace.cases.detail(summary.id).purchase_date is None


def test_in_french_the_field_speaks_french_and_reads_day_month_year(qapp: QApplication) -> None:
    install_language(qapp, "fr")
    field = DateField(optional=True)
    assert "inconnue" in field.line.placeholderText()
    field.line.setText("12/09/2026")
    assert field.value() == date(2026, 9, 12)
    field.line.setText("31/02/2026")
    with pytest.raises(Exception, match="n’est pas une date"):
        field.value()


@pytest.mark.parametrize(("language", "typed", "shown", "hint"), [
    ("de", "31.12.2026", "31.12.2026", "zum Beispiel 31.12.2026 oder 2026-12-31"),
    ("de", "2026-12-31", "31.12.2026", "zum Beispiel 31.12.2026 oder 2026-12-31"),
    ("sv", "2026-12-31", "2026-12-31", "till exempel 2026-12-31"),
])
def test_in_german_and_swedish_the_field_reads_the_locale_order(
    qapp: QApplication, language: str, typed: str, shown: str, hint: str
) -> None:
    install_language(qapp, language)
    field = DateField()
    assert field.line.placeholderText() == hint
    field.line.setText(typed)
    assert field.value() == date(2026, 12, 31)
    field.set_date(date(2026, 12, 31))
    assert field.text() == shown


@pytest.mark.parametrize(("language", "typed"), [("de", "12/31/2026"), ("sv", "31.12.2026")])
def test_a_date_in_another_locale_order_is_refused_in_the_language(
    qapp: QApplication, language: str, typed: str
) -> None:
    install_language(qapp, language)
    field = DateField()
    field.line.setText(typed)
    with pytest.raises(Exception, match={"de": "kein gültiges Datum", "sv": "inget datum"}[language]):
        field.value()
