"""Backups without asking: a short wall-clock timer backs up changed data; one more on exit."""

from __future__ import annotations

import logging
import threading
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from casekeeper.ui.common.error_report import plain_words
from casekeeper.ui.common.tasks import TaskRunner

if TYPE_CHECKING:
    from casekeeper.services.backup import BackupInfo
    from casekeeper.services.workspace import Workspace

log = logging.getLogger("casekeeper.ui.backups")

TICK_MS = 60_000
MIN_INTERVAL = timedelta(minutes=30)
EXIT_TIMEOUT_S = 20.0


class BackupScheduler(QObject):
    """Every minute asks the service whether a scheduled backup is due (cheap when nothing changed).

    A short repeating timer, not one long one: Qt timers stop while the computer sleeps, and the
    service compares the wall clock with the newest backup.
    """

    checked = Signal(object)
    """Emitted after each check with the new BackupInfo, or None when no backup was needed."""
    failed = Signal(str)

    def __init__(self, workspace: Workspace, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.tasks = tasks
        self._running = False
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        """Begin checking every minute."""
        self.timer.start()

    def stop(self) -> None:
        """Stop checking (before a restore, or when the window closes)."""
        self.timer.stop()

    def tick(self) -> bool:
        """Run one check off the GUI thread; False when the previous one is still running."""
        if self._running:
            return False
        self._running = True
        backups = self.workspace.backups
        self.tasks.run(lambda: backups.backup_if_changed(MIN_INTERVAL), self._done, self._failed)
        return True

    def _done(self, result: object) -> None:
        self._running = False
        from casekeeper.services.backup import BackupInfo

        if isinstance(result, BackupInfo):
            log.info("scheduled backup %s", result.name)
        self.checked.emit(result)

    def _failed(self, error: BaseException) -> None:
        self._running = False
        log.warning("scheduled backup failed: %s", error)
        self.failed.emit(plain_words(error))


def backup_on_exit(workspace: Workspace, timeout_s: float = EXIT_TIMEOUT_S) -> BackupInfo | None:
    """Back up once more when the app quits; never raises and never waits longer than ``timeout_s``.

    The copy runs on its own thread: if it is still running at the deadline, quitting goes on and
    the unfinished copy (a ``.partial`` file) is ignored by the backup list.
    """
    made: list[BackupInfo] = []

    def work() -> None:
        try:
            made.append(workspace.backups.create("exit"))
        except Exception as error:  # a failed exit backup must never stop the app from closing
            log.warning("exit backup failed: %s", error)

    thread = threading.Thread(target=work, name="casekeeper-exit-backup", daemon=True)
    thread.start()
    thread.join(timeout_s)
    return made[0] if made else None
