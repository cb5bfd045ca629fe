"""How exact values are written as text in SQLite, shared by the ORM column types and plain reads."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal


def instant_to_text(value: datetime) -> str:
    """An aware instant as sortable ISO 8601 text in UTC; naive datetimes are refused."""
    if value.tzinfo is None:
        raise ValueError("naive datetimes are not stored; attach a time zone first")
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


#: Instants a reader can shift by any zone or deadline without leaving datetime's range. Every door
#: accepts only 1990-2100; a row that slipped in anyway (an old archive, a hand-edited file) is
#: read within these bounds, so it is shown with its absurd year instead of crashing the reader.
READABLE_FIRST = datetime(2, 1, 1, tzinfo=UTC)
READABLE_LAST = datetime(9997, 12, 31, tzinfo=UTC)
_FIRST_YEAR = READABLE_FIRST.year + 1
_LAST_YEAR = READABLE_LAST.year - 1


def instant_from_text(value: str) -> datetime:
    """The aware UTC instant stored as ``value`` (kept within the readable range)."""
    instant = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if instant.tzinfo is UTC and _FIRST_YEAR <= instant.year <= _LAST_YEAR:
        return instant  # the stored form, already in UTC (read once per contact: keep it short)
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=UTC)
    if instant.year < READABLE_FIRST.year:
        return READABLE_FIRST
    if instant.year > READABLE_LAST.year:
        return READABLE_LAST
    return instant.astimezone(UTC)


def optional_instant(value: str | None) -> datetime | None:
    """``instant_from_text`` that lets NULL through."""
    return None if value is None else instant_from_text(value)


def optional_decimal(value: str | None) -> Decimal | None:
    """The Decimal stored as text, or None for NULL."""
    return None if value is None else Decimal(value)
