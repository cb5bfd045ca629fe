"""Import e-mails: read them off the GUI thread (progress, cancel), preview and correct, then save."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casekeeper.domain.enums import Direction
from casekeeper.domain.values import local_time
from casekeeper.services.mail_drafts import MailDraft, MailImportResult, MailPlan, stated_plan
from casekeeper.ui.common.error_report import plain_words
from casekeeper.ui.common.i18n import current_language, format_size, translate
from casekeeper.ui.common.tasks import TaskRunner
from casekeeper.ui.journal.mail_editor import MailDraftEditor

if TYPE_CHECKING:
    from casekeeper.services.workspace import Workspace


def _columns() -> list[str]:
    return [translate("MailImport", "Import"), translate("MailImport", "Sent"),
            translate("MailImport", "Direction"), translate("MailImport", "Agent"),
            translate("MailImport", "Reference"), translate("MailImport", "Subject"),
            translate("MailImport", "Files"), translate("MailImport", "To check")]


class _Progress(QObject):
    """Emitted from the worker thread, delivered on the GUI thread."""

    moved = Signal(int, int)


class MailImportDialog(QDialog):
    """Lists what the files hold, lets the person correct each contact, and imports on request."""

    imported = Signal(object)

    def __init__(self, workspace: Workspace, tasks: TaskRunner, case_id: int, files: list[Path],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("MailImport", "Import e-mails"))
        self.workspace, self.tasks, self.case_id, self.files = workspace, tasks, case_id, files
        self.plan: MailPlan | None = None
        self.drafts: list[MailDraft] = []
        self.saved: MailImportResult | None = None
        self._stop = threading.Event()
        self._saving = False
        self._progress = _Progress(self)
        self._progress.moved.connect(self._moved)
        self.status = QLabel(translate("MailImport", "Reading the messages…"))
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.stop_button = QPushButton(translate("MailImport", "S&top reading"))
        self.stop_button.clicked.connect(self._stop.set)
        self.table = QTableWidget(0, len(_columns()))
        self.table.setHorizontalHeaderLabels(_columns())
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(translate("MailImport", "Messages to import"))
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.itemChanged.connect(self._ticked)
        self.editor = MailDraftEditor()
        self.editor.changed.connect(self._corrected)
        self.notes = QListWidget()
        self.notes.setAccessibleName(translate("MailImport", "Notes and refused messages"))
        self.notes.setWordWrap(True)
        self.use_plan = QCheckBox()
        self.use_plan.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(translate("MailImport", "&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self._cancel)
        top = QHBoxLayout()
        top.addWidget(self.bar, 1)
        top.addWidget(self.stop_button)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.editor)
        lower.addWidget(self.notes)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(top)
        layout.addWidget(self.table, 3)
        layout.addWidget(lower, 2)
        layout.addWidget(self.use_plan)
        layout.addWidget(self.buttons)
        self.resize(980, 620)

    # ---- reading ---------------------------------------------------------------------------------

    def start(self) -> None:
        """Read the files in the background; the preview fills in when done."""
        service, case_id, files = self.workspace.mail, self.case_id, self.files
        progress, stop = self._progress, self._stop

        def work() -> MailPlan:
            return service.plan(case_id, files, progress=progress.moved.emit,
                                stop_asked=stop.is_set)

        self.tasks.run(work, self._planned, self._failed)

    def _moved(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        text = (translate("MailImport", "Saving contact %1 of %2…") if self._saving
                else translate("MailImport", "Reading message %1 of %2…"))
        self.status.setText(text.replace("%1", str(done)).replace("%2", str(total)))

    def _planned(self, plan: MailPlan) -> None:
        self.plan = plan
        self.drafts = list(plan.drafts)
        self.stop_button.setEnabled(False)
        self.bar.hide()
        self.stop_button.hide()
        if plan.cancelled:
            self.status.setText(translate(
                "MailImport", "Reading was stopped: nothing will be imported. Close this window, "
                "or choose the files again."))
            return
        self._fill()

    def _fill(self) -> None:
        language = current_language()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.drafts))
        for row, draft in enumerate(self.drafts):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                          | Qt.ItemFlag.ItemIsSelectable)
            tick.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(row, 0, tick)
            self._show_row(row, draft)
        self.table.blockSignals(False)
        self.notes.clear()
        for refusal in self.plan.refusals if self.plan else ():
            self.notes.addItem(translate("MailImport", "Refused: %1").replace(
                "%1", refusal.text(language)))
        count = len(self.drafts)
        refused = len(self.plan.refusals) if self.plan else 0
        text = translate("MailImport", "%n contacts will be created. Check each one and "
                                       "correct what is wrong, then Import.", None, count)
        if refused:
            text += " " + translate("MailImport", "%n messages cannot be imported (listed on the "
                                                  "right); the others are imported only if you "
                                                  "click Import.", None, refused)
        self.status.setText(text)
        self.import_button.setEnabled(count > 0)
        stating = stated_plan(self.drafts)
        if stating is not None:
            instalments = len(stating.instalments)
            self.use_plan.setText(
                translate("MailImport", "Also make the %n instalments stated in “%2” the case's "
                                        "payment plan (it replaces the current one)", None,
                          instalments).replace("%2", stating.source))
            self.use_plan.show()
        if count:
            self.table.selectRow(0)
        self.table.resizeColumnsToContents()

    def _show_row(self, row: int, draft: MailDraft) -> None:
        contact = draft.contact
        when = local_time(contact.occurred_at, contact.zone).strftime("%Y-%m-%d %H:%M")
        direction = (translate("MailImport", "to Klarna") if contact.direction is Direction.TO_KLARNA
                     else translate("MailImport", "from Klarna"))
        values = (f"{when} {contact.zone}", direction, contact.agent_name, contact.reference,
                  contact.email_subject, str(len(draft.exhibits)), str(len(draft.notes)))
        for column, value in enumerate(values, start=1):
            self.table.setItem(row, column, QTableWidgetItem(value))

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        draft = self.drafts[rows[0].row()] if rows else None
        self.editor.show_draft(draft)
        if draft is None:
            return
        language = current_language()
        self.notes.clear()
        for exhibit in draft.exhibits:
            self.notes.addItem(translate("MailImport", "Exhibit: %1 (%2)")
                               .replace("%1", exhibit.name).replace("%2", format_size(exhibit.size)))
        for text in draft.note_texts(language):
            self.notes.addItem(translate("MailImport", "Note: %1").replace("%1", text))
        for refusal in self.plan.refusals if self.plan else ():
            self.notes.addItem(translate("MailImport", "Refused: %1").replace(
                "%1", refusal.text(language)))

    def _corrected(self, draft: MailDraft) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            row = rows[0].row()
            self.drafts[row] = draft
            self.table.blockSignals(True)
            self._show_row(row, draft)
            self.table.blockSignals(False)

    def _ticked(self) -> None:
        self.import_button.setEnabled(bool(self.chosen()))

    def chosen(self) -> list[MailDraft]:
        """The drafts the person keeps ticked."""
        return [draft for row, draft in enumerate(self.drafts)
                if (item := self.table.item(row, 0)) is not None
                and item.checkState() == Qt.CheckState.Checked]

    # ---- saving ------------------------------------------------------------------------------------

    def save(self) -> None:
        """Import the ticked messages in one transaction, off the GUI thread."""
        chosen = self.chosen()
        if not chosen:
            return
        self.import_button.setEnabled(False)
        self.table.setEnabled(False)
        self.editor.setEnabled(False)
        self.bar.setRange(0, len(chosen))
        self.bar.setValue(0)
        self.bar.show()
        self._saving = True
        service, case_id = self.workspace.mail, self.case_id
        progress = self._progress

        stating = stated_plan(chosen) if self.use_plan.isChecked() else None
        instalments = stating.instalments if stating is not None else ()

        def work() -> MailImportResult:
            return service.save(case_id, chosen, progress=progress.moved.emit, plan=instalments)

        self.tasks.run(work, self._saved, self._failed)

    def _saved(self, result: MailImportResult) -> None:
        self.saved = result
        self.imported.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._saving = False
        self.bar.hide()
        self.stop_button.hide()
        self.status.setText(translate("MailImport", "Nothing was imported: %1").replace(
            "%1", plain_words(error)))
        self.table.setEnabled(True)
        self.editor.setEnabled(bool(self.drafts))
        self.import_button.setEnabled(bool(self.chosen()))

    def _cancel(self) -> None:
        self._stop.set()
        self.reject()


def summary_text(result: MailImportResult) -> str:
    """What the message bar says after an import."""
    exhibits = sum(len(contact.exhibits) for contact in result.contacts)
    contacts = len(result.contacts)
    return (translate("MailImport", "Imported %1, with %2.")
            .replace("%1", translate("MailImport", "%n e-mails as contacts", None, contacts))
            .replace("%2", translate("MailImport", "%n exhibits", None, exhibits)))
