"""Edit > Trash…: every deleted case, contact, promise, stage change and exhibit, with Restore
and Delete forever (after a question that names what goes)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
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
from casekeeper.ui.common.error_report import words_for
from casekeeper.ui.common.i18n import format_datetime, translate
from casekeeper.ui.common.icons import icon
from casekeeper.ui.common.record_counts import case_contents

if TYPE_CHECKING:
    from casekeeper.services.workspace import Workspace


def kind_name(kind: TrashKind) -> str:
    """What kind of record it is."""
    return {
        TrashKind.CASE: translate("Trash", "Whole case"),
        TrashKind.INTERACTION: translate("Trash", "Contact"),
        TrashKind.PROMISE: translate("Trash", "Promise"),
        TrashKind.STAGE_CHANGE: translate("Trash", "Stage change"),
        TrashKind.EVIDENCE: translate("Trash", "Exhibit"),
    }.get(kind, kind.value)


def description(item: TrashItem) -> str:
    """The record's own words, without the service's English prefix."""
    text = item.description
    if item.kind is TrashKind.CASE:
        return translate("Trash", "with everything it holds")
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
        self.purge_button = QPushButton(icon("delete"), translate("Trash", "Delete &forever…"))
        buttons.addButton(self.purge_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.purge_button.clicked.connect(self.ask_purge)
        self.question: QMessageBox | None = None
        buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._enable)
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
        self._enable()

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.restore_button.setEnabled(chosen)
        self.purge_button.setEnabled(chosen)

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
            self.status.setText(words_for(error))
            return False
        self.reload()
        self.status.setText(
            translate("Trash", "Restored to the case “%1”.").replace("%1", item.case_title)
        )
        self.restored.emit(item.case_id)
        return True

    def what_goes(self, item: TrashItem) -> str:
        """The question of Delete forever, naming what goes."""
        if item.kind is TrashKind.CASE:
            contents = self.workspace.trash.contents(item.record_id)
            held = case_contents(
                contents.contacts, contents.promises, contents.stage_changes, contents.exhibits
            )
            what = translate("Trash", "The case “%1” and everything it holds: %2.").replace(
                "%1", item.case_title).replace("%2", held)
        else:
            what = f"{kind_name(item.kind)}: {description(item)}."
        return what + "\n\n" + translate(
            "Trash",
            "This cannot be undone. Stored files that no other case uses are deleted too. "
            "Backups keep their own copies, under their own retention.",
        )

    def ask_purge(self) -> QMessageBox | None:
        """Ask (without blocking) before deleting the selected record forever."""
        item = self.selected()
        if item is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("Trash", "Delete forever?"),
            self.what_goes(item),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        role = QMessageBox.ButtonRole
        purge = box.addButton(translate("Trash", "&Delete forever"), role.DestructiveRole)
        keep = box.addButton(translate("Trash", "&Keep it in the trash"), role.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)

        def answered(_result: int) -> None:
            if box.clickedButton() is purge:
                self.purge(item)

        box.finished.connect(answered)
        self.question = box
        box.open()
        return box

    def purge(self, item: TrashItem) -> bool:
        """Delete one record of the trash forever."""
        try:
            result = self.workspace.trash.purge(item.kind, item.record_id)
        except KnownError as error:
            self.status.setText(words_for(error))
            return False
        self.reload()
        records, files = result.records, result.files
        self.status.setText(
            translate("Trash", "Deleted forever: %1, %2.")
            .replace("%1", translate("Trash", "%n records", None, records))
            .replace("%2", translate("Trash", "%n stored files", None, files))
        )
        return True
