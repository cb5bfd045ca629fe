"""Start the window at one case (the action of a notification), detached from this process."""

from __future__ import annotations

import logging
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

log = logging.getLogger("casekeeper.reminders")
APP_COMMAND_ENV = "CASEKEEPER_APP_COMMAND"  # e.g. a packaged launcher; also used by the tests


def app_command(case_id: int | None, data_dir: Path | None) -> list[str]:
    """The command line that opens the window (at ``case_id`` when given)."""
    configured = os.environ.get(APP_COMMAND_ENV, "").strip()
    if configured:
        command = shlex.split(configured)
    elif found := _installed_launcher():
        command = [found]
    else:
        command = [sys.executable, "-m", "casekeeper"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    if case_id is not None:
        command += ["--case", str(case_id)]
    return command


def open_app(case_id: int | None, data_dir: Path | None) -> None:
    """Start the window in its own session, so it outlives this command and its schedule."""
    command = app_command(case_id, data_dir)
    try:
        subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, start_new_session=True, close_fds=True)
    except OSError as error:
        log.warning("Case Keeper could not be started (%s): %s", error, shlex.join(command))


def _installed_launcher() -> str | None:
    """``casekeeper`` next to this interpreter or command (venv, bundle), else on PATH."""
    for folder in (Path(sys.executable).parent, Path(sys.argv[0]).absolute().parent):
        for name in ("casekeeper", "casekeeper.exe"):
            candidate = folder / name
            if candidate.is_file() and os.access(candidate, os.X_OK):
                return str(candidate)
    return shutil.which("casekeeper")
