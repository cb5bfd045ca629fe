"""First run: choose the country and the language, and optionally add a sample case to explore."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from casekeeper.ui.i18n import translate

COUNTRIES = ("FR", "BE", "DE", "AT", "GB", "SE", "US", "NL", "IE", "NO")


def _t(text: str) -> str:
    return translate("Welcome", text)


def country_names() -> dict[str, str]:
    """Country codes with their names in the interface language."""
    return {"FR": _t("France"), "BE": _t("Belgium"), "DE": _t("Germany"), "AT": _t("Austria"),
            "GB": _t("United Kingdom"), "SE": _t("Sweden"), "US": _t("United States"),
            "NL": _t("Netherlands"), "IE": _t("Ireland"), "NO": _t("Norway")}


def country_combo(selected: str) -> QComboBox:
    """A list of the countries, ``selected`` chosen."""
    combo = QComboBox()
    for code, name in country_names().items():
        combo.addItem(f"{name} ({code})", code)
    combo.setCurrentIndex(max(0, combo.findData(selected)))
    return combo


def language_combo(selected: str) -> QComboBox:
    """English or French (each in its own language)."""
    combo = QComboBox()
    combo.addItem("English", "en")
    combo.addItem("Français", "fr")
    combo.setCurrentIndex(max(0, combo.findData(selected)))
    return combo


class WelcomeDialog(QDialog):
    """Asked once; every answer can be changed later in Preferences."""

    def __init__(self, country: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Welcome to Case Keeper"))
        intro = QLabel(_t(
            "Case Keeper keeps the record of your dispute with Klarna: every contact, every promise, "
            "every step of the complaint and every document, on this computer only. Nothing is sent "
            "anywhere."))
        intro.setWordWrap(True)
        self.country = country_combo(country)
        self.country.setAccessibleName(_t("Your country"))
        self.language = language_combo(language)
        self.language.setAccessibleName(_t("Language"))
        self.sample = QCheckBox(_t("Add a sample case to see how it works (you can delete it later)"))
        form = QFormLayout()
        form.addRow(_t("Your &country"), self.country)
        form.addRow(_t("&Language"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_t("&Start"))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.sample)
        layout.addWidget(buttons)

    def choices(self) -> tuple[str, str, bool]:
        """Country code, language code, and whether to add the sample case."""
        return str(self.country.currentData()), str(self.language.currentData()), self.sample.isChecked()
