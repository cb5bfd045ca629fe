"""The Due view: a dock listing what is due across every open case; double-click opens the case."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QDockWidget, QLabel, QTreeView, QVBoxLayout, QWidget

from casekeeper.ui.common.i18n import translate
from casekeeper.ui.deadlines.due_model import CASE_ID_ROLE, DueModel

if TYPE_CHECKING:
    from casekeeper.services.deadlines import DueItem


class DueDock(QDockWidget):
    """Overdue, Today, This week, Later; filled by whoever owns the workspace."""

    case_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Due", "What is due"), parent)
        self.setObjectName("due-dock")
        self.model = DueModel()
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(translate("Due", "Deadlines due across your open cases"))
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.doubleClicked.connect(self._open)
        self.tree.activated.connect(self._open)
        self.empty = QLabel(translate("Due", "Nothing is due in your open cases."))
        self.empty.setWordWrap(True)
        hint = QLabel(translate("Due", "Double-click a deadline to open its case."))
        hint.setWordWrap(True)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.empty)
        column.addWidget(self.tree, 1)
        column.addWidget(hint)
        self.setWidget(inner)

    def set_items(self, items: list[DueItem], today: date) -> None:
        """Show the deadlines, groups expanded."""
        self.model.set_items(items, today)
        self.tree.expandAll()
        for column in range(self.model.columnCount()):
            self.tree.resizeColumnToContents(column)
        self.empty.setVisible(not items)
        self._show_first()

    def _show_first(self) -> None:
        """Make the first deadline the current row and scroll to it: the empty groups above
        must not push the deadlines out of a short dock."""
        for row in range(self.model.rowCount()):
            group = self.model.item(row, 0)
            if group.rowCount():
                first = group.child(0, 0).index()
                self.tree.setCurrentIndex(first)
                self.tree.scrollTo(first, QTreeView.ScrollHint.PositionAtCenter)
                return

    def _open(self, index: QModelIndex) -> None:
        case_id = index.data(CASE_ID_ROLE)
        if case_id:
            self.case_requested.emit(int(case_id))

    def row_texts(self) -> list[list[str]]:
        """What is shown, group titles and rows (for tests and screenshots)."""
        out = []
        for row in range(self.model.rowCount()):
            group = self.model.item(row, 0)
            out.append([group.text()])
            for child in range(group.rowCount()):
                out.append([group.child(child, col).text() for col in range(self.model.columnCount())])
        return out

