"""The benchmark runs end to end at a tiny scale, so it cannot rot (times are not asserted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_benchmark_runner_prints_every_figure() -> None:
    result = subprocess.run([sys.executable, "benchmarks/run.py", "--scale", "tiny", "--runs", "1"],
                            cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    for figure in ("casekeeper-cli case list", "search as you type", "dossier:",
                   "dossier file size", "casekeeper-cli letter", "the same, its rulepack"):
        assert f"| {figure}" in result.stdout, result.stdout
