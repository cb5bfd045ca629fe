"""The Due view's model: every open deadline across cases, grouped Overdue / Today / This week / Later."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from casekeeper.domain.enums import DeadlineKind, DeadlineState, Party
from casekeeper.ui.common import labels
from casekeeper.ui.common.i18n import translate
from casekeeper.ui.common.next_words import deadline_words, due_in_words
from casekeeper.ui.common.palette import alarm_colour

if TYPE_CHECKING:
    from casekeeper.services.deadlines import DueItem

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
GROUPS = ("overdue", "today", "week", "later")


def group_of(item: DueItem, today: date) -> str:
    """``overdue``, ``today``, ``week`` (the next seven days) or ``later``."""
    days = (item.deadline.due - today).days
    if days < 0 or item.deadline.state is DeadlineState.OVERDUE:
        return "overdue"
    if days == 0:
        return "today"
    return "week" if days <= 7 else "later"


def group_items(items: Sequence[DueItem], today: date) -> dict[str, list[DueItem]]:
    """The items of each group, soonest first (empty groups kept, in display order)."""
    groups: dict[str, list[DueItem]] = {name: [] for name in GROUPS}
    for item in sorted(items, key=lambda i: (i.deadline.due, i.case_id)):
        groups[group_of(item, today)].append(item)
    return groups


def group_title(name: str, count: int) -> str:
    """``Overdue (2)``, ``Today (0)``..."""
    titles = {
        "overdue": translate("Due", "Overdue (%1)"),
        "today": translate("Due", "Today (%1)"),
        "week": translate("Due", "This week (%1)"),
        "later": translate("Due", "Later (%1)"),
    }
    return titles[name].replace("%1", str(count))


def headers() -> list[str]:
    """Column titles."""
    return [
        translate("Due", "Case"),
        translate("Due", "Deadline"),
        translate("Due", "Who must act"),
        translate("Due", "Due"),
        translate("Due", "State"),
    ]


class DueModel(QStandardItemModel):
    """Group rows with the deadlines under them; red only for what has really passed."""

    def __init__(self) -> None:
        super().__init__()
        self.setHorizontalHeaderLabels(headers())

    def set_items(self, items: Sequence[DueItem], today: date) -> None:
        """Show these deadlines as of ``today``."""
        self.removeRows(0, self.rowCount())
        for name, members in group_items(items, today).items():
            group = QStandardItem(group_title(name, len(members)))
            group.setEditable(False)
            group.setData(name, KEY_ROLE)
            font = group.font()
            font.setBold(True)
            group.setFont(font)
            filler = [self._cell("") for _ in range(4)]
            for item in members:
                group.appendRow(self._row(item, today, alarm=name == "overdue"))
            self.appendRow([group, *filler])

    def _row(self, item: DueItem, today: date, alarm: bool) -> list[QStandardItem]:
        view = item.deadline
        who = translate("Due", "Klarna") if view.party is Party.KLARNA else translate("Due", "You")
        cells = [
            self._cell(item.case_title),
            self._cell(deadline_words(view)),
            self._cell(who),
            self._cell(due_in_words(view.due, today)),
            self._cell(labels.deadline_state_name(view.state)),
        ]
        if view.kind is DeadlineKind.NO_RULES:  # a marker: no date, nothing due
            cells[3].setText(translate("Due", "no date"))
            cells[4].setText(translate("Due", "country unknown"))
        for cell in cells:
            cell.setData(item.case_id, CASE_ID_ROLE)
            cell.setData(view.key, KEY_ROLE)
            cell.setToolTip(cells[1].text() if view.kind is DeadlineKind.NO_RULES
                            else f"{view.label}\n{view.started_by} · {view.clock}\n{view.source}")
        if alarm:
            for cell in cells[3:]:
                cell.setForeground(alarm_colour())
        return cells

    @staticmethod
    def _cell(text: str) -> QStandardItem:
        cell = QStandardItem(text)
        cell.setEditable(False)
        return cell
