"""A thin table model over the case list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from casekeeper.domain.dto import CaseSummary

_COLUMNS = ("Case", "Merchant", "Stage", "Status", "Last contact")


class CaseListModel(QAbstractTableModel):
    """Rows of CaseSummary; replaced whole when the list is reloaded."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[CaseSummary] = []

    def set_cases(self, rows: list[CaseSummary]) -> None:
        """Show these cases."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def case_at(self, row: int) -> CaseSummary:
        """The case shown on ``row``."""
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _COLUMNS[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        case = self._rows[index.row()]
        last = case.last_contact_at.astimezone().strftime("%Y-%m-%d") if case.last_contact_at else ""
        return (case.title, case.merchant, case.stage.value, case.status.value, last)[index.column()]
