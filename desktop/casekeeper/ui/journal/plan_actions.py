"""Case → Payment plan…: open the plan of the case shown.

The menu entry is a row of the window's action table (``ui/app/action_table.py``); this feature
only holds what the row calls.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from casekeeper.ui.common.case_shown import CaseShown
from casekeeper.ui.common.i18n import translate
from casekeeper.ui.journal.plan_dialog import PlanDialog

if TYPE_CHECKING:
    from casekeeper.services.workspace import Workspace


class PlanActions(QObject):
    """Opens the payment-plan dialog of the case shown."""

    def __init__(self, workspace: Workspace, shown: CaseShown,
                 show_message: Callable[[str, bool], None], window: QWidget) -> None:
        super().__init__(window)
        self.workspace = workspace
        self.shown = shown
        self.show_message = show_message
        self.window = window
        self.dialog: PlanDialog | None = None

    def open(self) -> PlanDialog | None:
        """Open the plan of the current case."""
        case_id = self.shown.case_id
        if not case_id:
            self.show_message(
                translate("Plan", "Choose a case first, then open its payment plan."), True)
            return None
        dialog = PlanDialog(self.workspace, case_id, self.window)
        dialog.saved.connect(self.shown.refresh)
        dialog.show()
        self.dialog = dialog
        return dialog
