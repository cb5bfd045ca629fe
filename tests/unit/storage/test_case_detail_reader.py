"""The plain ``sqlite3`` read of one case gives the ORM's CaseDetail exactly, or None when it
cannot (the ordinary open then migrates, repairs or explains)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime

from casekeeper.paths import DataPaths
from casekeeper.services.clock import FixedClock, today_in
from casekeeper.services.workspace import Workspace, open_workspace
from casekeeper.storage.case_detail_reader import read_case_for_letter
from tests.unit.export.realistic_cases import FRENCH, SWEDISH, build_case

NOW = datetime(2026, 12, 2, 9, 30, tzinfo=UTC)


def _read(paths: DataPaths, case_id: int, clock: FixedClock):  # type: ignore[no-untyped-def]
    return read_case_for_letter(paths.database, case_id, today_in(clock), paths.evidence_dir)


def _two_cases(workspace: Workspace) -> tuple[int, int]:
    first = build_case(workspace, FRENCH)
    second = build_case(workspace, SWEDISH)
    detail = workspace.cases.detail(first)
    workspace.journal.delete(detail.interactions[1].id)  # in the trash: not read
    workspace.journal.delete_promise(detail.promises[-1].id)
    workspace.rules.set_override("FR", "entity", "Klarna Bank AB (publ)")
    workspace.rules.set_override("SE", "zone", "Europe/Stockholm")
    return first, second


def test_the_plain_read_is_the_workspace_read(
    paths: DataPaths, clock: FixedClock, workspace: Workspace
) -> None:
    first, second = _two_cases(workspace)
    for case_id, country in ((first, "FR"), (second, "SE")):
        expected = workspace.cases.detail(case_id)
        overrides = {o.key: o.value for o in workspace.rules.overrides(country)}
        read = _read(paths, case_id, clock)
        assert read is not None
        assert read.case == expected
        assert read.overrides == overrides
    later = FixedClock(datetime(2030, 1, 1, tzinfo=UTC))  # every pending promise is overdue
    read = _read(paths, first, later)
    assert read is not None
    assert [p.overdue for p in read.case.promises] == [
        p.state.value == "pending" and p.due_date is not None for p in read.case.promises
    ]


def test_a_case_not_there_or_in_the_trash_is_left_to_the_ordinary_open(
    paths: DataPaths, clock: FixedClock, workspace: Workspace
) -> None:
    first, _second = _two_cases(workspace)
    assert _read(paths, 999, clock) is None
    workspace.trash.delete_case(first)
    assert _read(paths, first, clock) is None


def test_an_older_schema_or_no_file_is_left_to_the_ordinary_open(
    paths: DataPaths, clock: FixedClock, workspace: Workspace
) -> None:
    first, _second = _two_cases(workspace)
    workspace.close()
    with closing(sqlite3.connect(paths.database)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '0001'")
    assert _read(paths, first, clock) is None
    paths.database.unlink()
    assert _read(paths, first, clock) is None
    paths.database.write_bytes(b"")
    assert _read(paths, first, clock) is None
    paths.database.write_bytes(b"not a database at all" * 100)
    assert _read(paths, first, clock) is None


def test_every_generated_case_reads_the_same(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from benchmarks.generate import SCALES, generate

    paths = generate(tmp_path / "data", SCALES["tiny"], seed=7)
    clock = FixedClock(NOW, "UTC")
    workspace = open_workspace(paths, clock)
    try:
        for summary in workspace.cases.summaries():
            read = _read(paths, summary.id, clock)
            assert read is not None and read.case == workspace.cases.detail(summary.id)
    finally:
        workspace.close()
