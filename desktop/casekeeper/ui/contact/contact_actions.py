"""The Contact Klarna cards' own buttons: "Remind me when it opens" and "Edit…" (corrections)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

from casekeeper.domain.enums import Channel
from casekeeper.ui.common.dialogs import open_dialog
from casekeeper.ui.common.i18n import translate
from casekeeper.ui.common.icons import icon

if TYPE_CHECKING:
    from casekeeper.services.workspace import Workspace
    from casekeeper.ui.contact.contact_klarna import ContactKlarnaDialog
    from casekeeper.ui.contact.corrections import CorrectionDialog


class OpeningRequests(Protocol):
    """The window's "remind me when it opens" requests (kept in the case file)."""

    def remind_at(self, at: datetime, label: str, case_id: int | None = None) -> int | None:
        """Ask for a reminder; its id, or None when it could not be stored."""
        ...

    def waiting_request(self, label: str) -> int | None:
        """The waiting request for ``label``, if any."""
        ...

    def cancel_request(self, request_id: int) -> None:
        """Cancel a waiting request."""
        ...


class ContactActions(QObject):
    """Adds the buttons to each card and opens the corrections editor."""

    def __init__(self, workspace: Workspace, country: Callable[[], str],
                 reminders: OpeningRequests, details_changed: Callable[[], None],
                 window: QWidget, start_live: Callable[[Channel, str], object] | None = None) -> None:
        super().__init__(window)
        self.workspace = workspace  # its rules are read on use: the folder may open after the paint
        self.country = country
        self.reminders = reminders
        self.start_live = start_live
        self.details_changed = details_changed
        self.window = window
        self.last_dialog: QDialog | None = None

    def extend_contact_dialog(self, dialog: ContactKlarnaDialog) -> None:
        """Add "Remind me when it opens", call mode and "Edit…" to each card; the best time to call."""
        from casekeeper.knowledge.hours import HoursState

        self._add_best_time(dialog)
        for box in dialog.cards:
            card = box.card
            opening = card.status.next_opening_person
            if opening is not None and card.status.state is HoursState.CLOSED:
                remind = QPushButton(icon("deadline"), "")
                remind.setAutoDefault(False)
                self._show_request(remind, self.reminders.waiting_request(card.label))
                remind.clicked.connect(
                    lambda _=False, at=opening, label=card.label, button=remind:
                    self._toggle(at, label, button))
                box.actions_row.addWidget(remind)
            kind = card.entry.kind
            if self.start_live is not None and kind in (Channel.PHONE, Channel.CHAT):
                live = QPushButton(translate("LiveCall", "Call mode…") if kind is Channel.PHONE
                                   else translate("LiveCall", "Chat mode…"))
                live.setAutoDefault(False)
                live.setToolTip(translate("LiveCall", "A small window on top with your references, "
                                                      "timers and notes; logs the contact at the end"))
                number = card.entry.number if card.entry.number and card.entry.number != "unknown" else ""
                live.clicked.connect(lambda _=False, k=kind, n=number: self._start(k, n))
                box.actions_row.addWidget(live)
            edit = QPushButton(translate("Documents", "Edit…"))
            edit.setAutoDefault(False)
            edit.setToolTip(translate("Documents", "Correct these details if they are wrong for you"))
            field = "hours" if card.entry.hours is not None else "number" if card.entry.number else "address"
            edit.clicked.connect(lambda _=False, key=f"channels.{card.channel_id}.{field}": self.correct(key))
            box.actions_row.addWidget(edit)

    def _add_best_time(self, dialog: ContactKlarnaDialog) -> None:
        """With five logged calls or more: waiting times by weekday and hour, the quietest slot."""
        from casekeeper.errors import KnownError
        from casekeeper.ui.contact.wait_chart import best_time_box

        try:
            found = self.workspace.call_times.best_time(self.country())
        except KnownError:
            return
        if found is None:
            return
        layout = dialog.layout()
        if isinstance(layout, QVBoxLayout):
            dialog.best_time = best_time_box(found, self.workspace.clock.local_zone())  # type: ignore[attr-defined]
            layout.insertWidget(0, dialog.best_time)  # type: ignore[attr-defined]

    def _start(self, channel: Channel, number: str) -> None:
        assert self.start_live is not None
        self.start_live(channel, number)

    def _toggle(self, at: datetime, label: str, button: QPushButton) -> None:
        """Ask for the reminder, or cancel the one already asked for."""
        waiting = self.reminders.waiting_request(label)
        if waiting is None:
            self._show_request(button, self.reminders.remind_at(at, label))
        else:
            self.reminders.cancel_request(waiting)
            self._show_request(button, None)

    @staticmethod
    def _show_request(button: QPushButton, request: int | None) -> None:
        if request is None:
            button.setText(translate("Documents", "Remind me when it opens"))
            button.setToolTip("")
        else:
            button.setText(translate("Documents", "Cancel the reminder"))
            button.setToolTip(translate("Documents", "You asked to be reminded when it opens; "
                                                     "click to cancel that reminder"))

    def correct(self, key: str) -> CorrectionDialog:
        """The corrections editor on one key of the current country."""
        from casekeeper.ui.contact.corrections import CorrectionDialog
        dialog = CorrectionDialog(self.workspace.rules, self.country(), key, self.window)
        dialog.page.changed.connect(self.details_changed)
        self.last_dialog = open_dialog(dialog, window_modal=False)
        return dialog
