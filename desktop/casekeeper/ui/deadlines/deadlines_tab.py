"""The Deadlines tab: every clock of the case, with its state and the rule's source."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from casekeeper.ui.common.i18n import translate
from casekeeper.ui.deadlines.deadline_model import DeadlineModel


class DeadlinesTab(QWidget):
    """A read-only table; deadlines are computed, never typed in."""

    def __init__(self, model: DeadlineModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setAccessibleName(translate("Deadlines", "Deadlines"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self._rows_stale = False
        model.modelReset.connect(self._fit_rows)
        note = QLabel(
            translate(
                "Deadlines",
                "Deadlines are worked out from the steps and contacts you log, using the rules "
                "for the case's country. Each rule names its source; check the ones marked “not verified”.",
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)

    def _fit_rows(self) -> None:
        """Fit the rows to their words now if the tab is shown, else when it is (opening a case
        lays out only what is visible)."""
        self._rows_stale = not self.isVisible()
        if not self._rows_stale:
            self.table.resizeRowsToContents()

    def showEvent(self, event: QShowEvent) -> None:
        if self._rows_stale:
            self._rows_stale = False
            self.table.resizeRowsToContents()
        super().showEvent(event)
