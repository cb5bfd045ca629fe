"""A thin list model over the case summaries, with roles for the delegate and the filters."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from casekeeper.domain.case_summary import CaseSummary
from casekeeper.domain.enums import CaseStatus
from casekeeper.ui.common import labels
from casekeeper.ui.common.i18n import format_date, local_day, translate


class CaseRole(IntEnum):
    """Data roles beyond DisplayRole (the title)."""

    ID = Qt.ItemDataRole.UserRole + 1
    SUBTITLE = Qt.ItemDataRole.UserRole + 2
    STATUS = Qt.ItemDataRole.UserRole + 3
    STAGE = Qt.ItemDataRole.UserRole + 4
    BADGE = Qt.ItemDataRole.UserRole + 5
    SUMMARY = Qt.ItemDataRole.UserRole + 6


_ID, _SUBTITLE, _STATUS, _STAGE, _BADGE, _SUMMARY = (int(role) for role in CaseRole)
_DISPLAY, _TOOLTIP, _ACCESSIBLE = (
    int(role)
    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)
)


class CaseListModel(QAbstractListModel):
    """One row per case; replaced whole when the list is reloaded."""

    def __init__(self, zone: str | None = None) -> None:
        super().__init__()
        self._rows: list[CaseSummary] = []
        self.filled = False  #: set_cases was called at least once (an empty list is filled too)
        self._zone = zone
        self._subtitles: dict[int, str] = {}  # by case id: the view asks for each row's many times
        self.generation = 0  #: changes whenever the rows are replaced (the filter's cache key)

    def set_cases(self, rows: list[CaseSummary]) -> None:
        """Show these cases."""
        self.beginResetModel()
        self._rows = list(rows)
        self._subtitles = {}
        self.generation += 1
        self.filled = True
        self.endResetModel()

    def cases(self) -> list[CaseSummary]:
        """Every case, in row order (the list itself: read, never change it)."""
        return self._rows

    def case_at(self, row: int) -> CaseSummary:
        """The case shown on ``row``."""
        return self._rows[row]

    def row_of(self, case_id: int) -> int:
        """The row of a case, or -1."""
        return next((row for row, case in enumerate(self._rows) if case.id == case_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        case = self._rows[index.row()]
        # one role at a time, compared as plain numbers: the filter asks every row's status and
        # the view every row's badge (its height), so subtitles are made for the rows painted
        if role == _STATUS:
            return case.status.value
        if role == _BADGE:
            return self._badge(case)
        if role == _ID:
            return case.id
        if role == _SUBTITLE:
            return self._subtitle(case)
        if role == _STAGE:
            return case.stage.value
        if role == _SUMMARY:
            return case
        if role == _DISPLAY:
            if case.is_example:
                return translate("CaseList", "Example: %1").replace("%1", case.title)
            return case.title
        if role == _TOOLTIP:
            return self._subtitle(case)
        if role == _ACCESSIBLE:
            return f"{case.title}. {self._subtitle(case)}. {self._badge(case)}"
        return None

    def _subtitle(self, case: CaseSummary) -> str:
        """The line under the title, made once per case while the list is shown (its date is
        converted through a Qt time zone: a tenth of a millisecond each time)."""
        known = self._subtitles.get(case.id)
        if known is None:
            known = self._subtitles[case.id] = self._make_subtitle(case)
        return known

    def _make_subtitle(self, case: CaseSummary) -> str:
        parts = [case.merchant, labels.stage_name(case.stage)]
        if case.status.value != "open":  # the closed marker: first, in words
            parts.insert(0, labels.status_name(case.status))
        if case.last_contact_at is not None:
            day = format_date(local_day(case.last_contact_at, self._zone))
            parts.append(translate("CaseList", "last contact %1").replace("%1", day))
        return " · ".join(part for part in parts if part)

    @staticmethod
    def has_badge(case: CaseSummary) -> bool:
        """True when the row shows a third line: promises not kept on an open case."""
        return case.status is CaseStatus.OPEN and bool(case.broken_promises or case.overdue_promises)

    @classmethod
    def _badge(cls, case: CaseSummary) -> str:
        if not cls.has_badge(case):
            return ""  # kept promises, or a closed case (it is quiet)
        count = case.broken_promises + case.overdue_promises
        return translate("CaseList", "Promises not kept: %1").replace("%1", str(count))
