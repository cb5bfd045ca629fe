"""Edit an exhibit's title, document date and the contact it belongs to (never its file)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from casekeeper.domain.dto import EvidenceView, InteractionView
from casekeeper.errors import KnownError
from casekeeper.ui.common.error_report import words_for
from casekeeper.ui.common.i18n import translate
from casekeeper.ui.common.labels import contact_label

NO_DATE = QDate(1990, 1, 1)
Save = Callable[[str, date | None, int | None], None]
"""Save the title, the document date (or None) and the contact id (or None)."""


class ExhibitEditDialog(QDialog):
    """Three fields; a refusal is shown in the dialog, which stays open."""

    def __init__(self, exhibit: EvidenceView, contacts: list[InteractionView], save: Save,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Evidence", "Edit exhibit %1").replace("%1", exhibit.label))
        self._save = save
        self.title = QLineEdit(exhibit.title)
        self.document_date = QDateEdit()
        self.document_date.setCalendarPopup(True)
        self.document_date.setMinimumDate(NO_DATE)
        self.document_date.setSpecialValueText(translate("Evidence", "no date"))
        day = exhibit.document_date
        self.document_date.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)
        self.contact = QComboBox()
        self.contact.addItem(translate("Evidence", "(no contact)"), None)
        for view in sorted(contacts, key=lambda v: v.occurred_at, reverse=True):
            self.contact.addItem(contact_label(view), view.id)
        self.contact.setCurrentIndex(max(self.contact.findData(exhibit.interaction_id), 0))
        file_note = QLabel(translate("Evidence", "File: %1 (the file and its fingerprint never "
                                                 "change)").replace("%1", exhibit.original_name))
        file_note.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        for text, widget in ((translate("Evidence", "&Title"), self.title),
                             (translate("Evidence", "Document &date"), self.document_date),
                             (translate("Evidence", "Belongs to the &contact"), self.contact)):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            form.addRow(label, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(file_note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def chosen_date(self) -> date | None:
        """The document date, or None for "no date"."""
        qdate = self.document_date.date()
        return None if qdate == NO_DATE else date(qdate.year(), qdate.month(), qdate.day())

    def save(self) -> bool:
        """Save through the callback; a refusal is shown here and the dialog stays open."""
        try:
            self._save(self.title.text(), self.chosen_date(), self.contact.currentData())
        except KnownError as error:
            self.error.setText(words_for(error))
            self.error.show()
            return False
        self.accept()
        return True
