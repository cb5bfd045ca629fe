"""Timing helpers and the result table: medians of several runs against a baseline."""

from __future__ import annotations

import statistics
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    """One measured figure, its baseline from the same run, and its limit."""

    name: str
    samples: Sequence[float]
    unit: str = "ms"
    baseline: Sequence[float] = ()
    baseline_name: str = ""
    limit: float | None = None
    limit_kind: str = "absolute"  # or "ratio"

    @property
    def median(self) -> float:
        """The median sample."""
        return statistics.median(self.samples)

    @property
    def ratio(self) -> float | None:
        """Median over the baseline's median, when there is a baseline."""
        return self.median / statistics.median(self.baseline) if self.baseline else None

    @property
    def met(self) -> bool | None:
        """Whether the limit holds (None when there is no limit)."""
        if self.limit is None:
            return None
        value = self.ratio if self.limit_kind == "ratio" else self.median
        return value is not None and value <= self.limit


def timed(action: Callable[[], object], runs: int) -> list[float]:
    """Seconds per run of ``action``."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return samples


def timed_command(command: Sequence[str], runs: int, env: dict[str, str] | None = None) -> list[float]:
    """Wall seconds per run of a command (which must succeed)."""
    return timed(lambda: subprocess.run(command, check=True, env=env, capture_output=True), runs)


def _show(value: float, unit: str) -> str:
    if unit == "ms":
        return f"{value * 1000:.1f} ms"
    if unit == "s":
        return f"{value:.3f} s"
    if unit == "MB":
        return f"{value:.1f} MB"
    return f"{value:.3g} {unit}"


def table(figures: Sequence[Figure]) -> str:
    """A Markdown table: median, min, max, baseline, ratio, limit, verdict."""
    head = ("| figure | median | min | max | runs | baseline (median) | ratio | limit | met |\n"
            "|---|---|---|---|---|---|---|---|---|")
    lines = [head]
    for f in figures:
        base = (f"{f.baseline_name}: {_show(statistics.median(f.baseline), f.unit)}"
                if f.baseline else "-")
        ratio = f"{f.ratio:.2f}" if f.ratio is not None else "-"
        if f.limit is None:
            limit = "-"
        elif f.limit_kind == "ratio":
            limit = f"≤ {f.limit:g}× baseline"
        else:
            limit = f"≤ {_show(f.limit, f.unit)}"
        met = {True: "yes", False: "**no**", None: "-"}[f.met]
        lines.append(f"| {f.name} | {_show(f.median, f.unit)} | {_show(min(f.samples), f.unit)} | "
                     f"{_show(max(f.samples), f.unit)} | {len(f.samples)} | {base} | {ratio} | "
                     f"{limit} | {met} |")
    return "\n".join(lines)
