"""Add a promise Klarna made: to a contact already logged, or on its own."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from casekeeper.domain.dto import InteractionView, PromiseInput
from casekeeper.errors import InputError, KnownError
from casekeeper.ui.common.datetime_fields import DateField
from casekeeper.ui.common.discard_guard import DiscardGuard
from casekeeper.ui.common.error_report import words_for
from casekeeper.ui.common.field_errors import FieldErrors
from casekeeper.ui.common.i18n import translate
from casekeeper.ui.common.input_messages import message_for
from casekeeper.ui.common.labels import contact_label

SavePromise = Callable[[PromiseInput], int]


class AddPromiseDialog(QDialog):
    """What they promised, by when, and in which contact (or none)."""

    def __init__(
        self,
        contacts: list[InteractionView],
        save: SavePromise,
        today: date,
        contact_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(translate("Promise", "Add a promise"))
        self.errors = FieldErrors()
        self.text = QLineEdit()
        self.text.setPlaceholderText(translate("LogContact", "for example: refund within 5 working days"))
        self.due = DateField(optional=True, field="promise due")
        self.due.anchor = today
        self.contact = QComboBox()
        self.contact.addItem(translate("Promise", "On its own (not in a logged contact)"), None)
        for view in sorted(contacts, key=lambda v: v.occurred_at, reverse=True):
            self.contact.addItem(contact_label(view), view.id)
        self.contact.setCurrentIndex(max(self.contact.findData(contact_id), 0))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        rows = (
            (translate("Promise", "They &promised"), self.text, ("promise", "text")),
            (translate("Promise", "&By"), self.due, ("promise due", "due date")),
            (translate("Promise", "In the &contact"), self.contact, ("interaction",)),
        )
        for text, widget, names in rows:
            message = self.errors.message_label()
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(widget)
            column.addWidget(message)
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, holder)
            self.errors.register(names, widget, message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.text.setFocus()
        self.guard = DiscardGuard(self)  # asks before Escape, Cancel or closing lose typing

    def reject(self) -> None:
        """Escape, Cancel or closing: ask first when something was typed."""
        self.guard.reject()

    def save(self) -> bool:
        """Record the promise; a refused value is marked where it was typed."""
        self.errors.clear()
        self.error.hide()
        try:
            self._save(PromiseInput(text=self.text.text(), due_date=self.due.value(),
                                    interaction_id=self.contact.currentData()))
        except InputError as error:
            if not self.errors.show(error.field, message_for(error)):
                self.errors.show("promise", message_for(error))
            return False
        except KnownError as error:
            self.error.setText(words_for(error))
            self.error.show()
            return False
        self.accept()
        return True
