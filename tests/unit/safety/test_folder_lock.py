"""The data folder's lock below Qt (filelock): proven across processes, not by reading a file."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from casekeeper.errors import DataLocationError
from casekeeper.services.instance_lock import holding_lock, lock_holder, lock_path

HOLD = (
    "import sys\nfrom pathlib import Path\n"
    "from casekeeper.services.instance_lock import holding_lock\n"
    "with holding_lock(Path(sys.argv[1])):\n"
    "    print('held', flush=True)\n"
    "    sys.stdin.read()\n"
)
GUI_HOLD = (
    "import sys\nfrom pathlib import Path\nfrom PySide6.QtCore import QCoreApplication\n"
    "from casekeeper.ui.common.single_instance import acquire_or_activate\n"
    "app = QCoreApplication([])\ni = acquire_or_activate(Path(sys.argv[1]), listen=False)\n"
    "print('held' if i else 'refused', flush=True)\nsys.stdin.read()\n"
)


@contextmanager
def _other_process(script: str, folder: Path) -> Iterator[subprocess.Popen[str]]:
    """Run ``script`` in a second process until it says it holds the lock; stop it afterwards."""
    with subprocess.Popen([sys.executable, "-c", script, str(folder)], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}) as other:
        assert other.stdout is not None and other.stdin is not None
        try:
            assert other.stdout.readline().strip() == "held"
            yield other
        finally:
            other.stdin.close()
            other.wait(timeout=30)


def test_a_second_process_is_refused_and_told_who_holds_the_folder(tmp_path: Path) -> None:
    with _other_process(HOLD, tmp_path) as other:
        assert lock_holder(tmp_path) == other.pid
        with pytest.raises(DataLocationError, match=f"process {other.pid}"), holding_lock(tmp_path):
            pass
    with holding_lock(tmp_path):  # free again once the other process ended
        assert lock_holder(tmp_path) is None  # held by this very process
    assert not lock_path(tmp_path).exists()


def test_a_lock_file_that_looks_stale_cannot_be_taken_while_it_is_held(tmp_path: Path) -> None:
    """The old check-then-delete lock trusted the file: a dead process id in it let a second
    process delete the file and take the folder too. The kernel lock does not care."""
    with _other_process(HOLD, tmp_path):
        lock_path(tmp_path).write_text(f"{2**22 + 12345}\ncasekeeper\n{os.uname().nodename}\n")
        assert lock_holder(tmp_path) is None  # the file says nobody
        with pytest.raises(DataLocationError, match="Case Keeper is open on this data folder"), \
                holding_lock(tmp_path):
            pass


def test_the_app_cannot_start_while_a_restore_holds_the_folder(tmp_path: Path) -> None:
    with holding_lock(tmp_path), subprocess.Popen(
        [sys.executable, "-c", GUI_HOLD, str(tmp_path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    ) as app:
        assert app.stdout is not None and app.stdin is not None
        assert app.stdout.readline().strip() == "refused"
        app.stdin.close()
        app.wait(timeout=30)


def test_a_restore_cannot_take_the_folder_while_the_app_holds_it(tmp_path: Path) -> None:
    with _other_process(GUI_HOLD, tmp_path) as app:
        lock_path(tmp_path).write_text("")  # even with its details gone, the app's lock holds
        with pytest.raises(DataLocationError), holding_lock(tmp_path):
            pass
        assert app.poll() is None
