"""The app itself: a second launch on the same folder stops quietly; the start-up benchmark hook."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from casekeeper.app import run
from casekeeper.domain.dto import CaseInput
from casekeeper.paths import DataPaths
from casekeeper.services.workspace import open_workspace
from casekeeper.ui.common.single_instance import acquire_or_activate


def test_a_second_launch_on_a_held_folder_exits_quietly_and_wakes_the_first(
    qtbot: QtBot, tmp_path: Path
) -> None:
    first = acquire_or_activate(tmp_path)
    assert first is not None
    try:
        with qtbot.waitSignal(first.activation_requested, timeout=10_000):
            assert run(["--data-dir", str(tmp_path)]) == 0
        assert not (tmp_path / "casekeeper.sqlite3").exists()  # the second launch opened nothing
    finally:
        first.release()


def test_the_benchmark_hook_prints_painted_listed_opened_and_quits(tmp_path: Path) -> None:
    prepared = open_workspace(DataPaths(tmp_path, tmp_path / "config"))
    case_id = prepared.cases.create(CaseInput(title="Coat never delivered"))
    prepared.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CASEKEEPER_BENCH": "1",
           "CASEKEEPER_BENCH_OPEN": str(case_id)}
    env.pop("CASEKEEPER_BENCH_T0", None)
    result = subprocess.run([sys.executable, "-m", "casekeeper", "--data-dir", str(tmp_path)],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    lines = [line.split() for line in result.stdout.splitlines() if line.startswith("bench ")]
    names = [parts[1] for parts in lines]
    assert sorted(names[:2]) == ["listed", "painted"]
    assert names[2:] == ["opened", "open_ms", "open_cpu_ms", "rss_mb"]
    assert all(float(parts[2]) > 0 for parts in lines)


def test_the_benchmark_hook_also_ends_on_an_empty_folder(tmp_path: Path) -> None:
    open_workspace(DataPaths(tmp_path, tmp_path / "config")).close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CASEKEEPER_BENCH": "1"}
    for name in ("CASEKEEPER_BENCH_T0", "CASEKEEPER_BENCH_OPEN"):
        env.pop(name, None)
    result = subprocess.run([sys.executable, "-m", "casekeeper", "--data-dir", str(tmp_path)],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    names = [line.split()[1] for line in result.stdout.splitlines() if line.startswith("bench ")]
    assert sorted(names) == ["listed", "painted", "rss_mb"]


def test_without_the_variable_the_app_prints_nothing(tmp_path: Path) -> None:
    from casekeeper.ui.app.bench_probe import start_bench_probe

    saved = os.environ.pop("CASEKEEPER_BENCH", None)
    try:
        assert start_bench_probe(None, None, 0.0) is None  # type: ignore[arg-type]
    finally:
        if saved is not None:
            os.environ["CASEKEEPER_BENCH"] = saved
