"""The measured scenarios, each with the baseline it is compared to in the same run."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from benchmarks.measure import Figure, timed, timed_command
from casekeeper.paths import DataPaths

QUERIES = ["m", "ma", "mal", "mali", "malik", "malik o", "malik os", "r", "re", "rem", "remb",
           "rembourse", "rembourse colis", "sup", "superv", "supervisor", "K-", "ORD-0001",
           "reclamation", "livraison endom"]
BIGGEST_CASE = 1


def cli_case_list(data: Path, runs: int) -> Figure:
    """`casekeeper-cli case list` on the data, against a bare interpreter start."""
    cli = [sys.executable, "-m", "casekeeper.cli.main", "--data-dir", str(data), "case", "list"]
    baseline = timed_command([sys.executable, "-c", "pass"], runs)
    samples = timed_command(cli, runs)
    return Figure("casekeeper-cli case list (wall)", samples, "s", baseline, "python -c pass",
                  limit=0.6)


def search_as_you_type(data: Path, runs: int) -> Figure:
    """Each query as typed, through the search service, against the raw FTS5 query."""
    from casekeeper.services.workspace import open_workspace

    workspace = open_workspace(DataPaths(data, data / "config"))
    raw = sqlite3.connect(data / "casekeeper.sqlite3")
    from casekeeper.storage.repositories.search import match_expression

    samples, baseline = [], []
    try:
        for _ in range(runs):
            for query in QUERIES:
                samples += timed(lambda q=query: workspace.search.search(q), 1)
                expression = match_expression(query)
                baseline += timed(lambda e=expression: raw.execute(
                    "SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT 50",
                    (e,)).fetchall(), 1)
    finally:
        raw.close()
        workspace.close()
    return Figure("search as you type, per query", samples, "ms", baseline, "raw FTS5 MATCH",
                  limit=0.030)


def window(data: Path, runs: int) -> list[Figure]:
    """Window figures: measured by benchmarks/window_probe.py in fresh processes."""
    from benchmarks.window_probe import measure_window

    return measure_window(data, runs)


