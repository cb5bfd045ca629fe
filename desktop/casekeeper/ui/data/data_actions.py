"""Your data: backups (and the backup timer), restore, integrity check, archives and the trash."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from casekeeper.services.cloud_folders import synced_service
from casekeeper.ui.common.case_shown import CaseShown
from casekeeper.ui.common.dialogs import open_dialog
from casekeeper.ui.common.i18n import translate
from casekeeper.ui.common.message_bar import MessageBar
from casekeeper.ui.common.settings import Settings
from casekeeper.ui.common.tasks import TaskRunner
from casekeeper.ui.data.archives import DataTransfer
from casekeeper.ui.data.backup_schedule import BackupScheduler
from casekeeper.ui.data.data_messages import cloud_warning
from casekeeper.ui.data.restore import WorkspaceRestorer

if TYPE_CHECKING:
    from casekeeper.services.workspace import Workspace
    from casekeeper.ui.common.instance_guard import InstanceGuard
    from casekeeper.ui.data.backups import BackupsDialog
    from casekeeper.ui.data.integrity import IntegrityDialog
    from casekeeper.ui.data.trash import TrashDialog


class DataActions(QObject):
    """Owns the backup timer, the restore flow and the data dialogs of one main window."""

    def __init__(self, workspace: Workspace, tasks: TaskRunner, shown: CaseShown, messages: MessageBar,
                 settings: Settings, after_restore: Callable[[], None], window: QWidget) -> None:
        super().__init__(window)
        self.workspace = workspace
        self.tasks = tasks
        self.shown = shown
        self.messages = messages
        self.settings = settings
        self.window = window
        self._after_restore_hook = after_restore
        self.last_dialog: QDialog | None = None
        self.backups_dialog: BackupsDialog | None = None
        self.scheduler = BackupScheduler(workspace, tasks, self)
        self.scheduler.failed.connect(
            lambda text: messages.show_message(
                translate("Safety", "The scheduled backup could not be made: %1").replace("%1", text)
            )
        )
        self.restorer = WorkspaceRestorer(workspace, tasks, None, self.scheduler.stop, self._after_restore,
                                          self)
        self.transfer = DataTransfer(shown, tasks, messages, window)

    def start(self, guard: InstanceGuard | None = None) -> None:
        """The running app's part: hold ``guard`` around restores, start the timer, warn once."""
        self.restorer.guard = guard
        self.scheduler.start()
        self.warn_about_cloud_folder()

    # ---- dialogs --------------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> QDialog:
        self.last_dialog = open_dialog(dialog)
        return dialog

    def open_backups(self) -> BackupsDialog:
        """File > Backups…."""
        from casekeeper.ui.data.backups import BackupsDialog
        dialog = BackupsDialog(self.workspace, self.tasks, self.window)
        dialog.restore_requested.connect(self.restorer.restore)
        self.restorer.restored.connect(dialog.restore_finished)
        self.restorer.failed.connect(dialog.restore_failed)
        self.backups_dialog = dialog
        self._open(dialog)
        return dialog

    def open_integrity(self) -> IntegrityDialog:
        """Tools > Check data integrity…."""
        from casekeeper.ui.data.integrity import IntegrityDialog
        dialog = IntegrityDialog(self.workspace, self.tasks, self.window)
        self._open(dialog)
        return dialog

    def open_trash(self) -> TrashDialog:
        """Edit > Trash…."""
        from casekeeper.ui.data.trash import TrashDialog
        dialog = TrashDialog(self.workspace, self.window)
        dialog.restored.connect(lambda _case_id: self.shown.refresh())
        self._open(dialog)
        return dialog

    # ---- restore and the cloud warning ----------------------------------------------------------

    def _after_restore(self) -> None:
        self._after_restore_hook()
        self.scheduler.start()

    def warn_about_cloud_folder(self) -> bool:
        """Say once (per data folder) that a synced folder can damage the case file; never blocks."""
        folder = self.workspace.paths.data_dir
        service = synced_service(folder)
        if service is None or self.settings.cloud_warned_for == str(folder):
            return False
        if service == "a cloud storage provider":
            service = translate("Safety", "cloud storage")
        self.messages.show_message(cloud_warning(str(folder), service))
        self.settings.cloud_warned_for = str(folder)
        return True
