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
    """Rows of DeadlineView; red only for a deadline that has really passed in an open case.

    In a closed case a clock still running no longer applies: it says so in words, never red.
    """

    def __init__(self) -> None:
        super().__init__(_headers)
        self._rows: list[DeadlineView] = []
        self.case_closed = False

    def set_deadlines(self, rows: list[DeadlineView], case_closed: bool = False) -> None:
        """Show these deadlines (of a closed case: none is overdue any more)."""
        self.case_closed = case_closed
        self.set_rows(rows)

    def is_alarm(self, view: DeadlineView) -> bool:
        """Whether this row is shown in the alarm colour."""
        return view.state in ALARM_STATES and not self.case_closed


    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        view = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(view, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and self.is_alarm(view) and index.column() in (2, 3):
            return alarm_colour()
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{view.started_by} · {view.clock}\n{view.source}"
        return None

    def _text(self, view: DeadlineView, column: int) -> str:
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
        if column == 3 and self.case_closed and view.state is not DeadlineState.MET:
            return translate("Deadlines", "Not applicable (case closed)")
        if column == 3:
            state = labels.deadline_state_name(view.state)
            if view.state in ALARM_STATES and view.days_late:
                late = view.days_late
                state += " " + translate("Deadlines", "(%n days)", None, late)
            if view.state is DeadlineState.MET and view.met_on is not None:
                state += " " + translate("Deadlines", "on %1").replace("%1", format_date(view.met_on))
            return state
        return f"{view.source} ({labels.level_name(view.level)})"
