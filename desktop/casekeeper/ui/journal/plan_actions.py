"""Case → Payment plan…: open the plan of the current case."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from casekeeper.ui.i18n import translate
from casekeeper.ui.journal.plan_dialog import PlanDialog

if TYPE_CHECKING:
    from casekeeper.ui.main_window import MainWindow


class PlanActions(QObject):
    """The menu entry and the dialog it opens."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: PlanDialog | None = None
        self.action = QAction(translate("Plan", "&Payment plan…"), window)
        tip = translate("Plan", "The instalments of the purchase and the dispute's payment pause")
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)
        self.action.triggered.connect(self.open)
        case_menu = window.menuBar().actions()[2].menu()
        assert isinstance(case_menu, QMenu)
        case_menu.insertAction(window.actions_.contact, self.action)

    def open(self) -> PlanDialog | None:
        """Open the plan of the current case."""
        case_id = self.window.controller.case_id
        if not case_id:
            self.window.messages.show_message(
                translate("Plan", "Choose a case first, then open its payment plan."), True)
            return None
        dialog = PlanDialog(self.window.workspace, case_id, self.window)
        dialog.saved.connect(self.window.controller.refresh)
        dialog.show()
        self.dialog = dialog
        return dialog


def install_plan_actions(window: MainWindow) -> PlanActions:
    """Add Case → Payment plan… to the window."""
    return PlanActions(window)
