"""Restore a backup from the running app: close the folder, free the lock, restore, reopen, reload."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from casekeeper.errors import KnownError
from casekeeper.ui.common.error_report import plain_words, words_for
from casekeeper.ui.common.i18n import translate
from casekeeper.ui.common.instance_guard import InstanceGuard
from casekeeper.ui.common.tasks import TaskRunner
from casekeeper.ui.data.data_messages import restore_lines

if TYPE_CHECKING:
    from casekeeper.services.workspace import Workspace

log = logging.getLogger("casekeeper.ui.restore")


class WorkspaceRestorer(QObject):
    """One restore at a time; the window is reloaded on the reopened folder when it is done."""

    restored = Signal(list)
    """The report lines, in the interface language."""
    failed = Signal(str)
    busy_changed = Signal(bool)

    def __init__(
        self,
        workspace: Workspace,
        tasks: TaskRunner,
        guard: InstanceGuard | None,
        before: Callable[[], None],
        after: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.tasks = tasks
        self.guard = guard
        self._before = before
        self._after = after
        self.busy = False

    def restore(self, name: str) -> bool:
        """Start restoring ``name``; False when a restore is already running."""
        if self.busy:
            return False
        self.busy = True
        self.busy_changed.emit(True)
        self._before()
        self.tasks.wait()
        self.workspace.close()
        if self.guard is not None:
            self.guard.release()
        paths = self.workspace.paths

        def work() -> object:
            from casekeeper.services.restore import restore_backup

            return restore_backup(paths, name)

        self.tasks.run(work, self._done, self._failed)
        return True

    def _reopen(self) -> str:
        problem = ""
        try:
            self.workspace.reopen()
        except KnownError as error:
            problem = words_for(error)
        if self.guard is not None and not self.guard.reacquire():
            log.warning("another Case Keeper took the data folder during the restore")
        self.busy = False
        self.busy_changed.emit(False)
        if not problem:
            self._after()
        return problem

    def _done(self, report: object) -> None:
        problem = self._reopen()
        if problem:
            self.failed.emit(problem)
            return
        from casekeeper.services.restore import RestoreReport

        assert isinstance(report, RestoreReport)
        self.restored.emit(restore_lines(report))

    def _failed(self, error: BaseException) -> None:
        problem = self._reopen()
        message = plain_words(error)
        if problem:
            message += " " + problem
        self.failed.emit(
            translate("Safety", "The backup was not restored: %1").replace("%1", message)
        )
