"""A case goes to the trash whole, comes back whole, and "Delete forever" removes it and its files."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from casekeeper.domain.dto import CaseInput, InteractionInput, PromiseInput, StageInput
from casekeeper.domain.enums import Channel, Stage, TrashKind
from casekeeper.errors import KnownError, NotFoundError
from casekeeper.services.clock import FixedClock
from casekeeper.services.sample_case import create_sample_case
from casekeeper.services.workspace import Workspace


def _full_case(workspace: Workspace, clock: FixedClock, folder: Path, title: str, photo: bytes) -> int:
    case_id = workspace.cases.create(CaseInput(title=title, merchant="Nordvik Store"))
    contact = workspace.journal.log(
        case_id,
        InteractionInput(occurred_at=clock.now() - timedelta(days=2), zone="Europe/Paris",
                         channel=Channel.PHONE, summary="Refund promised on the phone"),
        PromiseInput(text="Refund within 5 working days", due_date=date(2026, 11, 20)),
    )
    workspace.journal.record_stage(case_id, StageInput(
        stage=Stage.SUPERVISOR, occurred_at=clock.now() - timedelta(days=1), zone="Europe/Paris"))
    source = folder / f"{title}.png"
    source.write_bytes(photo)
    workspace.evidence.attach(case_id, source, interaction_id=contact)
    return case_id


@pytest.fixture
def case_id(workspace: Workspace, clock: FixedClock, tmp_path: Path) -> int:
    return _full_case(workspace, clock, tmp_path, "Coat never delivered", b"\x89PNG\r\n\x1a\n" + b"1" * 40)


def test_a_deleted_case_leaves_the_list_the_search_and_the_due_list(
    workspace: Workspace, case_id: int
) -> None:
    assert workspace.search.matching_case_ids("Nordvik") == [case_id]
    workspace.trash.delete_case(case_id)
    assert workspace.cases.summaries() == []
    assert workspace.search.matching_case_ids("Nordvik") == []
    assert workspace.deadlines.due() == []
    with pytest.raises(NotFoundError):
        workspace.cases.detail(case_id)
    [item] = workspace.trash.items()
    assert (item.kind, item.record_id, item.case_title) == (TrashKind.CASE, case_id, "Coat never delivered")
    assert "1 contact, 1 promise, 1 stage change, 1 exhibit" in item.description


def test_a_restored_case_comes_back_with_everything_it_held(workspace: Workspace, case_id: int) -> None:
    before = workspace.cases.detail(case_id)
    workspace.trash.delete_case(case_id)
    workspace.trash.restore(TrashKind.CASE, case_id)
    after = workspace.cases.detail(case_id)
    held = (after.interactions, after.promises, after.stages, after.evidence)
    assert [len(records) for records in held] == [1, 1, 1, 1]
    assert after.stage is before.stage and workspace.trash.items() == []
    assert workspace.search.matching_case_ids("Nordvik") == [case_id]


def test_a_record_of_a_trashed_case_is_restored_only_with_its_case(
    workspace: Workspace, case_id: int
) -> None:
    contact = workspace.cases.detail(case_id).interactions[0].id
    workspace.journal.delete(contact)
    workspace.trash.delete_case(case_id)
    assert [item.kind for item in workspace.trash.items()] == [TrashKind.CASE]
    with pytest.raises(KnownError, match="restore the case first"):
        workspace.trash.restore(TrashKind.INTERACTION, contact)


def test_delete_forever_removes_the_case_and_the_files_no_other_case_uses(
    workspace: Workspace, clock: FixedClock, case_id: int, tmp_path: Path
) -> None:
    shared = b"%PDF-1.4 the same letter in two cases"
    other = _full_case(workspace, clock, tmp_path, "Refund never arrived", b"\x89PNG\r\n\x1a\n" + b"2" * 40)
    for target in (case_id, other):
        letter = tmp_path / f"letter-{target}.pdf"
        letter.write_bytes(shared)
        workspace.evidence.attach(target, letter)
    own_file = Path(workspace.cases.detail(case_id).evidence[0].stored_path)
    shared_file = Path(workspace.cases.detail(case_id).evidence[1].stored_path)
    assert workspace.trash.contents(case_id).exhibits == 2
    workspace.trash.delete_case(case_id)
    assert own_file.exists()  # the trash keeps everything
    result = workspace.trash.purge(TrashKind.CASE, case_id)
    assert (result.records, result.files) == (1 + 1 + 1 + 1 + 2, 1)
    assert not own_file.exists() and shared_file.exists()
    assert workspace.trash.items() == []
    with pytest.raises(NotFoundError):
        workspace.trash.restore(TrashKind.CASE, case_id)
    assert [summary.id for summary in workspace.cases.summaries()] == [other]
    assert workspace.integrity.check().ok


def test_purge_refuses_what_is_not_in_the_trash(workspace: Workspace, case_id: int) -> None:
    with pytest.raises(NotFoundError):
        workspace.trash.purge(TrashKind.CASE, case_id)
    assert workspace.cases.detail(case_id).title == "Coat never delivered"


def test_emptying_the_trash_removes_cases_and_records(workspace: Workspace, case_id: int) -> None:
    contact = workspace.cases.detail(case_id).interactions[0].id
    workspace.journal.delete(contact)
    other = workspace.cases.create(CaseInput(title="Other"))
    workspace.trash.delete_case(other)
    result = workspace.trash.purge_all()
    assert result.records == 2 and workspace.trash.items() == []
    detail = workspace.cases.detail(case_id)
    assert detail.interactions == () and len(detail.promises) == 1 and len(detail.evidence) == 1


def test_the_sample_case_is_an_example(workspace: Workspace) -> None:
    sample = create_sample_case(workspace)
    assert workspace.cases.detail(sample).is_example
    assert [summary.is_example for summary in workspace.cases.summaries()] == [True]
    workspace.trash.delete_case(sample)
    assert workspace.cases.summaries() == []
