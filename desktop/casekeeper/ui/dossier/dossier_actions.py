"""File > Export dossier…: one dialog per case shown, kept open while its export runs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from casekeeper.ui.common.case_shown import CaseShown
from casekeeper.ui.common.tasks import TaskRunner

if TYPE_CHECKING:
    from casekeeper.services.workspace import Workspace
    from casekeeper.ui.dossier.export_dossier import ExportDossierDialog


class DossierActions(QObject):
    """Opens the export dialog; its checklist's "fix" buttons are passed on to the window."""

    fix_requested = Signal(int, object)  # case id, the ChecklistItem to fix

    def __init__(self, workspace: Workspace, tasks: TaskRunner, shown: CaseShown, window: QWidget) -> None:
        super().__init__(window)
        self.workspace = workspace
        self.tasks = tasks
        self.shown = shown
        self.window = window
        self.export_dialog: ExportDossierDialog | None = None

    def open_export(self) -> ExportDossierDialog | None:
        """The Export dossier dialog for the case shown (kept while an export runs)."""
        from casekeeper.ui.dossier.export_dossier import ExportDossierDialog
        case = self.shown.case
        if case is None:
            return None
        old = self.export_dialog
        if old is not None and old.cancel_button.isVisible():
            old.show()
            old.raise_()
            return old
        if old is not None:
            old.deleteLater()
        dialog = ExportDossierDialog(self.workspace, self.tasks, case, self.window)
        dialog.fix_requested.connect(lambda item: self.fix_requested.emit(dialog.case.id, item))
        self.export_dialog = dialog
        dialog.show()
        return dialog
