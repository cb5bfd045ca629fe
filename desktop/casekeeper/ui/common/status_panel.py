"""The status bar's content: phone and chat open or closed now, and the save state."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar

from casekeeper.ui.common.elided_label import ElidedLabel
from casekeeper.ui.common.i18n import translate


class StatusPanel:
    """Two labels placed in a status bar."""

    def __init__(self, bar: QStatusBar) -> None:
        self.channels = ElidedLabel()
        self.channels.setAccessibleName(translate("Status", "Klarna's phone and chat now"))
        self.saved = QLabel()
        self.saved.setAccessibleName(translate("Status", "Save state"))
        self.saved.setToolTip(translate("Status", "Contacts, steps and files are saved as you add them"))
        self.set_clean()
        # the channels' sentence is long: it ends in "…" rather than widen the window or be cut;
        # the tooltip has it whole
        bar.addWidget(self.channels, 1)
        bar.addPermanentWidget(self.saved)

    def set_channels(self, text: str) -> None:
        """The channels' sentence."""
        self.channels.setText(text)

    def set_saved(self, time_text: str) -> None:
        """``Saved 14:02``."""
        self.saved.setText(translate("Status", "Saved %1").replace("%1", time_text))

    def set_clean(self) -> None:
        """Nothing waits to be saved (at the start, and after Revert)."""
        self.saved.setText(translate("Status", "Everything is saved"))

    def set_unsaved(self) -> None:
        """The Details tab has unsaved changes."""
        self.saved.setText(translate("Status", "Unsaved changes"))
