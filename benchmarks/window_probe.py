"""Window figures: cold start to first paint and to a filled case list against a bare PySide6
window, opening the biggest case, and resident memory — each in fresh processes."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.measure import Figure

HERE = Path(__file__).resolve().parent
BIGGEST_CASE = 1


def _run(command: list[str], extra_env: dict[str, str]) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           **extra_env}
    env["CASEKEEPER_BENCH_T0"] = repr(time.perf_counter())
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120,
                            check=True)
    values = {}
    for line in result.stdout.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "bench":
            values[parts[1]] = float(parts[2])
    return values


def measure_window(data: Path, runs: int) -> list[Figure]:
    """Run the bare window and the app alternately ``runs`` times each."""
    bare, painted, listed, opened, opened_cpu, opened_all, rss = [], [], [], [], [], [], []
    app = [sys.executable, "-m", "casekeeper", "--data-dir", str(data)]
    for _ in range(runs):
        bare.append(_run([sys.executable, str(HERE / "bare_window.py")], {})["painted"])
        values = _run(app, {"CASEKEEPER_BENCH": "1",
                            "CASEKEEPER_BENCH_OPEN": str(BIGGEST_CASE)})
        painted.append(values["painted"])
        listed.append(values["listed"])
        opened.append(values["open_ms"] / 1000)
        opened_cpu.append(values["open_cpu_ms"] / 1000)
        opened_all.append(values.get("open_all_ms", values["open_ms"]) / 1000)  # no new case: same
        rss.append(values["rss_mb"])
    return [
        Figure("cold start: first painted window", painted, "s", bare, "bare PySide6 window",
               limit=1.2, limit_kind="ratio"),
        Figure("cold start: case list filled", listed, "s", bare, "bare PySide6 window",
               limit=2.0, limit_kind="ratio"),
        Figure("open the biggest case (2,000 contacts) to a painted timeline", opened, "ms",
               limit=0.050),
        Figure("open the biggest case, thread CPU", opened_cpu, "ms", limit=0.050),
        Figure("open the biggest case, every tab filled (advice and deadlines after the paint)",
               opened_all, "ms"),
        Figure("resident memory, data open, biggest case shown", rss, "MB", limit=300.0),
    ]
