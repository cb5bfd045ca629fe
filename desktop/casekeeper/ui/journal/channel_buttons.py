"""The channel picker: a grid of large checkable buttons with icons, one per channel."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QSizePolicy, QToolButton, QWidget

from casekeeper.domain.enums import Channel
from casekeeper.ui.common import labels
from casekeeper.ui.common.icons import icon

ORDER = (
    Channel.CHAT,
    Channel.PHONE,
    Channel.APP,
    Channel.EMAIL,
    Channel.LETTER,
    Channel.SOCIAL,
    Channel.HELP_CENTRE,
    Channel.WEB_FORM,
    Channel.IN_PERSON,
    Channel.OTHER,
)


class ChannelButtons(QWidget):
    """Exactly one channel is checked; ``changed(Channel)`` fires on a new choice."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None, columns: int = 5) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[Channel, QToolButton] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        size = self.fontMetrics().height() * 2
        for number, channel in enumerate(ORDER):
            button = QToolButton()
            button.setCheckable(True)
            button.setText(labels.channel_name(channel))
            button.setIcon(icon(channel.value))
            button.setIconSize(QSize(size, size))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setAccessibleName(labels.channel_name(channel))
            if number < 9:  # Ctrl+1 … Ctrl+9 pick a channel from anywhere in the dialog
                button.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
                button.setToolTip(f"{labels.channel_name(channel)} (Ctrl+{number + 1})")
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            self.group.addButton(button)
            self.buttons[channel] = button
            layout.addWidget(button, number // columns, number % columns)
            button.toggled.connect(lambda on, chosen=channel: self._toggled(on, chosen))

    def _toggled(self, on: bool, channel: Channel) -> None:
        if on:
            self.changed.emit(channel)

    def channel(self) -> Channel:
        """The checked channel."""
        for channel, button in self.buttons.items():
            if button.isChecked():
                return channel
        return Channel.OTHER

    def set_channel(self, channel: Channel) -> None:
        """Check ``channel``."""
        self.buttons[channel].setChecked(True)
