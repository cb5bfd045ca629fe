"""The choices of a dossier export: language, period, exhibits and redaction, as DossierOptions."""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from casekeeper.export.options import DossierOptions, Language, RedactedOriginals
from casekeeper.ui.common.country_language import DOCUMENT_LANGUAGES, language_combo
from casekeeper.ui.common.datetime_fields import DateField
from casekeeper.ui.common.i18n import translate


def _date_edit(day: date) -> DateField:
    edit = DateField(field="period")
    edit.set_date(day)
    edit.anchor = day
    return edit


def _day(edit: DateField) -> date:
    """The typed day; raises TypedDateError when it is none."""
    value = edit.value()
    assert value is not None  # not optional
    return value


class ExportOptionsForm(QWidget):
    """What goes into the dossier; ``options()`` gives the DossierOptions."""

    def __init__(self, language: str, first_day: date, last_day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language_combo(language, DOCUMENT_LANGUAGES)
        self.language.setAccessibleName(translate("ExportDossier", "Language of the dossier"))
        self.whole_case = QRadioButton(translate("ExportDossier", "The whole case"))
        self.period = QRadioButton(translate("ExportDossier", "Only from"))
        self.whole_case.setChecked(True)
        self.date_from = _date_edit(first_day)
        self.date_from.setAccessibleName(translate("ExportDossier", "First day"))
        self.date_to = _date_edit(last_day)
        self.date_to.setAccessibleName(translate("ExportDossier", "Last day"))
        period_row = QHBoxLayout()
        for widget in (self.whole_case, self.period, self.date_from):
            period_row.addWidget(widget)
        period_row.addWidget(QLabel(translate("ExportDossier", "to")))
        period_row.addWidget(self.date_to)
        period_row.addStretch(1)
        self.period.toggled.connect(self._update)
        self.exhibits = QCheckBox(translate("ExportDossier", "Include the exhibits (documents and photos)"))
        self.exhibits.setChecked(True)
        form = QFormLayout()
        form.addRow(translate("ExportDossier", "&Language"), self.language)
        form.addRow(translate("ExportDossier", "Period"), period_row)
        form.addRow("", self.exhibits)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self._redaction_box())
        self._update()

    def _redaction_box(self) -> QGroupBox:
        box = QGroupBox(translate("ExportDossier", "Hide personal details (redaction)"))
        box.setCheckable(True)
        box.setChecked(False)
        self.redaction = box
        self.mask_hint = QLabel(translate(
            "ExportDossier",
            "Masks e-mail addresses, phone numbers, IBAN and account numbers, and your own name, "
            "address and e-mail in the pages of the dossier.",
        ))
        self.mask_hint.setWordWrap(True)
        self.extra = QPlainTextEdit()
        self.extra.setAccessibleName(translate("ExportDossier", "Other words to hide, one per line"))
        self.extra.setPlaceholderText(translate("ExportDossier", "Other words to hide, one per line"))
        self.extra.setTabChangesFocus(True)
        self.extra.setMaximumHeight(self.fontMetrics().lineSpacing() * 4)
        self.originals = QButtonGroup(self)
        choices = (
            ("clean-only", translate(
                "ExportDossier", "Attach only the original files in which nothing had to be hidden")),
            ("none", translate("ExportDossier", "Attach no original files")),
            ("all", translate(
                "ExportDossier", "Attach all original files (they still show what the pages hide)")),
        )
        column = QVBoxLayout(box)
        column.addWidget(self.mask_hint)
        column.addWidget(self.extra)
        column.addWidget(QLabel(translate(
            "ExportDossier",
            "Original files cannot be masked. Which ones should go with the dossier?")))
        self._original_buttons: dict[str, QRadioButton] = {}
        for value, text in choices:
            button = QRadioButton(text)
            self._original_buttons[value] = button
            self.originals.addButton(button)
            column.addWidget(button)
        self._original_buttons["clean-only"].setChecked(True)
        return box

    def _update(self) -> None:
        self.date_from.setEnabled(self.period.isChecked())
        self.date_to.setEnabled(self.period.isChecked())

    def chosen_originals(self) -> RedactedOriginals:
        """Which originals to attach when redacting."""
        for value, button in self._original_buttons.items():
            if button.isChecked():
                return cast(RedactedOriginals, value)
        return "clean-only"

    def set_originals(self, value: str) -> None:
        """Pick one of ``clean-only``, ``none``, ``all``."""
        self._original_buttons[value].setChecked(True)

    def options(self) -> DossierOptions:
        """The DossierOptions for these choices."""
        period = self.period.isChecked()
        extra = tuple(line.strip() for line in self.extra.toPlainText().splitlines() if line.strip())
        return DossierOptions(
            language=cast(Language, str(self.language.currentData())),
            date_from=_day(self.date_from) if period else None,
            date_to=_day(self.date_to) if period else None,
            include_exhibits=self.exhibits.isChecked(),
            redact=self.redaction.isChecked(),
            redact_strings=extra,
            redacted_originals=self.chosen_originals(),
        )
