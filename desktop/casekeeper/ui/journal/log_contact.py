"""Log a contact (or edit one): channel buttons, the time already filled, Enter saves."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casekeeper.domain.dto import InteractionInput, InteractionView, PromiseInput
from casekeeper.domain.enums import Channel
from casekeeper.errors import InputError, KnownError
from casekeeper.ui.common.discard_guard import DiscardGuard
from casekeeper.ui.common.error_report import words_for
from casekeeper.ui.common.i18n import translate
from casekeeper.ui.common.input_messages import message_for
from casekeeper.ui.journal.channel_buttons import ChannelButtons
from casekeeper.ui.journal.log_contact_form import LogContactForm


@dataclass(frozen=True, slots=True)
class LoggedContact:
    """What the dialog hands to the window to save."""

    interaction: InteractionInput
    promise: PromiseInput | None
    files: list[Path] = field(default_factory=list)
    interaction_id: int | None = None


Submit = Callable[[LoggedContact], int]


class LogContactDialog(QDialog):
    """Stays open on a refused value, with the field marked and everything typed kept."""

    saved = Signal(int)

    def __init__(
        self,
        submit: Submit,
        now: Callable[[], datetime],
        zone: str,
        channel: Channel,
        agent_names: list[str],
        existing: InteractionView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self._zone = zone
        self._now = now
        self._existing = existing
        self.setWindowTitle(
            translate("LogContact", "Edit contact") if existing else translate("LogContact", "Log a contact")
        )
        self.channels = ChannelButtons()
        self.form = LogContactForm(now(), zone, editing=existing is not None)
        completer = QCompleter(agent_names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.form.agent.setCompleter(completer)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.again_button = QPushButton(translate("LogContact", "Save and log &another"))
        self.again_button.setAutoDefault(False)
        if existing is None:
            self.buttons.addButton(self.again_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.again_button.clicked.connect(lambda: self.save(again=True))
        QShortcut(QKeySequence("Ctrl+Return"), self, lambda: self.save())
        layout = QVBoxLayout(self)
        layout.addWidget(self.channels)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.buttons)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.save_button.setDefault(True)
        self.channels.changed.connect(self.form.show_channel_fields)
        if existing is not None:
            self.channels.set_channel(existing.channel)
            self.form.load(existing)
        else:
            self.channels.set_channel(channel)
        self.form.show_channel_fields(self.channels.channel())
        self.form.agent.setFocus()
        self.guard = DiscardGuard(self)  # asks before Escape, Cancel or closing lose typing

    def reject(self) -> None:
        """Escape, Cancel or closing: ask first when something was typed."""
        self.guard.reject()

    def save(self, again: bool = False) -> bool:
        """Hand the values to the window; on a refused field mark it and stay open."""
        self.form.errors.clear()
        try:
            logged = LoggedContact(
                interaction=self.form.interaction(self.channels.channel()),
                promise=self.form.promise(),
                files=self.form.files(),
                interaction_id=self._existing.id if self._existing else None,
            )
            record_id = self._submit(logged)
        except InputError as error:
            if not self.form.errors.show(error.field, message_for(error)):
                self.form.errors.show("summary", message_for(error))
            return False
        except KnownError as error:  # the environment (a vanished folder, a full disk)
            self.form.errors.show("summary", words_for(error))  # nothing saved; what was typed stays
            return False
        self.saved.emit(record_id)
        if again:
            self.form.clear_for_next()  # the date and time stay: back-filling goes day by day
            self.guard.mark_clean()
            self.form.agent.setFocus()
        else:
            self.accept()
        return True
