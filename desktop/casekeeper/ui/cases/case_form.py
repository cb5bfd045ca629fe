"""The fields of a case, shared by the Details tab and the New case dialog."""

from __future__ import annotations

from decimal import Decimal

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
from casekeeper.ui.common import labels
from casekeeper.ui.common.datetime_fields import DateField
from casekeeper.ui.common.field_errors import FieldErrors
from casekeeper.ui.common.i18n import amount_text, read_amount, translate


def zone_names() -> list[str]:
    """The IANA zones of places (``Europe/Paris``), sorted."""
    from zoneinfo import available_timezones

    regions = ("Africa/", "America/", "Asia/", "Atlantic/", "Australia/", "Europe/", "Indian/",
               "Pacific/")
    return sorted(name for name in available_timezones() if name.startswith(regions))


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
        example = amount_text(Decimal("74.50"))
        self.amount.setPlaceholderText(translate("CaseForm", "for example %1").replace("%1", example))
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
        self.consumer_address = QPlainTextEdit()
        self.consumer_address.setPlaceholderText(
            translate("CaseForm", "Street and number, then postcode and town on the next line"))
        self.consumer_address.setToolTip(
            translate("CaseForm", "Your postal address, printed on your letters so Klarna can "
                                  "answer you by post."))
        self.klarna_account = QLineEdit()
        self.display_zone = QComboBox()
        self.display_zone.addItem(translate("CaseForm", "The zone of the case's country"), "")
        for name in zone_names():
            self.display_zone.addItem(name, name)
        self.display_zone.setToolTip(translate(
            "CaseForm", "The time zone of the times in your dossier and letters"))
        for box in (self.problem_text, self.remedy, self.notes, self.consumer_address):
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
            (translate("CaseForm", "Your postal add&ress"), self.consumer_address,
             ("your address",)),
            (translate("CaseForm", "Klarna a&ccount"), self.klarna_account, ("Klarna account",)),
            (translate("CaseForm", "Time &zone of documents"), self.display_zone, ("zone",)),
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
        for box in (self.problem_text, self.remedy, self.notes, self.consumer_address):
            box.textChanged.connect(self.changed)
        for combo in (self.product, self.problem, self.display_zone):
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
            (self.amount, amount_text(data.amount)),
            (self.currency, data.currency or ""),
            (self.consumer_name, data.consumer_name),
            (self.consumer_email, data.consumer_email),
            (self.klarna_account, data.klarna_account),
        ):
            widget.setText(value)
        self.problem_text.setPlainText(data.problem_text)
        self.remedy.setPlainText(data.remedy)
        self.notes.setPlainText(data.notes)
        self.consumer_address.setPlainText(data.consumer_address)
        self.product.setCurrentIndex(max(0, self.product.findData(data.product.value)))
        self.problem.setCurrentIndex(max(0, self.problem.findData(data.problem.value)))
        if data.display_zone and self.display_zone.findData(data.display_zone) < 0:
            self.display_zone.addItem(data.display_zone, data.display_zone)
        self.display_zone.setCurrentIndex(max(0, self.display_zone.findData(data.display_zone)))
        self.purchase_date.set_date(data.purchase_date)
        self.errors.clear()
        self.blockSignals(False)

    def value(self) -> CaseInput:
        """The typed values as a CaseInput; raises InputError for an unreadable amount."""
        typed = self.amount.text().strip()
        return CaseInput(
            title=self.title.text(),
            merchant=self.merchant.text(),
            country=self.country.text() or "FR",
            product=Product(self.product.currentData()),
            order_ref=self.order_ref.text(),
            klarna_ref=self.klarna_ref.text(),
            amount=read_amount(typed) if typed else None,
            currency=self.currency.text() or None,
            purchase_date=self.purchase_date.value(),
            problem=ProblemCategory(self.problem.currentData()),
            problem_text=self.problem_text.toPlainText(),
            remedy=self.remedy.toPlainText(),
            notes=self.notes.toPlainText(),
            consumer_name=self.consumer_name.text(),
            consumer_email=self.consumer_email.text(),
            consumer_address=self.consumer_address.toPlainText(),
            klarna_account=self.klarna_account.text(),
            display_zone=str(self.display_zone.currentData() or ""),
        )
