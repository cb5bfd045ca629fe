"""The Due view, reminders and calendar files: what the deadline actions of the window do."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from casekeeper.errors import KnownError
from casekeeper.services.files import write_atomically
from casekeeper.ui.common.error_report import plain_words
from casekeeper.ui.common.file_dialogs import save_file_name
from casekeeper.ui.common.file_names import default_target
from casekeeper.ui.common.i18n import current_language, translate
from casekeeper.ui.common.settings import Settings
from casekeeper.ui.deadlines.due_view import DueDock
from casekeeper.ui.deadlines.reminder_bar import ReminderBar
from casekeeper.ui.deadlines.reminders import Reminders

if TYPE_CHECKING:
    from casekeeper.domain.dto import CaseDetail
    from casekeeper.services.workspace import Workspace

FIRST_REMINDER_CHECK_MS = 1500  # after the first paint and the case list


class DeadlineActions(QObject):
    """Owns the Due dock, the reminder banner and the reminders; the window places the widgets."""

    def __init__(self, workspace: Workspace, settings: Settings, show_message: Callable[..., None],
                 open_case: Callable[[int], None], window: QWidget) -> None:
        super().__init__(window)
        self.workspace = workspace
        self.settings = settings
        self.window = window
        self._show = show_message
        self.due = DueDock(window)
        self.due.hide()
        self.due.case_requested.connect(open_case)
        self.bar = ReminderBar()
        self.bar.show_requested.connect(self.open_due)
        self.reminders = Reminders(workspace, settings, self.bar, self)
        self.reminders.announced.connect(self._refresh_if_shown)

    def start(self) -> None:
        """Begin checking reminders shortly after the first paint."""
        QTimer.singleShot(FIRST_REMINDER_CHECK_MS, self, self.reminders.start)

    def case_changed(self) -> None:
        """Keep the Due view current when the case shown changes (or was closed)."""
        self.reminders.withdraw_closed()
        if self.due.isVisible():
            self.refresh_due()

    # ---- due view --------------------------------------------------------------------------------

    def _refresh_if_shown(self, _text: str = "") -> None:
        """A new reminder: read the due list again if the Due view is open (else when opened)."""
        if self.due.isVisible():
            self.refresh_due()

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
            self._show(plain_words(error))
            return
        self.due.set_items(items, self.workspace.deadlines.today())

    # ---- calendar --------------------------------------------------------------------------------

    def choose_calendar(self, case: CaseDetail | None) -> None:
        """Ask where to save the .ics file (modal system dialog; tests call ``write_calendar``)."""
        title = case.title if case else translate("Documents", "All cases")
        suggested = default_target(title, self.workspace.deadlines.today(), "ics",
                                   translate("Documents", "Deadlines"))
        name = save_file_name(self.window, "calendar", translate("Documents", "Save the calendar file as"),
                              suggested.name, translate("Documents", "Calendar files (*.ics)"))
        if name:
            self.write_calendar(Path(name if name.lower().endswith(".ics") else f"{name}.ics"),
                                case.id if case else None)

    def write_calendar(self, target: Path, case_id: int | None) -> bool:
        """Write the open deadlines (one case or all) with alarms at the reminder lead times."""
        leads = tuple(days for days in self.settings.reminder_days if days > 0) or (3, 1)
        try:
            data = self.workspace.deadlines.calendar(case_id, leads, current_language())
            write_atomically(target, data)
        except KnownError as error:
            self._show(plain_words(error))
            return False
        self._show(
            translate("Documents", "Saved %1. Open it with your calendar program to add the deadlines.")
            .replace("%1", str(target)), warning=False)
        return True
