"""Run slow work off the GUI thread; success and failure callbacks run back on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    """Lives on the GUI thread; its signals, emitted by the worker, are queued back to its slots."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        super().__init__(runner)
        self._runner = runner
        self._on_success = on_success
        self._on_failure = on_failure
        self.succeeded.connect(self._success)
        self.failed.connect(self._failure)

    @Slot(object)
    def _success(self, result: object) -> None:
        self._runner.finish(self, self._on_success, result)

    @Slot(object)
    def _failure(self, error: object) -> None:
        self._runner.finish(self, self._on_failure, error)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # reported on the GUI thread
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(result)


class TaskRunner(QObject):
    """Anki-style background operations: ``run(work, on_success, on_failure)``."""

    busy_changed = Signal(bool)
    all_done = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._running: set[_Relay] = set()

    @property
    def busy(self) -> bool:
        """Whether any operation is still running."""
        return bool(self._running)

    def run(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        """Start ``work`` in the pool; exactly one callback runs later on the GUI thread."""
        relay = _Relay(self, on_success, on_failure)
        self._running.add(relay)
        if len(self._running) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Job(work, relay))

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (used when closing)."""
        return self._pool.waitForDone(msecs)

    def finish(self, relay: _Relay, callback: Callable[[Any], None], value: Any) -> None:
        """Called on the GUI thread by a relay: run the callback and update the busy state."""
        self._running.discard(relay)
        relay.deleteLater()
        try:
            callback(value)
        finally:
            if not self._running:
                self.busy_changed.emit(False)
                self.all_done.emit()
