"""A keystroke reads a bounded number of matches; a selective query still gets the full answer."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from casekeeper.domain.dto import CaseInput, InteractionInput
from casekeeper.domain.enums import Channel
from casekeeper.paths import DataPaths
from casekeeper.services.clock import FixedClock
from casekeeper.services.workspace import Workspace, open_workspace
from casekeeper.storage.repositories.search import SearchRepository
from casekeeper.storage.search_terms import TermCache, prefix_expression

WORDS = ["remboursement", "supervisor", "superviseur", "colis", "réclamation", "Zahlung",
         "återbetalning", "parcel", "promised", "damaged", "délai", "supercalifragilistic"]
CAP = 25


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    root: Path = tmp_path_factory.mktemp("search") / "data"
    workspace = open_workspace(DataPaths(root, root / "config"),
                               FixedClock(datetime(2026, 11, 24, 9, tzinfo=UTC), "Europe/Paris"))
    when = datetime(2026, 1, 5, 9, tzinfo=UTC)
    for number in range(3):
        case = workspace.cases.create(CaseInput(title=f"Case {number}", merchant="Nordvik"))
        for index in range(20):
            words = [WORDS[(index * 7 + number * 3 + k) % len(WORDS)] for k in range(1 + index % 5)]
            workspace.journal.log(case, InteractionInput(
                occurred_at=when + timedelta(hours=index + number * 100), zone="Europe/Paris",
                channel=Channel.PHONE, agent_name="Malik Osei" if index % 9 == 0 else "Anna",
                summary=" ".join(words)))
    yield workspace
    workspace.close()


def _full_ranking(workspace: Workspace, user_text: str) -> list[tuple[str, int]]:
    """The ranking over every match, with no cap (the reference)."""
    with workspace.search._db.reading() as session:
        rows = session.execute(text(
            "SELECT s.kind, s.record_id FROM search_index AS s JOIN cases AS c ON c.id = s.case_id "
            "WHERE search_index MATCH :q AND c.deleted_at IS NULL ORDER BY s.rank, s.rowid DESC"),
            {"q": prefix_expression(user_text)}).all()
    return [(kind, record_id) for kind, record_id in rows]


def _capped(workspace: Workspace, user_text: str, limit: int = 50) -> tuple[list[tuple[str, int]], bool]:
    with workspace.search._db.reading() as session:
        ranked = SearchRepository(session, candidates=CAP, cache=TermCache()).ranked(user_text, limit)
    return [(kind, record_id) for _case, _title, kind, record_id, _s, _w in ranked.hits], ranked.complete


@pytest.mark.parametrize("query", ["mal", "malik o", "zahl", "reclam", "damaged parcel",
                                   "supercalifragilisti", "supercalifragilistic", "Réclamation colis"])
def test_a_selective_query_gets_exactly_the_full_ranking(filled: Workspace, query: str) -> None:
    full = _full_ranking(filled, query)
    assert 0 < len(full) <= CAP  # selective: no more matches than the cap
    hits, complete = _capped(filled, query)
    assert complete
    assert hits == full[:50]


def test_an_unselective_query_says_so_and_shows_the_newest_matches(filled: Workspace) -> None:
    full = _full_ranking(filled, "s")
    assert len(full) > CAP
    hits, complete = _capped(filled, "s", limit=10)
    assert not complete
    newest = sorted(full, key=lambda hit: -(hit[1] * 8 + (2 if hit[0] == "interaction" else 1)))
    assert hits == newest[:10]


def test_an_unselective_query_does_not_narrow_the_case_list(filled: Workspace) -> None:
    with filled.search._db.reading() as session:
        found = SearchRepository(session, candidates=CAP).matching_cases("s")
    assert not found.complete  # the window then keeps every case and asks for more letters


def test_a_long_word_finds_what_its_prefix_query_finds(filled: Workspace) -> None:
    with filled.search._db.reading() as session:
        repository = SearchRepository(session, candidates=1_000)
        assert repository.expression("supercalifragilis") == '("supercalifragilistic")'
        expanded = repository.matching_cases("supercalifragilis").ids
    assert sorted(expanded) == sorted(filled.search.matching_case_ids("supercalifragilistic"))
    assert filled.search.matching_cases("supercalifragilisticx").ids == frozenset()


def test_a_word_written_after_a_search_is_found_by_the_next_keystroke(workspace: Workspace) -> None:
    case = workspace.cases.create(CaseInput(title="Coat"))
    assert workspace.search.matching_cases("unbelievablylong").ids == frozenset()
    workspace.journal.log(case, InteractionInput(
        occurred_at=datetime(2026, 1, 5, 9, tzinfo=UTC), zone="Europe/Paris",
        channel=Channel.CHAT, summary="unbelievablylongword and unbelievablylongness"))
    assert workspace.search.matching_cases("unbelievablylong").ids == {case}
    assert workspace.search.matching_cases("unbelievablylongn").ids == {case}
