"""First run: choose the country and the language, and optionally add a sample case to explore."""

from __future__ import annotations

from PySide6.QtCore import Qt
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

from casekeeper.ui.common.i18n import translate

COUNTRIES = ("FR", "BE", "DE", "AT", "GB", "SE", "US", "NL", "IE", "NO")


def country_names() -> dict[str, str]:
    """Country codes with their names in the interface language."""
    return {
        "FR": translate("Welcome", "France"),
        "BE": translate("Welcome", "Belgium"),
        "DE": translate("Welcome", "Germany"),
        "AT": translate("Welcome", "Austria"),
        "GB": translate("Welcome", "United Kingdom"),
        "SE": translate("Welcome", "Sweden"),
        "US": translate("Welcome", "United States"),
        "NL": translate("Welcome", "Netherlands"),
        "IE": translate("Welcome", "Ireland"),
        "NO": translate("Welcome", "Norway"),
    }


def country_combo(selected: str) -> QComboBox:
    """A list of the countries, ``selected`` chosen; those without rules of their own say so."""
    from casekeeper.ui.common.knowledge_adapter import countries_with_own_rules

    own = countries_with_own_rules()
    combo = QComboBox()
    general = translate("Welcome", "Case Keeper has no rules checked for this country yet: it uses "
                                   "general guidance, without opening hours or addresses.")
    for code, name in country_names().items():
        if code in own:
            combo.addItem(f"{name} ({code})", code)
            continue
        combo.addItem(translate("Welcome", "%1 (%2): general guidance only")
                      .replace("%1", name).replace("%2", code), code)
        combo.setItemData(combo.count() - 1, general, Qt.ItemDataRole.ToolTipRole)
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
        self.sample = QCheckBox(
            translate("Welcome", "Add a sample case to see how it works (you can delete it later)")
        )
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
        layout.addWidget(buttons)

    def choices(self) -> tuple[str, str, bool]:
        """Country code, language code, and whether to add the sample case."""
        return str(self.country.currentData()), str(self.language.currentData()), self.sample.isChecked()
