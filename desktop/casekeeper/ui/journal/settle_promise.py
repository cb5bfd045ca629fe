"""Settle a promise: kept, broken or back to pending, optionally naming the contact that settled it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from casekeeper.domain.dto import InteractionView, PromiseView
from casekeeper.domain.enums import PromiseState
from casekeeper.errors import KnownError
from casekeeper.ui.common.discard_guard import DiscardGuard
from casekeeper.ui.common.error_report import words_for
from casekeeper.ui.common.i18n import format_date, translate
from casekeeper.ui.common.labels import contact_label

Settle = Callable[[PromiseState, int | None, str], None]
"""Save the new state with the settling contact (or None) and a note."""


class SettlePromiseDialog(QDialog):
    """Three choices; the contact list offers the case's contacts, newest first."""

    def __init__(
        self,
        promise: PromiseView,
        contacts: list[InteractionView],
        state: PromiseState,
        settle: Settle,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Promise", "Klarna's promise"))
        self.promise = promise
        self._settle = settle
        due = format_date(promise.due_date) if promise.due_date else translate("Promise", "no date given")
        text = QLabel(
            translate("Promise", "“%1” (due %2)").replace("%1", promise.text).replace("%2", due)
        )
        text.setWordWrap(True)
        self.kept = QRadioButton(translate("Promise", "&Kept"))
        self.broken = QRadioButton(translate("Promise", "&Broken"))
        self.pending = QRadioButton(translate("Promise", "&Pending (not settled yet)"))
        self.group = QButtonGroup(self)
        choices = QHBoxLayout()
        for button in (self.kept, self.broken, self.pending):
            self.group.addButton(button)
            choices.addWidget(button)
        choices.addStretch(1)
        {PromiseState.KEPT: self.kept, PromiseState.BROKEN: self.broken}.get(state, self.pending).setChecked(
            True
        )
        self.contact = QComboBox()
        self.contact.addItem(translate("Promise", "(none)"), None)
        for view in sorted(contacts, key=lambda v: v.occurred_at, reverse=True):
            self.contact.addItem(contact_label(view), view.id)
        chosen = self.contact.findData(promise.settled_by_interaction_id)
        self.contact.setCurrentIndex(max(chosen, 0))
        self.note = QLineEdit(promise.note)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(translate("Promise", "Settled in the contact"), self.contact)
        form.addRow(translate("Promise", "&Note"), self.note)
        self.contact.setAccessibleName(translate("Promise", "Settled in the contact"))
        self.note.setAccessibleName(translate("Promise", "Note"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.pending.toggled.connect(lambda on: self.contact.setEnabled(not on))
        self.contact.setEnabled(not self.pending.isChecked())
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(choices)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.guard = DiscardGuard(self)  # asks before Escape, Cancel or closing lose typing

    def reject(self) -> None:
        """Escape, Cancel or closing: ask first when something was typed."""
        self.guard.reject()

    def state(self) -> PromiseState:
        """The choice made."""
        if self.kept.isChecked():
            return PromiseState.KEPT
        return PromiseState.BROKEN if self.broken.isChecked() else PromiseState.PENDING

    def save(self) -> bool:
        """Save through the callback; a refusal is shown here and the dialog stays open."""
        contact = self.contact.currentData() if not self.pending.isChecked() else None
        try:
            self._settle(self.state(), contact, self.note.text())
        except KnownError as error:
            self.error.setText(words_for(error))
            self.error.show()
            return False
        self.accept()
        return True
