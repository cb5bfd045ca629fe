"""Call mode and chat mode: timers on the wall clock (a fake one here), notes, and the logged contact."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from casekeeper.domain.dto import CaseInput
from casekeeper.domain.enums import AgentKind, Channel
from casekeeper.services.clock import FixedClock
from casekeeper.services.workspace import Workspace
from casekeeper.ui.app.main_window import MainWindow
from casekeeper.ui.contact.live_call import LiveContactDialog
from casekeeper.ui.journal.log_contact import LogContactDialog


def _open_case(window: MainWindow, workspace: Workspace) -> int:
    case_id = workspace.cases.create(CaseInput(
        title="Coat never delivered", merchant="Nordvik Store", country="FR", order_ref="NV-2291",
        klarna_ref="KL-77", consumer_email="ana@example.org", remedy="A refund of the coat"))
    window.controller.reload_cases(case_id)
    return case_id


def _labels(dialog: LiveContactDialog) -> list[str]:
    from PySide6.QtWidgets import QLabel

    return [label.text() for label in dialog.findChildren(QLabel)]


def test_a_timed_call_is_logged_with_its_waiting_and_talking_minutes(
        window: MainWindow, workspace: Workspace, clock: FixedClock) -> None:
    case_id = _open_case(window, workspace)
    started = clock.instant
    call = window.dialogs.live_contact()
    assert isinstance(call, LiveContactDialog)
    assert call.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    labels = _labels(call)
    assert "<b>01 73 28 81 88</b>" in labels  # the French phone line, to copy
    assert {"KL-77", "NV-2291", "ana@example.org", "Nordvik Store", "A refund of the coat"} <= set(labels)
    clock.instant = started + timedelta(minutes=12, seconds=40)  # no tick in between: a sleep
    call.refresh()
    assert call.clock.text() == "Waiting 12:40"
    call.answered.click()
    clock.instant += timedelta(minutes=8, seconds=5)
    call.refresh()
    assert call.clock.text() == "Talking 8:05 (waited 12:40)"
    call.notes.setPlainText("Refund promised within 5 days")
    call.agent.setText("Sam")
    call.reference.setText("KL-1234")
    call.supervisor.setChecked(True)
    call.hang_up_button.click()
    assert not call.isVisible()
    log = window.dialogs.last_dialog
    assert isinstance(log, LogContactDialog)
    assert log.channels.channel() is Channel.PHONE
    assert (log.form.wait.value(), log.form.call.value()) == (13, 8)
    assert log.form.number.text() == "01 73 28 81 88"
    assert log.form.agent.text() == "Sam" and log.form.reference.text() == "KL-1234"
    assert log.form.summary.toPlainText() == "Refund promised within 5 days\nI asked for a supervisor."
    assert log.save()
    [logged] = workspace.cases.detail(case_id).interactions
    assert logged.occurred_at == started.replace(second=0)  # the form keeps minutes
    assert (logged.wait_minutes, logged.call_minutes) == (13, 8)
    assert logged.agent_kind is AgentKind.HUMAN and logged.number_dialled == "01 73 28 81 88"


def test_closing_the_call_window_by_mistake_asks_first(window: MainWindow, workspace: Workspace) -> None:
    _open_case(window, workspace)
    call = window.dialogs.live_contact()
    assert isinstance(call, LiveContactDialog)
    asked: list[bool] = []
    call.confirm_close = lambda: asked.append(True) or False  # "Cancel"
    call.close()
    assert asked and call.isVisible()
    call.confirm_close = lambda: True  # "Close"
    call.close()
    assert not call.isVisible()


def test_a_live_chat_keeps_its_transcript_pasted_at_the_end(
        window: MainWindow, workspace: Workspace, clock: FixedClock) -> None:
    case_id = _open_case(window, workspace)
    chat = window.dialogs.live_contact(Channel.CHAT)
    assert isinstance(chat, LiveContactDialog)
    clock.instant += timedelta(minutes=4)
    chat.answered.click()
    clock.instant += timedelta(minutes=10)
    chat.transcript.setPlainText("Agent: Hello, how can I help?\nMe: My coat never came.")
    chat.hang_up_button.click()
    log = window.dialogs.last_dialog
    assert isinstance(log, LogContactDialog)
    assert log.channels.channel() is Channel.CHAT and log.form.wait.value() == 4
    assert log.form.transcript.toPlainText().startswith("Agent: Hello")
    assert log.save()
    [logged] = workspace.cases.detail(case_id).interactions
    assert logged.transcript.endswith("My coat never came.") and logged.call_minutes is None


def test_the_contact_cards_start_call_mode_and_chat_mode(window: MainWindow, workspace: Workspace) -> None:
    _open_case(window, workspace)
    contact = window.dialogs.contact_klarna()
    assert contact is not None
    buttons = {button.text(): button for box in contact.cards for button in box.findChildren(QPushButton)}
    assert "Chat mode…" in buttons
    buttons["Call mode…"].click()
    call = window.dialogs.live_dialog
    assert isinstance(call, LiveContactDialog) and call.channel is Channel.PHONE
    assert call.number == "01 73 28 81 88"
    call.confirm_close = lambda: True
    call.close()
    contact.close()


def test_case_menu_has_call_and_chat_modes(window: MainWindow, workspace: Workspace) -> None:
    _open_case(window, workspace)
    assert window.actions_.call_klarna.isEnabled() and window.actions_.chat_klarna.isEnabled()
    window.actions_.call_klarna.trigger()
    assert isinstance(window.dialogs.live_dialog, LiveContactDialog)
    window.dialogs.live_dialog.confirm_close = lambda: True  # type: ignore[attr-defined]
    window.dialogs.live_dialog.close()


def _log_calls(workspace: Workspace, case_id: int, count: int) -> None:
    from casekeeper.domain.dto import InteractionInput

    monday_10 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    for n in range(count):
        workspace.journal.log(case_id, InteractionInput(
            occurred_at=monday_10 + timedelta(days=n % 3, hours=n), zone="Europe/Paris",
            channel=Channel.PHONE, wait_minutes=5 + 7 * n))


def test_contact_klarna_shows_the_best_time_to_call_from_five_calls(
        window: MainWindow, workspace: Workspace) -> None:
    from PySide6.QtWidgets import QLabel

    case_id = _open_case(window, workspace)
    _log_calls(workspace, case_id, 4)
    contact = window.dialogs.contact_klarna()
    assert contact is not None and not hasattr(contact, "best_time")
    contact.close()
    _log_calls(workspace, case_id, 1)
    contact = window.dialogs.contact_klarna()
    assert contact is not None
    box = contact.best_time  # type: ignore[attr-defined]
    [sentence] = [label.text() for label in box.findChildren(QLabel) if "logged calls" in label.text()]
    assert sentence.startswith("From your 5 logged calls, the shortest waits were on Monday around 10:00")
    contact.close()
