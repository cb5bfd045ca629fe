"""Reminders while the app runs: a short repeating timer compares the wall clock with what was announced."""

from __future__ import annotations

import json
import logging
import threading
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from casekeeper.errors import KnownError
from casekeeper.ui.common.error_report import words_for
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
    _computed = Signal(object)  # (items, examples, today) from the worker thread

    def __init__(self, workspace: Workspace, settings: Settings, bar: ReminderBar,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings
        self.bar = bar
        self.banner_cases: set[int] = set()  # the cases the banner shown speaks of
        self._texts_cases: set[int] = set()
        self.tray: QSystemTrayIcon | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check_in_background)
        self._worker: threading.Thread | None = None
        self._computed.connect(self._announce_computed)
        self.checks = 0  # checks completed (the start-up benchmark clicks once the first is done)
        self._last_key: tuple[object, ...] | None = None
        self._last_items: object = None
        self._pending_key: tuple[object, ...] | None = None

    def start(self) -> None:
        """Check now and then every minute (a Qt timer stops in sleep; the wall clock does not)."""
        self.check_in_background()
        self.timer.start()

    def withdraw_closed(self) -> bool:
        """Hide the banner when every case it speaks of has been closed since; True if hidden."""
        if not self.bar.isVisible() or not self.banner_cases:
            return False
        try:
            still_open = self.workspace.cases.open_among(self.banner_cases)  # runs on every
            # case shown: the whole list would be read again (3,000 cases at the huge scale)
        except KnownError:
            return False
        if self.banner_cases & still_open:
            return False
        self.banner_cases = set()
        self.bar.hide()
        return True

    def check_in_background(self) -> None:
        """Work out the deadlines of every open case on another thread, then announce here.

        Each check reads every open case (3,000 of them at the benchmark's huge scale): done on
        the window's thread, it froze the window for seconds every minute.
        """
        if self._worker is not None and self._worker.is_alive():
            return
        language = current_language()
        key = self._data_key(language)
        if key is not None and key == self._last_key:  # nothing written, same day: same deadlines
            self.check(self._last_items)
            return
        self._worker = threading.Thread(target=self._compute, args=(language, key),
                                        name="casekeeper-reminders", daemon=True)
        self._worker.start()

    def _data_key(self, language: str) -> tuple[object, ...] | None:
        """What the deadlines depend on: the case file's state on disk, today and the language.

        Every write changes the file or its write-ahead log, so an unchanged key means the
        minute's check can reuse the last reading (at 3,000 cases a reading takes about a
        minute of background work)."""
        try:
            database = self.workspace.paths.database
            files = [database, database.with_name(database.name + "-wal")]
            stamp = tuple((f.stat().st_mtime_ns, f.stat().st_size) if f.exists() else None
                          for f in files)
            return stamp, self.workspace.deadlines.today(), language
        except (OSError, AttributeError):
            return None

    def wait(self, seconds: float = 30.0) -> None:
        """Let a running check finish (before the case file is closed)."""
        if self._worker is not None:
            self._worker.join(seconds)

    def _compute(self, language: str, key: tuple[object, ...] | None = None) -> None:
        try:
            found = self._due_items(language)
            self._pending_key = key
            self._computed.emit(found)
        except Exception:
            log.exception("Reminder check failed")

    def _announce_computed(self, computed: object) -> None:
        self._last_key, self._last_items = self._pending_key, computed
        self.check(computed)

    def check(self, computed: object = None) -> list[str]:
        """Announce what became due since the last check; returns the texts shown.

        ``computed`` is what a background check found; without it the deadlines are read now."""
        openings = self._opening_texts()
        texts = openings + self._due_texts(computed)  # asked-for openings first: never cut
        self.checks += 1
        if texts:
            self.banner_cases = set() if openings else self._texts_cases
            text = banner_text(texts)
            self.bar.remind(text)
            self._tray_message(text)
            self.announced.emit(text)
        return texts

    def _due_items(self, language: str) -> tuple[list[DueItem], set[int], date] | None:
        """Deadlines of the open cases (not the sample case) and today; None when unavailable."""
        try:
            items = self.workspace.deadlines.due(language=language)
        except KnownError as error:
            log.warning("Reminders unavailable: %s", error)
            return None
        examples = {case.id for case in self.workspace.cases.summaries() if case.is_example}
        return items, examples, self.workspace.deadlines.today()

    def _due_texts(self, computed: object = None) -> list[str]:
        leads = self.settings.reminder_days
        if not leads:
            return []
        found = computed if isinstance(computed, tuple) else self._due_items(current_language())
        if found is None:
            return []
        items, examples, today = found
        items = [item for item in items if item.case_id not in examples]  # the sample case is quiet
        done = set(self.settings.reminders_announced.split())
        keep: set[str] = set()
        texts = []
        self._texts_cases = set()
        for item in items:
            keys = announcement_keys(item, (item.deadline.due - today).days, leads)
            keep.update(keys)
            if keys and not set(keys) <= done:
                self._texts_cases.add(item.case_id)
                texts.append(
                    translate("Reminders", "%1: %2 by %3.")
                    .replace("%1", item.case_title)
                    .replace("%2", deadline_words(item.deadline))
                    .replace("%3", due_in_words(item.deadline.due, today))
                )
        self.settings.reminders_announced = " ".join(sorted(keep))  # forget settled deadlines
        return texts

    # ---- opening hours -------------------------------------------------------------------------

    def remind_at(self, at: datetime, label: str, case_id: int | None = None) -> int | None:
        """Remember (in the case file) to say "<label> is open now" once the wall clock reaches ``at``.

        The request is kept in the case file, so ``casekeeper-cli notify`` announces it too while
        the window is closed, and it can be cancelled here or with ``remind-open cancel``.
        """
        try:
            request = self.workspace.reminders.request_opening(label, at, case_id)
        except KnownError as error:
            self.bar.remind(words_for(error), with_show=False)
            return None
        self.bar.remind(
            translate("Reminders", "I will remind you when %1 opens (%2).")
            .replace("%1", label)
            .replace("%2", format_time(at, self.workspace.clock.local_zone())),
            with_show=False,
        )
        return request

    def waiting_request(self, label: str) -> int | None:
        """The id of a waiting "remind me when it opens" request for ``label``, if any."""
        try:
            waiting = self.workspace.reminders.waiting()
        except KnownError:
            return None
        return next((item.id for item in waiting if item.label == label), None)

    def cancel_request(self, request_id: int) -> None:
        """Cancel a waiting request (a second cancel is harmless)."""
        try:
            self.workspace.reminders.cancel(request_id)
        except KnownError as error:
            log.info("Opening reminder not cancelled: %s", error)

    def _adopt_settings_requests(self) -> None:
        """Move requests an older version kept in the settings file into the case file."""
        raw = self.settings.opening_reminders
        if not raw:
            return
        try:
            for at, label in json.loads(raw):
                self.workspace.reminders.request_opening(str(label), datetime.fromisoformat(at))
        except (ValueError, TypeError) as error:
            log.info("Old opening reminders not readable, dropped: %s", error)
        self.settings.opening_reminders = ""

    def _opening_texts(self) -> list[str]:
        try:
            self._adopt_settings_requests()
            pending = self.workspace.reminders.waiting()
            now = self.workspace.clock.now()
            due = [request for request in pending if request.opens_at <= now]
            for request in due:
                self.workspace.reminders.mark_opening_sent(request.id)
        except KnownError as error:
            log.warning("Opening reminders unavailable: %s", error)
            return []
        return [translate("Reminders", "%1 is open now.").replace("%1", request.label) for request in due]

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
