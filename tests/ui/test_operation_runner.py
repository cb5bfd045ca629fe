"""The one operation runner: progress and Cancel reach the GUI thread; a failure is always told."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from casekeeper.errors import KnownError
from casekeeper.ui.common.tasks import Operation, TaskRunner


def test_progress_arrives_on_the_gui_thread_in_order(qtbot: QtBot) -> None:
    runner = TaskRunner()
    gui = threading.get_ident()
    steps: list[tuple[int, int, bool]] = []

    def work(operation: Operation) -> int:
        for done in range(1, 4):
            operation.report(done, 3)
        return 3

    def step(done: int, total: int) -> None:
        steps.append((done, total, threading.get_ident() == gui))

    with qtbot.waitSignal(runner.all_done, timeout=5000):
        runner.start(work, lambda _result: None, on_progress=step)
    assert steps == [(1, 3, True), (2, 3, True), (3, 3, True)]


def test_cancel_stops_the_work_at_its_next_step(qtbot: QtBot) -> None:
    runner = TaskRunner()
    started, release = threading.Event(), threading.Event()
    outcome: list[object] = []

    def work(operation: Operation) -> str:
        started.set()
        release.wait(5)
        return "stopped" if operation.cancelled else "finished"

    with qtbot.waitSignal(runner.all_done, timeout=5000):
        operation = runner.start(work, outcome.append)
        assert started.wait(5)
        operation.cancel()
        release.set()
    assert outcome == ["stopped"]


def test_a_failure_without_its_own_callback_goes_to_the_default_report(qtbot: QtBot) -> None:
    told: list[BaseException] = []
    runner = TaskRunner(report=told.append)

    def work() -> None:
        raise KnownError("The disk is full.")

    with qtbot.waitSignal(runner.all_done, timeout=5000):
        runner.run(work, lambda _result: None)
    assert [str(error) for error in told] == ["The disk is full."]
