"""The case list read without the ORM equals the ORM's, and steps aside whenever it cannot answer."""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from casekeeper.domain.dto import CaseInput, InteractionInput, PromiseInput
from casekeeper.domain.enums import AgentKind, CaseStatus, Channel
from casekeeper.paths import DataPaths
from casekeeper.services import quick_reads
from casekeeper.services.clock import FixedClock
from casekeeper.services.workspace import Workspace, open_workspace
from casekeeper.storage.schema import SCHEMA_HEAD

T0 = datetime(2026, 10, 7, 15, 55, tzinfo=UTC)
SNAPSHOTS = Path(__file__).parents[2] / "migrations" / "schemas"


def _contact(at: datetime) -> InteractionInput:
    return InteractionInput(occurred_at=at, zone="Europe/Paris", channel=Channel.PHONE,
                            agent_name="Ines", agent_kind=AgentKind.HUMAN, summary="called")


def _fill(workspace: Workspace) -> None:
    """Cases with live and deleted contacts, open, broken, kept, overdue and deleted promises."""
    busy = workspace.cases.create(CaseInput(title="Coat", merchant="Nordvik", amount=Decimal("74.50"),
                                            currency="EUR"))
    for days in range(5):
        workspace.journal.log(busy, _contact(T0 + timedelta(days=days, minutes=7)))
    workspace.journal.delete(workspace.journal.log(busy, _contact(T0 + timedelta(days=30))))
    workspace.journal.add_promise(busy, PromiseInput("Call back", date(2026, 11, 23)))  # overdue
    workspace.journal.add_promise(busy, PromiseInput("Refund", date(2026, 11, 24)))  # due today
    broken = workspace.journal.add_promise(busy, PromiseInput("E-mail", date(2026, 11, 1)))
    workspace.journal.settle_promise(broken, kept=False)
    kept = workspace.journal.add_promise(busy, PromiseInput("Letter", date(2026, 11, 2)))
    workspace.journal.settle_promise(kept, kept=True)
    gone = workspace.journal.add_promise(busy, PromiseInput("Gone", date(2026, 1, 1)))
    workspace.journal.delete_promise(gone)
    workspace.cases.create(CaseInput(title="Empty, no amount", merchant="Atelier Ł"))
    closed = workspace.cases.create(CaseInput(title="Closed one"))
    workspace.journal.log(closed, _contact(T0))
    workspace.cases.close(closed, "Refunded", resolved=True)


def test_the_plain_read_equals_the_orm_list(workspace: Workspace, clock: FixedClock) -> None:
    _fill(workspace)
    expected = workspace.cases.summaries()
    assert quick_reads.case_list(workspace.paths, clock) == expected
    busy = next(c for c in expected if c.title == "Coat")
    assert (busy.interaction_count, busy.open_promises, busy.broken_promises,
            busy.overdue_promises) == (5, 2, 1, 1)
    assert busy.last_contact_at == T0 + timedelta(days=4, minutes=7)
    for statuses in ([CaseStatus.OPEN], [CaseStatus.RESOLVED, CaseStatus.CLOSED_UNRESOLVED]):
        assert quick_reads.case_list(workspace.paths, clock, statuses) == workspace.cases.summaries(
            statuses)


def test_the_plain_read_steps_aside_for_a_missing_or_empty_file(paths: DataPaths,
                                                                 clock: FixedClock) -> None:
    assert quick_reads.case_list(paths, clock) is None
    paths.ensure()
    paths.database.touch()
    assert quick_reads.case_list(paths, clock) is None


def test_the_plain_read_steps_aside_for_a_schema_that_needs_migrating(paths: DataPaths,
                                                                      clock: FixedClock) -> None:
    paths.ensure()
    shutil.copyfile(SNAPSHOTS / "0003.sqlite3", paths.database)
    assert quick_reads.case_list(paths, clock) is None
    with sqlite3.connect(paths.database) as connection:  # the file was not touched
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0003",)


def test_the_plain_read_steps_aside_for_a_damaged_file(paths: DataPaths, clock: FixedClock) -> None:
    paths.ensure()
    paths.database.write_bytes(b"this is not a database" * 100)
    assert quick_reads.case_list(paths, clock) is None


def test_the_plain_read_imports_no_orm(workspace: Workspace, clock: FixedClock) -> None:
    import subprocess

    _fill(workspace)
    script = ("import sys; from pathlib import Path; from casekeeper.paths import DataPaths; "
              "from casekeeper.services.quick_reads import case_list; "
              f"rows = case_list(DataPaths(Path({str(workspace.paths.data_dir)!r}), Path('/nonexistent'))); "
              "print(len(rows), sorted(m for m in ('sqlalchemy', 'sqlmodel', 'alembic', 'pydantic') "
              "if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.split("\n")[0] == "3 []"


@pytest.mark.parametrize("snapshot", ["0003"])
def test_the_cli_list_migrates_an_older_file_then_answers(snapshot: str, paths: DataPaths,
                                                          cli) -> None:  # type: ignore[no-untyped-def]
    paths.ensure()
    shutil.copyfile(SNAPSHOTS / f"{snapshot}.sqlite3", paths.database)
    result = cli("case", "list")
    assert (result.code, result.err) == (0, "")
    with sqlite3.connect(paths.database) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            SCHEMA_HEAD,)


def test_the_cli_list_on_a_new_folder_creates_it(paths: DataPaths, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("case", "list", "--json")
    assert (result.code, result.out.strip()) == (0, "[]")
    assert paths.database.is_file()


def test_the_cli_list_prints_the_same_as_through_the_workspace(
        paths: DataPaths, clock: FixedClock, cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    workspace = open_workspace(paths, clock)
    _fill(workspace)
    workspace.close()
    answered: list[int] = []
    plain_read = quick_reads.case_list

    def counted(*args: object) -> object:
        rows = plain_read(*args)  # type: ignore[arg-type]
        answered.append(len(rows or []))
        return rows

    monkeypatch.setattr(quick_reads, "case_list", counted)
    quick = [cli("case", "list", *extra).out for extra in ((), ("--json",), ("--status", "open"))]
    assert answered == [3, 3, 2]  # the plain read answered every time
    monkeypatch.setattr(quick_reads, "case_list", lambda *_args: None)
    full = [cli("case", "list", *extra).out for extra in ((), ("--json",), ("--status", "open"))]
    assert quick == full and "Coat" in quick[0]


def test_the_cli_list_imports_neither_the_orm_nor_the_rulepacks(workspace: Workspace) -> None:
    """`casekeeper-cli case list` answers from the plain read: every command's parser is built,
    but no command module may load the database layer, the rulepacks' schema (pydantic) or the
    views of a whole case on import (each cost 20 to 120 ms of every `case list`)."""
    import subprocess

    _fill(workspace)
    script = ("import io, json, sys; from casekeeper.cli.main import main; out = io.StringIO(); "
              f"code = main(['--data-dir', {str(workspace.paths.data_dir)!r}, 'case', 'list'], "
              "stdout=out); "
              "heavy = ('sqlalchemy', 'sqlmodel', 'alembic', 'pydantic', 'casekeeper.knowledge.schema', "
              "'casekeeper.domain.dto', 'casekeeper.services.mail_drafts'); "
              "print(json.dumps([code, len(out.getvalue().splitlines()), "
              "sorted(m for m in heavy if m in sys.modules)]))")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert json.loads(result.stdout.splitlines()[-1]) == [0, 3, []]
