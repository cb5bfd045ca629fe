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


_ENTRY, _IS_DAY, _TIME, _DETAIL = (int(role) for role in TimelineRole)
_DISPLAY, _ACCESSIBLE, _DECORATION, _TOOLTIP = (int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole))


class TimelineModel(QAbstractListModel):
    """Day headings and entries, newest first unless told otherwise; no widget per row."""

    def __init__(self, zone: str | None = None) -> None:
        super().__init__()
        self._zone = zone
        self._entries: list[Row] = []
        self._rows: list[date | Row] = []
        self._times: dict[int, str] = {}  # by row: the time of day, made once (a Qt zone call)
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

    def is_day(self, row: int) -> bool:
        """True for a day heading (the delegate's row height, asked for every row laid out)."""
        return 0 <= row < len(self._rows) and isinstance(self._rows[row], date)

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
        self._times = {}
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
        place = index.row()
        row = self._rows[place]
        if isinstance(row, date):
            return self._day_data(row, role)
        value = self.entry_at(place)
        assert value is not None
        # one role at a time: a painted row asks for about ten
        if role == _ENTRY:
            return value
        if role == _IS_DAY:
            return False
        if role == _TIME:
            return self._time(place, value)
        if role == _DETAIL:
            return value.detail
        if role in (_DISPLAY, _ACCESSIBLE):
            text = f"{self._time(place, value)}  {value.title}"
            if role == _ACCESSIBLE:
                text += ". " + value.detail + ". " + ", ".join(b.text for b in value.badges)
            return text
        if role == _DECORATION:
            return icon(value.icon)
        if role == _TOOLTIP:
            return value.detail or None
        return None

    def _time(self, place: int, value: TimelineEntry) -> str:
        known = self._times.get(place)
        if known is None:
            known = self._times[place] = format_time(value.when, self._zone)
        return known

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
