"""A data folder deleted or replaced while open: writes are refused, never acknowledged and lost."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from casekeeper.domain.dto import CaseInput
from casekeeper.errors import DataLocationError
from casekeeper.paths import DataPaths
from casekeeper.services.clock import FixedClock
from casekeeper.services.workspace import open_workspace


def test_a_deleted_data_folder_refuses_the_write(paths: DataPaths, clock: FixedClock) -> None:
    ws = open_workspace(paths, clock)
    ws.cases.create(CaseInput(title="before"))
    shutil.rmtree(paths.data_dir)
    with pytest.raises(DataLocationError, match="NOT saved"):
        ws.cases.create(CaseInput(title="into the void"))
    with pytest.raises(DataLocationError, match="disappeared"):
        ws.integrity.check()
    ws.close()


def test_a_replaced_data_folder_refuses_the_write_and_keeps_both(
        paths: DataPaths, clock: FixedClock, tmp_path: Path) -> None:
    ws = open_workspace(paths, clock)
    ws.cases.create(CaseInput(title="first"))
    ws.close()
    ws = open_workspace(paths, clock)
    paths.data_dir.rename(tmp_path / "moved")
    shutil.copytree(tmp_path / "moved", paths.data_dir)  # a sync program puts a copy back
    with pytest.raises(DataLocationError, match="NOT saved"):
        ws.cases.create(CaseInput(title="lost?"))
    ws.close()
    again = open_workspace(paths, clock)
    assert [s.title for s in again.cases.summaries()] == ["first"]
    again.cases.create(CaseInput(title="saved after reopening"))
    assert len(again.cases.summaries()) == 2
    again.close()
