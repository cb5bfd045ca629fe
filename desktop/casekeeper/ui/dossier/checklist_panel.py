"""The completeness checklist before an export: each gap with a button to the place that fixes it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from casekeeper.export.checklist import ChecklistItem
from casekeeper.ui.common.i18n import translate
from casekeeper.ui.common.icons import icon


def fix_label(record_kind: str, code: str) -> str:
    """The words of the button beside a checklist item."""
    if code == "no-interactions":
        return translate("Checklist", "Log a contact…")
    if code == "no-stage":
        return translate("Checklist", "Escalate…")
    if code in ("no-exhibits", "exhibit-missing"):
        return translate("Checklist", "Open the evidence")
    if record_kind == "interaction":
        return translate("Checklist", "Show the contact")
    if record_kind == "promise":
        return translate("Checklist", "Show the promise")
    return translate("Checklist", "Open the details")


class ChecklistPanel(QGroupBox):
    """Lists what is missing; ``fix_requested`` carries the item whose button was pressed."""

    fix_requested = Signal(object)
    recheck_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Checklist", "Before you export: what could be completed"), parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.rows = QWidget()
        self.grid = QGridLayout(self.rows)
        self.grid.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.rows)
        scroll.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.recheck = QPushButton(translate("Checklist", "Check again"))
        self.recheck.setAutoDefault(False)
        self.recheck.clicked.connect(self.recheck_requested)
        self.buttons: list[QPushButton] = []
        column = QVBoxLayout(self)
        column.addWidget(self.summary)
        column.addWidget(scroll, 1)
        column.addWidget(self.recheck)

    def set_items(self, items: Sequence[ChecklistItem]) -> None:
        """Replace the rows."""
        while self.grid.count():
            taken = self.grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons = []
        self.items = tuple(items)
        if not items:
            self.summary.setText(translate("Checklist", "Nothing is missing: the dossier is complete."))
            self.rows.hide()
            return
        self.rows.show()
        count = len(items)
        self.summary.setText(
            translate(
                "Checklist",
                "%n things could make the dossier stronger. You can fix them first, or export anyway.",
                None,
                count,
            )
        )
        for row, item in enumerate(items):
            label = QLabel(item.message)
            label.setWordWrap(True)
            button = QPushButton(fix_label(item.record_kind, item.code))
            button.setAutoDefault(False)
            button.setAccessibleDescription(item.message)
            button.clicked.connect(lambda _=False, chosen=item: self.fix_requested.emit(chosen))
            icon_label = QLabel()
            size = self.fontMetrics().height()
            icon_label.setPixmap(icon("info").pixmap(size, size))
            self.grid.addWidget(icon_label, row, 0)
            self.grid.addWidget(label, row, 1)
            self.grid.addWidget(button, row, 2)
            self.buttons.append(button)
        self.grid.setColumnStretch(0, 0)
        self.grid.setColumnStretch(1, 1)
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        self.grid.setRowStretch(len(items), 1)  # rows stay together at the top
