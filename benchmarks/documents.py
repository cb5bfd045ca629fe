"""The document figures: the dossier against its floor, a letter against `case list`, memory.

Subject and baseline alternate run by run (floor, dossier, floor, dossier ...), so a noisy
machine slows both alike and the ratio of the medians stays meaningful.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.floor_dossier import render_floor
from benchmarks.measure import Figure
from casekeeper.paths import DataPaths

HERE = Path(__file__).resolve().parent
DOSSIER_CASE = 2
LETTER_CASE = 2


def dossier(data: Path, scratch: Path, runs: int) -> list[Figure]:
    """The dossier of the 500-contact, 50-photo case against the floor script, interleaved."""
    from casekeeper.export import DossierOptions, DossierRequest, render_dossier
    from casekeeper.services.workspace import open_workspace

    workspace = open_workspace(DataPaths(data, data / "config"))
    try:
        case = workspace.cases.detail(DOSSIER_CASE)
        request = DossierRequest(case=case, deadlines=tuple(workspace.deadlines.for_case(
            DOSSIER_CASE)), display_zone="Europe/Paris", options=DossierOptions())
        target, floor = scratch / "dossier.pdf", scratch / "floor.pdf"
        samples, baseline, cpu, cpu_floor = [], [], [], []
        for _ in range(runs):
            before = _cpu()
            baseline.append(_seconds(lambda: render_floor(case, floor)))
            middle = _cpu()
            samples.append(_seconds(lambda: render_dossier(request, target)))
            cpu_floor.append(middle - before)
            cpu.append(_cpu() - middle)
        service = _seconds(lambda: workspace.dossiers.export(DOSSIER_CASE, target))
    finally:
        workspace.close()
    budget = DossierOptions().originals_budget_bytes
    size, floor_size = target.stat().st_size, floor.stat().st_size
    photos = sum(1 for e in case.evidence if e.media_type.startswith("image/"))
    label = f"dossier: {len(case.interactions)} contacts, {photos} photos"
    return [
        Figure(label, samples, "s", baseline, "floor script", limit=1.5, limit_kind="ratio"),
        Figure("dossier, CPU time of every process (workers included)", cpu, "s", cpu_floor,
               "floor script's CPU time"),
        Figure("dossier through the service (load + render)", [service], "s"),
        Figure("dossier file size", [size / 1e6], "MB", [(floor_size + budget) / 1e6],
               "floor's file + originals budget", limit=1.1, limit_kind="ratio"),
        Figure("floor's file size (pictures and journal only)", [floor_size / 1e6], "MB"),
        *_memory(data, scratch),
    ]


def letter(data: Path, scratch: Path, runs: int) -> list[Figure]:
    """`casekeeper-cli letter` (a one-page access request, whole process) against
    `casekeeper-cli case list`, interleaved, both on a copy of the case file.

    The copy keeps the shared data untouched: a letter whose file needs the full open (an older
    schema, say) is written after migrating the case file it opens. The limited figure is the
    usual letter, whose country's rulepack was checked and stored by an earlier process
    (knowledge/pack_cache.py); the first letter after an install or an update, which checks and
    stores it, is measured too, with the cache emptied before each run.
    """
    copy = case_file_copy(data, scratch / "letter-data")
    cli = [sys.executable, "-m", "casekeeper.cli.main", "--data-dir", str(copy)]
    listing = [*cli, "case", "list"]
    writing = [*cli, "letter", str(LETTER_CASE), "--kind", "data-access-request", "-o",
               str(scratch / "letter.pdf")]
    samples, first, baseline = [], [], []
    for _ in range(runs):
        baseline.append(_seconds(lambda: subprocess.run(listing, check=True, capture_output=True)))
        shutil.rmtree(copy / "cache", ignore_errors=True)
        first.append(_seconds(lambda: subprocess.run(writing, check=True, capture_output=True)))
        samples.append(_seconds(lambda: subprocess.run(writing, check=True, capture_output=True)))
    return [
        Figure("casekeeper-cli letter, one page (wall)", samples, "s", baseline,
               "casekeeper-cli case list", limit=3.0, limit_kind="ratio"),
        Figure("the same, its rulepack not yet stored (the first letter)", first, "s", baseline,
               "casekeeper-cli case list"),
    ]


def case_file_copy(data: Path, folder: Path) -> Path:
    """A data folder holding a copy of ``data``'s case file, its write-ahead log if any, its
    chain witness and its settings (not the evidence store, which a letter does not read)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("casekeeper.sqlite3", "casekeeper.sqlite3-wal", "casekeeper.chain.json"):
        if (data / name).is_file():
            shutil.copyfile(data / name, folder / name)
    if (data / "config").is_dir():
        shutil.copytree(data / "config", folder / "config", dirs_exist_ok=True)
    return folder


def _memory(data: Path, scratch: Path) -> list[Figure]:
    result = subprocess.run(
        [sys.executable, str(HERE / "dossier_probe.py"), str(data), str(DOSSIER_CASE),
         str(scratch / "probe.pdf")], check=True, capture_output=True, text=True, timeout=900)
    values = {}
    for line in result.stdout.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "bench":
            values[parts[1]] = float(parts[2])
    return [
        Figure("resident memory while exporting the dossier (peak)", [values["rss_mb"]], "MB",
               limit=250.0),
        Figure("resident memory of a picture worker (peak)", [values["workers_rss_mb"]], "MB"),
    ]


def _cpu() -> float:
    """CPU seconds of this process and of its finished children (the picture workers)."""
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _seconds(action: object) -> float:
    assert callable(action)
    start = time.perf_counter()
    action()
    return time.perf_counter() - start
