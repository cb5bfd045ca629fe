"""Run slow work off the GUI thread; success and failure callbacks run back on the GUI thread."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


class _Relay(QObject):
    """Lives on the GUI thread; its signals, emitted by workers, are queued back to the runner."""

    succeeded = Signal(int, object)
    failed = Signal(int, object)


def _execute(task_id: int, work: Callable[[], Any], relay: _Relay) -> None:
    """Runs on a pool thread: computes and emits, never touches widgets."""
    try:
        result = work()
    except Exception as error:  # reported on the GUI thread
        relay.failed.emit(task_id, error)
    else:
        relay.succeeded.emit(task_id, result)


class TaskRunner(QObject):
    """Anki-style background operations: ``run(work, on_success, on_failure)``."""

    busy_changed = Signal(bool)
    all_done = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._relay = _Relay(self)
        self._relay.succeeded.connect(self._succeeded)
        self._relay.failed.connect(self._failed)
        self._ids = itertools.count(1)
        self._running: dict[int, tuple[Success, Failure]] = {}

    @property
    def busy(self) -> bool:
        """Whether any operation is still running."""
        return bool(self._running)

    def run(self, work: Callable[[], Any], on_success: Success, on_failure: Failure) -> None:
        """Start ``work`` in the pool; exactly one callback runs later on the GUI thread."""
        task_id = next(self._ids)
        self._running[task_id] = (on_success, on_failure)
        if len(self._running) == 1:
            self.busy_changed.emit(True)
        relay = self._relay
        self._pool.start(lambda: _execute(task_id, work, relay))

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (used when closing)."""
        return self._pool.waitForDone(msecs)

    @Slot(int, object)
    def _succeeded(self, task_id: int, result: object) -> None:
        callbacks = self._running.pop(task_id, None)
        self._finish(lambda: callbacks[0](result) if callbacks else None)

    @Slot(int, object)
    def _failed(self, task_id: int, error: object) -> None:
        callbacks = self._running.pop(task_id, None)
        assert isinstance(error, BaseException)
        self._finish(lambda: callbacks[1](error) if callbacks else None)

    def _finish(self, callback: Callable[[], None]) -> None:
        try:
            callback()
        finally:
            if not self._running:
                self.busy_changed.emit(False)
                self.all_done.emit()
