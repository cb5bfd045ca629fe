"""Dossier, letters, the Due view, reminders and calendar files: their actions, menus and wiring."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QPushButton, QVBoxLayout

from casekeeper.errors import KnownError
from casekeeper.services.files import write_atomically
from casekeeper.ui.app.case_navigation import go_to
from casekeeper.ui.common.error_report import plain_words
from casekeeper.ui.common.i18n import current_language, translate
from casekeeper.ui.common.icons import icon
from casekeeper.ui.deadlines.reminders import Reminders

if TYPE_CHECKING:
    from casekeeper.export.checklist import ChecklistItem
    from casekeeper.ui.app.main_window import MainWindow
    from casekeeper.ui.contact.contact_klarna import ContactKlarnaDialog
    from casekeeper.ui.contact.corrections import CorrectionDialog
    from casekeeper.ui.deadlines.due_view import DueDock
    from casekeeper.ui.dossier.export_dossier import ExportDossierDialog
    from casekeeper.ui.letters.letter import LetterDialog

FIRST_REMINDER_CHECK_MS = 1500  # after the first paint and the case list


def _menu(window: MainWindow, position: int) -> QMenu:
    menu = window.menuBar().actions()[position].menu()
    assert isinstance(menu, QMenu)
    return menu


class DocumentActions(QObject):
    """Owns the actions and views of the documents feature; the window only installs it."""

    def __init__(self, window: MainWindow) -> None:
        from casekeeper.ui.deadlines.due_view import DueDock
        from casekeeper.ui.deadlines.reminder_bar import ReminderBar
        super().__init__(window)
        self.window = window
        self.workspace = window.workspace
        self.export_dialog: ExportDossierDialog | None = None
        self.letter_dialog: LetterDialog | None = None
        tip = translate("Documents",
                        "A PDF file of the case for an ombudsman, a bank or a court (Ctrl+Shift+E)")
        self.export_dossier = self._action(translate("Documents", "E&xport dossier…"), "export-dossier",
                                           "Ctrl+Shift+E", tip, self.open_export)
        self.write_letter = self._action(translate("Documents", "&Write a letter…"), "letter-draft", "",
                                         translate("Documents", "Draft a letter to Klarna from the case"),
                                         self.open_letter)
        self.show_due = self._action(translate("Documents", "&Due"), "deadline", "Ctrl+D",
                                     translate("Documents", "What is due across your open cases (Ctrl+D)"),
                                     self.open_due)
        self.calendar_all = self._action(translate("Documents", "Export deadlines to &calendar…"), "calendar",
                                         "", "", lambda: self.choose_calendar(False))
        case_calendar = translate("Documents", "Export this case's deadlines to ca&lendar…")
        self.calendar_case = self._action(case_calendar, "", "", "", lambda: self.choose_calendar(True))
        file_menu = _menu(window, 0)
        before = window.actions_.preferences
        for action in (self.export_dossier, self.calendar_all, self.calendar_case):
            file_menu.insertAction(before, action)
        file_menu.insertSeparator(before)
        _menu(window, 2).insertAction(window.actions_.attach, self.write_letter)
        _menu(window, 3).addAction(self.show_due)
        window.toolbar.insertAction(window.actions_.contact, self.export_dossier)
        self.due = DueDock(window)
        self.due.hide()
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.due)
        self.due.case_requested.connect(self.open_case)
        self.bar = ReminderBar()
        central = window.centralWidget().layout()  # type: ignore[union-attr]
        assert isinstance(central, QVBoxLayout)
        central.insertWidget(1, self.bar)
        self.bar.show_requested.connect(self.open_due)
        self.reminders = Reminders(self.workspace, window.settings, self.bar, self)
        self.reminders.announced.connect(lambda _text: self.refresh_due())
        window.controller.case_changed.connect(self._case_changed)
        window.dialogs.contact_shown.connect(self.extend_contact_dialog)
        self._case_changed(window.controller.case_id)
        QTimer.singleShot(FIRST_REMINDER_CHECK_MS, self, self.reminders.start)

    def _action(self, text: str, icon_name: str, shortcut: str, tip: str, slot: object) -> QAction:
        action = QAction(icon(icon_name), text, self.window) if icon_name else QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.window.addAction(action)
        return action

    def _case_changed(self, case_id: int) -> None:
        for action in (self.export_dossier, self.write_letter, self.calendar_case):
            action.setEnabled(bool(case_id))
        if self.due.isVisible():
            self.refresh_due()

    def _report(self, error: BaseException) -> None:
        self.window.messages.show_message(plain_words(error))

    # ---- dossier ---------------------------------------------------------------------------------

    def open_export(self) -> ExportDossierDialog | None:
        """The Export dossier dialog for the case shown (kept while an export runs)."""
        from casekeeper.ui.dossier.export_dossier import ExportDossierDialog
        case = self.window.controller.case
        if case is None:
            return None
        old = self.export_dialog
        if old is not None and old.cancel_button.isVisible():
            old.show()
            old.raise_()
            return old
        if old is not None:
            old.deleteLater()
        dialog = ExportDossierDialog(self.workspace, self.window.tasks, case, self.window)
        dialog.fix_requested.connect(lambda item: self.fix(dialog.case.id, item))
        self.export_dialog = dialog
        dialog.show()
        return dialog

    def fix(self, case_id: int, item: ChecklistItem) -> str:
        """Go to the place where a checklist item is fixed."""
        if self.window.controller.case_id != case_id:
            self.open_case(case_id)
        return go_to(self.window.controller, self.window, item.record_kind, item.record_id, item.code)

    # ---- letters ---------------------------------------------------------------------------------

    def open_letter(self) -> LetterDialog | None:
        """Write a letter for the case shown."""
        from casekeeper.ui.letters.letter import LetterDialog
        case = self.window.controller.case
        if case is None:
            return None
        dialog = LetterDialog(self.workspace, self.window.tasks, case, parent=self.window)
        dialog.marked_sent.connect(lambda _id: self.window.controller.refresh())
        self.letter_dialog = dialog
        dialog.show()
        return dialog

    # ---- due view and cases ----------------------------------------------------------------------

    def open_due(self) -> DueDock:
        """Show the Due view, up to date."""
        self.refresh_due()
        self.due.show()
        self.due.raise_()
        self.due.tree.setFocus()
        return self.due

    def refresh_due(self) -> None:
        """Read the due list again."""
        try:
            items = self.workspace.deadlines.due(language=current_language())
        except KnownError as error:
            self._report(error)
            return
        self.due.set_items(items, self.workspace.deadlines.today())

    def open_case(self, case_id: int) -> None:
        """Show a case, even when the list's filter or search hid it."""
        controller = self.window.controller
        controller.panel.select_case(case_id)
        if controller.case_id != case_id:
            self.window.search.clear()
            controller.panel.set_status_filter("all")
            controller.reload_cases(case_id)

    # ---- calendar --------------------------------------------------------------------------------

    def choose_calendar(self, this_case: bool) -> None:
        """Ask where to save the .ics file (modal system dialog; tests call ``write_calendar``)."""
        from casekeeper.ui.dossier.export_dossier import default_target
        case = self.window.controller.case if this_case else None
        title = case.title if case else translate("Documents", "All cases")
        suggested = default_target(title, self.workspace.deadlines.today(), "ics",
                                   translate("Documents", "Deadlines"))
        name, _ = QFileDialog.getSaveFileName(
            self.window, translate("Documents", "Save the calendar file as"), str(suggested),
            translate("Documents", "Calendar files (*.ics)"))
        if name:
            self.write_calendar(Path(name if name.lower().endswith(".ics") else f"{name}.ics"),
                                case.id if case else None)

    def write_calendar(self, target: Path, case_id: int | None) -> bool:
        """Write the open deadlines (one case or all) with alarms at the reminder lead times."""
        leads = tuple(days for days in self.window.settings.reminder_days if days > 0) or (3, 1)
        try:
            data = self.workspace.deadlines.calendar(case_id, leads, current_language())
            write_atomically(target, data)
        except KnownError as error:
            self._report(error)
            return False
        self.window.messages.show_message(
            translate("Documents", "Saved %1. Open it with your calendar program to add the deadlines.")
            .replace("%1", str(target)), warning=False)
        return True

    # ---- Contact Klarna cards ---------------------------------------------------------------------

    def extend_contact_dialog(self, dialog: ContactKlarnaDialog) -> None:
        """Add "Remind me when it opens" and "Edit…" to each card."""
        for box in dialog.cards:
            card = box.card
            opening = card.status.next_opening_person
            if opening is not None and card.status.state.value == "closed":
                remind = QPushButton(icon("deadline"), "")
                self._word_remind_button(remind, self.reminders.opening_pending(card.label))
                remind.setAutoDefault(False)
                remind.clicked.connect(
                    lambda _=False, at=opening, label=card.label, button=remind:
                    self._remind(at, label, button))
                box.actions_row.addWidget(remind)
            edit = QPushButton(translate("Documents", "Edit…"))
            edit.setAutoDefault(False)
            edit.setToolTip(translate("Documents", "Correct these details if they are wrong for you"))
            field = "hours" if card.entry.hours is not None else "number" if card.entry.number else "address"
            edit.clicked.connect(lambda _=False, key=f"channels.{card.channel_id}.{field}": self.correct(key))
            box.actions_row.addWidget(edit)

    def _remind(self, at: datetime, label: str, button: QPushButton) -> None:
        """Set the reminder, or cancel it when it is set (the same button)."""
        if self.reminders.opening_pending(label):
            self.reminders.cancel_opening(label)
        else:
            self.reminders.remind_at(at, label)
        self._word_remind_button(button, self.reminders.opening_pending(label))

    @staticmethod
    def _word_remind_button(button: QPushButton, pending: bool) -> None:
        button.setText(
            translate("Documents", "Cancel the reminder") if pending
            else translate("Documents", "Remind me when it opens")
        )
        button.setToolTip(
            translate("Documents", "A reminder waits for this opening; click to cancel it") if pending
            else ""
        )

    def correct(self, key: str) -> CorrectionDialog:
        """The corrections editor on one key of the current country."""
        from casekeeper.ui.contact.corrections import CorrectionDialog
        country = self.window.dialogs._country()
        dialog = CorrectionDialog(self.workspace.rules, country, key, self.window)
        dialog.page.changed.connect(self.window.refresh_channels)
        dialog.finished.connect(dialog.deleteLater)
        self.window.dialogs.last_dialog = dialog
        dialog.show()
        return dialog


def install_document_actions(window: MainWindow) -> DocumentActions:
    """Create the documents feature's actions, menu entries, toolbar button, dock and reminders."""
    return DocumentActions(window)
