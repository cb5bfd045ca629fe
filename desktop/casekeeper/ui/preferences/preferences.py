"""Preferences: the interface language and the default country for new cases."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from casekeeper.ui.common.country_language import country_combo, language_combo
from casekeeper.ui.common.discard_guard import DiscardGuard
from casekeeper.ui.common.i18n import translate


class PreferencesDialog(QDialog):
    """Changing the language rebuilds the window in the new language at once."""

    def __init__(self, country: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Preferences", "Preferences"))
        self.language = language_combo(language)
        self.language.setAccessibleName(translate("Preferences", "Language"))
        self.country = country_combo(country)
        self.country.setAccessibleName(translate("Preferences", "Default country"))
        form = QFormLayout()
        form.addRow(translate("Preferences", "&Language"), self.language)
        form.addRow(translate("Preferences", "Default &country"), self.country)
        hint = QLabel(
            translate(
                "Preferences",
                "The country gives the opening hours and the complaint rules shown for new cases.",
            )
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        general = QWidget()
        general_layout = QVBoxLayout(general)
        general_layout.addLayout(form)
        general_layout.addWidget(hint)
        general_layout.addStretch(1)
        self.pages = QTabWidget()
        self.pages.addTab(general, translate("Preferences", "General"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(buttons)
        self.pending: list[tuple[QWidget, Callable[[], bool], Callable[[], bool]]] = []
        self.guard = DiscardGuard(self, dirty=lambda: any(dirty() for _page, dirty, _save in self.pending))

    def keep_typing_of(self, page: QWidget, dirty: Callable[[], bool], save: Callable[[], bool]) -> None:
        """A page with typed content: OK saves it (staying open when refused), Cancel asks first."""
        self.pending.append((page, dirty, save))

    def accept(self) -> None:
        """Save what a page holds typed, then close; a refused value keeps the dialog open."""
        for page, dirty, save in self.pending:
            if dirty() and not save():
                self.pages.setCurrentWidget(page)
                return
        super().accept()

    def reject(self) -> None:
        """Escape, Cancel or closing: ask first when a page holds unsaved typing."""
        self.guard.reject()

    def add_page(self, title: str, page: QWidget) -> None:
        """Another page of preferences, after General."""
        self.pages.addTab(page, title)

    def choices(self) -> tuple[str, str]:
        """Country code and language code."""
        return str(self.country.currentData()), str(self.language.currentData())
