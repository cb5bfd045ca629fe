"""The timeline of one case as a flat list: a heading row per day, then that day's entries."""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from itertools import groupby
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from casekeeper.ui.common.i18n import format_long_date, format_time, local_day
from casekeeper.ui.common.icons import icon
from casekeeper.ui.journal.timeline_entries import TimelineEntry


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
        self._entries: list[TimelineEntry] = []
        self._rows: list[date | TimelineEntry] = []
        self._newest_first = True

    def set_entries(self, entries: list[TimelineEntry]) -> None:
        """Show these entries (in any order)."""
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
        return value if isinstance(value, TimelineEntry) else None

    def row_of(self, record_id: int, kind: str) -> int:
        """The row of a record, or -1."""
        for row, value in enumerate(self._rows):
            if isinstance(value, TimelineEntry) and value.record_id == record_id and value.kind == kind:
                return row
        return -1

    def _layout(self) -> list[date | TimelineEntry]:
        ordered = list(reversed(self._entries)) if self._newest_first else list(self._entries)
        rows: list[date | TimelineEntry] = []
        for day, group in groupby(ordered, key=lambda entry: local_day(entry.when, self._zone)):
            rows.append(day)
            rows.extend(group)
        return rows

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._rows[index.row()], TimelineEntry):
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.ItemIsEnabled

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        value = self._rows[index.row()]
        if isinstance(value, date):
            return self._day_data(value, role)
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
