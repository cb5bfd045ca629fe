"""First run: choose the country and the language, and optionally add a sample case to explore."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from casekeeper.ui.common.country_language import country_combo, language_combo
from casekeeper.ui.common.i18n import translate


class WelcomeDialog(QDialog):
    """Asked once; every answer can be changed later in Preferences."""

    def __init__(self, country: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Welcome", "Welcome to Case Keeper"))
        intro = QLabel(
            translate(
                "Welcome",
                "Case Keeper keeps the record of your dispute with Klarna: every contact, every promise, "
                "every step of the complaint and every document, on this computer only. Nothing is sent "
                "anywhere.",
            )
        )
        intro.setWordWrap(True)
        self.country = country_combo(country)
        self.country.setAccessibleName(translate("Welcome", "Your country"))
        self.language = language_combo(language)
        self.language.setAccessibleName(translate("Welcome", "Language"))
        self.sample = QCheckBox(translate("Welcome", "Add a sample case to see how it works"))
        self.sample.setToolTip(translate("Welcome", "You can delete it later."))
        self.background = QCheckBox(
            translate("Welcome", "Remind me of deadlines even while Case Keeper is closed")
        )
        background_note = QLabel(translate(
            "Welcome", "System notifications; you can turn this off in Preferences. "
                       "Nothing leaves this computer."
        ))
        background_note.setWordWrap(True)  # long languages wrap here instead of widening the dialog
        background_note.setIndent(24)
        form = QFormLayout()
        form.addRow(translate("Welcome", "Your &country"), self.country)
        form.addRow(translate("Welcome", "&Language"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("Welcome", "&Start"))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.sample)
        layout.addWidget(self.background)
        layout.addWidget(background_note)
        layout.addWidget(buttons)

    def choices(self) -> tuple[str, str, bool]:
        """Country code, language code, and whether to add the sample case."""
        return str(self.country.currentData()), str(self.language.currentData()), self.sample.isChecked()
