"""Case → Import e-mails… and e-mails dropped on the window: open the import preview."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu

from casekeeper.services.mail_drafts import MailImportResult
from casekeeper.services.mail_sources import is_mail_file
from casekeeper.ui.i18n import translate
from casekeeper.ui.journal.mail_import_dialog import MailImportDialog, summary_text

if TYPE_CHECKING:
    from casekeeper.ui.main_window import MainWindow


class MailImportActions(QObject):
    """The import action, its menu entry, and the preview dialog it opens."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: MailImportDialog | None = None
        self.action = QAction(translate("MailImport", "&Import e-mails…"), window)
        tip = translate("MailImport", "Turn saved e-mails (.eml, Outlook .msg, mbox) into contacts "
                                      "with their attachments as exhibits")
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)
        self.action.triggered.connect(self.choose)
        case_menu = window.menuBar().actions()[2].menu()
        assert isinstance(case_menu, QMenu)
        case_menu.insertAction(window.actions_.contact, self.action)

    def choose(self) -> None:
        """Pick files with the system dialog, then preview them."""
        if not self._case_ready():
            return
        names, _ = QFileDialog.getOpenFileNames(
            self.window, translate("MailImport", "Choose e-mails to import"), "",
            translate("MailImport", "E-mails (*.eml *.msg *.mbox *.mbx);;All files (*)"))
        if names:
            self.start([Path(name) for name in names])

    def split_drop(self, files: list[Path]) -> list[Path]:
        """Start an import with the e-mails among ``files``; return the other files."""
        mails = [path for path in files if is_mail_file(path)]
        if mails and self._case_ready():
            self.start(mails)
        return [path for path in files if not is_mail_file(path)]

    def start(self, files: list[Path]) -> MailImportDialog:
        """Open the preview for ``files`` on the current case and start reading them."""
        dialog = MailImportDialog(self.window.workspace, self.window.tasks,
                                  self.window.controller.case_id, files, self.window)
        dialog.imported.connect(self._imported)
        dialog.show()
        dialog.start()
        self.dialog = dialog
        return dialog

    def _case_ready(self) -> bool:
        if self.window.controller.case_id:
            return True
        self.window.messages.show_message(
            translate("MailImport", "Choose a case first, then import the e-mails again."), True)
        return False

    def _imported(self, result: MailImportResult) -> None:
        self.window.controller.refresh()
        self.window.messages.show_message(summary_text(result), False)


def install_mail_import(window: MainWindow) -> MailImportActions:
    """Add Case → Import e-mails… to the window."""
    return MailImportActions(window)
