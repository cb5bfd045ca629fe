"""Guard against Qt binding releases that lose references on signal emission or pool work.

PySide6 6.12.0 under Python 3.11 dropped a reference to the emit() result (True) or the
runnable's return value (None) on every call, so the app aborted after a few thousand signals
("bool_dealloc" / "none_dealloc"). pyproject.toml excludes it; these tests fail if a future
release brings the bug back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QThreadPool, Signal

CALLS = 500


class _Emitter(QObject):
    with_value = Signal(int, object)
    bare = Signal()


def test_emitting_signals_keeps_reference_counts(qapp) -> None:  # type: ignore[no-untyped-def]
    emitter = _Emitter()
    received: list[object] = []
    emitter.with_value.connect(lambda _i, value: received.append(value))
    emitter.bare.connect(lambda: None)
    before = sys.getrefcount(None), sys.getrefcount(True)
    for index in range(CALLS):
        emitter.with_value.emit(index, None)
        emitter.bare.emit()
    received.clear()
    after = sys.getrefcount(None), sys.getrefcount(True)
    assert after[0] - before[0] > -10 and after[1] - before[1] > -10, (before, after)


def test_pool_work_keeps_reference_counts(qapp) -> None:  # type: ignore[no-untyped-def]
    pool = QThreadPool()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        pool.start(lambda: None)
    assert pool.waitForDone(10_000)
    assert sys.getrefcount(None) - before > -10
