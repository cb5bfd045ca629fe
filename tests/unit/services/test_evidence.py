"""Attaching evidence: numbered exhibits, duplicates refused, trashed numbers never reused."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from casekeeper.domain.dto import CaseInput, InteractionInput
from casekeeper.domain.enums import Channel, TrashKind
from casekeeper.errors import InputError, KnownError
from casekeeper.services.workspace import Workspace

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


@pytest.fixture
def case_id(workspace: Workspace) -> int:
    return workspace.cases.create(CaseInput(title="Damaged parcel"))


def _write(folder: Path, name: str, content: bytes) -> Path:
    path = folder / name
    path.write_bytes(content)
    return path


def test_exhibits_are_numbered_per_case(workspace: Workspace, case_id: int, tmp_path: Path) -> None:
    first = workspace.evidence.attach(case_id, _write(tmp_path, "photo.png", PNG))
    second = workspace.evidence.attach(case_id, _write(tmp_path, "letter.pdf", b"%PDF-1.4 x"),
                                       title="Registered letter", document_date=date(2026, 10, 20))
    other_case = workspace.cases.create(CaseInput(title="Other"))
    third = workspace.evidence.attach(other_case, _write(tmp_path, "x.txt", b"other"))
    assert (first.evidence.label, second.evidence.label, third.evidence.label) == ("E1", "E2", "E1")
    assert (first.evidence.media_type, second.evidence.media_type) == ("image/png",
                                                                       "application/pdf")
    assert first.evidence.title == "photo.png"
    assert Path(second.evidence.stored_path).read_bytes() == b"%PDF-1.4 x"


def test_the_same_file_twice_in_a_case_is_refused(workspace: Workspace, case_id: int,
                                                  tmp_path: Path) -> None:
    workspace.evidence.attach(case_id, _write(tmp_path, "a.png", PNG))
    with pytest.raises(KnownError, match=r"already attached to case \d+ as E1"):
        workspace.evidence.attach(case_id, _write(tmp_path, "copy-of-a.png", PNG))
    assert len(workspace.cases.detail(case_id).evidence) == 1


def test_the_same_file_in_two_cases_is_stored_once(workspace: Workspace, case_id: int,
                                                   tmp_path: Path) -> None:
    other = workspace.cases.create(CaseInput(title="Other"))
    workspace.evidence.attach(case_id, _write(tmp_path, "a.png", PNG))
    result = workspace.evidence.attach(other, _write(tmp_path, "a.png", PNG))
    assert result.already_in_store


def test_a_trashed_exhibit_keeps_its_number(workspace: Workspace, case_id: int,
                                            tmp_path: Path) -> None:
    first = workspace.evidence.attach(case_id, _write(tmp_path, "a.png", PNG)).evidence
    workspace.evidence.delete(first.id)
    second = workspace.evidence.attach(case_id, _write(tmp_path, "b.txt", b"b")).evidence
    assert second.label == "E2"
    workspace.trash.restore(TrashKind.EVIDENCE, first.id)
    assert [e.label for e in workspace.cases.detail(case_id).evidence] == ["E1", "E2"]


def test_an_exhibit_can_belong_to_a_contact(workspace: Workspace, case_id: int,
                                            tmp_path: Path) -> None:
    from datetime import UTC, datetime

    iid = workspace.journal.log(case_id, InteractionInput(
        occurred_at=datetime(2026, 10, 2, tzinfo=UTC), zone="UTC", channel=Channel.LETTER))
    workspace.evidence.attach(case_id, _write(tmp_path, "receipt.png", PNG), interaction_id=iid)
    assert workspace.cases.detail(case_id).interactions[0].exhibits == (1,)


def test_a_program_is_kept_but_flagged(workspace: Workspace, case_id: int, tmp_path: Path) -> None:
    result = workspace.evidence.attach(case_id, _write(tmp_path, "invoice.exe", b"MZ\x90\x00"))
    assert result.evidence.media_type == "application/x-msdownload"
    assert "program" in result.warnings[0]


def test_odd_unicode_file_names_are_kept(workspace: Workspace, case_id: int,
                                         tmp_path: Path) -> None:
    name = "reçu «colis» ☂ \u202eexe.txt"
    result = workspace.evidence.attach(case_id, _write(tmp_path, name, b"x"))
    assert result.evidence.original_name == "reçu «colis» ☂ exe.txt"


def test_a_bad_document_date_writes_nothing(workspace: Workspace, case_id: int,
                                            tmp_path: Path) -> None:
    with pytest.raises(InputError, match="between"):
        workspace.evidence.attach(case_id, _write(tmp_path, "a.png", PNG),
                                  document_date=date(1, 1, 1))
    assert workspace.cases.detail(case_id).evidence == ()


def test_a_file_name_with_a_nul_character_is_bad_input(workspace: Workspace, case_id: int) -> None:
    with pytest.raises(InputError, match="character no file can have"):
        workspace.evidence.attach(case_id, Path("photo\x00.png"))
