"""Case > Write a letter…: the letter dialog for the case shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from casekeeper.ui.common.case_shown import CaseShown
from casekeeper.ui.common.tasks import TaskRunner

if TYPE_CHECKING:
    from casekeeper.services.workspace import Workspace
    from casekeeper.ui.letters.letter import LetterDialog


class LetterActions(QObject):
    """Opens the letter dialog; a letter marked as sent refreshes the case."""

    def __init__(self, workspace: Workspace, tasks: TaskRunner, shown: CaseShown, window: QWidget) -> None:
        super().__init__(window)
        self.workspace = workspace
        self.tasks = tasks
        self.shown = shown
        self.window = window
        self.letter_dialog: LetterDialog | None = None

    def open_letter(self) -> LetterDialog | None:
        """Write a letter for the case shown."""
        from casekeeper.ui.letters.letter import LetterDialog
        case = self.shown.case
        if case is None:
            return None
        dialog = LetterDialog(self.workspace, self.tasks, case, parent=self.window)
        dialog.marked_sent.connect(lambda _id: self.shown.refresh())
        self.letter_dialog = dialog
        dialog.show()
        return dialog
