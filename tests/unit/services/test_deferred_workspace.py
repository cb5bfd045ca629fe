"""The deferred workspace opens the data folder only when a service is first asked for."""

from __future__ import annotations

import pytest

from casekeeper.domain.dto import CaseInput
from casekeeper.errors import DataLocationError
from casekeeper.paths import DataPaths
from casekeeper.services.deferred_workspace import DeferredWorkspace
from casekeeper.services.workspace import open_workspace


def test_paths_and_clock_do_not_open_the_folder(paths: DataPaths, clock) -> None:  # type: ignore[no-untyped-def]
    deferred = DeferredWorkspace(paths, clock)
    assert deferred.paths is paths and deferred.clock is clock
    assert not deferred.is_open
    assert not paths.database.exists()


def test_the_first_service_call_opens_the_folder(paths: DataPaths, clock) -> None:  # type: ignore[no-untyped-def]
    deferred = DeferredWorkspace(paths, clock)
    deferred.warm_up()
    case_id = deferred.cases.create(CaseInput(title="Refund never arrived"))
    assert deferred.is_open
    assert [c.id for c in deferred.cases.summaries()] == [case_id]
    deferred.close()


def test_a_damaged_folder_fails_at_open_in_plain_words(paths: DataPaths) -> None:
    paths.ensure()
    paths.database.write_bytes(b"not a database" * 64)
    deferred = DeferredWorkspace(paths)
    with pytest.raises(DataLocationError, match="is damaged"):
        deferred.open()
    assert not deferred.is_open


def test_a_workspace_opened_elsewhere_can_be_adopted(paths: DataPaths, clock) -> None:  # type: ignore[no-untyped-def]
    opened = open_workspace(paths, clock)
    deferred = DeferredWorkspace(paths, clock)
    deferred.adopt(opened)
    assert deferred.is_open and deferred.open() is opened
    deferred.close()
