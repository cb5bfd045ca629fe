"""The measured scenarios, each with the baseline it is compared to in the same run."""

from __future__ import annotations

import sys
from pathlib import Path

from benchmarks.measure import Figure, timed_command

BIGGEST_CASE = 1


def cli_case_list(data: Path, runs: int) -> Figure:
    """`casekeeper-cli case list` on the data, against a bare interpreter start."""
    cli = [sys.executable, "-m", "casekeeper.cli.main", "--data-dir", str(data), "case", "list"]
    baseline = timed_command([sys.executable, "-c", "pass"], runs)
    samples = timed_command(cli, runs)
    return Figure("casekeeper-cli case list (wall)", samples, "s", baseline, "python -c pass",
                  limit=0.6)


def search_as_you_type(data: Path, runs: int) -> list[Figure]:
    """Every keystroke of the as-you-type set (benchmarks/search_typing.py)."""
    from benchmarks.search_typing import measure

    return measure(data, runs)


def window(data: Path, runs: int) -> list[Figure]:
    """Window figures: measured by benchmarks/window_probe.py in fresh processes."""
    from benchmarks.window_probe import measure_window

    return measure_window(data, runs)


