"""The one operation runner (Anki's pattern): slow work off the GUI thread, with progress and Cancel.

``tasks.run(work, on_success, on_failure)`` for plain work; ``tasks.start(work, on_success,
on_failure, on_progress=...)`` when ``work(operation)`` reports progress
(``operation.report(done, total)``) and stops when ``operation.cancelled``. Callbacks run back on
the GUI thread; without ``on_failure`` the runner's default report shows the error in plain words.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot
from shiboken6 import isValid

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]
Progress = Callable[[int, int], None]


class _Relay(QObject):
    """Lives on the GUI thread; its signals, emitted by workers, are queued back to the runner."""

    succeeded = Signal(int, object)
    failed = Signal(int, object)
    progressed = Signal(int, int, int)


class Operation:
    """One running operation: its cancel flag and its progress, safe to use from the worker."""

    def __init__(self, task_id: int, relay: _Relay) -> None:
        self._id = task_id
        self._relay = relay
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next step."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        """Whether Cancel was asked for (the work checks this between steps)."""
        return self._cancel.is_set()

    def report(self, done: int, total: int) -> None:
        """Progress from the worker thread (queued to the GUI thread's ``on_progress``)."""
        self._relay.progressed.emit(self._id, done, total)


def _execute(task_id: int, work: Callable[[], Any], relay: _Relay) -> None:
    """Runs on a pool thread: computes and emits, never touches widgets."""
    try:
        result = work()
    except Exception as error:  # reported on the GUI thread
        relay.failed.emit(task_id, error)
    else:
        relay.succeeded.emit(task_id, result)


class TaskRunner(QObject):
    """Runs operations on a small pool; exactly one of the callbacks runs later on the GUI thread."""

    busy_changed = Signal(bool)
    all_done = Signal()

    def __init__(self, parent: QObject | None = None, report: Failure | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._relay = _Relay(self)
        self._relay.succeeded.connect(self._succeeded)
        self._relay.failed.connect(self._failed)
        self._relay.progressed.connect(self._progressed)
        self._ids = itertools.count(1)
        self._running: dict[int, tuple[Success, Failure, Progress | None]] = {}
        self.report = report

    @property
    def busy(self) -> bool:
        """Whether any operation is still running."""
        return bool(self._running)

    def run(self, work: Callable[[], Any], on_success: Success,
            on_failure: Failure | None = None) -> Operation:
        """Start ``work()`` in the pool (it takes no operation: no progress, no Cancel)."""
        return self.start(lambda _operation: work(), on_success, on_failure)

    def start(self, work: Callable[[Operation], Any], on_success: Success, on_failure: Failure | None = None,
              on_progress: Progress | None = None) -> Operation:
        """Start ``work(operation)`` in the pool; ``on_progress`` receives its reports."""
        task_id = next(self._ids)
        operation = Operation(task_id, self._relay)
        self._running[task_id] = (on_success, on_failure or self._default_failure, on_progress)
        if len(self._running) == 1:
            self.busy_changed.emit(True)
        relay = self._relay
        self._pool.start(lambda: _execute(task_id, lambda: work(operation), relay))
        return operation

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (used when closing)."""
        return self._pool.waitForDone(msecs)

    def _default_failure(self, error: BaseException) -> None:
        if self.report is None:
            raise error  # no one to tell: the global error hook logs it and shows it
        self.report(error)

    @Slot(int, int, int)
    def _progressed(self, task_id: int, done: int, total: int) -> None:
        entry = self._running.get(task_id)
        if entry is None or entry[2] is None:
            return
        owner = getattr(entry[2], "__self__", None)
        if isinstance(owner, QObject) and not isValid(owner):
            return  # the dialog that asked was closed and deleted meanwhile
        entry[2](done, total)

    @Slot(int, object)
    def _succeeded(self, task_id: int, result: object) -> None:
        entry = self._running.pop(task_id, None)
        self._finish(lambda: entry[0](result) if entry else None)

    @Slot(int, object)
    def _failed(self, task_id: int, error: object) -> None:
        entry = self._running.pop(task_id, None)
        assert isinstance(error, BaseException)
        self._finish(lambda: entry[1](error) if entry else None)

    def _finish(self, callback: Callable[[], None]) -> None:
        try:
            callback()
        finally:
            if not self._running:
                self.busy_changed.emit(False)
                self.all_done.emit()
