"""Case → Payment plan…: the instalments (quick entry, then editable) and the dispute pause."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casekeeper.domain.enums import InstalmentState
from casekeeper.domain.plan import InstalmentInput, PlanView
from casekeeper.errors import KnownError
from casekeeper.services.plan_schedule import quick_schedule
from casekeeper.ui.common.datetime_fields import (
    date_of,
    date_text,
    optional_date_edit,
    read_date,
    set_date,
)
from casekeeper.ui.common.error_report import plain_words
from casekeeper.ui.common.i18n import (
    amount_text,
    current_language,
    format_amount,
    format_date,
    read_amount,
    translate,
)

if TYPE_CHECKING:
    from casekeeper.services.workspace import Workspace


def state_name(state: InstalmentState) -> str:
    """An instalment's state in words."""
    return {
        InstalmentState.DUE: translate("Plan", "due"),
        InstalmentState.PAID: translate("Plan", "paid"),
        InstalmentState.PAUSED: translate("Plan", "paused"),
        InstalmentState.CHARGED: translate("Plan", "charged by Klarna"),
        InstalmentState.REFUNDED: translate("Plan", "refunded"),
    }[state]


class PlanDialog(QDialog):
    """Edit the schedule and the pause dates; Save writes both in one go."""

    saved = Signal()

    def __init__(self, workspace: Workspace, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Plan", "Payment plan"))
        self.workspace, self.case_id = workspace, case_id
        self.total = QLineEdit()
        example = amount_text(Decimal("74.50"))
        self.total.setPlaceholderText(translate("Plan", "for example %1").replace("%1", example))
        self.count = QSpinBox()
        self.count.setRange(1, 60)
        self.count.setValue(3)
        self.first = QDateEdit(QDate.currentDate())
        self.first.setCalendarPopup(True)
        self.every = QComboBox()
        self.every.addItem(translate("Plan", "every month"), "1m")
        self.every.addItem(translate("Plan", "every 2 weeks"), "2w")
        self.every.addItem(translate("Plan", "every 30 days"), "30d")
        self.make = QPushButton(translate("Plan", "&Make the schedule"))
        self.make.clicked.connect(self.make_schedule)
        quick = QHBoxLayout()
        for widget in (self.total, self.count, self.first, self.every, self.make):
            quick.addWidget(widget)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([
            translate("Plan", "Due on"), translate("Plan", "Amount"),
            translate("Plan", "State"), translate("Plan", "Paid or charged on")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(translate("Plan", "Instalments"))
        self.paused_on = optional_date_edit(none_text=translate("Plan", "the first contact"))
        self.extended = optional_date_edit(none_text=translate("Plan", "not extended"))
        self.pause_text = QLabel()
        self.pause_text.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(translate("Plan", "Total, instalments, first, rhythm"), quick)
        form.addRow(translate("Plan", "Payments &paused on"), self.paused_on)
        form.addRow(translate("Plan", "Pause &extended until"), self.extended)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.pause_text)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(760, 520)
        self.load(workspace.plans.view(case_id, current_language()))

    def load(self, view: PlanView | None) -> None:
        """Show the saved plan (or an empty one)."""
        items = [item.as_input() for item in view.instalments] if view else []
        self._fill(items)
        set_date(self.paused_on, view.pause_started_on if view else None)
        set_date(self.extended, view.pause_extended_until if view else None)
        self.pause_text.setText(pause_words(view))

    def make_schedule(self) -> None:
        """Fill the table from the total, the count, the first date and the rhythm."""
        self.error.clear()
        try:
            first = self.first.date()
            schedule = quick_schedule(read_amount(self.total.text(), "total"), self.count.value(),
                                      date(first.year(), first.month(), first.day()),
                                      str(self.every.currentData()))
        except KnownError as error:
            self.error.setText(plain_words(error))
            return
        self._fill(schedule)

    def _fill(self, items: list[InstalmentInput]) -> None:
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            self.table.setItem(row, 0, QTableWidgetItem(date_text(item.due_date)))
            self.table.setItem(row, 1, QTableWidgetItem(amount_text(item.amount)))
            states = QComboBox()
            for state in InstalmentState:
                states.addItem(state_name(state), state.value)
            states.setCurrentIndex(states.findData(item.state.value))
            self.table.setCellWidget(row, 2, states)
            settled = date_text(item.settled_on) if item.settled_on else ""
            self.table.setItem(row, 3, QTableWidgetItem(settled))
        self.table.resizeColumnsToContents()

    def instalments(self) -> list[InstalmentInput]:
        """The table as instalments, dates read in the locale's order (or ISO); raises InputError
        naming the row's field."""
        items = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, column) for column in (0, 1, 3)]
            due, amount, settled = (cell.text().strip() if cell else "" for cell in cells)
            combo = self.table.cellWidget(row, 2)
            assert isinstance(combo, QComboBox)
            items.append(InstalmentInput(
                due_date=read_date(due, "due date"), amount=read_amount(amount, "amount"),
                state=InstalmentState(combo.currentData()),
                settled_on=read_date(settled, "paid on") if settled else None))
        return items

    def save(self) -> None:
        """Write the schedule and the pause dates; stay open and say why on a refused value."""
        self.error.clear()
        try:
            items = self.instalments()
            if items:
                self.workspace.plans.set_schedule(self.case_id, items)
            self.workspace.plans.set_pause(self.case_id, date_of(self.paused_on),
                                           date_of(self.extended))
        except KnownError as error:
            self.error.setText(plain_words(error))
            return
        self.saved.emit()
        self.accept()


def pause_words(view: PlanView | None) -> str:
    """"Payments paused until …" for the dialog and the case header; empty without a pause."""
    if view is None or view.pause is None:
        return ""
    pause = view.pause
    when = format_date(pause.ends_on, "d MMMM yyyy")
    text = translate("Plan", "Payments paused until %1.").replace("%1", when)
    if pause.paused_amount:
        text += " " + translate("Plan", "%1 is held back; it resumes then unless the pause is "
                                        "extended.").replace(
            "%1", format_amount(pause.paused_amount, view.currency))
    charged = [item for item in view.instalments if item.charged_in_dispute]
    if charged:
        text += " " + translate("Plan", "Charged while the dispute is open: %1.").replace(
            "%1", ", ".join(format_amount(item.amount, view.currency) for item in charged))
    return text
