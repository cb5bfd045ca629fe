"""The timeline of one case as a flat list: a heading row per day, then that day's entries."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta, timezone, tzinfo
from enum import IntEnum
from itertools import groupby
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from casekeeper.ui.common.i18n import format_long_date, format_time, local_day
from casekeeper.ui.common.icons import icon
from casekeeper.ui.journal.timeline_entries import PendingEntry, TimelineEntry

Row = TimelineEntry | PendingEntry


class TimelineRole(IntEnum):
    """Data roles for the delegate."""

    ENTRY = Qt.ItemDataRole.UserRole + 1
    IS_DAY = Qt.ItemDataRole.UserRole + 2
    TIME = Qt.ItemDataRole.UserRole + 3
    DETAIL = Qt.ItemDataRole.UserRole + 4


_ROLES = frozenset(int(role) for role in TimelineRole)


class TimelineModel(QAbstractListModel):
    """Day headings and entries, newest first unless told otherwise; no widget per row."""

    def __init__(self, zone: str | None = None) -> None:
        super().__init__()
        self._zone = zone
        self._entries: list[Row] = []
        self._rows: list[date | Row] = []
        self._newest_first = True

    def set_entries(self, entries: Sequence[Row]) -> None:
        """Show these entries (in any order); pending ones are built when first shown."""
        self.beginResetModel()
        self._entries = sorted(entries, key=lambda entry: entry.when)
        self._rows = self._layout()
        self.endResetModel()

    def set_newest_first(self, newest_first: bool) -> None:
        """Newest at the top (default) or oldest at the top."""
        if newest_first != self._newest_first:
            self.beginResetModel()
            self._newest_first = newest_first
            self._rows = self._layout()
            self.endResetModel()

    def entry_at(self, row: int) -> TimelineEntry | None:
        """The entry on ``row``; None for a day heading or out of range."""
        value = self._rows[row] if 0 <= row < len(self._rows) else None
        if isinstance(value, PendingEntry):
            value = self._rows[row] = value.entry()  # built once, when first needed
        return value if isinstance(value, TimelineEntry) else None

    def row_of(self, record_id: int, kind: str) -> int:
        """The row of a record, or -1."""
        for row, value in enumerate(self._rows):
            if not isinstance(value, date) and value.record_id == record_id and value.kind == kind:
                return row
        return -1

    def _layout(self) -> list[date | Row]:
        ordered = list(reversed(self._entries)) if self._newest_first else list(self._entries)
        rows: list[date | Row] = []
        for day, group in groupby(ordered, key=day_of(self._zone)):
            rows.append(day)
            rows.extend(group)
        return rows

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if not isinstance(self._rows[index.row()], date):
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.ItemIsEnabled

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if isinstance(row, date):
            return self._day_data(row, role)
        value = self.entry_at(index.row())
        assert value is not None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = f"{format_time(value.when, self._zone)}  {value.title}"
            if role == Qt.ItemDataRole.AccessibleTextRole:
                text += ". " + value.detail + ". " + ", ".join(b.text for b in value.badges)
            return text
        if role == Qt.ItemDataRole.DecorationRole:
            return icon(value.icon)
        if role == Qt.ItemDataRole.ToolTipRole:
            return value.detail or None
        extra = {
            TimelineRole.ENTRY: value,
            TimelineRole.IS_DAY: False,
            TimelineRole.TIME: format_time(value.when, self._zone),
            TimelineRole.DETAIL: value.detail,
        }
        return extra.get(TimelineRole(role)) if role in _ROLES else None

    @staticmethod
    def _day_data(day: date, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return format_long_date(day)
        if role == TimelineRole.IS_DAY:
            return True
        return None


def day_of(zone: str | None) -> Callable[[Row], date]:
    """The calendar day of an entry in ``zone`` (else the computer's), for grouping by day.

    Python's own time zones convert 2,000 instants in a blink; Qt's (``local_day``) are kept
    for a zone name Python does not know.
    """
    place: tzinfo | None = None
    if zone:
        try:
            if zone.startswith(("+", "-")):
                hours, _, minutes = zone[1:].partition(":")
                offset = timedelta(hours=int(hours), minutes=int(minutes or 0))
                place = timezone(-offset if zone[0] == "-" else offset)
            else:
                place = ZoneInfo(zone)
        except (ValueError, OSError, KeyError):  # a name Python does not know: ask Qt
            return lambda entry: local_day(entry.when, zone)

    def day(entry: Row) -> date:
        when: datetime = entry.when
        return when.astimezone(place).date()  # place None: the computer's zone

    return day
