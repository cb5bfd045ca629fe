"""The country and language pickers shared by the welcome, Preferences, the dossier and letters."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from casekeeper.ui.common.i18n import LANGUAGES, NAMES, current_language, translate

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


def country_title(code: str) -> str:
    """A country's name in the interface language (``Norwegen``); one without rules of its own
    says that only general guidance is given (``Spanien (ES): nur allgemeine Hinweise``)."""
    from casekeeper.i18n.formats import territory_name
    from casekeeper.ui.common.knowledge_adapter import countries_with_own_rules

    name = country_names().get(code) or territory_name(code, current_language()) or code
    if code in countries_with_own_rules():
        return name
    return translate("Welcome", "%1 (%2): general guidance only").replace("%1", name).replace("%2", code)


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


# The dossier and the letters are written in any window language, whatever the window speaks.
DOCUMENT_LANGUAGES = LANGUAGES


def language_combo(selected: str, codes: tuple[str, ...] = LANGUAGES) -> QComboBox:
    """The languages ``codes``, each named in its own language (English, Français, Deutsch, Svenska)."""
    combo = QComboBox()
    for code in codes:
        combo.addItem(NAMES[code], code)
    combo.setCurrentIndex(max(0, combo.findData(selected)))
    return combo
