"""Filters the case list by status, stage and the ids that match the search field."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from casekeeper.domain.enums import CaseStatus
from casekeeper.ui.cases.case_list_model import CaseRole

STATUS_FILTERS = ("open", "closed", "all")


class CaseFilterModel(QSortFilterProxyModel):
    """Keeps the rows whose status, stage and search match; the order of the source is kept."""

    def __init__(self) -> None:
        super().__init__()
        self._status = "open"
        self._stage = ""
        self._ids: frozenset[int] | None = None

    def set_status(self, status: str) -> None:
        """``open``, ``closed`` or ``all``."""
        self.beginFilterChange()
        self._status = status if status in STATUS_FILTERS else "all"
        self.endFilterChange()

    def set_stage(self, stage: str) -> None:
        """A Stage value, or an empty string for every stage."""
        self.beginFilterChange()
        self._stage = stage
        self.endFilterChange()

    def set_matching_ids(self, ids: frozenset[int] | None) -> None:
        """The case ids that match the search, or None when nothing is searched."""
        self.beginFilterChange()
        self._ids = ids
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        source = self.sourceModel()
        index = source.index(source_row, 0, source_parent)
        status = index.data(CaseRole.STATUS)
        if self._status == "open" and status != CaseStatus.OPEN.value:
            return False
        if self._status == "closed" and status == CaseStatus.OPEN.value:
            return False
        if self._stage and index.data(CaseRole.STAGE) != self._stage:
            return False
        return self._ids is None or index.data(CaseRole.ID) in self._ids
