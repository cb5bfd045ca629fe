"""The time source: the current instant and the computer's time zone (replaceable in tests)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Protocol
from zoneinfo import ZoneInfo, available_timezones

from casekeeper.domain.values import format_offset, zone_from_name


class Clock(Protocol):
    """What services ask about time."""

    def now(self) -> datetime:
        """The current instant, aware."""
        ...

    def local_zone(self) -> str:
        """The zone in which times without an offset are read: an IANA name or ``+HH:MM``."""
        ...


class SystemClock:
    """The computer's clock and time zone."""

    def now(self) -> datetime:
        """The current instant in UTC."""
        return datetime.now(UTC)

    def local_zone(self) -> str:
        """The IANA name of the computer's zone when it can be found, else its current offset."""
        return detect_local_zone()


@dataclass
class FixedClock:
    """A clock that says what it is told: for tests and reproducible exports."""

    instant: datetime
    zone: str = "Europe/Paris"

    def now(self) -> datetime:
        """The fixed instant."""
        return self.instant

    def local_zone(self) -> str:
        """The fixed zone."""
        return self.zone


def today_in(clock: Clock) -> date:
    """Today's date in the clock's zone."""
    return clock.now().astimezone(zone_from_name(clock.local_zone())).date()


def detect_local_zone() -> str:
    """Find the IANA zone from TZ, /etc/timezone or the /etc/localtime link; else the UTC offset."""
    candidates: list[str] = []
    if tz := os.environ.get("TZ", "").lstrip(":"):
        candidates.append(tz)
    timezone_file = Path("/etc/timezone")
    if timezone_file.is_file():
        candidates.append(timezone_file.read_text(encoding="utf-8").strip())
    localtime = Path("/etc/localtime")
    if localtime.is_symlink():
        target = str(localtime.resolve())
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    for name in candidates:
        if name in _zone_names():
            ZoneInfo(name)
            return name
    offset = datetime.now().astimezone().utcoffset()
    return format_offset(offset) if offset is not None else "UTC"


_ZONES: set[str] = set()


def _zone_names() -> set[str]:
    if not _ZONES:
        _ZONES.update(available_timezones())
    return _ZONES
