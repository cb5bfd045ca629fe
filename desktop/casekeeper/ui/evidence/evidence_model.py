"""The exhibits of a case as a table, with thumbnails for pictures."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from casekeeper.domain.dto import EvidenceView
from casekeeper.ui.common.i18n import format_date, format_size, local_day, translate
from casekeeper.ui.common.row_table import RowTableModel
from casekeeper.ui.evidence.thumbnails import Thumbnails
from casekeeper.ui.evidence.type_words import type_in_words


def _headers() -> tuple[str, ...]:
    return (
        translate("Evidence", "Exhibit"),
        translate("Evidence", "Title"),
        translate("Evidence", "Type"),
        translate("Evidence", "Date"),
        translate("Evidence", "Size"),
        translate("Evidence", "Fingerprint (SHA-256)"),
    )


class EvidenceModel(RowTableModel):
    """Rows of EvidenceView; a picture's thumbnail is decoded off the GUI thread, once."""

    def __init__(self, zone: str | None = None) -> None:
        super().__init__(_headers)
        self._rows: list[EvidenceView] = []
        self.thumbnails = Thumbnails(parent=self)
        self.thumbnails.ready.connect(self._thumbnail_ready)
        self._zone = zone

    def set_exhibits(self, rows: list[EvidenceView]) -> None:
        """Show these exhibits."""
        self.set_rows(rows)

    def exhibit_at(self, row: int) -> EvidenceView | None:
        """The exhibit on ``row``."""
        item = self.row_at(row)
        return item if isinstance(item, EvidenceView) else None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return self._thumbnail(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{item.original_name}\n{item.media_type}\n{item.sha256}"
        return None

    def _text(self, item: EvidenceView, column: int) -> str:
        if column == 0:
            return item.label
        if column == 1:
            return item.title
        if column == 2:
            return type_in_words(item.media_type, item.original_name)
        if column == 3:
            return format_date(item.document_date or local_day(item.added_at, self._zone))
        if column == 4:
            return format_size(item.size)
        return item.sha256[:16] + "…"

    def _thumbnail(self, item: EvidenceView) -> QIcon:
        return self.thumbnails.icon(item.sha256, str(item.stored_path), item.media_type, item.original_name)

    def _thumbnail_ready(self, key: str) -> None:
        for row, item in enumerate(self._rows):
            if item.sha256 == key:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])
