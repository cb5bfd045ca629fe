"""The fields of a contact; those of one channel appear only for that channel."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casekeeper.domain.dto import InteractionInput, InteractionView, PromiseInput
from casekeeper.domain.enums import AgentKind, Channel, Direction, Outcome
from casekeeper.ui.common import labels
from casekeeper.ui.common.datetime_fields import date_of, instant_edit, instant_of, optional_date_edit
from casekeeper.ui.common.drop_zone import DropZone
from casekeeper.ui.common.field_errors import FieldErrors
from casekeeper.ui.common.i18n import documents_folder, translate

_PHONE = (Channel.PHONE,)
_WAIT = (Channel.PHONE, Channel.CHAT, Channel.APP)


class LogContactForm(QWidget):
    """A form layout whose rows follow the channel."""

    def __init__(
        self, now: datetime, zone: str, editing: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
        self._zone = zone
        self.layout_ = QFormLayout(self)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.when = instant_edit(now, zone)
        self.direction = QComboBox()
        self.direction.addItem(translate("LogContact", "I contacted Klarna"), Direction.TO_KLARNA.value)
        self.direction.addItem(translate("LogContact", "Klarna contacted me"), Direction.FROM_KLARNA.value)
        self.agent = QLineEdit()
        self.agent.setPlaceholderText(translate("LogContact", "the name they gave, if any"))
        self.kind_group = QButtonGroup(self)
        kinds = QHBoxLayout()
        self.kinds: dict[AgentKind, QRadioButton] = {}
        for kind in (AgentKind.HUMAN, AgentKind.BOT, AgentKind.UNKNOWN):
            radio = QRadioButton(labels.agent_kind_name(kind))
            self.kinds[kind] = radio
            self.kind_group.addButton(radio)
            kinds.addWidget(radio)
        self.kinds[AgentKind.UNKNOWN].setChecked(True)
        self.asked_human = QCheckBox(translate("LogContact", "I asked for a human"))
        self.asked_supervisor = QCheckBox(translate("LogContact", "I asked for a supervisor"))
        asked = QHBoxLayout()
        asked.addWidget(self.asked_human)
        asked.addWidget(self.asked_supervisor)
        asked.addStretch(1)
        self.transferred = QLineEdit()
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(translate("LogContact", "case or ticket number they gave"))
        self.number = QLineEdit()
        self.wait = QSpinBox()
        self.wait.setRange(0, 1440)
        self.wait.setSuffix(translate("LogContact", " min"))
        self.call = QSpinBox()
        self.call.setRange(0, 1440)
        self.call.setSuffix(translate("LogContact", " min"))
        self.transcript = QPlainTextEdit()
        self.transcript.setPlaceholderText(translate("LogContact", "Paste the chat transcript here"))
        self.tracking = QLineEdit()
        self.proof = QPushButton(translate("LogContact", "Attach the proof of posting…"))
        self.subject = QLineEdit()
        self.summary = QPlainTextEdit()
        self.summary.setPlaceholderText(translate("LogContact", "What was said, in your own words"))
        self.outcome = QComboBox()
        for outcome in Outcome:
            self.outcome.addItem(labels.outcome_name(outcome), outcome.value)
        self.outcome.setCurrentIndex(self.outcome.findData(Outcome.PENDING.value))
        self.promise_text = QLineEdit()
        self.promise_text.setPlaceholderText(
            translate("LogContact", "for example: refund within 5 working days")
        )
        self.promise_due = optional_date_edit(field="promise due")
        self.promise_due.anchor = now.date()
        self.respond_by = optional_date_edit(field="respond by")
        self.respond_by.anchor = now.date()
        self.respond_by.setToolTip(translate(
            "LogContact", "The date a letter to you asks you to answer or pay by, such as a "
                          "debt collector's deadline: it becomes your own deadline."))
        self.drop = DropZone()
        self.file_list = QListWidget()
        self.file_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 4)
        self.file_list.setAccessibleName(translate("LogContact", "Files to attach"))
        for box in (self.transcript, self.summary):
            box.setTabChangesFocus(True)
            box.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        rows: list[tuple[str, QWidget, tuple[str, ...]]] = [
            (translate("LogContact", "&When"), self.when, ("at",)),
            (translate("LogContact", "&Direction"), self.direction, ()),
            (translate("LogContact", "A&gent"), self.agent, ("agent",)),
            (translate("LogContact", "Bot or human"), self._wrap(kinds), ()),
            ("", self._wrap(asked), ()),
            (translate("LogContact", "Trans&ferred to"), self.transferred, ("transferred to",)),
            (translate("LogContact", "&Reference"), self.reference, ("reference",)),
            (translate("LogContact", "&Number dialled"), self.number, ("number dialled",)),
            (translate("LogContact", "Waiting time"), self.wait, ("wait minutes",)),
            (translate("LogContact", "Call length"), self.call, ("call minutes",)),
            (translate("LogContact", "&Transcript"), self.transcript, ("transcript",)),
            (translate("LogContact", "Trac&king number"), self.tracking, ("tracking number",)),
            ("", self.proof, ()),
            (translate("LogContact", "E-mail s&ubject"), self.subject, ("e-mail subject",)),
            (translate("LogContact", "What &happened"), self.summary, ("summary",)),
            (translate("LogContact", "&Outcome"), self.outcome, ()),
            (translate("LogContact", "Answer or pay by"), self.respond_by, ("respond by",)),
            (translate("LogContact", "They &promised"), self.promise_text, ("promise",)),
            (translate("LogContact", "Promise d&ue on"), self.promise_due, ("promise due",)),
            (translate("LogContact", "Files"), self.drop, ()),
            ("", self.file_list, ()),
        ]
        self._rows: dict[QWidget, int] = {}
        for text, widget, names in rows:
            message = self.errors.message_label()
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(message)
            self.layout_.addRow(text, holder)
            self._rows[widget] = self.layout_.rowCount() - 1
            if text:
                widget.setAccessibleName(text.replace("&", ""))
                label = self.layout_.labelForField(holder)
                if isinstance(label, QLabel):
                    label.setBuddy(widget)
            self.errors.register(names, widget, message)
        self._show_file_list()
        if editing:
            for widget in (self.promise_text, self.promise_due):
                self.layout_.setRowVisible(self._rows[widget], False)
        self.drop.files_dropped.connect(self.add_files)
        self.drop.browse_requested.connect(self._browse)
        self.proof.clicked.connect(self._browse)

    @staticmethod
    def _wrap(layout: QHBoxLayout) -> QWidget:
        holder = QWidget()
        layout.setContentsMargins(0, 0, 0, 0)
        holder.setLayout(layout)
        return holder

    def show_channel_fields(self, channel: Channel) -> None:
        """Show the rows that belong to ``channel`` only."""
        shown = {
            self.number: channel in _PHONE,
            self.call: channel in _PHONE,
            self.wait: channel in _WAIT,
            self.transcript: channel in (Channel.CHAT, Channel.APP),
            self.tracking: channel is Channel.LETTER,
            self.proof: channel is Channel.LETTER,
            self.subject: channel in (Channel.EMAIL, Channel.WEB_FORM),
        }
        for widget, visible in shown.items():
            self.layout_.setRowVisible(self._rows[widget], visible)

    def add_files(self, files: list[Path]) -> None:
        """Add files to attach after saving."""
        known = set(self.files())
        for path in files:
            if path not in known:
                self.file_list.addItem(str(path))
        self._show_file_list()

    def _show_file_list(self) -> None:
        self.layout_.setRowVisible(self._rows[self.file_list], self.file_list.count() > 0)

    def files(self) -> list[Path]:
        """The files to attach."""
        return [Path(self.file_list.item(row).text()) for row in range(self.file_list.count())]

    def _browse(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, translate("LogContact", "Choose files to attach"), documents_folder()
        )
        self.add_files([Path(name) for name in names])

    def agent_kind(self) -> AgentKind:
        """The checked bot/human choice."""
        return next((kind for kind, radio in self.kinds.items() if radio.isChecked()), AgentKind.UNKNOWN)

    def interaction(self, channel: Channel) -> InteractionInput:
        """The typed contact."""
        phone, waits = channel in _PHONE, channel in _WAIT
        return InteractionInput(
            occurred_at=instant_of(self.when, self._zone),
            zone=self._zone,
            channel=channel,
            direction=Direction(self.direction.currentData()),
            agent_name=self.agent.text(),
            agent_kind=self.agent_kind(),
            asked_for_human=self.asked_human.isChecked(),
            asked_for_supervisor=self.asked_supervisor.isChecked(),
            transferred_to=self.transferred.text(),
            reference=self.reference.text(),
            wait_minutes=self.wait.value() if waits and self.wait.value() else None,
            call_minutes=self.call.value() if phone and self.call.value() else None,
            summary=self.summary.toPlainText(),
            transcript=self.transcript.toPlainText() if channel in (Channel.CHAT, Channel.APP) else "",
            outcome=Outcome(self.outcome.currentData()),
            number_dialled=self.number.text() if phone else "",
            tracking_number=self.tracking.text() if channel is Channel.LETTER else "",
            email_subject=self.subject.text() if channel in (Channel.EMAIL, Channel.WEB_FORM) else "",
            respond_by=date_of(self.respond_by),
        )

    def promise(self) -> PromiseInput | None:
        """The promise typed, or None when neither text nor date was given."""
        due = date_of(self.promise_due)
        text = self.promise_text.text()
        if not text.strip() and due is None:
            return None
        return PromiseInput(text=text, due_date=due)

    def load(self, view: InteractionView) -> None:
        """Fill from a logged contact (for editing)."""
        self._zone = view.zone
        self.when.set_instant(view.occurred_at, view.zone)
        self.direction.setCurrentIndex(self.direction.findData(view.direction.value))
        self.agent.setText(view.agent_name)
        self.kinds[view.agent_kind].setChecked(True)
        self.asked_human.setChecked(view.asked_for_human)
        self.asked_supervisor.setChecked(view.asked_for_supervisor)
        self.transferred.setText(view.transferred_to)
        self.reference.setText(view.reference)
        self.number.setText(view.number_dialled)
        self.wait.setValue(view.wait_minutes or 0)
        self.call.setValue(view.call_minutes or 0)
        self.transcript.setPlainText(view.transcript)
        self.tracking.setText(view.tracking_number)
        self.subject.setText(view.email_subject)
        self.summary.setPlainText(view.summary)
        self.outcome.setCurrentIndex(self.outcome.findData(view.outcome.value))
        self.respond_by.set_date(view.respond_by)

    def clear_for_next(self) -> None:
        """Empty the per-contact fields for "Save and log another"; keep channel and agent kind."""
        for line in (
            self.agent,
            self.transferred,
            self.reference,
            self.number,
            self.tracking,
            self.subject,
            self.promise_text,
        ):
            line.clear()
        for box in (self.transcript, self.summary):
            box.clear()
        self.wait.setValue(0)
        self.call.setValue(0)
        self.asked_human.setChecked(False)
        self.asked_supervisor.setChecked(False)
        self.promise_due.set_date(None)
        self.respond_by.set_date(None)
        self.file_list.clear()
        self._show_file_list()
