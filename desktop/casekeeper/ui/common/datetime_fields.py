"""Date-time fields in the person's zone, converted to and from aware Python datetimes."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTimeZone
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

from casekeeper.domain.values import zone_from_name

NO_DATE = QDate(1990, 1, 1)


def _qzone(zone: str) -> QTimeZone:
    name = f"UTC{zone}" if zone.startswith(("+", "-")) else zone
    tz = QTimeZone(name.encode())
    return tz if tz.isValid() else QTimeZone.systemTimeZone()


def instant_edit(instant: datetime, zone: str, parent: QWidget | None = None) -> QDateTimeEdit:
    """An editor showing ``instant`` in ``zone``."""
    edit = QDateTimeEdit(parent)
    edit.setCalendarPopup(True)
    edit.setTimeZone(_qzone(zone))
    set_instant(edit, instant, zone)
    return edit


def set_instant(edit: QDateTimeEdit, instant: datetime, zone: str) -> None:
    """Show ``instant`` in ``zone``."""
    edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(instant.timestamp()), _qzone(zone)))


def instant_of(edit: QDateTimeEdit, zone: str) -> datetime:
    """The aware instant the editor shows, in ``zone``."""
    seconds = edit.dateTime().toSecsSinceEpoch()
    return datetime.fromtimestamp(seconds, zone_from_name(zone))


def optional_date_edit(parent: QWidget | None = None, none_text: str = "") -> QDateEdit:
    """A date editor whose lowest value means "no date"."""
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(none_text)
    edit.setDate(NO_DATE)
    return edit


def date_of(edit: QDateEdit) -> date | None:
    """The chosen date, or None for "no date"."""
    value = edit.date()
    return None if value == NO_DATE else date(value.year(), value.month(), value.day())


def set_date(edit: QDateEdit, day: date | None) -> None:
    """Show ``day`` (or "no date")."""
    edit.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)
