"""Export dossier: choices, the completeness checklist, then the export in the background with Cancel."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casekeeper.domain.dto import CaseDetail
from casekeeper.errors import InputError, KnownError
from casekeeper.export.options import DossierResult, ExportCancelledError
from casekeeper.ui.common.error_report import plain_words
from casekeeper.ui.common.file_dialogs import remember, save_file_name, suggested_path
from casekeeper.ui.common.file_names import default_target
from casekeeper.ui.common.i18n import current_language, translate
from casekeeper.ui.common.input_messages import message_for
from casekeeper.ui.common.tasks import Operation, TaskRunner
from casekeeper.ui.dossier.checklist_panel import ChecklistPanel
from casekeeper.ui.dossier.export_options import ExportOptionsForm

if TYPE_CHECKING:
    from casekeeper.services.workspace import Workspace


class ExportDossierDialog(QDialog):
    """Non-modal: the person may go and fix a checklist item, then come back and export."""

    fix_requested = Signal(object)
    export_finished = Signal(object)  # a DossierResult, or the error

    def __init__(self, workspace: Workspace, tasks: TaskRunner, case: CaseDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.tasks = tasks
        self.case = case
        self.exported: DossierResult | None = None
        self.operation: Operation | None = None
        self.setWindowTitle(translate("ExportDossier", "Export dossier"))
        today = workspace.dossiers.today()
        first = min((i.occurred_at.date() for i in case.interactions), default=today)
        self.form = ExportOptionsForm(current_language(), first, today)
        self.checklist = ChecklistPanel()
        self.checklist.fix_requested.connect(self.fix_requested)
        self.checklist.recheck_requested.connect(self.refresh_checklist)
        self.target = QLineEdit(str(suggested_path(self, "dossier", default_target(case.title, today).name)))
        self.target.setAccessibleName(translate("ExportDossier", "File to write"))
        choose = QPushButton(translate("ExportDossier", "Choose…"))
        choose.setAutoDefault(False)
        choose.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(translate("ExportDossier", "Save as:")))
        file_row.addWidget(self.target, 1)
        file_row.addWidget(choose)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(translate("ExportDossier", "Export progress"))
        self.bar.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.export_button = QPushButton(translate("ExportDossier", "Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button = QPushButton(translate("ExportDossier", "Cancel export"))
        self.cancel_button.clicked.connect(self.cancel_export)
        self.cancel_button.hide()
        self.open_button = QPushButton(translate("ExportDossier", "Open"))
        self.open_button.clicked.connect(self.open_result)
        self.reveal_button = QPushButton(translate("ExportDossier", "Show in folder"))
        self.reveal_button.clicked.connect(self.reveal_result)
        self.close_button = QPushButton(translate("ExportDossier", "Close"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close)
        for button in (self.open_button, self.reveal_button):
            button.setAutoDefault(False)
            button.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.reveal_button)
        buttons.addStretch(1)
        for button in (self.export_button, self.cancel_button, self.close_button):
            buttons.addWidget(button)
        intro = QLabel(translate(
            "ExportDossier", "A PDF file of the case “%1” for an ombudsman, a bank or a court."
        ).replace("%1", case.title))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.checklist, 1)
        layout.addLayout(file_row)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.refresh_checklist()

    def refresh_checklist(self) -> None:
        """Read the checklist again (after the person fixed something)."""
        try:
            self.case = self.workspace.cases.detail(self.case.id)
            items = self.workspace.dossiers.checklist(self.case.id, current_language())
        except KnownError as error:
            self.status.setText(plain_words(error))
            return
        self.checklist.set_items(items)
        self.export_button.setText(
            translate("ExportDossier", "Export anyway") if items else translate("ExportDossier", "Export")
        )

    def choose_file(self) -> None:
        """The system's save dialog (modal; tests set ``target`` instead)."""
        name = save_file_name(self, "dossier", translate("ExportDossier", "Save the dossier as"),
                              self.target.text(), translate("ExportDossier", "PDF files (*.pdf)"))
        if name:
            self.target.setText(name if name.lower().endswith(".pdf") else f"{name}.pdf")

    def start_export(self) -> bool:
        """Run the export off the GUI thread; False when it could not start."""
        text = self.target.text().strip()
        if not text or self.tasks is None:
            self.status.setText(translate("ExportDossier", "Choose where to save the dossier first."))
            return False
        target = Path(text).expanduser()
        remember(self, "dossier", target)
        try:
            options = self.form.options()
        except InputError as error:  # a period date typed that is no date
            self.status.setText(message_for(error))
            return False
        self.exported = None
        self._busy(True)
        self.status.setText(translate("ExportDossier", "Preparing the dossier…"))
        dossiers, case_id = self.workspace.dossiers, self.case.id

        def work(operation: Operation) -> DossierResult:  # runs on a pool thread: no widgets here
            return dossiers.export(case_id, target, options, progress=operation.report,
                                   cancelled=lambda: operation.cancelled)

        self.operation = self.tasks.start(work, self._done, self._failed, on_progress=self._step)
        return True

    def cancel_export(self) -> None:
        """Ask the running export to stop; nothing is written."""
        if self.operation is not None:
            self.operation.cancel()
        self.status.setText(translate("ExportDossier", "Cancelling…"))

    def _step(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _busy(self, busy: bool) -> None:
        self.bar.setVisible(busy)
        self.bar.setRange(0, 0)
        self.cancel_button.setVisible(busy)
        self.export_button.setEnabled(not busy)
        self.form.setEnabled(not busy)
        self.open_button.setVisible(False)
        self.reveal_button.setVisible(False)

    def _done(self, result: DossierResult) -> None:
        self._busy(False)
        self.exported = result
        pages = result.page_count
        text = translate("ExportDossier", "The dossier is ready: %1 (%n pages).", None, pages) \
            .replace("%1", result.path.name)
        if result.companion is not None:
            text += " " + translate(
                "ExportDossier",
                "Some original files were too large to go inside the PDF; they are in %1, beside it. "
                "Send both files together.",
            ).replace("%1", result.companion.name)
        self.status.setText(text)
        self.open_button.show()
        self.reveal_button.show()
        self.export_finished.emit(result)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        if isinstance(error, ExportCancelledError):
            self.status.setText(translate("ExportDossier", "The export was cancelled; no file was written."))
        else:
            self.status.setText(plain_words(error))
        self.export_finished.emit(error)

    def open_result(self) -> bool:
        """Open the PDF in the system's viewer."""
        return bool(self.exported and QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.exported.path))))

    def reveal_result(self) -> bool:
        """Open the folder that holds the PDF."""
        folder = self.exported.path.parent if self.exported else None
        return bool(folder and QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.cancel_button.isVisible():
            self.cancel_export()  # closing while exporting cancels; the worker stops at the next step
        super().closeEvent(event)
