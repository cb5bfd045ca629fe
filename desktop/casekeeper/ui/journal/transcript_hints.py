"""Under a pasted chat transcript: what it says (agents, bot, transfer, references), used on request."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from casekeeper.domain.enums import AgentKind
from casekeeper.ui.common.i18n import translate

if TYPE_CHECKING:
    from casekeeper.services.chat_transcript import ChatFindings
    from casekeeper.ui.journal.log_contact_form import LogContactForm

Reader = Callable[[str], "ChatFindings"]
READ_DELAY_MS = 400


class TranscriptHints(QFrame):
    """Reads the transcript a moment after it changes and offers what it found."""

    def __init__(self, form: LogContactForm, read: Reader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self._read = read
        self.findings: ChatFindings | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.use = QPushButton(translate("Transcript", "&Use these"))
        self.use.setAutoDefault(False)
        self.use.clicked.connect(self.apply)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.use)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(READ_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        form.transcript.textChanged.connect(self._timer.start)
        self.hide()

    def refresh(self) -> None:
        """Read the transcript now and show what it offers (or hide)."""
        text = self.form.transcript.toPlainText()
        found = self._read(text) if text.strip() else None
        self.findings = found if found is not None and found.recognised else None
        if self.findings is None:
            self.hide()
            return
        self.text.setText(describe(self.findings))
        self.show()

    def apply(self) -> None:
        """Fill the contact's fields with what the transcript says (the person asked for it)."""
        found = self.findings
        if found is None:
            return
        form = self.form
        if found.agent_name:
            form.agent.setText(found.agent_name)
        form.kinds[found.agent_kind].setChecked(True)
        if found.asked_for_human:
            form.asked_human.setChecked(True)
        if found.transferred_to:
            form.transferred.setText(found.transferred_to)
        if found.references and not form.reference.text().strip():
            form.reference.setText(", ".join(found.references))
        self.hide()


def describe(found: ChatFindings) -> str:
    """One sentence per finding, in the person's language."""
    lines = len(found.lines)
    parts = [translate("Transcript", "Found in the transcript (%n messages):", None, lines)]
    if found.agents:
        parts.append(translate("Transcript", "agent %1 (human);").replace(
            "%1", ", ".join(found.agents)))
    if found.bots:
        parts.append(translate("Transcript", "bot %1;").replace("%1", ", ".join(found.bots)))
    if found.agent_kind is AgentKind.BOT:
        parts.append(translate("Transcript", "only the bot answered;"))
    if found.asked_for_human:
        parts.append(translate("Transcript", "you asked for a human;"))
    if found.transferred_to:
        parts.append(translate("Transcript", "transferred to %1;").replace(
            "%1", found.transferred_to))
    if found.references:
        parts.append(translate("Transcript", "references %1.").replace(
            "%1", ", ".join(found.references)))
    return " ".join(parts).rstrip(" ;")


def install_transcript_hints(form: LogContactForm, read: Reader) -> TranscriptHints:
    """Put the hints under the form's transcript box."""
    hints = TranscriptHints(form, read)
    holder = form.transcript.parentWidget()
    layout = holder.layout() if holder is not None else None
    assert isinstance(layout, QVBoxLayout)
    layout.insertWidget(1, hints)
    return hints
