"""Edit > Trash…: every deleted contact, promise, stage change and exhibit, with Restore."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casekeeper.domain.dto import TrashItem
from casekeeper.domain.enums import Stage, TrashKind
from casekeeper.errors import KnownError
from casekeeper.ui.common import labels
from casekeeper.ui.common.i18n import format_datetime, translate
from casekeeper.ui.common.icons import icon

if TYPE_CHECKING:
    from casekeeper.services.workspace import Workspace


def kind_name(kind: TrashKind) -> str:
    """What kind of record it is."""
    return {
        TrashKind.INTERACTION: translate("Trash", "Contact"),
        TrashKind.PROMISE: translate("Trash", "Promise"),
        TrashKind.STAGE_CHANGE: translate("Trash", "Stage change"),
        TrashKind.EVIDENCE: translate("Trash", "Exhibit"),
    }.get(kind, kind.value)


def description(item: TrashItem) -> str:
    """The record's own words, without the service's English prefix."""
    text = item.description
    if item.kind is TrashKind.STAGE_CHANGE and text.startswith("stage "):
        try:
            return labels.stage_name(Stage(text.removeprefix("stage ")))
        except ValueError:
            return text
    if item.kind is TrashKind.EVIDENCE:
        return text.removeprefix("exhibit ")
    _head, sep, rest = text.partition(": ")
    return rest if sep and item.kind in (TrashKind.INTERACTION, TrashKind.PROMISE) else text


class TrashDialog(QDialog):
    """A table, most recently deleted first; Restore brings the selected record back."""

    restored = Signal(int)
    """The case id whose record came back."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Trash", "Trash"))
        self.workspace = workspace
        self.items: list[TrashItem] = []
        intro = QLabel(
            translate(
                "Trash",
                "Nothing you delete is lost: it waits here, and the dossier leaves it out until you "
                "restore it.",
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                translate("Trash", "What"),
                translate("Trash", "Details"),
                translate("Trash", "Case"),
                translate("Trash", "Deleted on"),
            ]
        )
        self.table.setAccessibleName(translate("Trash", "Deleted records"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(icon("restore"), translate("Trash", "&Restore"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(self.selected() is not None)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        """Read the trash again."""
        self.items = self.workspace.trash.items()
        zone = self.workspace.clock.local_zone()
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            deleted = format_datetime(item.deleted_at, zone)
            cells = (kind_name(item.kind), description(item), item.case_title, deleted)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        if self.items:
            self.table.selectRow(0)
        else:
            self.status.setText(translate("Trash", "The trash is empty."))
        self.restore_button.setEnabled(self.selected() is not None)

    def selected(self) -> TrashItem | None:
        """The record chosen in the table."""
        row = self.table.currentRow()
        return self.items[row] if 0 <= row < len(self.items) and self.table.selectedItems() else None

    def restore_selected(self) -> bool:
        """Bring the selected record back into its case."""
        item = self.selected()
        if item is None:
            return False
        try:
            self.workspace.trash.restore(item.kind, item.record_id)
        except KnownError as error:
            self.status.setText(error.message)
            return False
        self.reload()
        self.status.setText(
            translate("Trash", "Restored to the case “%1”.").replace("%1", item.case_title)
        )
        self.restored.emit(item.case_id)
        return True
