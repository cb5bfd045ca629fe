"""When a process started, to tell a live lock holder from a process that only reused its id."""

from __future__ import annotations

import os
from pathlib import Path


def started_after(pid: int, instant: float) -> bool:
    """True when process ``pid`` provably started after ``instant`` (seconds since the epoch).

    A lock file written at ``instant`` by process ``pid`` cannot belong to a process that started
    later: the id was reused after a crash. Only Linux's /proc tells; elsewhere this says False.
    """
    try:
        fields = Path(f"/proc/{pid}/stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()
        ticks = int(fields[19])  # field 22 of the line: start time in clock ticks after boot
        boot = next(int(line.split()[1]) for line in
                    Path("/proc/stat").read_text(encoding="ascii").splitlines()
                    if line.startswith("btime "))
        started = boot + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration, AttributeError):
        return False
    return started > instant + 2.0  # boot time is whole seconds
