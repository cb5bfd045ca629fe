"""The measured scenarios, each with the baseline it is compared to in the same run."""

from __future__ import annotations

import sys
from pathlib import Path

from benchmarks.measure import Figure, timed, timed_command
from benchmarks.minimal_dossier import render_minimal
from casekeeper.paths import DataPaths

DOSSIER_CASE = 2
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


def dossier(data: Path, scratch: Path, runs: int) -> list[Figure]:
    """The dossier of the 500-interaction, 50-photo case against the minimal reportlab script."""
    from casekeeper.export import DossierOptions, DossierRequest, render_dossier
    from casekeeper.services.workspace import open_workspace

    workspace = open_workspace(DataPaths(data, data / "config"))
    try:
        case = workspace.cases.detail(DOSSIER_CASE)
        request = DossierRequest(case=case, deadlines=tuple(workspace.deadlines.for_case(
            DOSSIER_CASE)), display_zone="Europe/Paris", options=DossierOptions())
        target, minimal = scratch / "dossier.pdf", scratch / "minimal.pdf"
        baseline = timed(lambda: render_minimal(case, minimal), runs)
        samples = timed(lambda: render_dossier(request, target), runs)
        service = timed(lambda: workspace.dossiers.export(DOSSIER_CASE, target), 1)
    finally:
        workspace.close()
    size_mb = target.stat().st_size / 1_000_000
    label = f"dossier: {len(case.interactions)} contacts, {len(case.evidence)} photos"
    return [
        Figure(label, samples, "s", baseline, "minimal reportlab", limit=1.5, limit_kind="ratio"),
        Figure("dossier through the service (load + render)", service, "s"),
        Figure("dossier file size", [size_mb], "MB", limit=25.0),
    ]


def window(data: Path, runs: int) -> list[Figure]:
    """Window figures: measured by benchmarks/window_probe.py in fresh processes."""
    from benchmarks.window_probe import measure_window

    return measure_window(data, runs)


