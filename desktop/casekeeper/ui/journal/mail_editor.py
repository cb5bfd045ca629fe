"""The fields of one imported message the person may correct before saving."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from casekeeper.domain.enums import AgentKind, Channel, Direction
from casekeeper.services.mail_drafts import MailDraft
from casekeeper.ui.common import labels
from casekeeper.ui.common.datetime_fields import instant_edit, instant_of, set_instant
from casekeeper.ui.common.i18n import translate


class MailDraftEditor(QWidget):
    """Channel, direction, time, agent, reference and summary of one draft; emits ``changed``."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._draft: MailDraft | None = None
        self._loading = False
        self.channel = QComboBox()
        for channel in Channel:
            self.channel.addItem(labels.channel_name(channel), channel.value)
        self.direction = QComboBox()
        self.direction.addItem(translate("MailImport", "I wrote to Klarna"), Direction.TO_KLARNA.value)
        self.direction.addItem(translate("MailImport", "Klarna wrote to me"),
                               Direction.FROM_KLARNA.value)
        self.when = instant_edit(datetime(2026, 1, 1, tzinfo=UTC), "UTC")
        self.zone = QLabel()
        self.agent = QLineEdit()
        self.reference = QLineEdit()
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(translate("MailImport", "C&hannel"), self.channel)
        form.addRow(translate("MailImport", "&Direction"), self.direction)
        form.addRow(translate("MailImport", "&Sent"), self.when)
        form.addRow(translate("MailImport", "Time zone"), self.zone)
        form.addRow(translate("MailImport", "&Agent"), self.agent)
        form.addRow(translate("MailImport", "&Reference"), self.reference)
        form.addRow(translate("MailImport", "S&ummary"), self.summary)
        for signal in (self.channel.currentIndexChanged, self.direction.currentIndexChanged,
                       self.when.changed, self.agent.textEdited, self.reference.textEdited,
                       self.summary.textChanged):
            signal.connect(self._edited)
        self.setEnabled(False)

    def show_draft(self, draft: MailDraft | None) -> None:
        """Show ``draft`` (or nothing) without emitting ``changed``."""
        self._loading = True
        try:
            self._draft = draft
            self.setEnabled(draft is not None)
            if draft is None:
                return
            contact = draft.contact
            self.channel.setCurrentIndex(self.channel.findData(contact.channel.value))
            self.direction.setCurrentIndex(self.direction.findData(contact.direction.value))
            set_instant(self.when, contact.occurred_at, contact.zone)
            self.zone.setText(contact.zone)
            self.agent.setText(contact.agent_name)
            self.reference.setText(contact.reference)
            self.summary.setPlainText(contact.summary)
        finally:
            self._loading = False

    def _edited(self) -> None:
        if self._loading or self._draft is None:
            return
        contact = self._draft.contact
        updated = replace(
            contact, channel=Channel(self.channel.currentData()),
            direction=Direction(self.direction.currentData()),
            occurred_at=instant_of(self.when, contact.zone), agent_name=self.agent.text(),
            agent_kind=AgentKind.HUMAN if self.agent.text().strip() else AgentKind.UNKNOWN,
            reference=self.reference.text(), summary=self.summary.toPlainText())
        self._draft = replace(self._draft, contact=updated)
        self.changed.emit(self._draft)
