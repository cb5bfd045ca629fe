"""The fields of a case, shared by the Details tab and the New case dialog."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casekeeper.domain.dto import CaseDetail, CaseInput
from casekeeper.domain.enums import ProblemCategory, Product
from casekeeper.domain.values import parse_amount
from casekeeper.ui.common import labels
from casekeeper.ui.common.datetime_fields import DateField
from casekeeper.ui.common.field_errors import FieldErrors
from casekeeper.ui.common.i18n import translate


class CaseForm(QWidget):
    """Edits a CaseInput; ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
        self.title = QLineEdit()
        self.merchant = QLineEdit()
        self.country = QLineEdit()
        self.country.setMaxLength(2)
        self.product = QComboBox()
        for product in Product:
            self.product.addItem(labels.product_name(product), product.value)
        self.order_ref = QLineEdit()
        self.klarna_ref = QLineEdit()
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(translate("CaseForm", "for example 74,50"))
        self.currency = QLineEdit()
        self.currency.setMaxLength(3)
        self.purchase_date = DateField(optional=True, field="purchase date")
        self.problem = QComboBox()
        for problem in ProblemCategory:
            self.problem.addItem(labels.problem_name(problem), problem.value)
        self.problem_text = QPlainTextEdit()
        self.remedy = QPlainTextEdit()
        self.notes = QPlainTextEdit()
        self.consumer_name = QLineEdit()
        self.consumer_email = QLineEdit()
        self.klarna_account = QLineEdit()
        for box in (self.problem_text, self.remedy, self.notes):
            box.setTabChangesFocus(True)
            box.setMinimumHeight(box.fontMetrics().lineSpacing() * 3)
            box.setMaximumHeight(box.fontMetrics().lineSpacing() * 7)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        rows: tuple[tuple[str, QWidget, tuple[str, ...]], ...] = (
            (translate("CaseForm", "&Title"), self.title, ("title",)),
            (translate("CaseForm", "&Shop"), self.merchant, ("merchant",)),
            (translate("CaseForm", "&Problem"), self.problem, ("problem",)),
            (translate("CaseForm", "What &happened"), self.problem_text, ("problem text",)),
            (translate("CaseForm", "What you &want"), self.remedy, ("remedy",)),
            (translate("CaseForm", "&Order number"), self.order_ref, ("order reference",)),
            (translate("CaseForm", "&Klarna reference"), self.klarna_ref, ("Klarna reference",)),
            (translate("CaseForm", "&Amount"), self.amount, ("amount",)),
            (translate("CaseForm", "C&urrency"), self.currency, ("currency",)),
            (translate("CaseForm", "Purchase &date"), self.purchase_date, ("purchase date",)),
            (translate("CaseForm", "Klarna pro&duct"), self.product, ("product",)),
            (translate("CaseForm", "&Country"), self.country, ("country",)),
            (translate("CaseForm", "Your &name"), self.consumer_name, ("your name",)),
            (translate("CaseForm", "Your &e-mail"), self.consumer_email, ("your e-mail",)),
            (translate("CaseForm", "Klarna a&ccount"), self.klarna_account, ("Klarna account",)),
            (translate("CaseForm", "&Notes"), self.notes, ("notes",)),
        )
        for text, widget, names in rows:
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(widget)
            message = self.errors.message_label()
            column.addWidget(message)
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, column)
            widget.setAccessibleName(text.replace("&", ""))
            self.errors.register(names, widget, message)
        self._layout.addLayout(form)
        for line in (
            self.title,
            self.merchant,
            self.country,
            self.order_ref,
            self.klarna_ref,
            self.amount,
            self.currency,
            self.consumer_name,
            self.consumer_email,
            self.klarna_account,
        ):
            line.textEdited.connect(self.changed)
        for box in (self.problem_text, self.remedy, self.notes):
            box.textChanged.connect(self.changed)
        for combo in (self.product, self.problem):
            combo.activated.connect(self.changed)
        self.purchase_date.changed.connect(self.changed)

    def load(self, data: CaseInput | CaseDetail) -> None:
        """Fill the fields without firing ``changed``."""
        self.blockSignals(True)
        for widget, value in (
            (self.title, data.title),
            (self.merchant, data.merchant),
            (self.country, data.country),
            (self.order_ref, data.order_ref),
            (self.klarna_ref, data.klarna_ref),
            (self.amount, str(data.amount).replace(".", ",") if data.amount else ""),
            (self.currency, data.currency or ""),
            (self.consumer_name, data.consumer_name),
            (self.consumer_email, data.consumer_email),
            (self.klarna_account, data.klarna_account),
        ):
            widget.setText(value)
        self.problem_text.setPlainText(data.problem_text)
        self.remedy.setPlainText(data.remedy)
        self.notes.setPlainText(data.notes)
        self.product.setCurrentIndex(max(0, self.product.findData(data.product.value)))
        self.problem.setCurrentIndex(max(0, self.problem.findData(data.problem.value)))
        self.purchase_date.set_date(data.purchase_date)
        self.errors.clear()
        self.blockSignals(False)

    def value(self, consumer_address: str = "") -> CaseInput:
        """The typed values as a CaseInput; raises InputError for an unreadable amount."""
        amount_text = self.amount.text().strip()
        return CaseInput(
            title=self.title.text(),
            merchant=self.merchant.text(),
            country=self.country.text() or "FR",
            product=Product(self.product.currentData()),
            order_ref=self.order_ref.text(),
            klarna_ref=self.klarna_ref.text(),
            amount=parse_amount(amount_text) if amount_text else None,
            currency=self.currency.text() or None,
            purchase_date=self.purchase_date.value(),
            problem=ProblemCategory(self.problem.currentData()),
            problem_text=self.problem_text.toPlainText(),
            remedy=self.remedy.toPlainText(),
            notes=self.notes.toPlainText(),
            consumer_name=self.consumer_name.text(),
            consumer_email=self.consumer_email.text(),
            consumer_address=consumer_address,
            klarna_account=self.klarna_account.text(),
        )
