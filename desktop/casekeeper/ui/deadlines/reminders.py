"""Reminders while the app runs: a short repeating timer compares the wall clock with what was announced."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from casekeeper.errors import KnownError
from casekeeper.ui.common.i18n import current_language, format_time, translate
from casekeeper.ui.common.icons import icon
from casekeeper.ui.common.next_words import deadline_words, due_in_words
from casekeeper.ui.common.settings import Settings
from casekeeper.ui.deadlines.reminder_bar import ReminderBar

if TYPE_CHECKING:
    from casekeeper.services.deadlines import DueItem
    from casekeeper.services.workspace import Workspace

CHECK_MS = 60_000
BANNER_LINES = 3  # reminders shown in the banner; the Due view lists every one
log = logging.getLogger("casekeeper.ui")


@dataclass(frozen=True, slots=True)
class OpeningReminder:
    """Tell the person when a channel opens."""

    at: datetime
    label: str


def announcement_keys(item: DueItem, days_left: int, leads: tuple[int, ...]) -> list[str]:
    """The keys of every lead time already reached for this deadline (due date included)."""
    view = item.deadline
    return [f"{item.case_id}/{view.key}/{view.due.isoformat()}/{lead}" for lead in leads if days_left <= lead]


def banner_text(texts: list[str]) -> str:
    """The reminders in a few lines: the first ones, then how many more the Due view lists.

    A person with hundreds of cases would otherwise get a banner taller than the screen.
    """
    if len(texts) <= BANNER_LINES + 1:  # "1 more" is never said: that line would be the text itself
        return "\n".join(texts)
    more = translate("Reminders", "…and %1 more in the Due view (Ctrl+D).").replace(
        "%1", str(len(texts) - BANNER_LINES))
    return "\n".join([*texts[:BANNER_LINES], more])


class Reminders(QObject):
    """Shows each deadline once per lead time (banner always; tray message when a tray exists)."""

    announced = Signal(str)

    def __init__(self, workspace: Workspace, settings: Settings, bar: ReminderBar,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings
        self.bar = bar
        self.tray: QSystemTrayIcon | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        """Check now and then every minute (a Qt timer stops in sleep; the wall clock does not)."""
        self.check()
        self.timer.start()

    def check(self) -> list[str]:
        """Announce what became due since the last check; returns the texts shown."""
        texts = self._opening_texts() + self._due_texts()  # asked-for openings first: never cut
        if texts:
            text = banner_text(texts)
            self.bar.remind(text)
            self._tray_message(text)
            self.announced.emit(text)
        return texts

    def _due_texts(self) -> list[str]:
        leads = self.settings.reminder_days
        if not leads:
            return []
        try:
            items = self.workspace.deadlines.due(language=current_language())
        except KnownError as error:
            log.warning("Reminders unavailable: %s", error)
            return []
        examples = {case.id for case in self.workspace.cases.summaries() if case.is_example}
        items = [item for item in items if item.case_id not in examples]  # the sample case is quiet
        today = self.workspace.deadlines.today()
        done = set(self.settings.reminders_announced.split())
        keep: set[str] = set()
        texts = []
        for item in items:
            keys = announcement_keys(item, (item.deadline.due - today).days, leads)
            keep.update(keys)
            if keys and not set(keys) <= done:
                texts.append(
                    translate("Reminders", "%1: %2 by %3.")
                    .replace("%1", item.case_title)
                    .replace("%2", deadline_words(item.deadline))
                    .replace("%3", due_in_words(item.deadline.due, today))
                )
        self.settings.reminders_announced = " ".join(sorted(keep))  # forget settled deadlines
        return texts

    # ---- opening hours -------------------------------------------------------------------------

    def remind_at(self, at: datetime, label: str) -> None:
        """Remember to say "<label> is open now" once the wall clock reaches ``at``."""
        pending = self._openings()
        pending.append(OpeningReminder(at, label))
        self._save_openings(pending)
        self.bar.remind(
            translate("Reminders", "I will remind you when %1 opens (%2).")
            .replace("%1", label)
            .replace("%2", format_time(at, self.workspace.clock.local_zone())),
            with_show=False,
        )

    def opening_pending(self, label: str) -> bool:
        """Whether a "remind me when it opens" waits for ``label``."""
        return any(reminder.label == label for reminder in self._openings())

    def cancel_opening(self, label: str) -> None:
        """Forget the "remind me when it opens" of ``label``."""
        self._save_openings([reminder for reminder in self._openings() if reminder.label != label])
        self.bar.remind(
            translate("Reminders", "No reminder when %1 opens.").replace("%1", label), with_show=False
        )

    def _opening_texts(self) -> list[str]:
        pending = self._openings()
        now = self.workspace.clock.now()
        due = [reminder for reminder in pending if reminder.at <= now]
        if due:
            self._save_openings([reminder for reminder in pending if reminder.at > now])
        return [translate("Reminders", "%1 is open now.").replace("%1", reminder.label) for reminder in due]

    def _openings(self) -> list[OpeningReminder]:
        try:
            raw = json.loads(self.settings.opening_reminders or "[]")
            return [OpeningReminder(datetime.fromisoformat(at), label) for at, label in raw]
        except (ValueError, TypeError):
            return []

    def _save_openings(self, pending: list[OpeningReminder]) -> None:
        self.settings.opening_reminders = json.dumps([[r.at.isoformat(), r.label] for r in pending])

    # ---- tray ----------------------------------------------------------------------------------

    def _tray_message(self, text: str) -> None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return  # the banner is enough (GNOME without AppIndicator, offscreen)
        if self.tray is None:
            self.tray = QSystemTrayIcon(icon("app"), self)
            self.tray.setToolTip("Case Keeper")
            self.tray.messageClicked.connect(self.bar.show_requested)
            self.tray.show()
        self.tray.showMessage(translate("Reminders", "Case Keeper reminder"), text,
                              QSystemTrayIcon.MessageIcon.Information)
