"""Which backups to keep: all recent ones, then one per day, then one per week; some never early."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

#: Made before something risky: kept at least ``protected_days`` whatever the buckets say.
PROTECTED_PREFIXES = ("pre-migration", "pre-restore", "pre-import")
#: Made on the person's request, or copies of a damaged file: never removed automatically.
NEVER_ROTATED = ("manual", "damaged")


@dataclass(frozen=True, slots=True)
class RotationPolicy:
    """How long backups are kept; every figure is configurable."""

    keep_all_days: int = 2
    daily_days: int = 14
    weekly_weeks: int = 8
    protected_days: int = 30


@dataclass(frozen=True, slots=True)
class Dated:
    """A backup as rotation sees it."""

    name: str
    reason: str
    created_at: datetime


def to_remove(backups: list[Dated], now: datetime, policy: RotationPolicy) -> list[str]:
    """The names rotation would delete (the newest backup is always kept)."""
    newest_first = sorted(backups, key=lambda b: b.created_at, reverse=True)
    seen_days: set[object] = set()
    seen_weeks: set[object] = set()
    keep: set[str] = set()
    for index, backup in enumerate(newest_first):
        age = now - backup.created_at
        day = backup.created_at.date()
        week = backup.created_at.isocalendar()[:2]
        first_of_day = day not in seen_days
        first_of_week = week not in seen_weeks
        seen_days.add(day)
        seen_weeks.add(week)
        if (index == 0
                or age <= timedelta(days=policy.keep_all_days)
                or backup.reason.startswith(NEVER_ROTATED)
                or (backup.reason.startswith(PROTECTED_PREFIXES)
                    and age <= timedelta(days=policy.protected_days))
                or (first_of_day and age <= timedelta(days=policy.daily_days))
                or (first_of_week and age <= timedelta(weeks=policy.weekly_weeks))):
            keep.add(backup.name)
    return [b.name for b in newest_first if b.name not in keep]
