"""The "remind me also while Case Keeper is closed" choice: the schedule's files are the truth."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from casekeeper.errors import KnownError
from casekeeper.paths import DataPaths
from casekeeper.services.reminders import background

log = logging.getLogger("casekeeper.ui")


def _place(paths: DataPaths) -> background.Place:
    return background.detect_place(paths.logs_dir / "reminders.log")


def is_enabled(paths: DataPaths) -> bool:
    """True when the schedule is installed on this computer."""
    return background.status(_place(paths)).enabled


def apply(paths: DataPaths, wanted: bool) -> str | None:
    """Install or remove the schedule; None when done, else what went wrong in plain words."""
    place = _place(paths)
    explicit = paths.data_dir if paths.config_dir == paths.data_dir / "config" else None
    try:
        if wanted:
            background.enable(place, background.cli_command(explicit), datetime.now(UTC),
                              background.run_system)
        else:
            background.disable(place, background.run_system)
    except (KnownError, OSError) as error:
        log.warning("Background reminders not changed: %s", error)
        return str(getattr(error, "message", error))
    return None
