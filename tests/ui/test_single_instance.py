"""One app per data folder: the second launch wakes the first; a crashed run's lock is recovered."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from casekeeper.services.instance_lock import lock_holder
from casekeeper.ui.common.single_instance import LOCK_NAME, acquire_or_activate

SECOND_LAUNCH = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from casekeeper.ui.common.single_instance import acquire_or_activate
app = QCoreApplication([])
print("second" if acquire_or_activate(Path(sys.argv[1])) else "activated", flush=True)
"""


def test_the_first_launch_holds_the_folder(qtbot: QtBot, tmp_path: Path) -> None:
    first = acquire_or_activate(tmp_path)
    assert first is not None and first.listening
    assert lock_holder(tmp_path) is None  # the holder is this very process
    first.release()


def test_a_launch_during_the_first_ones_start_up_wakes_it_once_it_listens(
        qtbot: QtBot, tmp_path: Path) -> None:
    first = acquire_or_activate(tmp_path, listen=False)  # holds the lock, not answering yet
    assert first is not None and not first.listening
    try:
        with subprocess.Popen([sys.executable, "-c", SECOND_LAUNCH, str(tmp_path)],
                              stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}) as second:
            qtbot.wait(400)  # the second launch is knocking meanwhile
            with qtbot.waitSignal(first.activation_requested, timeout=10_000):
                first.listen()
            out, _ = second.communicate(timeout=30)
        assert out.strip() == "activated"  # it stops: the folder stays with the first
    finally:
        first.release()


def test_a_second_launch_activates_the_first_and_stops(qtbot: QtBot, tmp_path: Path) -> None:
    first = acquire_or_activate(tmp_path)
    assert first is not None
    try:
        with qtbot.waitSignal(first.activation_requested, timeout=10_000):
            out = subprocess.run([sys.executable, "-c", SECOND_LAUNCH, str(tmp_path)],
                                 capture_output=True, text=True, timeout=30,
                                 env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}).stdout
        assert out.strip() == "activated"
        assert lock_holder(tmp_path) is None
    finally:
        first.release()


def test_a_lock_left_by_a_crashed_run_is_recovered(qtbot: QtBot, tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    (tmp_path / LOCK_NAME).write_text(f"{dead}\npython3\n{os.uname().nodename}\n")
    instance = acquire_or_activate(tmp_path)
    assert instance is not None
    instance.release()


def test_the_cli_sees_a_live_app_holding_the_folder(tmp_path: Path) -> None:
    with subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time\nfrom pathlib import Path\nfrom PySide6.QtCore import QCoreApplication\n"
         "from casekeeper.ui.common.single_instance import acquire_or_activate\n"
         "app = QCoreApplication([])\ni = acquire_or_activate(Path(sys.argv[1]))\n"
         "print('held', flush=True)\nsys.stdin.read()\n", str(tmp_path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}) as holder:
        assert holder.stdout is not None and holder.stdin is not None
        try:
            assert holder.stdout.readline().strip() == "held"
            assert lock_holder(tmp_path) == holder.pid
        finally:
            holder.stdin.close()
            holder.wait(timeout=20)
