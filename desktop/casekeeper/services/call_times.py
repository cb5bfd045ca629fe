"""The best time to call: waiting times the person met, by weekday and hour, and the quietest open slot."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from casekeeper.domain.enums import Channel
from casekeeper.domain.values import zone_from_name
from casekeeper.services.clock import Clock
from casekeeper.services.rules import RulesService
from casekeeper.storage.engine import Database
from casekeeper.storage.repositories.call_waits import phone_waits

MIN_CALLS = 5  # fewer calls say nothing about a queue


@dataclass(frozen=True, slots=True)
class WaitCell:
    """Calls started in one weekday (0 = Monday) and hour of the person's time."""

    weekday: int
    hour: int
    calls: int
    average_minutes: float


@dataclass(frozen=True, slots=True)
class BestTime:
    """The cells with calls, how many calls in all, and the suggested slot (None if none is open)."""

    cells: tuple[WaitCell, ...]
    calls: int
    suggestion: WaitCell | None
    next_at: datetime | None  # the next start of the suggested slot while the line is open


def wait_cells(calls: list[tuple[datetime, int]], zone: str) -> list[WaitCell]:
    """Average waiting time per weekday and hour (the person's time), busiest data first."""
    groups: dict[tuple[int, int], list[int]] = defaultdict(list)
    tz = zone_from_name(zone)
    for when, wait in calls:
        local = when.astimezone(tz)
        groups[(local.weekday(), local.hour)].append(wait)
    return [WaitCell(day, hour, len(waits), sum(waits) / len(waits))
            for (day, hour), waits in sorted(groups.items())]


def next_open_start(cell: WaitCell, intervals: list[tuple[datetime, datetime]], now: datetime,
                    zone: str) -> datetime | None:
    """The next instant within the cell's hour (person's time) when the line is open, or None."""
    tz = zone_from_name(zone)
    local_now = now.astimezone(tz)
    for days in range(8):
        day = (local_now + timedelta(days=days)).date()
        if day.weekday() != cell.weekday:
            continue
        start = datetime(day.year, day.month, day.day, cell.hour, tzinfo=tz)
        end = start + timedelta(hours=1)
        for open_start, open_end in intervals:
            begin = max(start, open_start, now)
            if begin < min(end, open_end):
                return begin
    return None


def best_time(calls: list[tuple[datetime, int]], intervals: list[tuple[datetime, datetime]],
              now: datetime, zone: str) -> BestTime | None:
    """The chart's cells and the quietest slot open in the coming week; None below MIN_CALLS."""
    if len(calls) < MIN_CALLS:
        return None
    cells = wait_cells(calls, zone)
    ranked = sorted(cells, key=lambda cell: (cell.average_minutes, -cell.calls))
    for cell in ranked:
        at = next_open_start(cell, intervals, now, zone)
        if at is not None:
            return BestTime(tuple(cells), len(calls), cell, at)
    return BestTime(tuple(cells), len(calls), None, None)


class CallTimesService:
    """Reads the logged calls and the phone line's hours for one country."""

    def __init__(self, db: Database, rules: RulesService, clock: Clock) -> None:
        self._db = db
        self._rules = rules
        self._clock = clock

    def best_time(self, country: str) -> BestTime | None:
        """The best time to call the country's phone line, from every call logged (None below 5)."""
        from casekeeper.knowledge.hours import open_intervals

        with self._db.reading() as session:
            calls = phone_waits(session)
        if len(calls) < MIN_CALLS:
            return None
        pack = self._rules.effective_pack(country).pack
        now = self._clock.now()
        phone = next((key for key, entry in pack.channels.items() if entry.kind is Channel.PHONE),
                     None)
        intervals = open_intervals(pack, phone, now, days=8) if phone else []
        return best_time(calls, intervals, now, self._clock.local_zone())
