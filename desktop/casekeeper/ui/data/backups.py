"""File > Backups…: every copy of the case file, a new one on request, and putting one back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
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
from shiboken6 import isValid

from casekeeper.ui.common.dialogs import open_dialog
from casekeeper.ui.common.error_report import plain_words
from casekeeper.ui.common.i18n import format_datetime, format_size, translate
from casekeeper.ui.common.icons import icon
from casekeeper.ui.common.tasks import TaskRunner
from casekeeper.ui.data.data_messages import backup_made, cases_text, reason_name

if TYPE_CHECKING:
    from casekeeper.services.backup import BackupInfo
    from casekeeper.services.workspace import Workspace


class BackupsDialog(QDialog):
    """Lists the backups, newest first; Restore asks first, then the restorer does the work."""

    restore_requested = Signal(str)
    backup_finished = Signal(object)

    def __init__(self, workspace: Workspace, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Safety", "Backups"))
        self.workspace = workspace
        self.tasks = tasks
        self.confirm_box: QMessageBox | None = None
        self.confirm_button: QAbstractButton | None = None
        self._backups: list[BackupInfo] = []
        intro = QLabel(
            translate(
                "Safety",
                "Case Keeper copies your case file when you close it and every half hour while data "
                "changes. Restoring puts a copy back; your data as it is now is kept as a backup first.",
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                translate("Safety", "When"),
                translate("Safety", "Why"),
                translate("Safety", "Size"),
                translate("Safety", "Cases"),
            ]
        )
        self.table.setAccessibleName(translate("Safety", "Backups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.backup_button = QPushButton(icon("backup"), translate("Safety", "&Back up now"))
        self.restore_button = QPushButton(icon("restore"), translate("Safety", "&Restore…"))
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.ask_restore)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        """Read the backups folder again."""
        try:
            self._backups = self.workspace.backups.backups()
        except Exception as error:
            self._backups = []
            self.show_status(plain_words(error))
        self.table.setRowCount(len(self._backups))
        for row, info in enumerate(self._backups):
            cells = (
                format_datetime(info.created_at, self.workspace.clock.local_zone()),
                reason_name(info.reason),
                format_size(info.size),
                cases_text(info.case_count),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(info.name)
                self.table.setItem(row, column, item)
        if self._backups:
            self.table.selectRow(0)
        self._selection_changed()

    def selected(self) -> BackupInfo | None:
        """The backup chosen in the list."""
        row = self.table.currentRow()
        return self._backups[row] if 0 <= row < len(self._backups) else None

    def show_status(self, text: str) -> None:
        """A line under the list (what was just done, or why not)."""
        self.status.setText(text)

    def set_busy(self, busy: bool) -> None:
        """Disable the buttons while a backup or a restore runs."""
        self.backup_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and self.selected() is not None)

    def back_up_now(self) -> None:
        """Make a backup off the GUI thread."""
        self.set_busy(True)
        self.show_status(translate("Safety", "Backing up…"))
        backups = self.workspace.backups
        self.tasks.run(lambda: backups.create("manual"), self._backed_up, self._backup_failed)

    def _backed_up(self, info: object) -> None:
        if not isValid(self):
            return
        from casekeeper.services.backup import BackupInfo

        assert isinstance(info, BackupInfo)
        self.reload()
        self.set_busy(False)
        self.show_status(backup_made(info, self.workspace.clock.local_zone()))
        self.backup_finished.emit(info)

    def _backup_failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        self.set_busy(False)
        self.show_status(plain_words(error))
        self.backup_finished.emit(None)

    def ask_restore(self) -> QMessageBox | None:
        """Say in plain words what a restore does; Restore on Yes."""
        info = self.selected()
        if info is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("Safety", "Restore this backup?"),
            translate(
                "Safety",
                "Your cases will be put back as they were on %1 (%2). Anything you changed after that "
                "will not be shown, but it is not lost: your data as it is now is kept as a backup "
                "first, and you can restore it in the same way.",
            )
            .replace("%1", format_datetime(info.created_at, self.workspace.clock.local_zone()))
            .replace("%2", cases_text(info.case_count)),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        self.confirm_button = box.addButton(translate("Safety", "Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(
            lambda button: self._confirmed(info.name) if button is self.confirm_button else None
        )
        self.confirm_box = open_dialog(box)
        return box

    def _confirmed(self, name: str) -> None:
        self.set_busy(True)
        self.show_status(translate("Safety", "Restoring…"))
        self.restore_requested.emit(name)

    def restore_finished(self, lines: list[str]) -> None:
        """Show the restore report under the list."""
        self.reload()
        self.set_busy(False)
        self.show_status("\n".join(lines))

    def restore_failed(self, message: str) -> None:
        """Say why the restore did not happen."""
        self.reload()
        self.set_busy(False)
        self.show_status(message)

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)
