"""Mark a letter as sent: when, by letter or e-mail, and the tracking number."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from casekeeper.domain.enums import Channel
from casekeeper.ui.common import labels
from casekeeper.ui.common.datetime_fields import instant_edit, instant_of
from casekeeper.ui.common.i18n import translate


class MarkSentDialog(QDialog):
    """Asks the three facts; the caller logs the letter as a contact."""

    def __init__(self, now: datetime, zone: str, parent: QWidget | None = None,
                 through_customer_service: bool = False) -> None:
        super().__init__(parent)
        self.zone = zone
        self.setWindowTitle(translate("Letters", "Mark as sent"))
        self.when = instant_edit(now, zone)
        self.when.setAccessibleName(translate("Letters", "Sent on"))
        self.channel = QComboBox()
        for channel in (Channel.LETTER, Channel.EMAIL, Channel.CHAT):
            self.channel.addItem(labels.channel_name(channel), channel.value)
        if through_customer_service:
            self.channel.setCurrentIndex(self.channel.findData(Channel.CHAT.value))
        self.channel.setAccessibleName(translate("Letters", "Sent by"))
        self.tracking = QLineEdit()
        self.tracking.setAccessibleName(translate("Letters", "Tracking number"))
        self.tracking.setPlaceholderText(translate("Letters", "for example 1A00112233445"))
        form = QFormLayout()
        form.addRow(translate("Letters", "Sent &on"), self.when)
        form.addRow(translate("Letters", "Sent &by"), self.channel)
        form.addRow(translate("Letters", "&Tracking number"), self.tracking)
        choice = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(choice.Ok | choice.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> tuple[datetime, Channel, str]:
        """When, how, and the tracking number."""
        channel = Channel(str(self.channel.currentData()))
        return instant_of(self.when, self.zone), channel, self.tracking.text().strip()
