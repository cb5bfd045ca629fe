"""The status bar's content: phone and chat open or closed now, and the save state."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar

from casekeeper.ui.common.i18n import translate


class StatusPanel:
    """Two labels placed in a status bar."""

    def __init__(self, bar: QStatusBar) -> None:
        self.channels = QLabel()
        self.channels.setAccessibleName(translate("Status", "Klarna's phone and chat now"))
        self.saved = QLabel()
        self.saved.setAccessibleName(translate("Status", "Save state"))
        self.saved.setText(translate("Status", "Contacts, steps and files are saved as you add them"))
        bar.addWidget(self.channels, 1)
        bar.addPermanentWidget(self.saved)

    def set_channels(self, text: str) -> None:
        """The channels' sentence."""
        self.channels.setText(text)

    def set_saved(self, time_text: str) -> None:
        """``Saved 14:02``."""
        self.saved.setText(translate("Status", "Saved %1").replace("%1", time_text))

    def set_unsaved(self) -> None:
        """The Details tab has unsaved changes."""
        self.saved.setText(translate("Status", "Unsaved changes"))
