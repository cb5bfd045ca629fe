"""Search as you type over every case."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from casekeeper.domain.dto import CaseInput, InteractionInput
from casekeeper.domain.enums import Channel, TrashKind
from casekeeper.services.workspace import Workspace


@pytest.fixture
def case_id(workspace: Workspace) -> int:
    case = workspace.cases.create(CaseInput(title="Manteau jamais livré", merchant="Nordvik Store",
                                            notes="colis perdu"))
    workspace.journal.log(case, InteractionInput(
        occurred_at=datetime(2026, 11, 2, 14, 20, tzinfo=UTC), zone="Europe/Paris",
        channel=Channel.PHONE, agent_name="Malik Osei", reference="PH-30981",
        summary="Réclamation enregistrée, remboursement promis"))
    return case


def test_words_match_as_prefixes(workspace: Workspace, case_id: int) -> None:
    assert workspace.search.matching_case_ids("nordv") == [case_id]
    assert workspace.search.matching_case_ids("mal os") == [case_id]


def test_accents_are_ignored(workspace: Workspace, case_id: int) -> None:
    hits = workspace.search.search("reclamation")
    assert [(h.kind, h.case_id) for h in hits] == [("interaction", case_id)]
    assert "[Réclamation]" in hits[0].snippet


def test_references_are_found(workspace: Workspace, case_id: int) -> None:
    assert workspace.search.matching_case_ids("PH-30981") == [case_id]


def test_every_word_must_match(workspace: Workspace, case_id: int) -> None:
    assert workspace.search.matching_case_ids("nordvik banana") == []


def test_trashed_contacts_leave_the_results_until_restored(workspace: Workspace,
                                                           case_id: int) -> None:
    (row,) = workspace.cases.detail(case_id).interactions
    workspace.journal.delete(row.id)
    assert workspace.search.search("remboursement") == []
    workspace.trash.restore(TrashKind.INTERACTION, row.id)
    assert len(workspace.search.search("remboursement")) == 1


def test_edited_case_fields_are_searchable(workspace: Workspace, case_id: int) -> None:
    from dataclasses import replace

    workspace.cases.update(case_id, replace(workspace.cases.detail(case_id).as_input(),
                                            klarna_ref="K-4471-QX"))
    assert workspace.search.matching_case_ids("K-4471") == [case_id]
    assert workspace.search.matching_case_ids("manteau") == [case_id]


@pytest.mark.parametrize("query", ['"', "*", "AND OR NOT", "(", "NEAR(", "^", "   ", "'; DROP"])
def test_search_syntax_in_the_query_is_harmless(workspace: Workspace, case_id: int,
                                                query: str) -> None:
    workspace.search.search(query)
