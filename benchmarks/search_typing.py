"""Search as you type: every prefix of a few phrases, as the person types them.

Each keystroke is measured twice through the real services: the ranked hits (what
``casekeeper-cli search`` and the self-test read) and the matching cases (what the window's search
field runs after its 150 ms pause). The words each long prefix stands for are remembered while one
phrase is typed (as in the window) and forgotten before the next phrase, so every phrase starts
cold. The baseline is the raw FTS5 query for the same text with ``LIMIT 50`` (the floor).

The figure that counts is the **worst query**: the largest of the per-query medians. Wall time on
a shared machine swings with the load, so the same keystrokes are also given in thread CPU time.
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.measure import Figure
from casekeeper.paths import DataPaths

PHRASES = ["malik osei", "remboursement colis", "supervisor", "K-12", "ORD-00017", "réclamation",
           "livraison endommagée", "Jürgen", "återbetalning"]
HUGE_FROM = 100_000  # contacts: past this the 300,000-contact limits apply


def typed_queries() -> list[str]:
    """Every prefix of every phrase, one-letter prefixes included, in typing order."""
    return [phrase[:n] for phrase in PHRASES for n in range(1, len(phrase) + 1)
            if phrase[:n].strip()]


def measure(data: Path, runs: int) -> list[Figure]:
    """Worst and per-query figures, wall and CPU, for the ranked hits and the case filter."""
    from casekeeper.services.workspace import open_workspace
    from casekeeper.storage.repositories.search import match_expression

    workspace = open_workspace(DataPaths(data, data / "config"))
    raw = sqlite3.connect(data / "casekeeper.sqlite3")
    contacts = raw.execute("SELECT count(*) FROM interactions").fetchone()[0]
    limit = 0.032 if contacts > HUGE_FROM else 0.016
    service = workspace.search
    actions: dict[str, Callable[[str], object]] = {  # (the older names: a before/after run)
        "ranked hits": getattr(service, "results", service.search),
        "case filter": getattr(service, "matching_cases", service.matching_case_ids)}
    forget = getattr(getattr(service, "terms", None), "clear", lambda: None)
    wall: dict[str, dict[str, list[float]]] = {name: {} for name in [*actions, "raw"]}
    cpu: dict[str, dict[str, list[float]]] = {name: {} for name in actions}
    try:
        for _ in range(runs):
            for query in typed_queries():
                if len(query) == 1:
                    forget()  # a new phrase: nothing remembered
                for name, action in actions.items():
                    start, start_cpu = time.perf_counter(), time.thread_time()
                    action(query)
                    wall[name].setdefault(query, []).append(time.perf_counter() - start)
                    cpu[name].setdefault(query, []).append(time.thread_time() - start_cpu)
                expression = match_expression(query)
                start = time.perf_counter()
                raw.execute("SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT 50",
                            (expression,)).fetchall()
                wall["raw"].setdefault(query, []).append(time.perf_counter() - start)
    finally:
        raw.close()
        workspace.close()
    base = _medians(wall["raw"])
    scale = f"{contacts:,} contacts"
    figures = []
    for name in actions:
        medians, cpu_medians = _medians(wall[name]), _medians(cpu[name])
        worst = max(medians, key=lambda q: medians[q])
        figures += [
            Figure(f"search as you type, {name}: worst query “{worst}” ({scale})",
                   [medians[worst]], "ms", [max(base.values())], "raw FTS5 MATCH, worst",
                   limit=limit),
            Figure(f"search as you type, {name}: worst query, thread CPU ({scale})",
                   [max(cpu_medians.values())], "ms", limit=limit),
            Figure(f"search as you type, {name}: per query ({scale}, {len(medians)} queries)",
                   list(medians.values()), "ms", list(base.values()), "raw FTS5 MATCH"),
        ]
    return figures


def _medians(samples: dict[str, list[float]]) -> dict[str, float]:
    return {query: statistics.median(values) for query, values in samples.items()}
