"""How exact values are written as text in SQLite, shared by the ORM column types and plain reads."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal


def instant_to_text(value: datetime) -> str:
    """An aware instant as sortable ISO 8601 text in UTC; naive datetimes are refused."""
    if value.tzinfo is None:
        raise ValueError("naive datetimes are not stored; attach a time zone first")
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def instant_from_text(value: str) -> datetime:
    """The aware UTC instant stored as ``value``."""
    return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)


def optional_instant(value: str | None) -> datetime | None:
    """``instant_from_text`` that lets NULL through."""
    return None if value is None else instant_from_text(value)


def optional_decimal(value: str | None) -> Decimal | None:
    """The Decimal stored as text, or None for NULL."""
    return None if value is None else Decimal(value)
