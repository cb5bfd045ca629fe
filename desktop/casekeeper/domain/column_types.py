"""Column types that keep values exact in SQLite: UTC instants, decimal amounts, enum values."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy.engine import Dialect
from sqlalchemy.types import Date, String, TypeDecorator

from casekeeper.domain.stored_text import (
    READABLE_FIRST,
    READABLE_LAST,
    instant_from_text,
    instant_to_text,
    optional_decimal,
)


class UTCDateTime(TypeDecorator[datetime]):
    """An aware instant stored as ISO 8601 text in UTC (sortable), read back aware in UTC."""

    impl = String(32)
    cache_ok = True
    #: how a stored (non-NULL) value reads back; the journal's fast read decodes with it too
    from_stored = staticmethod(instant_from_text)

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        return None if value is None else instant_to_text(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        return None if value is None else self.from_stored(value)


class ReadableDate(TypeDecorator[date]):
    """A calendar date, read back within the range every reader can shift (see stored_text)."""

    impl = Date
    cache_ok = True

    def process_result_value(self, value: date | None, dialect: Dialect) -> date | None:
        if value is None:
            return None
        return min(max(value, READABLE_FIRST.date()), READABLE_LAST.date())


class DecimalText(TypeDecorator[Decimal]):
    """A Decimal stored as text, so 129.99 stays 129.99."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> str | None:
        return None if value is None else str(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> Decimal | None:
        return optional_decimal(value)


class EnumText(TypeDecorator[Any]):
    """A StrEnum stored as its value (e.g. ``formal-complaint``); new members need no migration."""

    impl = String(40)
    cache_ok = True

    def __init__(self, enum_type: type[StrEnum]) -> None:
        super().__init__()
        self.enum_type = enum_type

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else self.enum_type(value).value

    def process_result_value(self, value: str | None, dialect: Dialect) -> Any:
        return None if value is None else self.enum_type(value)
