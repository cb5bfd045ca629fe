"""The Contact Klarna cards' own buttons: "Remind me when it opens" and "Edit…" (corrections)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from casekeeper.ui.common.dialogs import open_dialog
from casekeeper.ui.common.i18n import translate
from casekeeper.ui.common.icons import icon

if TYPE_CHECKING:
    from casekeeper.services.workspace import Workspace
    from casekeeper.ui.contact.contact_klarna import ContactKlarnaDialog
    from casekeeper.ui.contact.corrections import CorrectionDialog


class ContactActions(QObject):
    """Adds the buttons to each card and opens the corrections editor."""

    def __init__(self, workspace: Workspace, country: Callable[[], str],
                 remind_at: Callable[[datetime, str], None], details_changed: Callable[[], None],
                 window: QWidget, *, opening_pending: Callable[[str], bool],
                 cancel_opening: Callable[[str], None]) -> None:
        super().__init__(window)
        self.workspace = workspace  # its rules are read on use: the folder may open after the paint
        self.country = country
        self.remind_at = remind_at
        self.opening_pending = opening_pending
        self.cancel_opening = cancel_opening
        self.details_changed = details_changed
        self.window = window
        self.last_dialog: QDialog | None = None

    def extend_contact_dialog(self, dialog: ContactKlarnaDialog) -> None:
        """Add "Remind me when it opens" and "Edit…" to each card."""
        from casekeeper.knowledge.hours import HoursState

        for box in dialog.cards:
            card = box.card
            opening = card.status.next_opening_person
            if opening is not None and card.status.state is HoursState.CLOSED:
                remind = QPushButton(icon("deadline"), "")
                self._word_remind_button(remind, self.opening_pending(card.label))
                remind.setAutoDefault(False)
                remind.clicked.connect(
                    lambda _=False, at=opening, label=card.label, button=remind:
                    self._remind(at, label, button))
                box.actions_row.addWidget(remind)
            edit = QPushButton(translate("Documents", "Edit…"))
            edit.setAutoDefault(False)
            edit.setToolTip(translate("Documents", "Correct these details if they are wrong for you"))
            field = "hours" if card.entry.hours is not None else "number" if card.entry.number else "address"
            edit.clicked.connect(lambda _=False, key=f"channels.{card.channel_id}.{field}": self.correct(key))
            box.actions_row.addWidget(edit)

    def _remind(self, at: datetime, label: str, button: QPushButton) -> None:
        """Set the reminder, or cancel it when it is set (the same button)."""
        if self.opening_pending(label):
            self.cancel_opening(label)
        else:
            self.remind_at(at, label)
        self._word_remind_button(button, self.opening_pending(label))

    @staticmethod
    def _word_remind_button(button: QPushButton, pending: bool) -> None:
        button.setText(
            translate("Documents", "Cancel the reminder") if pending
            else translate("Documents", "Remind me when it opens")
        )
        button.setToolTip(
            translate("Documents", "A reminder waits for this opening; click to cancel it") if pending
            else ""
        )

    def correct(self, key: str) -> CorrectionDialog:
        """The corrections editor on one key of the current country."""
        from casekeeper.ui.contact.corrections import CorrectionDialog
        dialog = CorrectionDialog(self.workspace.rules, self.country(), key, self.window)
        dialog.page.changed.connect(self.details_changed)
        self.last_dialog = open_dialog(dialog, window_modal=False)
        return dialog
