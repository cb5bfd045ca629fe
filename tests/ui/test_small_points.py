"""The smaller points: Delete in the case list, the closed marker, phone times, Escape in search."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from casekeeper.domain.dto import CaseInput, InteractionInput
from casekeeper.domain.enums import Channel, TrashKind
from casekeeper.services.clock import FixedClock
from casekeeper.services.workspace import Workspace
from casekeeper.ui.app.main_window import MainWindow
from casekeeper.ui.cases.case_list_model import CaseRole


def _case(window: MainWindow, workspace: Workspace, clock: FixedClock) -> int:
    case_id = workspace.cases.create(CaseInput(title="Coat never delivered", merchant="Nordvik"))
    workspace.journal.log(case_id, InteractionInput(
        occurred_at=clock.now(), zone="Europe/Paris", channel=Channel.PHONE, summary="Called",
        wait_minutes=12, call_minutes=9))
    window.controller.reload_cases(case_id)
    return case_id


def test_delete_in_the_case_list_asks_about_the_case_not_the_timeline(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, clock: FixedClock
) -> None:
    case_id = _case(window, workspace, clock)
    window.page.timeline.setCurrentIndex(window.page.timeline_model.index(1, 0))
    window.activateWindow()
    qtbot.waitActive(window)
    window.case_list.view.setFocus()
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Delete)
    assert window.case_deleter.question is not None and window.case_deleter.question.isVisible()
    window.case_deleter.question.reject()
    detail = workspace.cases.detail(case_id)
    assert len(detail.interactions) == 1 and workspace.trash.items() == []


def test_phone_contacts_show_waiting_and_call_time(
    window: MainWindow, workspace: Workspace, clock: FixedClock
) -> None:
    _case(window, workspace, clock)
    entry = next(e for e in window.page.timeline_model._entries  # type: ignore[attr-defined]
                 if e.kind is TrashKind.INTERACTION)
    assert "waited 12 min" in entry.title and "call 9 min" in entry.title


def test_a_closed_case_is_marked_and_quiet_in_the_list(
    window: MainWindow, workspace: Workspace, clock: FixedClock
) -> None:
    case_id = _case(window, workspace, clock)
    workspace.cases.close(case_id, "Refunded", resolved=True)
    window.case_list.set_status_filter("all")
    window.controller.reload_cases(case_id)
    index = window.case_model.index(0, 0)
    assert index.data(CaseRole.SUBTITLE).startswith("Resolved · ")
    assert index.data(CaseRole.BADGE) == ""


def test_escape_clears_the_search(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    window.search.setFocus()
    window.search.setText("Nordvik")
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Escape)
    assert window.search.text() == ""


def test_a_search_without_result_says_so(qtbot: QtBot, window: MainWindow, workspace: Workspace,
                                         clock: FixedClock) -> None:
    _case(window, workspace, clock)
    window.search.setText("zzqxv")
    window.controller._run_search()
    assert window.case_list.no_match.isVisibleTo(window) and "zzqxv" in window.case_list.no_match.text()
    window.search.setText("Nordvik")
    window.controller._run_search()
    assert not window.case_list.no_match.isVisibleTo(window)


def test_a_new_case_has_a_timeline_that_says_what_to_do(window: MainWindow, workspace: Workspace) -> None:
    case_id = workspace.cases.create(CaseInput(title="Refund never arrived"))
    window.controller.reload_cases(case_id)
    window.controller.show_case(case_id)
    assert window.page.timeline_model.rowCount() == 0
    assert "Ctrl+L" in window.page.timeline.empty_text
    window.page.timeline.grab()  # paints the words without error


def _overdue_case(window: MainWindow, workspace: Workspace, clock: FixedClock) -> int:
    from datetime import timedelta

    from casekeeper.domain.dto import PromiseInput, StageInput
    from casekeeper.domain.enums import Stage

    case_id = workspace.cases.create(CaseInput(title="Coat never delivered", merchant="Nordvik"))
    long_ago = clock.now() - timedelta(days=90)
    workspace.journal.log(case_id, InteractionInput(occurred_at=long_ago, zone="Europe/Paris",
                                                    channel=Channel.PHONE, summary="Refund promised"),
                          PromiseInput(text="Refund in 5 days",
                                       due_date=(long_ago + timedelta(days=5)).date()))
    workspace.journal.record_stage(case_id, StageInput(stage=Stage.FORMAL_COMPLAINT, occurred_at=long_ago,
                                                       zone="Europe/Paris", reference="FC-1"))
    window.controller.reload_cases(case_id)
    return case_id


def _red_rows(window: MainWindow) -> list[str]:
    model = window.page.deadline_model
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())
            if model.index(row, 3).data(Qt.ItemDataRole.ForegroundRole) is not None]


def test_a_closed_case_shows_no_overdue_deadline_and_says_why(
    window: MainWindow, workspace: Workspace, clock: FixedClock
) -> None:
    case_id = _overdue_case(window, workspace, clock)
    assert _red_rows(window)  # open: the passed clocks are red
    assert any(item.case_id == case_id for item in workspace.deadlines.due())
    workspace.cases.close(case_id, "Refunded in the end", resolved=True)
    window.case_list.set_status_filter("all")
    window.controller.reload_cases(case_id)
    window.controller.refresh()
    assert _red_rows(window) == []
    model = window.page.deadline_model
    states = {str(model.index(row, 3).data()) for row in range(model.rowCount())}
    assert "Not applicable (case closed)" in states
    assert not any("Overdue" in state or "Missed" in state for state in states)
    assert all(not badge.alarm for entry in window.page.timeline_model._entries  # type: ignore[attr-defined]
               for badge in entry.badges)
    assert window.page.header.next_line.text().startswith("Next: ")
    assert "overdue" not in window.page.header.next_line.text().lower()
    assert all(item.case_id != case_id for item in workspace.deadlines.due())  # Due view and reminders
    stepper = window.page.header.stepper.text()
    assert "<b>◉\u00a0Resolved</b>" in stepper and "●\u00a0Formal\u00a0complaint" in stepper
    assert "○\u00a0Ombudsman" in stepper  # a rung never reached is not shown as done
