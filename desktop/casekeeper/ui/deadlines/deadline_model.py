"""The computed deadlines of a case: what, whose clock, due, state and the rule's source."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from casekeeper.domain.dto import DeadlineView
from casekeeper.domain.enums import DeadlineState, Party
from casekeeper.ui.common import labels
from casekeeper.ui.common.i18n import format_date, translate
from casekeeper.ui.common.palette import alarm_colour
from casekeeper.ui.common.row_table import RowTableModel

ALARM_STATES = frozenset({DeadlineState.MISSED, DeadlineState.OVERDUE})


def _headers() -> tuple[str, ...]:
    return (
        translate("Deadlines", "Deadline"),
        translate("Deadlines", "Who must act"),
        translate("Deadlines", "Due"),
        translate("Deadlines", "State"),
        translate("Deadlines", "Source"),
    )


class DeadlineModel(RowTableModel):
    """Rows of DeadlineView; red only for a deadline that has really passed."""

    def __init__(self) -> None:
        super().__init__(_headers)
        self._rows: list[DeadlineView] = []

    def set_deadlines(self, rows: list[DeadlineView]) -> None:
        """Show these deadlines."""
        self.set_rows(rows)


    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        view = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(view, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and view.state in ALARM_STATES and index.column() in (2, 3):
            return alarm_colour()
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{view.started_by} · {view.clock}\n{view.source}"
        return None

    @staticmethod
    def _text(view: DeadlineView, column: int) -> str:
        if column == 0:
            return view.label
        if column == 1:
            return (
                translate("Deadlines", "Klarna")
                if view.party is Party.KLARNA
                else translate("Deadlines", "You")
            )
        if column == 2:
            return format_date(view.due)
        if column == 3:
            state = labels.deadline_state_name(view.state)
            if view.state in ALARM_STATES and view.days_late:
                late = view.days_late
                state += " " + translate("Deadlines", "(%n days)", None, late)
            if view.state is DeadlineState.MET and view.met_on is not None:
                state += " " + translate("Deadlines", "on %1").replace("%1", format_date(view.met_on))
            return state
        return f"{view.source} ({labels.level_name(view.level)})"
