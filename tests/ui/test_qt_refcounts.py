"""Guard against Qt binding releases that lose references on signal emission or pool work.

PySide6 6.12.0 under Python 3.11 dropped a reference to the emit() result (True) or the
runnable's return value (None) on every call, so the app aborted after a few thousand signals
("bool_dealloc" / "none_dealloc"). pyproject.toml excludes it; these tests fail if a future
release brings the bug back.

The counts of None and True are global: another thread of the process (a reminder check or a
thumbnail left running by an earlier test) moves them too. The bug loses one reference per call,
every time, so each check is tried up to three times and passes when one attempt loses nothing.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, Signal

CALLS = 500
ATTEMPTS = 3


class _Emitter(QObject):
    with_value = Signal(int, object)
    bare = Signal()


def _quiet() -> None:
    """Let other threads of the process finish what they are doing."""
    QThreadPool.globalInstance().waitForDone(10_000)
    for thread in threading.enumerate():
        if thread is not threading.current_thread():
            thread.join(5)


def _lost(run: Callable[[], None]) -> list[tuple[int, int]]:
    """The change of (None, True) reference counts over ``run``, per attempt, until one is clean."""
    changes = []
    for _ in range(ATTEMPTS):
        _quiet()
        before = sys.getrefcount(None), sys.getrefcount(True)
        run()
        after = sys.getrefcount(None), sys.getrefcount(True)
        changes.append((after[0] - before[0], after[1] - before[1]))
        if changes[-1][0] > -10 and changes[-1][1] > -10:
            break
    return changes


def test_emitting_signals_keeps_reference_counts(qapp) -> None:  # type: ignore[no-untyped-def]
    emitter = _Emitter()
    received: list[object] = []
    emitter.with_value.connect(lambda _i, value: received.append(value))
    emitter.bare.connect(lambda: None)

    def emit() -> None:
        for index in range(CALLS):
            emitter.with_value.emit(index, None)
            emitter.bare.emit()
        received.clear()

    changes = _lost(emit)
    assert changes[-1][0] > -10 and changes[-1][1] > -10, changes


def test_pool_work_keeps_reference_counts(qapp) -> None:  # type: ignore[no-untyped-def]
    pool = QThreadPool()

    def work() -> None:
        for _ in range(CALLS):
            pool.start(lambda: None)
        assert pool.waitForDone(10_000)

    changes = _lost(work)
    assert changes[-1][0] > -10, changes
