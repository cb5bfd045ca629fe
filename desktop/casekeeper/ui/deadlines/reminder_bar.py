"""The in-window reminder banner: always shown, whether or not the system tray exists."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from casekeeper.ui.common.i18n import translate
from casekeeper.ui.common.message_bar import MessageBar


class ReminderBar(MessageBar):
    """A message bar with a "Show" button that opens the Due view."""

    show_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminder-bar")
        self.show_button = QPushButton(translate("Reminders", "Show"))
        self.show_button.setAccessibleName(translate("Reminders", "Show what is due"))
        self.show_button.setAutoDefault(False)
        self.show_button.clicked.connect(self.show_requested)
        layout = self.layout()
        assert isinstance(layout, QHBoxLayout)
        layout.insertWidget(2, self.show_button)

    def remind(self, text: str, with_show: bool = True) -> None:
        """Show a reminder (info icon, never alarming)."""
        self.show_button.setVisible(with_show)
        self.show_message(text, warning=False)
