"""The Due view, reminders once per lead time (banner without a tray), and calendar files."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import icalendar
import pytest
from PySide6.QtWidgets import QPushButton, QSystemTrayIcon
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from casekeeper.services.clock import FixedClock
from casekeeper.services.sample_case import create_sample_case
from casekeeper.services.workspace import Workspace
from casekeeper.ui.app.main_window import MainWindow
from casekeeper.ui.common.next_words import deadline_words, due_in_words
from casekeeper.ui.deadlines.due_model import CASE_ID_ROLE, DueModel, group_items


def test_the_due_model_passes_the_model_tester_and_groups_by_day(
    qtmodeltester: ModelTester, workspace: Workspace
) -> None:
    create_sample_case(workspace, example=False)
    items = workspace.deadlines.due()
    today = workspace.deadlines.today()
    model = DueModel()
    model.set_items(items, today)
    qtmodeltester.check(model)
    groups = group_items(items, today)
    assert list(groups) == ["overdue", "today", "week", "later"]
    assert sum(len(members) for members in groups.values()) == len(items)
    late = groups["overdue"]
    assert all(item.deadline.due < today or item.deadline.state.value == "overdue" for item in late)
    assert all(0 < (item.deadline.due - today).days <= 7 for item in groups["week"])
    assert model.rowCount() == 4 and model.item(0).rowCount() == len(groups["overdue"])


def test_the_due_view_and_the_header_say_the_next_deadline_the_same_way(
    window: MainWindow, workspace: Workspace
) -> None:
    case_id = create_sample_case(workspace, example=False)
    window.controller.reload_cases(case_id)
    dock = window.deadlines.open_due()
    assert dock.isVisible()
    today = workspace.deadlines.today()
    pending = [item for item in workspace.deadlines.due() if item.deadline.state.value == "pending"]
    shown = [cell for row in dock.row_texts() for cell in row]
    for item in pending:
        assert due_in_words(item.deadline.due, today) in shown
        assert deadline_words(item.deadline) in shown
    header = window.page.header.next_line.text()
    if pending and "by" in header:
        assert any(due_in_words(item.deadline.due, today).split(" (")[0] in header for item in pending)


def test_double_click_in_the_due_view_opens_the_case(window: MainWindow, workspace: Workspace) -> None:
    first = create_sample_case(workspace, example=False)
    second = create_sample_case(workspace, example=False)
    window.controller.reload_cases(second)
    dock = window.deadlines.open_due()
    received: list[int] = []
    dock.case_requested.connect(received.append)
    model = dock.model
    group = next(row for row in range(model.rowCount()) if model.item(row).rowCount())
    child = model.item(group).child(0, 1).index()
    dock.tree.doubleClicked.emit(child)
    assert received and received[0] in (first, second)
    assert window.controller.case_id == received[0]


def test_the_example_case_raises_no_reminder(window: MainWindow, workspace: Workspace) -> None:
    create_sample_case(workspace)
    window.settings.reminder_days = (7, 3, 1, 0)
    assert workspace.deadlines.due()  # it has deadlines, shown in the Due view
    assert window.deadlines.reminders.check() == []


def test_a_reminder_is_shown_once_per_lead_time_in_the_window_without_a_tray(
    window: MainWindow, workspace: Workspace, clock: FixedClock
) -> None:
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen: the banner must be enough
    create_sample_case(workspace, example=False)
    window.settings.reminder_days = (7, 3, 1, 0)
    reminders = window.deadlines.reminders
    first = reminders.check()
    assert first  # the sample case has deadlines within a week or overdue
    assert window.deadlines.bar.isVisible() and first[0] in window.deadlines.bar.text.text()
    assert reminders.tray is None
    assert reminders.check() == []  # nothing new: shown once
    window.deadlines.bar.hide()
    today = workspace.deadlines.today()
    upcoming = [item for item in workspace.deadlines.due() if (item.deadline.due - today).days > 0]
    if upcoming:
        target = min(upcoming, key=lambda item: item.deadline.due)
        clock.instant = clock.instant + timedelta(days=(target.deadline.due - today).days)
        again = reminders.check()  # the "on the day" lead time is reached: one more reminder
        assert any(target.case_title in text for text in again)
        assert reminders.check() == []


def test_many_reminders_fit_in_a_few_lines_and_the_window_keeps_its_height(
    window: MainWindow, workspace: Workspace
) -> None:
    for _ in range(12):
        create_sample_case(workspace, example=False)
    window.settings.reminder_days = (7, 3, 1, 0)
    height = window.height()
    texts = window.deadlines.reminders.check()
    assert len(texts) >= 12
    shown = window.deadlines.bar.text.text().split("\n")
    assert shown[:3] == texts[:3]
    assert shown[3:] == [f"…and {len(texts) - 3} more in the Due view (Ctrl+D)."]
    assert window.height() == height


def test_a_reminder_asked_for_is_shown_even_among_many_deadlines(
    window: MainWindow, workspace: Workspace, clock: FixedClock
) -> None:
    for _ in range(6):
        create_sample_case(workspace, example=False)
    window.settings.reminder_days = (7, 3, 1, 0)
    reminders = window.deadlines.reminders
    reminders.remind_at(clock.now() - timedelta(minutes=1), "Klarna phone")
    texts = reminders.check()
    assert len(texts) > 5 and "Klarna phone" in texts[0]
    assert "Klarna phone" in window.deadlines.bar.text.text()


@pytest.mark.parametrize("count", [1, 3, 4])
def test_up_to_four_reminders_are_all_shown(count: int) -> None:
    from casekeeper.ui.deadlines.reminders import banner_text

    texts = [f"Case {n}: reply by Friday." for n in range(count)]
    assert banner_text(texts).split("\n") == texts


def test_the_show_button_opens_the_due_view(window: MainWindow, workspace: Workspace) -> None:
    create_sample_case(workspace, example=False)
    window.deadlines.reminders.check()
    window.deadlines.bar.show_button.click()
    assert window.deadlines.due.isVisible()


def test_remind_me_when_it_opens_fires_once_the_wall_clock_passes_the_opening(
    window: MainWindow, clock: FixedClock
) -> None:
    reminders = window.deadlines.reminders
    reminders.remind_at(clock.instant + timedelta(hours=2), "Phone")
    assert reminders.check() == []
    clock.instant += timedelta(hours=2, minutes=1)
    assert reminders.check() == ["Phone is open now."]
    assert reminders.check() == []


def test_the_contact_cards_offer_a_reminder_and_a_correction(window: MainWindow, clock: FixedClock) -> None:
    clock.instant = clock.instant.replace(hour=22)  # evening in Paris: the phone is closed
    dialog = window.dialogs.contact_klarna()
    assert dialog is not None
    texts = [button.text() for box in dialog.cards for button in box.findChildren(QPushButton)]
    assert "Remind me when it opens" in texts and "Edit…" in texts


@pytest.mark.parametrize("one_case", [False, True])
def test_deadlines_are_written_to_a_calendar_file_and_read_back(
    window: MainWindow, workspace: Workspace, tmp_path: Path, one_case: bool
) -> None:
    case_id = create_sample_case(workspace, example=False)
    window.controller.reload_cases(case_id)
    window.settings.reminder_days = (7, 1, 0)
    target = tmp_path / "deadlines.ics"
    assert window.deadlines.write_calendar(target, case_id if one_case else None)
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert len(events) == len(workspace.deadlines.due())
    alarms = list(events[0].walk("VALARM"))
    assert sorted(alarm["TRIGGER"].dt for alarm in alarms) == [timedelta(days=-7), timedelta(days=-1)]


def test_a_calendar_file_in_a_missing_folder_gives_a_plain_message(
    window: MainWindow, tmp_path: Path
) -> None:
    assert not window.deadlines.write_calendar(tmp_path / "missing" / "x.ics", None)
    assert "does not exist" in window.messages.text.text()


def test_a_date_in_another_year_says_its_year(window: MainWindow) -> None:
    from datetime import date

    today = date(2026, 11, 24)
    assert due_in_words(date(2026, 12, 2), today) == "Wed 2 Dec (8 days left)"
    assert due_in_words(date(2027, 1, 11), today).startswith("Mon 11 Jan 2027 (")
    assert due_in_words(date(2025, 6, 12), today).startswith("Thu 12 Jun 2025 (")


def test_an_opening_request_is_kept_in_the_case_file_and_can_be_cancelled(
    window: MainWindow, workspace: Workspace, clock: FixedClock
) -> None:
    reminders = window.deadlines.reminders
    request = reminders.remind_at(clock.instant + timedelta(hours=2), "Phone")
    assert [item.id for item in workspace.reminders.waiting()] == [request]
    assert reminders.waiting_request("Phone") == request
    assert request is not None
    reminders.cancel_request(request)
    clock.instant += timedelta(hours=3)
    assert reminders.check() == [] and workspace.reminders.waiting() == []


def test_an_opening_request_of_an_older_version_moves_from_the_settings_file(
    window: MainWindow, workspace: Workspace, clock: FixedClock
) -> None:
    at = (clock.instant + timedelta(hours=1)).isoformat()
    window.settings.opening_reminders = f'[["{at}", "Phone"]]'
    assert window.deadlines.reminders.check() == []
    assert [item.label for item in workspace.reminders.waiting()] == ["Phone"]
    assert window.settings.opening_reminders == ""


def test_the_contact_card_button_sets_then_cancels_the_reminder(
    window: MainWindow, workspace: Workspace, clock: FixedClock
) -> None:
    clock.instant = clock.instant.replace(hour=22)  # evening in Paris: the phone is closed
    dialog = window.dialogs.contact_klarna()
    assert dialog is not None
    [button] = [button for box in dialog.cards for button in box.findChildren(QPushButton)
                if button.text() == "Remind me when it opens"][:1]
    button.click()
    assert button.text() == "Cancel the reminder" and len(workspace.reminders.waiting()) == 1
    button.click()
    assert button.text() == "Remind me when it opens" and workspace.reminders.waiting() == []


def test_closing_the_case_withdraws_its_reminder_and_no_new_one_comes(
    window: MainWindow, workspace: Workspace
) -> None:
    case_id = create_sample_case(workspace, example=False)
    window.settings.reminder_days = (7, 3, 1, 0)
    window.controller.reload_cases(case_id)
    assert window.deadlines.reminders.check()
    assert window.deadlines.bar.isVisible()
    workspace.cases.close(case_id, "Refunded", resolved=True)
    window.controller.refresh()
    assert not window.deadlines.bar.isVisible()
    window.settings.reminders_announced = ""
    assert window.deadlines.reminders.check() == []  # a closed case raises no reminder


def test_the_due_view_lands_on_the_first_deadline_below_the_empty_groups(
    window: MainWindow, workspace: Workspace
) -> None:
    case_id = create_sample_case(workspace, example=False)
    window.controller.reload_cases(case_id)
    dock = window.deadlines.open_due()
    current = dock.tree.currentIndex()
    assert current.isValid() and current.parent().isValid()
    assert current.data(CASE_ID_ROLE) == case_id


def test_the_minute_check_reads_the_deadlines_off_the_window_thread(
    qtbot: QtBot, window: MainWindow, workspace: Workspace
) -> None:
    import threading

    create_sample_case(workspace, example=False)
    window.settings.reminder_days = (7, 3, 1, 0)
    reminders = window.deadlines.reminders
    readers: list[str] = []
    original = workspace.deadlines.due

    def due(**kwargs: object) -> object:
        readers.append(threading.current_thread().name)
        return original(**kwargs)  # type: ignore[arg-type]

    workspace.deadlines.due = due  # type: ignore[method-assign]
    with qtbot.waitSignal(reminders.announced, timeout=60_000) as shown:
        reminders.check_in_background()
    assert readers and set(readers) == {"casekeeper-reminders"}  # never the window's thread
    assert shown.args and shown.args[0] in window.deadlines.bar.text.text()
    reminders.wait()


def test_the_minute_check_reads_again_only_after_a_write(
    qtbot: QtBot, window: MainWindow, workspace: Workspace
) -> None:
    from casekeeper.domain.dto import CaseInput

    create_sample_case(workspace, example=False)
    window.settings.reminder_days = (7, 3, 1, 0)
    reminders = window.deadlines.reminders
    readings: list[int] = []
    original = workspace.deadlines.due

    def due(**kwargs: object) -> object:
        readings.append(1)
        return original(**kwargs)  # type: ignore[arg-type]

    workspace.deadlines.due = due  # type: ignore[method-assign]
    workspace.cases.create(CaseInput(title="First order"))  # whatever was read before is stale
    for _ in range(2):
        before = reminders.checks
        reminders.check_in_background()
        qtbot.waitUntil(lambda b=before: reminders.checks > b, timeout=60_000)  # type: ignore[misc]
        reminders.wait()
    assert len(readings) == 1  # the second minute reused the first reading
    workspace.cases.create(CaseInput(title="Another order"))
    before = reminders.checks
    reminders.check_in_background()
    qtbot.waitUntil(lambda: reminders.checks > before, timeout=60_000)
    reminders.wait()
    assert len(readings) == 2  # a write: read again
