"""Corrections to Klarna's details: the person's own values beside the shipped ones, with warnings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casekeeper.errors import KnownError
from casekeeper.ui.common.discard_guard import DiscardGuard
from casekeeper.ui.common.error_report import plain_words
from casekeeper.ui.common.i18n import translate
from casekeeper.ui.contact.correction_form import CorrectionForm, editable_keys

if TYPE_CHECKING:
    from casekeeper.services.rules import OverrideView, RulesService


def warning_words(view: OverrideView) -> str:
    """Why a correction deserves a look, or an empty string."""
    notes = []
    if view.problem:
        notes.append(translate("Corrections", "Not applied: %1").replace("%1", view.problem))
    if view.shipped_changed:
        notes.append(translate("Corrections", "Case Keeper's own value changed since you corrected it."))
    return " ".join(notes)


class CorrectionsPage(QWidget):
    """The list of corrections for one country, and the form to add, change or reset one."""

    changed = Signal()

    def __init__(self, service: RulesService, country: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.country = country
        intro = QLabel(translate(
            "Corrections",
            "If Klarna's hours, numbers, addresses or time limits for your country are wrong here, correct "
            "them. Your corrections stay in your own data and are marked “your correction”.",
        ))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([
            translate("Corrections", "What"),
            translate("Corrections", "Your value"),
            translate("Corrections", "Shipped value"),
            translate("Corrections", "Note"),
        ])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(translate("Corrections", "Your corrections"))
        self.table.itemSelectionChanged.connect(self._pick)
        self.empty = QLabel(
            translate("Corrections", "No corrections yet: Case Keeper's own values are used."))
        self.empty.setWordWrap(True)  # German is long; Preferences fits 400 px (800 at 200 %)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.form = CorrectionForm(service, country)
        self.form.changed.connect(self.refresh)
        self.form.changed.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.form)
        self._words = dict(editable_keys(service, country))
        self.refresh()

    def refresh(self) -> None:
        """Read the corrections again."""
        try:
            views = self.service.overrides(self.country)
        except KnownError as error:
            self.status.setText(plain_words(error))
            return
        self.views = views
        self.table.setRowCount(len(views))
        for row, view in enumerate(views):
            cells = (self._words.get(view.key, view.key), view.value, view.shipped_value_now or "",
                     warning_words(view))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text.replace("\n", " · "))
                item.setToolTip(view.key if column == 0 else text)
                self.table.setItem(row, column, item)
        self.empty.setVisible(not views)
        self.table.setVisible(bool(views))

    def _pick(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.form.select(self.views[rows[0].row()].key)


class CorrectionDialog(QDialog):
    """From a Contact Klarna card: correct that channel's details."""

    def __init__(self, service: RulesService, country: str, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Corrections", "Correct Klarna's details"))
        self.page = CorrectionsPage(service, country)
        self.page.form.select(key)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 100, self.fontMetrics().lineSpacing() * 40)
        self.guard = DiscardGuard(self, dirty=self.page.form.is_dirty)

    def reject(self) -> None:
        """Escape, Close or closing the window: ask first when a value was typed and not saved."""
        self.guard.reject()
