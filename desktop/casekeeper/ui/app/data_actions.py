"""Menu entries for backups, restore, integrity, export/import, trash and About: one install call."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu

from casekeeper.services.cloud_folders import synced_service
from casekeeper.ui.common.i18n import translate
from casekeeper.ui.common.icons import icon
from casekeeper.ui.common.instance_guard import InstanceGuard
from casekeeper.ui.data.archives import DataTransfer
from casekeeper.ui.data.backup_schedule import BackupScheduler
from casekeeper.ui.data.data_messages import cloud_warning
from casekeeper.ui.data.restore import WorkspaceRestorer
from casekeeper.ui.journal.journal_actions import JournalActions

if TYPE_CHECKING:
    from casekeeper.ui.app.about import AboutDialog
    from casekeeper.ui.app.main_window import MainWindow
    from casekeeper.ui.data.backups import BackupsDialog
    from casekeeper.ui.data.integrity import IntegrityDialog
    from casekeeper.ui.data.trash import TrashDialog


def _menu_with(window: MainWindow, action: QAction) -> QMenu | None:
    for entry in window.menuBar().actions():
        menu = entry.menu()
        if isinstance(menu, QMenu) and action in menu.actions():
            return menu
    return None


class SafetyActions(QObject):
    """Owns the actions, the backup timer and the restore flow of one main window."""

    def __init__(self, window: MainWindow, guard: InstanceGuard | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.guard = guard
        self.last_dialog: QDialog | None = None
        self.backups_dialog: BackupsDialog | None = None
        self.scheduler = BackupScheduler(window.workspace, window.tasks, self)
        self.scheduler.failed.connect(
            lambda text: window.messages.show_message(
                translate("Safety", "The scheduled backup could not be made: %1").replace("%1", text)
            )
        )
        self.restorer = WorkspaceRestorer(
            window.workspace, window.tasks, guard, self.scheduler.stop, self._after_restore, self
        )
        self.journal = JournalActions(window.controller, window)
        self.transfer = DataTransfer(window.controller, window.tasks, window.messages, window)
        self.backups = self._action(translate("Safety", "&Backups…"), "backup")
        self.export_all = self._action(translate("Safety", "Export all &data…"), "")
        self.export_case = self._action(translate("Safety", "Export this &case…"), "")
        self.import_ = self._action(translate("Safety", "&Import…"), "")
        self.integrity = self._action(translate("Safety", "Check data &integrity…"), "check")
        self.trash = self._action(translate("Safety", "&Trash…"), "delete")
        self.backups.setStatusTip(translate("Safety", "See the copies of your data, back up now or restore"))
        self.backups.triggered.connect(self.open_backups)
        self.export_all.triggered.connect(self.transfer.ask_export_all)
        self.export_case.triggered.connect(self.transfer.ask_export_case)
        self.import_.triggered.connect(self.transfer.ask_import)
        self.integrity.triggered.connect(self.open_integrity)
        self.trash.triggered.connect(self.open_trash)

    def _action(self, text: str, icon_name: str) -> QAction:
        action = QAction(icon(icon_name), text, self.window) if icon_name else QAction(text, self.window)
        self.window.addAction(action)
        return action

    def install(self) -> None:
        """Add the menu entries, take over About and Close case, start the timer, warn once."""
        window, actions = self.window, self.window.actions_
        file_menu = _menu_with(window, actions.preferences)
        if file_menu is not None:
            file_menu.insertAction(actions.preferences, self.backups)
            file_menu.insertSeparator(actions.preferences)
            for action in (self.export_all, self.export_case, self.import_):
                file_menu.insertAction(actions.preferences, action)
            file_menu.insertSeparator(actions.preferences)
        edit_menu = _menu_with(window, actions.undo)
        if edit_menu is not None:
            edit_menu.addSeparator()
            edit_menu.addAction(self.trash)
        help_menu = _menu_with(window, actions.about)
        tools = next(
            (m for m in window.menuBar().findChildren(QMenu, "tools-menu")), None
        ) or QMenu(translate("Safety", "&Tools"), window.menuBar())
        if tools.objectName() != "tools-menu":
            tools.setObjectName("tools-menu")
            if help_menu is not None:
                window.menuBar().insertMenu(help_menu.menuAction(), tools)
            else:
                window.menuBar().addMenu(tools)
        tools.addAction(self.integrity)
        actions.about.triggered.connect(self.open_about)
        actions.close_case.triggered.connect(self.journal.close_case)
        window.controller.case_changed.connect(lambda case_id: self.export_case.setEnabled(bool(case_id)))
        self.export_case.setEnabled(bool(window.controller.case_id))
        self.journal.install(window)
        self.scheduler.start()
        self.warn_about_cloud_folder()

    # ---- dialogs --------------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> QDialog:
        self.last_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_backups(self) -> BackupsDialog:
        """File > Backups…."""
        from casekeeper.ui.data.backups import BackupsDialog
        dialog = BackupsDialog(self.window.workspace, self.window.tasks, self.window)
        dialog.restore_requested.connect(self.restorer.restore)
        self.restorer.restored.connect(dialog.restore_finished)
        self.restorer.failed.connect(dialog.restore_failed)
        self.backups_dialog = dialog
        self._open(dialog)
        return dialog

    def open_integrity(self) -> IntegrityDialog:
        """Tools > Check data integrity…."""
        from casekeeper.ui.data.integrity import IntegrityDialog
        dialog = IntegrityDialog(self.window.workspace, self.window.tasks, self.window)
        self._open(dialog)
        return dialog

    def open_trash(self) -> TrashDialog:
        """Edit > Trash…."""
        from casekeeper.ui.data.trash import TrashDialog
        dialog = TrashDialog(self.window.workspace, self.window)
        dialog.restored.connect(lambda _case_id: self.window.controller.refresh())
        self._open(dialog)
        return dialog

    def open_about(self) -> AboutDialog:
        """Help > About Case Keeper."""
        from casekeeper.ui.app.about import AboutDialog
        dialog = AboutDialog(self.window.workspace.paths.data_dir, self.window)
        self._open(dialog)
        return dialog

    # ---- restore and the cloud warning ----------------------------------------------------------

    def _after_restore(self) -> None:
        controller = self.window.controller
        previous = controller.case_id
        controller.show_case(0)
        controller.reload_cases(previous)
        if previous and controller.case_id != previous:
            controller.reload_cases(0)
        self.scheduler.start()
        self.window.refresh_channels()

    def warn_about_cloud_folder(self) -> bool:
        """Say once (per data folder) that a synced folder can damage the case file; never blocks."""
        folder = self.window.workspace.paths.data_dir
        service = synced_service(folder)
        settings = self.window.settings
        if service is None or settings.cloud_warned_for == str(folder):
            return False
        if service == "a cloud storage provider":
            service = translate("Safety", "cloud storage")
        self.window.messages.show_message(cloud_warning(str(folder), service))
        settings.cloud_warned_for = str(folder)
        return True


def install_safety_actions(window: MainWindow, guard: InstanceGuard | None = None) -> SafetyActions:
    """Create the safety actions of ``window`` and put them in its menus."""
    safety = SafetyActions(window, guard)
    safety.install()
    return safety
