"""The best time to call: waiting times by weekday and hour, and the quietest slot that is open."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from casekeeper.domain.dto import CaseInput, InteractionInput
from casekeeper.domain.enums import Channel, Direction
from casekeeper.services.call_times import best_time, wait_cells
from casekeeper.services.clock import FixedClock
from casekeeper.services.workspace import Workspace

MONDAY_10 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # 10:00 in Paris


def test_waits_are_averaged_by_weekday_and_hour_of_the_person() -> None:
    calls = [(MONDAY_10, 20), (MONDAY_10 + timedelta(minutes=30), 10),
             (MONDAY_10 + timedelta(days=1, hours=5), 3)]
    cells = wait_cells(calls, "Europe/Paris")
    assert [(c.weekday, c.hour, c.calls, c.average_minutes) for c in cells] == [
        (0, 10, 2, 15.0), (1, 15, 1, 3.0)]


def test_fewer_than_five_calls_suggest_nothing() -> None:
    assert best_time([(MONDAY_10, 5)] * 4, [], MONDAY_10, "Europe/Paris") is None


def test_the_quietest_slot_is_suggested_only_when_the_line_is_open_then() -> None:
    calls = [(MONDAY_10, 30)] * 3 + [(MONDAY_10 + timedelta(hours=12), 1)] * 2 \
        + [(MONDAY_10 + timedelta(days=1, hours=5), 4)] * 2  # 22:00 Monday: quiet but closed
    now = datetime(2026, 11, 30, 7, 0, tzinfo=UTC)  # the next Monday, 08:00 in Paris
    open_days = [(now.replace(hour=8) + timedelta(days=d), now.replace(hour=16) + timedelta(days=d))
                 for d in range(5)]  # Monday to Friday 09:00-17:00 Paris
    found = best_time(calls, open_days, now, "Europe/Paris")
    assert found is not None and found.calls == 7
    assert found.suggestion is not None
    assert (found.suggestion.weekday, found.suggestion.hour) == (1, 15)  # Tuesday 15:00
    assert found.next_at == datetime(2026, 12, 1, 14, 0, tzinfo=UTC)


def test_the_service_reads_the_logged_calls_of_every_case(workspace: Workspace,
                                                          clock: FixedClock) -> None:
    first = workspace.cases.create(CaseInput(title="Coat", country="FR"))
    second = workspace.cases.create(CaseInput(title="Shoes", country="FR"))
    for n in range(6):
        workspace.journal.log(first if n % 2 else second, InteractionInput(
            occurred_at=MONDAY_10 - timedelta(days=7 * n), zone="Europe/Paris",
            channel=Channel.PHONE, wait_minutes=10 + n))
    workspace.journal.log(first, InteractionInput(  # not a call the person waited in
        occurred_at=MONDAY_10, zone="Europe/Paris", channel=Channel.PHONE,
        direction=Direction.FROM_KLARNA, wait_minutes=99))
    found = workspace.call_times.best_time("FR")
    assert found is not None and found.calls == 6
    # the oldest call (19 October) was 11:00 in Paris, summer time: its own cell
    assert found.suggestion is not None
    assert (found.suggestion.hour, found.suggestion.calls, found.suggestion.average_minutes) == (10, 5, 12.0)
    assert found.next_at is not None and found.next_at > clock.now()
