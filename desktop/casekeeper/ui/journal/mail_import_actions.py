"""Case → Import e-mails… and e-mails dropped on the window: open the import preview.

The menu entry is a row of the window's action table (``ui/app/action_table.py``); this feature
only holds what the row calls.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from casekeeper.services.mail_drafts import MailImportResult
from casekeeper.services.mail_sources import is_mail_file
from casekeeper.ui.common.case_shown import CaseShown
from casekeeper.ui.common.file_dialogs import open_file_names
from casekeeper.ui.common.i18n import translate
from casekeeper.ui.common.tasks import TaskRunner
from casekeeper.ui.journal.mail_import_dialog import MailImportDialog, summary_text

if TYPE_CHECKING:
    from casekeeper.services.workspace import Workspace


class MailImportActions(QObject):
    """Choose or drop e-mails, then the preview dialog that imports them into the case shown."""

    def __init__(self, workspace: Workspace, tasks: TaskRunner, shown: CaseShown,
                 show_message: Callable[[str, bool], None], window: QWidget) -> None:
        super().__init__(window)
        self.workspace = workspace
        self.tasks = tasks
        self.shown = shown
        self.show_message = show_message
        self.window = window
        self.dialog: MailImportDialog | None = None

    def choose(self) -> None:
        """Pick files with the system dialog, then preview them."""
        if not self._case_ready():
            return
        names = open_file_names(
            self.window, "mail", translate("MailImport", "Choose e-mails to import"),
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
        dialog = MailImportDialog(self.workspace, self.tasks, self.shown.case_id, files, self.window)
        dialog.imported.connect(self._imported)
        dialog.show()
        dialog.start()
        self.dialog = dialog
        return dialog

    def _case_ready(self) -> bool:
        if self.shown.case_id:
            return True
        self.show_message(
            translate("MailImport", "Choose a case first, then import the e-mails again."), True)
        return False

    def _imported(self, result: MailImportResult) -> None:
        self.shown.refresh()
        self.show_message(summary_text(result), False)
